/** Search: the MiniSearch index over the corpus and query expansion across languages. May use core/, corpus/. */
export { lexiconFingerprint } from "./fingerprint.ts";
export type { PersistentSearcher } from "./searcher.ts";
export { createSearcher, loadSearcher } from "./searcher.ts";
export type { DocumentHit, ExpandedQuery, Searcher } from "./types.ts";
