import { francAll } from "franc";
import { scriptOf } from "./script.ts";
import type { LangCode, Script } from "./types.ts";

/** ISO 639-3 codes franc returns, mapped to the ISO 639-1 codes Briefbot uses. */
export const ISO6393_TO_ISO6391: Readonly<Record<string, LangCode>> = {
  eng: "en",
  arb: "ar",
  swh: "sw",
  hin: "hi",
  ita: "it",
  fra: "fr",
  spa: "es",
  deu: "de",
  rus: "ru",
  cmn: "zh",
  urd: "ur",
  pes: "fa",
  mar: "mr",
  npi: "ne",
  por: "pt",
  nld: "nl",
  tur: "tr",
  pol: "pl",
};

/** ISO 639-1 → the ISO 639-3 code franc knows it by. */
export const ISO6391_TO_ISO6393: Readonly<Record<LangCode, string>> = Object.fromEntries(
  Object.entries(ISO6393_TO_ISO6391).map(([iso3, iso1]) => [iso1, iso3]),
);

/** Languages Briefbot supports or expects in its corpus. */
export const DEFAULT_LANGUAGES: readonly LangCode[] = [
  "en",
  "ar",
  "sw",
  "hi",
  "it",
  "fr",
  "es",
  "de",
  "ru",
  "zh",
  "ur",
  "fa",
  "mr",
  "ne",
  "pt",
  "nl",
];

/** Languages each non-Latin script can be written in; a text in that script is only compared among them. */
const SCRIPT_LANGUAGES: Readonly<Partial<Record<Script, readonly LangCode[]>>> = {
  arabic: ["ar", "ur", "fa"],
  devanagari: ["hi", "mr", "ne"],
  han: ["zh"],
  cyrillic: ["ru"],
  latin: ["en", "sw", "it", "fr", "es", "de", "pt", "nl", "tr", "pl"],
};

const UNDETERMINED = "und";
/**
 * Short texts score several languages almost alike ("मंत्रियों ने क्या कहा?"); within this share of the
 * spread between the best and the worst score of the script's languages, the language listed earlier, the one
 * Briefbot serves, wins. The margin is relative because franc divides every distance by the text's length: on a
 * long text all its scores crowd near 1 (a French page scores en 0.96 against fr 1), while the ratios between
 * the gaps stay what they were on one paragraph.
 */
const PRIORITY_SHARE = 0.1;
/** Trigram statistics settle within a few hundred characters; franc's cost grows with the sample. */
const SAMPLE_CHARS = 1000;
const URL = /\bhttps?:\/\/\S+/g;

/**
 * Returns the ISO 639-1 code of the text's language among the whitelist, "und" when it cannot tell.
 * The script narrows the candidates first, so Arabic-script text is only ever ar, ur or fa.
 * @example detectLanguage("Mkutano wa kwanza wa wakuu wa wajumbe wa G7 ulifanyika mjini Roma") // "sw"
 */
export function detectLanguage(text: string, whitelist: readonly LangCode[] = DEFAULT_LANGUAGES): LangCode {
  const sample = text.replace(URL, " ").slice(0, SAMPLE_CHARS);
  const script = scriptOf(sample);
  const byScript = SCRIPT_LANGUAGES[script];
  const candidates = byScript ? byScript.filter((lang) => whitelist.includes(lang)) : [...whitelist];
  const [first] = candidates;
  if (first === undefined) return UNDETERMINED;
  if (candidates.length === 1) return first;
  const guess = preferredLanguage(sample, candidates, byScript ?? candidates);
  if (guess !== undefined) return guess;
  // Too short for trigrams: a non-Latin script still points at its main language.
  return script === "latin" || script === "other" ? UNDETERMINED : first;
}

/**
 * Returns the first candidate whose franc score is within the priority margin of the best candidate's, or
 * undefined when franc cannot score the text. The spread is measured over all the script's languages, so it
 * does not shrink to nothing when the whitelist leaves only two of them.
 */
function preferredLanguage(
  sample: string,
  candidates: readonly LangCode[],
  rivals: readonly LangCode[],
): LangCode | undefined {
  const only = [...new Set([...candidates, ...rivals])].flatMap((lang) => {
    const iso3 = ISO6391_TO_ISO6393[lang];
    return iso3 === undefined ? [] : [iso3];
  });
  const scores = new Map(francAll(sample, { only }));
  const scoreOf = (lang: LangCode): number | undefined => scores.get(ISO6391_TO_ISO6393[lang] ?? "");
  const scored = candidates.flatMap((lang) => scoreOf(lang) ?? []);
  const best = Math.max(0, ...scored);
  if (best === 0) return undefined;
  const worst = Math.min(...scores.values());
  const margin = PRIORITY_SHARE * (Math.max(...scores.values()) - worst);
  return candidates.find((lang) => {
    const score = scoreOf(lang);
    return score !== undefined && score >= best - margin;
  });
}
