import type { ReplyLang, StepwiseBuild } from "../core/index.ts";
import { asReplyLang, messagesFor, SUPPORTED_LANGS, stepwisePer } from "../core/index.ts";
import { normalise, stopwordList, tokenise } from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";

/** Which reply languages use each word, and which words are names that must not vote. */
export interface Vocabulary {
  /** Word (lower case, accents kept, and also accent-folded) → the languages whose texts use it. */
  languagesOf: ReadonlyMap<string, ReadonlySet<ReplyLang>>;
  /** Words of people's and organisations' names, acronyms and aliases, in either form. */
  names: ReadonlySet<string>;
  /**
   * Of those, the words known as names only because the corpus capitalises them ("Magari Yaliyoibwa" as a
   * database's name): typed in small letters they are the language's words again.
   */
  capitalisedOnly: ReadonlySet<string>;
}

const LOWER_CASE = /^\p{Ll}/u;
/** A word seen once in a document may be a quoted foreign word; twice is a habit of the language. */
const MIN_CORPUS_OCCURRENCES = 2;

/**
 * Returns the word forms a vote compares: lower case with accents kept, then accent-folded.
 * @example wordForms("Réunion") // ["réunion", "reunion"]
 */
export function wordForms(token: string): string[] {
  const lower = token.normalize("NFC").toLowerCase();
  const folded = lower.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  return folded === lower ? [lower] : [lower, folded];
}

/** Returns the vocabulary of each reply language, built once per Knowledge object. */
export function vocabularyOf(knowledge: Knowledge): Vocabulary {
  return vocabularyBuild(knowledge).finish();
}

/** Returns the build of the knowledge's vocabulary, one per Knowledge object, to be finished or advanced. */
export const vocabularyBuild: (knowledge: Knowledge) => StepwiseBuild<Vocabulary> =
  stepwisePer(vocabularySteps);

function* vocabularySteps(knowledge: Knowledge): Generator<void, Vocabulary, void> {
  const languagesOf = new Map<string, Set<ReplyLang>>();
  const add = (word: string, lang: ReplyLang): void => {
    for (const form of wordForms(word)) {
      const langs = languagesOf.get(form) ?? new Set<ReplyLang>();
      langs.add(lang);
      languagesOf.set(form, langs);
    }
  };
  const names = new Set<string>();
  // In scripts with capitals only the capitalised words of a name are names ("Balcani occidentali").
  const addName = (text: string): void => {
    for (const word of tokenise(text)) {
      if (LOWER_CASE.test(word)) continue;
      for (const form of wordForms(word)) names.add(form);
    }
  };
  for (const lang of SUPPORTED_LANGS) {
    for (const word of stopwordList(lang)) add(word, lang);
    for (const text of stringsOf(messagesFor(lang))) for (const word of tokenise(text)) add(word, lang);
  }
  for (const entry of knowledge.lexicon.entries) {
    // Places and people are names in every language; a topic's or a body's label is prose of its language.
    if (entry.kind === "place" || entry.kind === "person") {
      for (const label of [...Object.values(entry.labels), ...entry.variants]) addName(label);
      continue;
    }
    for (const [code, label] of Object.entries(entry.labels)) {
      const lang = asReplyLang(code);
      if (lang) for (const word of tokenise(label)) add(word, lang);
    }
    for (const text of [entry.acronym ?? "", ...(entry.aliases ?? [])]) addName(text);
  }
  for (const outline of knowledge.outlines.values()) {
    yield;
    for (const name of outline.names) addName(name);
  }
  // A word of a language's own function words, interface or field vocabulary is a word, even where it is
  // also a name somewhere ("Réunion", "de"); the corpus only adds words that are not names.
  for (const form of languagesOf.keys()) names.delete(form);
  const capitalisedOnly = new Set<string>();
  for (const name of yield* addCorpusWords(knowledge, add, languagesOf)) {
    if (!names.has(name)) capitalisedOnly.add(name);
    names.add(name);
  }
  return { languagesOf, names, capitalisedOnly };
}

/**
 * Adds the words the corpus uses at least twice to the vocabulary of their document's language, and returns
 * the words its Latin-script texts capitalise inside sentences more often than not: names (Kigali,
 * Marseille) say nothing about the language a question is asked in.
 */
function* addCorpusWords(
  knowledge: Knowledge,
  add: (word: string, lang: ReplyLang) => void,
  known: ReadonlyMap<string, unknown>,
): Generator<void, Set<string>, void> {
  const counts = new Map<ReplyLang, Map<string, number>>();
  const capitals = new Map<string, number>();
  const lower = new Set<string>();
  for (const doc of knowledge.corpus.docs) {
    yield;
    const lang = asReplyLang(doc.lang);
    if (!lang) continue;
    const perLang = counts.get(lang) ?? new Map<string, number>();
    counts.set(lang, perLang);
    for (const paragraph of doc.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const words = tokenise(sentence.text);
        // A headline capitalises its words (English titles, "Palermo: Mkutano wa …"): no sign of a name.
        const headline = sentence.text === doc.title || paragraph.index === 1;
        words.forEach((word, position) => {
          const key = word.toLowerCase();
          perLang.set(key, (perLang.get(key) ?? 0) + 1);
          if (key === word) lower.add(key);
          if (headline || position === 0 || key === word) return;
          capitals.set(key, (capitals.get(key) ?? 0) + 1);
        });
      }
    }
  }
  const names = new Set<string>();
  // A name is never written in small letters; a common noun is, somewhere ("the conference").
  for (const word of capitals.keys()) {
    if (known.has(word) || lower.has(word)) continue;
    for (const form of wordForms(word)) names.add(form);
  }
  for (const [lang, perLang] of counts) {
    for (const [word, count] of perLang) {
      if (count >= MIN_CORPUS_OCCURRENCES && !names.has(word)) add(word, lang);
    }
  }
  return names;
}

/** Every fixed string in a message catalogue: its own prose is vocabulary of that language. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/`[^`]*`/g, " ")];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(stringsOf);
}

const fieldWordsCache = new WeakMap<Knowledge, ReadonlySet<string>>();

/** Returns the words of the thesaurus topics' spellings, normalised: the field's common vocabulary. */
export function fieldWordsOf(knowledge: Knowledge): ReadonlySet<string> {
  const known = fieldWordsCache.get(knowledge);
  if (known) return known;
  const words = new Set<string>();
  for (const entry of knowledge.lexicon.entries) {
    if (entry.kind !== "topic") continue;
    for (const spelling of [...Object.values(entry.labels), ...entry.variants])
      for (const word of normalise(spelling).split(" ")) words.add(word);
  }
  fieldWordsCache.set(knowledge, words);
  return words;
}
