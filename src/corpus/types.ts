/** ISO 639-1 code of a document's or a question's language, e.g. "ar", "sw"; "und" when unknown. */
export type LangCode = string;

/** The writing system a text is mostly written in. */
export type Script = "latin" | "arabic" | "devanagari" | "cyrillic" | "han" | "other";

/** One sentence of a paragraph; `index` is 1-based within the paragraph. */
export interface Sentence {
  index: number;
  text: string;
}

/** One paragraph of a document's content; `index` is 1-based, the number a citation shows. */
export interface Paragraph {
  readonly index: number;
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** What optional YAML front matter may say about a document; it overrides what is detected. */
export interface FrontMatter {
  title?: string;
  published?: string;
  source?: string;
  lang?: LangCode;
}

/** A loaded document: its content split into paragraphs and sentences, with its detected language. */
export interface Doc {
  /** File name without extension. */
  id: string;
  /** Path of the file it was read from. */
  path: string;
  title: string;
  lang: LangCode;
  script: Script;
  /** Publication date as YYYY-MM-DD when front matter gives it (a dated line in the text is read by src/extract). */
  published?: string;
  source?: string;
  /** Content paragraphs: no title line, no closing title repeat, no newsletter boilerplate. */
  paragraphs: Paragraph[];
  /** sha256 of the file's bytes, to notice changes. */
  hash: string;
  bytes: number;
}

/**
 * Why a file was not loaded as a document. "outside-corpus": its real path (through symbolic links) leaves the
 * corpus folder; "unsettled": it changed while start-up read it (the rescans index it once it holds still).
 */
export type SkipReason =
  | "empty"
  | "binary"
  | "not-utf8"
  | "too-large"
  | "bad-front-matter"
  | "unreadable"
  | "outside-corpus"
  | "unsettled";

/** A file that was skipped, with the reason; one per file. */
export interface LoadWarning {
  file: string;
  reason: SkipReason;
  detail?: string;
}

/** The documents of one corpus folder and the files it skipped. */
export interface Corpus {
  dir: string;
  docs: Doc[];
  warnings: LoadWarning[];
}

/** How a rescanned corpus differs from the one before: documents by id; `corpus` is the corpus after. */
export interface CorpusChange {
  corpus: Corpus;
  added: Doc[];
  /** Documents whose file content (hash) or path changed, in their new version. */
  changed: Doc[];
  /** Ids of documents no longer in the folder. */
  removed: string[];
}
