/**
 * A parsed document as plain data: how the knowledge cache saves it, and how the facts helper thread is
 * handed it (a paragraph's sentence places are private to it, and a structured clone would drop them).
 */
import type { Doc, Paragraph, ParsedDocument } from "../corpus/index.ts";
import { placedParagraph, type SentencePlaces, sentencePlaces } from "../corpus/index.ts";

/** A parsed document as saved: each paragraph's text and where its sentences are in it. */
export interface SavedDocument {
  title: string;
  lang: string;
  script: Doc["script"];
  published?: string;
  source?: string;
  paragraphs: [text: string, sentences: SentencePlaces][];
}

/**
 * Returns the document's parsed content as plain data.
 * @example savedDocument(doc).paragraphs[0] // ["Rome. Lyon.", [0, 5, 6, 11]]
 */
export function savedDocument(doc: Doc): SavedDocument {
  const saved: SavedDocument = {
    title: doc.title,
    lang: doc.lang,
    script: doc.script,
    paragraphs: doc.paragraphs.map((paragraph) => [paragraph.text, sentencePlaces(paragraph)]),
  };
  if (doc.published !== undefined) saved.published = doc.published;
  if (doc.source !== undefined) saved.source = doc.source;
  return saved;
}

/**
 * Returns the parsed content saved by `savedDocument`.
 * @example parsedDocument(savedDocument(doc)).paragraphs[0]?.sentences[1]?.text // "Lyon."
 */
export function parsedDocument(saved: SavedDocument): ParsedDocument {
  const paragraphs: Paragraph[] = saved.paragraphs.map(([text, sentences], at) =>
    placedParagraph(at + 1, text, sentences),
  );
  return {
    title: saved.title,
    lang: saved.lang,
    script: saved.script,
    ...(saved.published === undefined ? {} : { published: saved.published }),
    ...(saved.source === undefined ? {} : { source: saved.source }),
    paragraphs,
  };
}
