/** Corpus: load files, normalise text, detect language, split paragraphs and sentences, the lexicon. May use core/. */
export { ISO6391_TO_ISO6393, ISO6393_TO_ISO6391 } from "./language.ts";
export { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "./lexicon.ts";
export type { MatchToken, PhraseMatcher } from "./lexicon-match.ts";
export { createPhraseMatcher, matchTokens, spellingsOf } from "./lexicon-match.ts";
export type { Lexicon, LexiconEntry, LexiconLookup, LexiconMention } from "./lexicon-types.ts";
export type { ParsedDocument } from "./load.ts";
export { isDocumentName, loadCorpus, loadDocumentFile } from "./load.ts";
export { normalise, normaliseToken, tokenise } from "./normalise.ts";
export type { FileStamp, ScanState } from "./rescan.ts";
export { diffRescan, initialScanState, isEmptyChange, namesToRead } from "./rescan.ts";
export { scriptOf } from "./script.ts";
export { isStopword, stopwordList } from "./stopwords.ts";
export type {
  Corpus,
  CorpusChange,
  Doc,
  LangCode,
  LoadWarning,
  Paragraph,
  Script,
  Sentence,
} from "./types.ts";
