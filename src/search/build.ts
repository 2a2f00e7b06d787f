/**
 * Building the two MiniSearch indexes: passages (paragraph words and the entities they name) and titles
 * (one record per document). Titles live apart so a title's words are stored once per document, not once per
 * paragraph: that keeps the posting lists a question walks short.
 *
 * Text is normalised once, up front, with the same `tokenise` and `normaliseToken` questions go through
 * (src/corpus/normalise.ts); MiniSearch then only splits the prepared strings on spaces. That lets the index
 * add glue parts and entity ids, and keeps normalisation off MiniSearch's per-term path.
 */
import MiniSearch, { type Options } from "minisearch";
import type { Corpus, LangCode } from "../corpus/index.ts";
import {
  isStopword,
  type MatchToken,
  matchTokens,
  normaliseToken,
  type PhraseMatcher,
  tokenise,
} from "../corpus/index.ts";
import { addAllFrozen } from "./frozen-build.ts";
import { freezeRecordTables } from "./frozen-documents.ts";
import { createGlueSplitter } from "./glue.ts";
import type { Passage } from "./passages.ts";

/**
 * A word or entity in more passages than this share (and this count) is too common to discriminate; it is
 * left out of a question that has rarer ones, which also keeps long posting lists off the query path.
 */
const COMMON_SHARE = 0.05;
const COMMON_MIN_PASSAGES = 1000;

/** A paragraph as indexed: its words (with glue parts) and the ids of the lexicon entries it names. */
export interface PassageRecord {
  id: number;
  body: string;
  entities: string;
}

/** A document's title as indexed: its words and the ids of the entries it names, in one field. */
export interface TitleRecord {
  id: number;
  title: string;
}

/** Words and entity ids in so many passages that they are left out of questions that have rarer ones. */
export interface CommonKeys {
  words: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

/** The built indexes; record ids are positions in `passagesOf(corpus)` and in `corpus.docs`. */
export interface Indexes {
  passages: MiniSearch<PassageRecord>;
  titles: MiniSearch<TitleRecord>;
  common: CommonKeys;
}

const spaceSplit = (text: string): string[] => (text === "" ? [] : text.split(" "));
const asIs = (term: string): string => term;

/** MiniSearch options of the passage index (the same when building and loading). */
export function passageOptions(): Options<PassageRecord> {
  return {
    fields: ["body", "entities"],
    tokenize: spaceSplit,
    processTerm: asIs,
    searchOptions: { tokenize: spaceSplit, processTerm: asIs },
  };
}

/** MiniSearch options of the title index (the same when building and loading). */
export function titleOptions(): Options<TitleRecord> {
  return {
    fields: ["title"],
    tokenize: spaceSplit,
    processTerm: asIs,
    searchOptions: { tokenize: spaceSplit, processTerm: asIs },
  };
}

/** Passages indexed between two calls of a build's `meanwhile`. */
const PASSAGES_BETWEEN_CALLS = 256;

/**
 * Indexes every paragraph and every title of the corpus, calling `meanwhile` every few hundred passages (for a
 * caller with work of its own to interleave: the knowledge build hands its facts helper more documents).
 */
export function buildIndexes(
  corpus: Corpus,
  passages: readonly Passage[],
  matcher: PhraseMatcher,
  meanwhile: () => void = () => {},
): Indexes {
  const frequencies = passageFrequencies(corpus);
  const split = createGlueSplitter(frequencies, matcher.vocabulary);
  const passageIndex = new MiniSearch<PassageRecord>(passageOptions());
  const entityFrequencies = new Map<string, number>();
  // Records are made as MiniSearch takes them: held all at once, their words would be a copy of the corpus.
  addAllFrozen(
    passageIndex,
    lazily(passages, (passage, id): PassageRecord => {
      if (id % PASSAGES_BETWEEN_CALLS === 0) meanwhile();
      const body = prepare(passage.text, matcher, split, passage.lang);
      for (const entity of body.entities)
        entityFrequencies.set(entity, (entityFrequencies.get(entity) ?? 0) + 1);
      return { id, body: body.words.join(" "), entities: body.entities.join(" ") };
    }),
  );
  const titleIndex = new MiniSearch<TitleRecord>(titleOptions());
  addAllFrozen(
    titleIndex,
    lazily(corpus.docs, (doc, id): TitleRecord => {
      const title = prepare(doc.title, matcher, split, doc.lang);
      return { id, title: [...title.words, ...title.entities].join(" ") };
    }),
  );
  freezeRecordTables(passageIndex);
  freezeRecordTables(titleIndex);
  const threshold = Math.max(COMMON_MIN_PASSAGES, passages.length * COMMON_SHARE);
  const commonOf = (counts: Map<string, number>): Set<string> =>
    new Set([...counts].filter(([, count]) => count > threshold).map(([key]) => key));
  return {
    passages: passageIndex,
    titles: titleIndex,
    common: { words: commonOf(frequencies), entities: commonOf(entityFrequencies) },
  };
}

/**
 * Returns a text's index words (normalised, with glue parts) and the ids of the lexicon entries it names.
 * The function words of the text's own language are not index words — a third of all postings, and no
 * question is answered by them — but they still join the phrases the lexicon spells ("trafic d'armes").
 * @example prepare("the fentanyl smuggling", matcher, split, "en").words // ["fentanyl", "smuggling"]
 */
export function prepare(
  text: string,
  matcher: PhraseMatcher,
  split: (token: string) => string[] | undefined,
  lang: LangCode,
): { words: string[]; entities: string[] } {
  const words: string[] = [];
  const forMatching: MatchToken[] = [];
  for (const token of matchTokens(text)) {
    if (!isStopword(token.norm, lang)) words.push(token.norm);
    const parts = split(token.norm);
    if (!parts || parts.length === 0) {
      forMatching.push(token);
      continue;
    }
    for (const part of parts) {
      words.push(part);
      forMatching.push({ norm: part, raw: part, start: token.start, end: token.end });
    }
  }
  const entities = new Set<string>();
  for (const match of matcher.match(forMatching, "all")) for (const id of match.ids) entities.add(id);
  return { words, entities: [...entities] };
}

/** Returns in how many paragraphs (and titles) each normalised word occurs, for the glue splitter. */
export function passageFrequencies(corpus: Corpus): Map<string, number> {
  const counts = new Map<string, number>();
  const countOnce = (text: string): void => {
    const seen = new Set<string>();
    for (const token of tokenise(text)) {
      const norm = normaliseToken(token);
      if (norm === "" || seen.has(norm)) continue;
      seen.add(norm);
      counts.set(norm, (counts.get(norm) ?? 0) + 1);
    }
  };
  for (const doc of corpus.docs) {
    countOnce(doc.title);
    for (const paragraph of doc.paragraphs) countOnce(paragraph.text);
  }
  return counts;
}

/** Yields `make` of each item with its position, one at a time. */
function* lazily<T, R>(items: readonly T[], make: (item: T, at: number) => R): Generator<R> {
  for (let at = 0; at < items.length; at++) yield make(items[at] as T, at);
}
