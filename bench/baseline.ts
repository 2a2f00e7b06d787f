/**
 * The baseline: plain MiniSearch with its default options over the same documents, the way a first
 * implementation would index the archive (title and text of each document, no lexicon, no passages).
 */
import MiniSearch from "minisearch";
import type { Corpus } from "../src/corpus/types.ts";

/** One document as the baseline indexes it. */
export interface BaselineDoc {
  id: string;
  title: string;
  text: string;
}

/** Returns the corpus's documents as title + full text. */
export function baselineDocs(corpus: Corpus): BaselineDoc[] {
  return corpus.docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    text: doc.paragraphs.map((paragraph) => paragraph.text).join("\n\n"),
  }));
}

/** Returns a default MiniSearch index over the documents. */
export function buildBaseline(docs: readonly BaselineDoc[]): MiniSearch<BaselineDoc> {
  const index = new MiniSearch<BaselineDoc>({ fields: ["title", "text"] });
  index.addAll(docs);
  return index;
}
