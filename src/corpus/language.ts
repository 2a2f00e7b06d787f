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

/**
 * Letters a rival of the script's main language writes and the main language does not: Persian and Urdu
 * letters (پ چ ژ گ ک ی; Urdu also ٹ ڈ ڑ ں ھ ہ ے) never occur in standard Arabic spelling, and Marathi's ळ
 * never in Hindi. Text without any of them is in the main language without asking franc.
 */
const RIVAL_LETTERS: Readonly<Partial<Record<LangCode, RegExp>>> = {
  fa: /[\u067e\u0686\u0698\u06a9\u06af\u06cc]/u,
  ur: /[\u067e\u0686\u0698\u06a9\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u,
  mr: /\u0933/u,
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
/** A longer text is sampled at its start, middle and end, so a preface in another language does not decide. */
const SAMPLE_WINDOWS = 3;
const URL = /\bhttps?:\/\/\S+/g;
const SPACE = /\s/u;

/**
 * Returns at most SAMPLE_CHARS characters of the text to detect its language from, URLs left out: the whole
 * text when it is short, else whole words from its start, middle and end joined by newlines.
 * @example languageSample("The G7 met in Rome. https://example.org") // "The G7 met in Rome.  "
 */
export function languageSample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text.replace(URL, " ");
  const width = Math.floor(SAMPLE_CHARS / SAMPLE_WINDOWS);
  const windows: string[] = [];
  for (let window = 0; window < SAMPLE_WINDOWS; window++) {
    const from = Math.floor(((text.length - width) * window) / (SAMPLE_WINDOWS - 1));
    windows.push(wholeWords(text.slice(from, from + width), from > 0, from + width < text.length));
  }
  return windows.join("\n").replace(URL, " ");
}

/** The piece without the word cut at its start and at its end, where it was cut from a longer text. */
function wholeWords(piece: string, cutAtStart: boolean, cutAtEnd: boolean): string {
  let start = 0;
  let end = piece.length;
  if (cutAtStart) while (start < end && !SPACE.test(piece.charAt(start))) start++;
  if (cutAtEnd) while (end > start && !SPACE.test(piece.charAt(end - 1))) end--;
  return piece.slice(start, end);
}

/**
 * Returns the ISO 639-1 code of the text's language among the whitelist, "und" when it cannot tell, judged on a
 * bounded sample of the text (languageSample). The script narrows the candidates first, so Arabic-script text
 * is only ever ar, ur or fa; the script's main language (ar, hi) is taken without trigram scoring when the
 * sample has no letter that only a rival writes.
 * @example detectLanguage("Mkutano wa kwanza wa wakuu wa wajumbe wa G7 ulifanyika mjini Roma") // "sw"
 */
export function detectLanguage(text: string, whitelist: readonly LangCode[] = DEFAULT_LANGUAGES): LangCode {
  const sample = languageSample(text);
  const script = scriptOf(sample);
  const byScript = SCRIPT_LANGUAGES[script];
  const candidates = byScript ? byScript.filter((lang) => whitelist.includes(lang)) : [...whitelist];
  const [first] = candidates;
  if (first === undefined) return UNDETERMINED;
  if (candidates.length === 1) return first;
  if (script !== "latin" && first === byScript?.[0] && !hasRivalLetter(sample, candidates)) return first;
  const guess = preferredLanguage(sample, candidates, byScript ?? candidates);
  if (guess !== undefined) return guess;
  // Too short for trigrams: a non-Latin script still points at its main language.
  return script === "latin" || script === "other" ? UNDETERMINED : first;
}

/** Whether the sample holds a letter only one of the candidates after the first writes. */
function hasRivalLetter(sample: string, candidates: readonly LangCode[]): boolean {
  return candidates.slice(1).some((lang) => RIVAL_LETTERS[lang]?.test(sample) === true);
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
