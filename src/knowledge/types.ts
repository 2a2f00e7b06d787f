import type { Corpus, LexiconLookup } from "../corpus/index.ts";
import type { DocumentFacts, Meeting } from "../extract/index.ts";
import type { Searcher } from "../search/index.ts";

/** Everything the answer layer reads: documents, lexicon, search, facts and merged meetings. */
export interface Knowledge {
  corpus: Corpus;
  lexicon: LexiconLookup;
  search: Searcher;
  /** Facts per document id. */
  facts: ReadonlyMap<string, DocumentFacts>;
  meetings: Meeting[];
  /** When each document was first indexed (ISO instant), for "new since" in digests. */
  firstSeen: ReadonlyMap<string, string>;
}
