/**
 * Threats named in an agenda — a terrorist group, a criminal network — are what a meeting works against,
 * not bodies taking part. They are told apart by the words around them ("the threat posed by X",
 * "lutte contre X", "مكافحة تنظيم X", "dhidi ya kundi la X", "X के खिलाफ") or by the thesaurus filing the
 * body under terrorism.
 */
import type { LexiconEntry } from "../corpus/index.ts";

/** How far before a body its threat cue may start (characters). */
const CUE_REACH = 70;

const ARTICLE = "(?:the\\s+|il\\s+|lo\\s+|la\\s+|le\\s+|l['’]\\s*|les\\s+|gli\\s+|i\\s+)?";
const GROUP_NOUN =
  "(?:(?:so-called\\s+)?(?:terrorist\\s+|criminal\\s+|armed\\s+)?(?:group|network|organi[sz]ation|cartel|gang)|gruppo(?:\\s+terroristico)?|rete(?:\\s+criminale)?|organizzazione(?:\\s+terroristica)?|groupe(?:\\s+terroriste)?|réseau(?:\\s+criminel)?|organisation\\s+terroriste|تنظيم|جماعة|عصابة|شبكة|kundi\\s+(?:la|cha)|mtandao\\s+wa|genge\\s+la)";
const THREAT_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:threats?\\s+(?:posed\\s+by|from|of)|fight(?:ing)?\\s+against|combat(?:ing)?|counter(?:ing)?|attacks?\\s+(?:by|of)|resurgence\\s+of|claimed\\s+by|revendiqu[ée]e?s?\\s+(?:par|pour\\s+l['’]essentiel\\s+par)|rivendicat[oaie]\\s+(?:da|dal|dallo|dalla)|re-?emergence\\s+of|minaccia\\s+(?:rappresentata\\s+)?(?:da|dal|dallo|dalla|di|del|dello|della|dell['’])|lotta\\s+(?:contro|al|allo|alla)|contrasto\\s+(?:a|al|allo|alla)|attacchi\\s+(?:di|del|dello|della)|menace\\s+(?:que\\s+représente|posée\\s+par|de|du|des)|lutte\\s+contre|attaques?\\s+(?:de|du|des)|attentats?\\s+(?:de|du|des)|و?(?:لمكافحة|مكافحة|تهديد|التهديد|خطر|ضد|هجمات|هجوم|ظهور)|dhidi\\s+ya|tishio(?:\\s+(?:la|linalohusishwa\\s+na))?|mashambulizi\\s+ya|kuibuka\\s+upya\\s+kwa)\\s+${ARTICLE}(?:${GROUP_NOUN}\\s+)?${ARTICLE}$`,
  "iu",
);
/** Hindi puts the cue after the group: "आईएसआईएस-के समूह के फिर से उभरने", "X के खिलाफ", "हमास के हमलों". */
const THREAT_AFTER =
  /^\s*(?:समूह|संगठन|नेटवर्क|गिरोह)?\s*(?:के|की|से)\s+(?:खिलाफ|ख़िलाफ़|हमल|खतर|ख़तर|फिर\s+से\s+उभर|आतंक)/u;
/** Words an expansion before "(ACRONYM)" may have. */
const MAX_EXPANSION_WORDS = 12;
/** Thesaurus topics whose bodies are threats by nature (a terrorist group is never a participant). */
const THREAT_TOPICS: ReadonlySet<string> = new Set(["terrorism"]);

/**
 * Returns whether a body written at `start`–`end` in a sentence is named as a threat: by a cue around it,
 * or because the thesaurus files it under terrorism.
 * @example isThreat("talks on the threat posed by the Sahel Front (SF)", 30, 50) // true
 */
export function isThreat(text: string, start: number, end: number, entry?: LexiconEntry): boolean {
  if (entry?.related?.some((id) => THREAT_TOPICS.has(id))) return true;
  if (THREAT_BEFORE.test(text.slice(Math.max(0, start - CUE_REACH), start))) return true;
  // "revendiquées par le Groupe de soutien à l'islam et aux musulmans (JNIM)": the cue stands before the
  // expansion the acronym closes, some words back.
  const before = text.slice(0, start);
  if (!/\(\s*$/u.test(before)) return THREAT_AFTER.test(text.slice(end));
  const words = [...before.matchAll(/[\p{L}\p{M}'’-]+/gu)].slice(-MAX_EXPANSION_WORDS);
  const clause = before.search(/[.;:!?][^.;:!?]*$/u);
  for (const word of words.reverse()) {
    const at = word.index ?? 0;
    if (at <= clause) break;
    if (THREAT_BEFORE.test(text.slice(Math.max(0, at - CUE_REACH), at))) return true;
  }
  return THREAT_AFTER.test(text.slice(end));
}
