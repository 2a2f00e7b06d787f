import type { ReplyLang } from "../core/index.ts";
import { asReplyLang, messagesFor, SUPPORTED_LANGS } from "../core/index.ts";
import { stopwordList, tokenise } from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";

/** Which reply languages use each word, and which words are names that must not vote. */
export interface Vocabulary {
  /** Word (lower case, accents kept, and also accent-folded) → the languages whose texts use it. */
  languagesOf: ReadonlyMap<string, ReadonlySet<ReplyLang>>;
  /** Words of people's and organisations' names, acronyms and aliases, in either form. */
  names: ReadonlySet<string>;
}

/** A word seen once in a document may be a quoted foreign word; twice is a habit of the language. */
const MIN_CORPUS_OCCURRENCES = 2;
const cache = new WeakMap<Knowledge, Vocabulary>();

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
  const known = cache.get(knowledge);
  if (known) return known;
  const built = buildVocabulary(knowledge);
  cache.set(knowledge, built);
  return built;
}

function buildVocabulary(knowledge: Knowledge): Vocabulary {
  const languagesOf = new Map<string, Set<ReplyLang>>();
  const add = (word: string, lang: ReplyLang): void => {
    for (const form of wordForms(word)) {
      const langs = languagesOf.get(form) ?? new Set<ReplyLang>();
      langs.add(lang);
      languagesOf.set(form, langs);
    }
  };
  for (const lang of SUPPORTED_LANGS) {
    for (const word of stopwordList(lang)) add(word, lang);
    for (const text of stringsOf(messagesFor(lang))) for (const word of tokenise(text)) add(word, lang);
  }
  addCorpusWords(knowledge, add);
  const names = new Set<string>();
  for (const entry of knowledge.lexicon.entries) {
    for (const [code, label] of Object.entries(entry.labels)) {
      const lang = asReplyLang(code);
      if (lang && entry.kind !== "person" && entry.kind !== "organisation") {
        for (const word of tokenise(label)) add(word, lang);
      }
    }
    const nameLike = [entry.acronym ?? "", ...(entry.aliases ?? [])];
    if (entry.kind === "person" || entry.kind === "organisation") {
      nameLike.push(...Object.values(entry.labels), ...entry.variants);
    }
    for (const text of nameLike)
      for (const word of tokenise(text)) for (const form of wordForms(word)) names.add(form);
  }
  return { languagesOf, names };
}

function addCorpusWords(knowledge: Knowledge, add: (word: string, lang: ReplyLang) => void): void {
  const counts = new Map<ReplyLang, Map<string, number>>();
  for (const doc of knowledge.corpus.docs) {
    const lang = asReplyLang(doc.lang);
    if (!lang) continue;
    const perLang = counts.get(lang) ?? new Map<string, number>();
    counts.set(lang, perLang);
    for (const paragraph of doc.paragraphs) {
      for (const word of tokenise(paragraph.text)) {
        const key = word.toLowerCase();
        perLang.set(key, (perLang.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [lang, perLang] of counts) {
    for (const [word, count] of perLang) if (count >= MIN_CORPUS_OCCURRENCES) add(word, lang);
  }
}

/** Every fixed string in a message catalogue: its own prose is vocabulary of that language. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/`[^`]*`/g, " ")];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(stringsOf);
}
