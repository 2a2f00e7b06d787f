import type { LexiconEntry } from "../corpus/index.ts";
import { isCountryId, isStopword, normalise, normaliseToken } from "../corpus/index.ts";
import { NAMED_PHRASE } from "./latin-names.ts";
import { ORGANISATION_HEADS } from "./org-words.ts";
import { findRoles } from "./roles.ts";
import type { SentenceContext } from "./sentence-context.ts";
import { isThreat } from "./threats.ts";
import type { Organisation } from "./types.ts";

const LEXICON_CONFIDENCE = 1;
const EXPANDED_CONFIDENCE = 0.8;
const HEAD_WORD_CONFIDENCE = 0.6;
const BARE_ACRONYM_CONFIDENCE = 0.4;
/** Words before "(ACRONYM)" in a script without capitals that may form its expansion. */
const MAX_EXPANSION_WORDS = 7;

const ACRONYM = "\\p{Lu}[\\p{Lu}\\d&]{1,}(?:-\\p{Lu}+)?";
const ACRONYM_THEN_EXPANSION = new RegExp(`(?<![\\p{L}\\p{N}])(${ACRONYM})\\s*\\(([^()]{4,120})\\)`, "gu");
const LATIN_EXPANSION_THEN_ACRONYM = new RegExp(`(${NAMED_PHRASE})\\s*\\((${ACRONYM})\\)`, "gu");
const ANY_EXPANSION_THEN_ACRONYM = new RegExp(`([^()]{4,200}?)\\s*\\((${ACRONYM})\\)`, "gu");
const BARE_ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}\\-])${ACRONYM}(?![\\p{L}\\p{N}])`, "gu");
const NAMED = new RegExp(`(?<![\\p{L}\\p{M}])${NAMED_PHRASE}`, "gu");
const ROMAN_NUMERAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const MIN_BARE_ACRONYM = 3;
const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "e", "ed", "et", "y", "und", "na", "en"]);
const PHRASE_STOP = /[,.;:!?،؛"«»()\u0964]/u;

/**
 * Returns the organisations a sentence names: lexicon entries in any script, acronyms with a parenthesised
 * expansion either way round, capitalised institution names, and unexplained acronyms with low confidence.
 * `exclude` are spans already read as people's names (an all-capitals surname is not an acronym).
 * @example extractOrganisations(ctx("UNODC (United Nations Office on Drugs and Crime) attended"))[0] // { name: "United Nations Office on Drugs and Crime", acronym: "UNODC", … }
 */
export function extractOrganisations(ctx: SentenceContext, exclude: readonly string[] = []): Organisation[] {
  const text = ctx.ref.text;
  const found: Organisation[] = [];
  const add = (org: Organisation, at?: readonly [number, number]): void => {
    const entry = org.entityId ? ctx.lexicon.byId(org.entityId) : undefined;
    const spans = at ? [at] : surfaces(text, org);
    if (spans.some(([start, end]) => isThreat(text, start, end, entry)) || isThreat("", 0, 0, entry))
      org.role = "threat";
    addOrganisation(found, org);
  };
  for (const mention of ctx.mentions) {
    if (mention.entry.kind !== "organisation") continue;
    const org = fromEntry(ctx, mention.entry, qualified(ctx, mention.start, mention.end));
    add(org, [mention.start, mention.end]);
  }
  for (const org of expandedAcronyms(ctx)) add(org);
  if (ctx.script === "latin") for (const org of headWordPhrases(ctx)) add(org);
  for (const org of bareAcronyms(ctx, exclude)) add(org);
  return found;
}

/** Where an organisation is written in the sentence: its acronym, name and expansion, as found. */
function surfaces(text: string, org: Organisation): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const written of new Set([org.acronym, org.name, org.expansion])) {
    const start = written ? text.indexOf(written) : -1;
    if (written && start >= 0) spans.push([start, start + written.length]);
  }
  return spans;
}

/**
 * The body as the sentence writes it, with the country word the text ties to it: "Tunisian Ministry of the
 * Interior", "Ministry of the Interior of Kenya", "وزارة الداخلية التونسية". Nothing is added that the
 * sentence does not say.
 */
function qualified(ctx: SentenceContext, start: number, end: number): string {
  const text = ctx.ref.text;
  let from = start;
  let to = end;
  if (ctx.script === "latin") {
    const before = /(\p{Lu}[\p{Ll}\p{M}]+)\s+$/u.exec(text.slice(0, start));
    if (before?.[1] && !isStopword(before[1], "latin") && isCountryWord(ctx, before[1])) from = before.index;
    const after = /^\s+of\s+(?:the\s+)?/u.exec(text.slice(end));
    const country = after && countryAt(ctx, end + after[0].length);
    if (country) to = country.end;
  } else if (ctx.script === "arabic") {
    const after = /^\s+(ال[\p{L}\p{M}]+?(?:ية|ي))(?![\p{L}\p{M}])/u.exec(text.slice(end));
    if (after?.[1] && isCountryWord(ctx, after[1])) to = end + after[0].length;
  }
  return text.slice(from, to);
}

function countryAt(ctx: SentenceContext, at: number): { end: number } | undefined {
  return ctx.mentions.find((mention) => mention.start === at && isCountryId(mention.entry.id));
}

/**
 * Whether a word names or derives from a country: "Tunisian" (Tunisia), "Kenya", "التونسية" (تونس).
 * Compared on the first letters, since adjectives of nationality grow from the country's name.
 */
function isCountryWord(ctx: SentenceContext, word: string): boolean {
  const stem = normaliseToken(word)
    .replace(/^ال/u, "")
    .replace(/(?:ية|يه|ي|ians?|ans?|ese|ish|i)$/u, "");
  if (stem.length < 3) return false;
  return ctx.lexicon.entries.some(
    (entry) =>
      isCountryId(entry.id) &&
      Object.values(entry.labels).some((label) => normaliseToken(label.replace(/^ال/u, "")).startsWith(stem)),
  );
}

function fromEntry(ctx: SentenceContext, entry: LexiconEntry, surface: string): Organisation {
  const org: Organisation = {
    name: nameOf(ctx, entry, surface),
    entityId: entry.id,
    confidence: LEXICON_CONFIDENCE,
    ref: ctx.ref,
  };
  if (entry.acronym) {
    org.acronym = entry.acronym;
    const expansion = entry.labels.en ?? Object.values(entry.labels)[0];
    if (expansion && expansion !== entry.acronym) org.expansion = expansion;
  }
  return org;
}

/**
 * The thesaurus label when the text names the body by one of its labels or its acronym, else the words
 * the text uses: a generic entry ("Ministry of the Interior") must not lend a country to a text that names
 * none, and a national one ("Italian State Police") none to a text about another country's "State Police".
 */
function nameOf(ctx: SentenceContext, entry: LexiconEntry, surface: string): string {
  const label = ctx.lexicon.label(entry.id, ctx.lang);
  const readings = [...new Set([surface, ...withoutClitics(surface)])];
  const labels = new Set(Object.values(entry.labels).map((text) => normalise(text)));
  if (label && (surface === entry.acronym || readings.some((text) => labels.has(normalise(text)))))
    return label;
  const variants = new Set(entry.variants.map((text) => normalise(text)));
  return readings.find((text) => variants.has(normalise(text))) ?? surface;
}

/** "بوزارة الداخلية" → "وزارة الداخلية", "للإنتربول" → "الإنتربول": Arabic prepositions glued to a body. */
function withoutClitics(surface: string): string[] {
  if (!/^\p{Script=Arabic}/u.test(surface)) return [];
  return [surface.replace(/^(?:و|ف)?لل/u, "ال"), surface.replace(/^(?:و|ف)?(?:ب|ل|ك)(?=\p{L}{3})/u, "")];
}

/**
 * Adds an organisation to a list, or completes the one already there that names the same body (same entry,
 * acronym, name, or one's name is the other's expansion) with what the new reading adds.
 */
export function addOrganisation(found: Organisation[], org: Organisation): void {
  const same = found.find((known) => sameOrganisation(known, org));
  if (!same) {
    found.push(org);
    return;
  }
  same.acronym ??= org.acronym;
  same.expansion ??= org.expansion;
  same.entityId ??= org.entityId;
  if (org.role === "threat") same.role = "threat";
  same.confidence = Math.max(same.confidence ?? 0, org.confidence ?? 0);
}

function sameOrganisation(a: Organisation, b: Organisation): boolean {
  if (a.entityId && a.entityId === b.entityId) return true;
  if (a.acronym && a.acronym === b.acronym) return true;
  if (a.expansion === b.name || b.expansion === a.name) return true;
  return normalise(a.name) === normalise(b.name);
}

function expandedAcronyms(ctx: SentenceContext): Organisation[] {
  const text = ctx.ref.text;
  const found: Organisation[] = [];
  // Every pattern here needs a parenthesis, and the lazy ones are slow to fail on a long sentence.
  if (!text.includes("(")) return found;
  for (const match of text.matchAll(ACRONYM_THEN_EXPANSION)) {
    const [, acronym = "", expansion = ""] = match;
    found.push(...acronymOrgs(ctx, acronym, expansion.trim()));
  }
  const pattern = ctx.script === "latin" ? LATIN_EXPANSION_THEN_ACRONYM : ANY_EXPANSION_THEN_ACRONYM;
  for (const match of text.matchAll(pattern)) {
    const [, before = "", acronym = ""] = match;
    const expansion =
      ctx.script === "latin" ? fromInitial(before.trim(), acronym) : expansionBefore(ctx, before);
    if (expansion) found.push(...acronymOrgs(ctx, acronym, expansion));
  }
  return found;
}

/**
 * A capitalised run before "(ACR)" may start with a sentence's first word ("Experts of the Nordic Border
 * Agency (NBA)"): start it at the first word whose initial is the acronym's, when there is one.
 */
function fromInitial(run: string, acronym: string): string {
  const words = run.split(/\s+/);
  const start = words.findIndex((word) => word.charAt(0) === acronym.charAt(0) && !isStopword(word, "latin"));
  return start > 0 ? words.slice(start).join(" ") : run;
}

/** In a script without capitals the expansion is the last few words before "(ACR)", after any named entity. */
function expansionBefore(ctx: SentenceContext, before: string): string | undefined {
  const lastStop = Math.max(
    ...[...before.matchAll(new RegExp(PHRASE_STOP, "gu"))].map((stop) => stop.index ?? -1),
    -1,
  );
  let phrase = before.slice(lastStop + 1);
  const offset = ctx.ref.text.indexOf(before);
  const last = ctx.mentions
    .filter((mention) => mention.end <= offset + before.length && mention.start >= offset)
    .at(-1);
  if (last && last.entry.kind !== "organisation")
    phrase = ctx.ref.text.slice(last.end, offset + before.length);
  const words = phrase.trim().split(/\s+/).filter(Boolean).slice(-MAX_EXPANSION_WORDS);
  let conjunction = -1;
  words.forEach((word, index) => {
    if (index > 0 && /^و\p{L}{3,}/u.test(word)) conjunction = index;
  });
  const kept =
    conjunction > 0 ? [(words[conjunction] ?? "").slice(1), ...words.slice(conjunction + 1)] : words;
  const expansion = kept.join(" ").trim();
  return expansion.length >= 4 ? expansion : undefined;
}

function acronymOrgs(ctx: SentenceContext, acronym: string, expansion: string): Organisation[] {
  if (acronym.replace(/[^\p{Lu}]/gu, "").length < MIN_BARE_ACRONYM && !/\d/.test(acronym)) return [];
  if (ROMAN_NUMERAL.test(acronym)) return [];
  const entry = entryForAcronym(ctx, acronym);
  const org: Organisation = {
    name: expansion,
    acronym,
    expansion,
    confidence: EXPANDED_CONFIDENCE,
    ref: ctx.ref,
  };
  if (entry) {
    org.entityId = entry.id;
    org.confidence = LEXICON_CONFIDENCE;
  }
  const joined = splitJoinedAcronyms(ctx, acronym);
  if (joined.length > 1 && !entry) {
    const [first, ...rest] = joined;
    const orgs = rest.map((part) => fromEntry(ctx, part, part.acronym ?? part.id));
    const last = orgs.at(-1);
    if (last) last.expansion = expansion;
    return first ? [fromEntry(ctx, first, first.acronym ?? first.id), ...orgs] : orgs;
  }
  return [org];
}

function entryForAcronym(ctx: SentenceContext, acronym: string): LexiconEntry | undefined {
  return ctx.lexicon.find(acronym).find((entry) => entry.kind === "organisation");
}

/** A scrape that lost the separator writes "INTERPOLUNODC": split it when both halves are known acronyms. */
function splitJoinedAcronyms(ctx: SentenceContext, acronym: string): LexiconEntry[] {
  for (let cut = 2; cut <= acronym.length - 2; cut++) {
    const head = entryForAcronym(ctx, acronym.slice(0, cut));
    const tail = entryForAcronym(ctx, acronym.slice(cut));
    if (head && tail) return [head, tail];
  }
  return [];
}

function headWordPhrases(ctx: SentenceContext): Organisation[] {
  const found: Organisation[] = [];
  for (const match of ctx.ref.text.matchAll(NAMED)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (ctx.mentions.some((mention) => mention.start < end && start < mention.end)) continue;
    for (const phrase of institutionNames(match[0].replace(/[.’'-]+$/u, ""))) {
      // "Kamishna Msaidizi wa Polisi", "Comandante dei Carabinieri": a role title, not a body.
      if (findRoles(phrase, "latin")[0]?.start === 0) continue;
      const entries = ctx.lexicon.find(phrase);
      if (entries.some((entry) => entry.kind !== "organisation")) continue;
      const entry = entries.find((candidate) => candidate.kind === "organisation");
      if (entry) found.push(fromEntry(ctx, entry, phrase));
      else found.push({ name: phrase, confidence: HEAD_WORD_CONFIDENCE, ref: ctx.ref });
    }
  }
  return found;
}

/**
 * Splits a capitalised run at its conjunctions and keeps the parts headed by an institution noun; a part
 * without one continues the previous "X of Y" ("Ministry of Foreign Affairs and International Cooperation").
 */
function institutionNames(run: string): string[] {
  const words = run.split(/\s+/);
  while (words.length > 0 && isStopword(words[0] ?? "", "latin")) words.shift();
  const parts: { joiner: string; words: string[] }[] = [{ joiner: "", words: [] }];
  for (const word of words) {
    if (CONJUNCTIONS.has(word)) parts.push({ joiner: word, words: [] });
    else parts.at(-1)?.words.push(word);
  }
  const names: string[][] = [];
  let continuable = false;
  for (const { joiner, words: all } of parts) {
    const part = [...all];
    while (part.length > 0 && isStopword(part[0] ?? "", "latin")) part.shift();
    if (part.length === 0) continue;
    const first = normaliseToken(part[0] ?? "");
    const last = normaliseToken(part.at(-1) ?? "");
    const previous = names.at(-1);
    if (ORGANISATION_HEADS.has(first) || (ORGANISATION_HEADS.has(last) && part.length > 1)) {
      names.push([...part]);
      continuable = ORGANISATION_HEADS.has(first) && part.length > 1;
    } else if (continuable && previous) {
      previous.push(joiner, ...all);
      continuable = false;
    } else continuable = false;
  }
  return names.filter((name) => name.length > 1).map((name) => name.join(" "));
}

/** "DOHA, 23 October –", "KIGALI (Rwanda) –": a town in capitals opening a release is its dateline. */
function isDateline(ctx: SentenceContext, at: number, word: string): boolean {
  if (ctx.ref.paragraph > 2 || ctx.ref.sentence > 1 || ctx.ref.text.slice(0, at).trim() !== "") return false;
  if (ctx.lexicon.find(word).some((entry) => entry.kind === "organisation")) return false;
  return /^\s*(?:[,(]|[-–—]\s)/u.test(ctx.ref.text.slice(at + word.length));
}

function bareAcronyms(ctx: SentenceContext, exclude: readonly string[]): Organisation[] {
  const found: Organisation[] = [];
  for (const match of ctx.ref.text.matchAll(BARE_ACRONYM)) {
    const acronym = match[0];
    if (acronym.replace(/[^\p{Lu}]/gu, "").length < MIN_BARE_ACRONYM) continue;
    if (ROMAN_NUMERAL.test(acronym) || exclude.some((name) => name.includes(acronym))) continue;
    if (isDateline(ctx, match.index ?? 0, acronym)) continue;
    if (ctx.lexicon.find(acronym).some((entry) => entry.kind !== "organisation")) continue;
    const entry = entryForAcronym(ctx, acronym);
    if (entry) {
      found.push(fromEntry(ctx, entry, acronym));
      continue;
    }
    const parts = splitJoinedAcronyms(ctx, acronym);
    if (parts.length > 0) {
      for (const part of parts) found.push(fromEntry(ctx, part, part.acronym ?? part.id));
      continue;
    }
    found.push({ name: acronym, acronym, confidence: BARE_ACRONYM_CONFIDENCE, ref: ctx.ref });
  }
  return found;
}
