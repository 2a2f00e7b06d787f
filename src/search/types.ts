import type { CorpusChange, LangCode } from "../corpus/index.ts";

/** A paragraph that matched a question. */
export interface PassageHit {
  docId: string;
  /** 1-based paragraph number, as cited. */
  paragraph: number;
  text: string;
  lang: LangCode;
  score: number;
  /** Normalised index terms that matched. */
  terms: string[];
  /** The thesaurus entries the question names that this passage names too (glued words included). */
  entities: string[];
}

/** A document that matched, with its best passages (best first). */
export interface DocumentHit {
  docId: string;
  title: string;
  lang: LangCode;
  score: number;
  passages: PassageHit[];
}

/** A question after lexicon expansion: its own terms plus every spelling of the entries it names. */
export interface ExpandedQuery {
  /** The question as asked. */
  text: string;
  /** Normalised terms of the question itself. */
  terms: string[];
  /** Lexicon entries the question names. */
  entityIds: string[];
  /** Every spelling searched, the question's own terms included. */
  expansions: string[];
  /**
   * The spellings of each thing the question asks about (a thesaurus entry, or a word and its spellings in
   * other scripts), normalised, function words left out: a text names the concept when it has one of them.
   */
  concepts: string[][];
  /**
   * For each concept, the question's words that named it when a text may write them apart ("traffico di
   * armi e di migranti" for "traffico di migranti"); empty when it was one word.
   */
  apart: string[][];
  /** The question's own words that name no thesaurus entry, normalised, function words left out. */
  words: string[];
}

/** Options for a search. */
export interface SearchOptions {
  limit?: number;
  /** Passages per document. */
  passages?: number;
  /**
   * Places kept for documents in other languages than the best one's, when any score near the best: in a
   * large archive the asker's language alone can fill every place.
   */
  otherLanguages?: number;
}

/** Cross-language search over a corpus; implemented in src/search/index.ts. */
export interface Searcher {
  expand(question: string): ExpandedQuery;
  search(question: string, options?: SearchOptions): DocumentHit[];
  /**
   * Returns a searcher over `change.corpus`, updating the indexes in place rather than rebuilding them. The
   * previous searcher stays usable but no longer finds changed or removed documents, nor added ones.
   */
  update?(change: CorpusChange): Searcher;
  /**
   * Works for about `budgetMs` on what the first question would otherwise wait for (the corpus's words by
   * consonant skeleton); returns whether it is ready.
   */
  prepare?(budgetMs: number): boolean;
}
