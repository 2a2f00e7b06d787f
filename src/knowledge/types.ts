import type { Corpus, LexiconLookup } from "../corpus/index.ts";
import type { DocumentFacts, Meeting } from "../extract/index.ts";
import type { Searcher } from "../search/index.ts";

/** Everything the answer layer reads: documents, lexicon, search, facts and merged meetings. */
export interface Knowledge {
  corpus: Corpus;
  lexicon: LexiconLookup;
  search: Searcher;
  /** Facts per document id (with a knowledge cache, read from disk when asked for). */
  facts: ReadonlyMap<string, DocumentFacts>;
  /** Per document id, what answers read of every document's facts at once. */
  outlines: ReadonlyMap<string, FactOutline>;
  meetings: Meeting[];
  /** When each document was first indexed (ISO instant), for "new since" in digests. */
  firstSeen: ReadonlyMap<string, string>;
  /** Where an update writes the meetings it merges, details on disk (the knowledge cache); absent: held whole. */
  shelveMeetings?: MeetingShelf;
}

/**
 * Writes meetings merged from these documents' facts as they are merged and returns them as written, details on
 * disk; when writing fails, merges them anew (`merged` is called again) and returns them whole. Never throws.
 */
export type MeetingShelf = (
  corpus: Corpus,
  lexicon: LexiconLookup,
  merged: () => Iterable<Meeting>,
) => Meeting[];

/** What answers read of every document's facts at once; small enough to hold for a whole archive. */
export interface FactOutline {
  /** Lexicon topic ids the document names. */
  topics: readonly string[];
  /** Names of the people and places it names, as written. */
  names: readonly string[];
  /** Whether it announces a follow-up meeting. */
  followUps: boolean;
}
