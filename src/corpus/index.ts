/** Corpus: load files, normalise text, detect language, split paragraphs and sentences, the thesaurus and an operator's lexicon, names across scripts. May use core/. */
export { editDistance } from "./edit-distance.ts";
export { isEnglishWord } from "./english-words.ts";
export { ISO6391_TO_ISO6393, ISO6393_TO_ISO6391 } from "./language.ts";
export { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "./lexicon.ts";
export type { MatchToken, PhraseMatcher } from "./lexicon-match.ts";
export { createPhraseMatcher, matchTokens, spellingsOf } from "./lexicon-match.ts";
export type { Lexicon, LexiconEntry, LexiconLookup, LexiconMention } from "./lexicon-types.ts";
export type { FileIdentity, ParsedDocument } from "./load.ts";
export { DEFAULT_SETTLE_MS, isDocumentName, isInside, loadCorpus, loadDocumentFile } from "./load.ts";
export { normalise, normaliseToken, tokenise } from "./normalise.ts";
export type { SentencePlaces } from "./paragraph.ts";
export { ownCopy, paragraphOf, placedParagraph, sentenceAt, sentencePlaces } from "./paragraph.ts";
export { isQuestionWord } from "./question-words.ts";
export type { FileStamp, ScanState } from "./rescan.ts";
export { diffRescan, initialScanState, isEmptyChange, namesToRead } from "./rescan.ts";
export { scriptOf } from "./script.ts";
export { isStopword, stopwordList } from "./stopwords.ts";
export { isCountryId } from "./thesaurus/countries.ts";
export { shippedThesaurus } from "./thesaurus/index.ts";
export type { UnitEntry } from "./thesaurus/units.ts";
export { unitOf } from "./thesaurus/units.ts";
export {
  consonantSignature,
  type NameSpelling,
  sameNameAcrossScripts,
  sameSpelledName,
  spelledSkeleton,
  spellingOfName,
  voweledSpelling,
} from "./transliterate.ts";
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
