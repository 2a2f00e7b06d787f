import { memoised } from "../core/index.ts";
import type { Doc, Sentence } from "../corpus/index.ts";
import { isStopword, normalise, tokenise } from "../corpus/index.ts";
import { LEAD_PARAGRAPHS } from "../extract/index.ts";
import type { ExpandedQuery } from "../search/index.ts";
import type { Quote } from "./types.ts";

/** The normalised words and phrases that show a sentence is about the asked topic. */
export interface TopicTerms {
  words: ReadonlySet<string>;
  /** Multi-word spellings, normalised, matched as whole phrases. */
  phrases: readonly string[];
}

const MIN_WORD_LENGTH = 2;
const MAX_SHARED_STOPWORD = 4;
/** A number of its own, two digits or more ("540", not the "7" of "G7"). */
const HAS_NUMBER = /(?<![\p{L}\p{N}])\p{N}{2,}/u;
/** Sentences that share more than this share of their words say the same thing. */
const MAX_OVERLAP = 0.5;

/**
 * A function word of a spelling: a stopword of English, or a short stopword of any language. A longer
 * stopword of one language may be another's noun (Italian "magari" is Swahili for cars).
 */
function isFunctionWord(word: string): boolean {
  return isStopword(word, "en") || (word.length <= MAX_SHARED_STOPWORD && isStopword(word, "any"));
}

/** Returns the topic words of an expanded question: every spelling searched, without stopwords. */
export function topicTerms(expanded: ExpandedQuery): TopicTerms {
  const words = new Set<string>();
  const phrases: string[] = [];
  for (const spelling of [...expanded.terms, ...expanded.expansions]) {
    const normal = normalise(spelling);
    const parts = normal.split(" ").filter((part) => part.length >= MIN_WORD_LENGTH && !isFunctionWord(part));
    for (const part of parts) words.add(part);
    if (parts.length > 1) phrases.push(normal);
  }
  return { words, phrases };
}

/**
 * Returns how strongly a sentence is about the topic: distinct topic words it contains, plus one per phrase.
 * @example topicScore("Fentanyl is spreading", { words: new Set(["fentanyl"]), phrases: [] }) // 1
 */
export function topicScore(text: string, terms: TopicTerms): number {
  const normal = normalise(text);
  const words = new Set(normal.split(" "));
  let score = 0;
  for (const word of terms.words) if (words.has(word)) score += 1;
  for (const phrase of terms.phrases) if (` ${normal} `.includes(` ${phrase} `)) score += 1;
  return score;
}

/** Returns whether two sentences repeat each other (most of their words shared). */
export function overlaps(a: string, b: string): boolean {
  const left = new Set(tokenise(normalise(a)));
  const right = new Set(tokenise(normalise(b)));
  const smaller = Math.min(left.size, right.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / smaller > MAX_OVERLAP;
}

/** A sentence of a document with its paragraph number. */
export interface PlacedSentence {
  paragraph: number;
  sentence: Sentence;
}

/** Returns every sentence of a document with its paragraph number, in reading order. */
export function sentencesOf(doc: Doc): PlacedSentence[] {
  return doc.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({ paragraph: paragraph.index, sentence })),
  );
}

/** Returns a sentence as a quote of its document. */
export function quoteOf(doc: Doc, placed: PlacedSentence): Quote {
  return {
    text: placed.sentence.text.trim(),
    docId: doc.id,
    title: doc.title,
    lang: doc.lang,
    paragraph: placed.paragraph,
  };
}

/** A sentence or title normalised and padded with spaces; its words are split off when first asked for. */
interface ReadSentence {
  normal: string;
  words?: ReadonlySet<string>;
}

/** A document's title and sentences, each normalised once for every weighing of one question. */
interface ReadDocument {
  title: ReadSentence;
  sentences: readonly (ReadSentence & { placed: PlacedSentence })[];
  /** Title and sentences in one, padded with spaces, so whole words and phrases can be found anywhere. */
  text: string;
}

/** Weighs documents against one question's concepts, reading each document once. */
export interface DocumentReader {
  /**
   * Returns how much a document is about the question: the sentences that name one of its concepts, and two
   * more when its title does — a topic named once in passing scores 1. A single mention counts as two when it
   * is in the lead (the first LEAD_PARAGRAPHS paragraphs) or states a number: then the document reports on it.
   * @example reader.topicWeight(ottawaRelease, [["ransomware"]]) // 1
   */
  topicWeight(
    doc: Doc,
    concepts: readonly (readonly string[])[],
    apart?: readonly (readonly string[])[],
  ): number;
  /**
   * Returns how many of a question's concepts a document names (each concept counted once, by any of its
   * spellings, as whole words).
   * @example reader.conceptCoverage(bolognaRelease, [["ransomware"], ["attacks", "attacchi"], ["hospitals"]]) // 3
   */
  conceptCoverage(
    doc: Doc,
    concepts: readonly (readonly string[])[],
    apart?: readonly (readonly string[])[],
  ): number;
}

function readSentence(text: string): ReadSentence {
  return { normal: ` ${normalise(text)} ` };
}

/** The words of a read sentence; most questions never ask, having no words that may stand apart. */
function wordsOf(read: ReadSentence): ReadonlySet<string> {
  read.words ??= new Set(read.normal.trim().split(" "));
  return read.words;
}

function readDocument(doc: Doc): ReadDocument {
  const title = readSentence(doc.title);
  const sentences = sentencesOf(doc).map((placed) => ({ ...readSentence(placed.sentence.text), placed }));
  const words = [title, ...sentences].map((sentence) => sentence.normal.trim()).filter((normal) => normal);
  return { title, sentences, text: ` ${words.join(" ")} ` };
}

/**
 * Returns a reader for one question; what it read goes with it. Kept from question to question (256
 * documents), read documents lived long enough to be moved to the old heap and died there: at 100,000
 * documents the bench's 1,200 /brief questions moved 166 MB there with them and 115 MB with a reader per
 * question, at the same median answer time.
 * @example createDocumentReader().conceptCoverage(bolognaRelease, [["ransomware"]]) // 1
 */
export function createDocumentReader(): DocumentReader {
  // Unbounded: one question reads a few dozen documents, and the memo goes with the reader.
  const readSentences = memoised(Number.POSITIVE_INFINITY, readDocument);

  /** Whether one sentence or the title holds every one of the words, in any order and with others between. */
  const writtenApart = (doc: Doc, words: readonly string[]): boolean => {
    if (words.length < 2) return false;
    const { title, sentences } = readSentences(doc);
    const holds = (sentence: ReadSentence): boolean => words.every((word) => wordsOf(sentence).has(word));
    return holds(title) || sentences.some(holds);
  };

  return {
    topicWeight(doc, concepts, apart = []) {
      const { title, sentences } = readSentences(doc);
      const wholeWords = padded(concepts);
      const names = (sentence: ReadSentence): boolean =>
        wholeWords.some(
          (spellings, at) =>
            spellings.some((spelling) => sentence.normal.includes(spelling)) ||
            ((apart[at]?.length ?? 0) > 1 && (apart[at] ?? []).every((word) => wordsOf(sentence).has(word))),
        );
      let naming = 0;
      let only: PlacedSentence | undefined;
      for (const sentence of sentences) {
        if (!names(sentence)) continue;
        naming++;
        only = sentence.placed;
      }
      const titleWeight = names(title) ? 2 : 0;
      if (
        titleWeight === 0 &&
        naming === 1 &&
        only &&
        (only.paragraph <= LEAD_PARAGRAPHS || HAS_NUMBER.test(only.sentence.text))
      )
        return 2;
      return titleWeight + naming;
    },
    conceptCoverage(doc, concepts, apart = []) {
      const { text } = readSentences(doc);
      return padded(concepts).filter(
        (spellings, at) =>
          spellings.some((spelling) => text.includes(spelling)) || writtenApart(doc, apart[at] ?? []),
      ).length;
    },
  };
}

/**
 * The spellings with a space on either side, to be found as whole words in padded text: made once per
 * document weighed, not once per sentence, where they were 134 MB of the 3.3 GB the bench's 1,200 /brief
 * questions allocated at 100,000 documents.
 */
function padded(concepts: readonly (readonly string[])[]): string[][] {
  return concepts.map((spellings) => spellings.map((spelling) => ` ${spelling} `));
}
