import { francAll } from "franc";
import type { ReplyLang } from "../core/index.ts";
import { asReplyLang } from "../core/index.ts";
import type { Script } from "../corpus/index.ts";
import {
  ISO6391_TO_ISO6393,
  ISO6393_TO_ISO6391,
  isEnglishWord,
  scriptOf,
  tokenise,
} from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { type Vocabulary, vocabularyOf, wordForms } from "./vocabulary.ts";

/** The rule of the language order that chose a reply language. */
export type LanguageRule = "explicit" | "script" | "words" | "locale" | "default";

/** The reply language, the rule that chose it, and the question without its `lang:xx` token. */
export interface LanguageChoice {
  lang: ReplyLang;
  rule: LanguageRule;
  query: string;
  /** A `lang:xx` asked for a language Briefbot does not answer in (the next rule chose instead). */
  unsupported?: string;
}

/** What the language order reads besides the question. */
export interface LanguageSettings {
  knowledge: Knowledge;
  locale?: string;
  defaultLang: ReplyLang;
}

const LANG_TOKEN = /(^|\s)lang:([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)(?=\s|$)/gu;
/** Latin-script reply languages, as franc knows them. */
const LATIN_LANGS: readonly ReplyLang[] = ["en", "it", "fr", "sw"];
const NOT_ENGLISH: readonly ReplyLang[] = ["it", "fr", "sw"];
const ENGLISH: ReadonlySet<ReplyLang> = new Set(["en"]);
/** Shorter English dictionary words are too often words of other languages too ("ni", "per", "con"). */
const MIN_ENGLISH_WORD = 4;
/** Languages that share a script with a reply language; a confident guess of one of them is not ours. */
const SCRIPT_RIVALS: Readonly<Partial<Record<Script, { own: ReplyLang; rivals: readonly string[] }>>> = {
  arabic: { own: "ar", rivals: ["ur", "fa"] },
  devanagari: { own: "hi", rivals: ["mr", "ne"] },
};
/**
 * Below this many letters franc cannot tell Arabic from Persian or Hindi from Marathi ("اجتماع أروشا" reads
 * as Persian): the script decides.
 */
const MIN_SCRIPT_LETTERS = 20;
const MIN_FRANC_LETTERS = 40;
/** The runner-up's score (the best is 1) must be at most this for franc's guess to count. */
const MAX_RUNNER_UP = 0.75;
/**
 * Short questions: franc's trigrams over the words that are not names need two words and this many letters,
 * and a clearer lead than on long text (one word such as "tramadol" looks like several languages).
 */
const MIN_GUESSED_WORDS = 2;
const MIN_GUESSED_LETTERS = 10;
const MAX_SHORT_RUNNER_UP = 0.7;
/**
 * Letters a language's own words never have, against trigrams misled by a short question: Swahili writes no
 * c without h, no q or x and no doubled consonant but mm and nn ("rotta balcanica" is not Swahili); Italian
 * words have no w, k or y.
 */
const SPELLING_RULES_OUT: Partial<Record<ReplyLang, RegExp>> = {
  sw: /c(?!h)|[qx]|([bcdfglprstvz])\1/iu,
  it: /[wky]/iu,
};
/** Among three languages once English is ruled out, a smaller lead is enough. */
const MAX_FOREIGN_RUNNER_UP = 0.8;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const FRENCH_LETTERS = /[çêâîôûëïé]/iu;
const ITALIAN_LETTERS = /[òì]/iu;
const FRENCH: ReadonlySet<ReplyLang> = new Set(["fr"]);
const ITALIAN: ReadonlySet<ReplyLang> = new Set(["it"]);
const UPPER_INITIAL = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;

/**
 * Returns the reply language by the first rule that decides: explicit `lang:xx`, script, words, the Slack
 * locale, the workspace default. Pure; the word vocabulary is built once per Knowledge object.
 * @example chooseReplyLanguage("mkutano wa Roma", settings) // { lang: "sw", rule: "words", query: "mkutano wa Roma" }
 */
export function chooseReplyLanguage(text: string, settings: LanguageSettings): LanguageChoice {
  const { query, requested } = stripLangTokens(text);
  const explicit = requested.map((code) => asReplyLang(code)).find((lang) => lang !== undefined);
  if (explicit) return { lang: explicit, rule: "explicit", query };
  const [unsupported] = requested;
  if (unsupported !== undefined) return { ...chooseReplyLanguage(query, settings), unsupported };
  const byScript = languageOfScript(query);
  if (byScript.kind === "decided") return { lang: byScript.lang, rule: "script", query };
  if (byScript.kind === "continue") {
    const byWords = languageOfWords(query, vocabularyOf(settings.knowledge));
    if (byWords) return { lang: byWords, rule: "words", query };
  }
  const byLocale = asReplyLang(settings.locale);
  if (byLocale) return { lang: byLocale, rule: "locale", query };
  return { lang: settings.defaultLang, rule: "default", query };
}

/**
 * Removes every `lang:xx` token and returns the codes asked for, in order.
 * @example stripLangTokens("fentanyl lang:fr") // { query: "fentanyl", requested: ["fr"] }
 */
export function stripLangTokens(text: string): { query: string; requested: string[] } {
  const requested: string[] = [];
  const query = text
    .replace(LANG_TOKEN, (_match, lead: string, code: string) => {
      requested.push(code);
      return lead;
    })
    .replace(/\s+/gu, " ")
    .trim();
  return { query, requested };
}

type ScriptVerdict = { kind: "decided"; lang: ReplyLang } | { kind: "unsupported" } | { kind: "continue" };

/** Arabic script is Arabic and Devanagari is Hindi unless franc, among that script's languages, is sure it is another. */
function languageOfScript(query: string): ScriptVerdict {
  const family = SCRIPT_RIVALS[scriptOf(query)];
  if (!family) return { kind: "continue" };
  const letters = query.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_SCRIPT_LETTERS) return { kind: "decided", lang: family.own };
  const guess = confidentGuess(query, [family.own, ...family.rivals]);
  if (guess && family.rivals.includes(guess)) return { kind: "unsupported" };
  return { kind: "decided", lang: family.own };
}

/**
 * Franc on long Latin text when it is sure; otherwise a vote of the question's own words; otherwise franc on
 * the words that are not names, when there are enough letters left and it is sure. A name alone decides
 * nothing.
 */
function languageOfWords(query: string, vocabulary: Vocabulary): ReplyLang | undefined {
  const letters = query.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= MIN_FRANC_LETTERS) {
    const guess = asReplyLang(confidentGuess(query, LATIN_LANGS));
    if (guess) return guess;
  }
  const voted = voteOfWords(query, vocabulary);
  if (voted) return voted;
  const words = tokenise(query).filter((token, position) => !isNameLike(token, position, vocabulary));
  const wordLetters = words.join("").match(/\p{L}/gu)?.length ?? 0;
  if (words.length < MIN_GUESSED_WORDS || wordLetters < MIN_GUESSED_LETTERS) return undefined;
  // Small-letter words no vocabulary and no English dictionary knows are prose of another Latin language
  // ("rotta meridionale"): trigrams choose among those.
  const foreign = words.every(
    (word) =>
      word === word.toLowerCase() &&
      !isEnglishWord(word) &&
      !wordForms(word).some((form) => vocabulary.languagesOf.has(form)),
  );
  if (foreign) {
    const text = words.join(" ");
    const possible = NOT_ENGLISH.filter((lang) => !SPELLING_RULES_OUT[lang]?.test(text));
    return asReplyLang(confidentGuess(text, possible, MAX_FOREIGN_RUNNER_UP));
  }
  // Words no language's vocabulary knows may all be names ("jaipur workshop"): trigrams would guess.
  if (!words.some((word) => wordForms(word).some((form) => vocabulary.languagesOf.has(form))))
    return undefined;
  return asReplyLang(confidentGuess(words.join(" "), LATIN_LANGS, MAX_SHORT_RUNNER_UP));
}

function confidentGuess(
  text: string,
  langs: readonly string[],
  maxRunnerUp = MAX_RUNNER_UP,
): string | undefined {
  const only = langs.flatMap((lang) => ISO6391_TO_ISO6393[lang] ?? []);
  const [best, second] = francAll(text, { only, minLength: 1 });
  if (!best || best[0] === "und") return undefined;
  if (second && second[1] > maxRunnerUp) return undefined;
  return ISO6393_TO_ISO6391[best[0]];
}

/**
 * Each word known to exactly one reply language votes for it; names, acronyms, numbers and shared words
 * do not vote. A tie decides nothing.
 */
function voteOfWords(query: string, vocabulary: Vocabulary): ReplyLang | undefined {
  const votes = new Map<ReplyLang, number>();
  tokenise(query).forEach((token, position) => {
    if (isNameLike(token, position, vocabulary)) return;
    const known = wordForms(token)
      .map((form) => vocabulary.languagesOf.get(form))
      .find((found) => found !== undefined);
    // A word the corpus knows in French only may still be English too ("migrants"): then it tells nothing.
    const langs = known
      ? new Set([...known, ...(englishWord(token) ?? [])])
      : (spelledLike(token) ?? englishWord(token));
    if (langs?.size !== 1) return;
    for (const lang of langs) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  });
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}

/**
 * A word no vocabulary knows may still show its language by its letters: ç, ê, â, î, ô, û, ë, ï and é are
 * French; ò and ì are Italian.
 */
function spelledLike(token: string): ReadonlySet<ReplyLang> | undefined {
  if (FRENCH_LETTERS.test(token)) return FRENCH;
  if (ITALIAN_LETTERS.test(token)) return ITALIAN;
  return undefined;
}

/** A word only the English dictionary knows is English. */
function englishWord(token: string): ReadonlySet<ReplyLang> | undefined {
  const lower = token.toLowerCase();
  return lower.length >= MIN_ENGLISH_WORD && isEnglishWord(lower) ? ENGLISH : undefined;
}

function isNameLike(token: string, position: number, vocabulary: Vocabulary): boolean {
  if (HAS_DIGIT.test(token) || ACRONYM.test(token)) return true;
  if (position > 0 && UPPER_INITIAL.test(token)) return true;
  // A word a language writes exactly so ("conférence") is that word, though its folded form names something.
  const [exact] = wordForms(token);
  if (exact !== undefined && vocabulary.languagesOf.has(exact) && !vocabulary.names.has(exact)) return false;
  const lower = token === token.toLowerCase();
  return wordForms(token).some(
    (form) => vocabulary.names.has(form) && !(lower && vocabulary.capitalisedOnly.has(form)),
  );
}
