/** Knowledge: build what replies read from the corpus, cache it on disk, update it as the folder changes. May use core/, corpus/, extract/, search/, store/. */
export { loadKnowledge } from "./build.ts";
export type { CorpusWatch } from "./corpus-watch.ts";
export { createCorpusWatch } from "./corpus-watch.ts";
export type { KnowledgeSource } from "./source.ts";
export { createKnowledgeSource } from "./source.ts";
export { startLine } from "./start-line.ts";
export type { Knowledge } from "./types.ts";
