import type { Doc } from "../corpus/index.ts";
import type { SourceRef } from "./types.ts";

/**
 * Returns every sentence of a document as a citable SourceRef, in reading order.
 * @example docSentences(doc)[0] // { docId: "001_…", paragraph: 1, sentence: 1, text: "Mkutano wa kwanza …" }
 */
export function docSentences(doc: Doc): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      refs.push({ docId: doc.id, paragraph: paragraph.index, sentence: sentence.index, text: sentence.text });
    }
  }
  return refs;
}

/**
 * Returns a key naming one sentence of one document, for sets of sentences.
 * @example refKey({ docId: "d", paragraph: 2, sentence: 1, text: "…" }) // "d:2:1"
 */
export function refKey(ref: SourceRef): string {
  return `${ref.docId}:${ref.paragraph}:${ref.sentence}`;
}
