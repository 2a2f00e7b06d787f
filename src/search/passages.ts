/**
 * Passages: the paragraphs of a corpus as the unit the index stores and cites.
 */
import type { Corpus, LangCode } from "../corpus/index.ts";

/** One paragraph of one document, addressed the way an answer cites it. */
export interface Passage {
  docId: string;
  title: string;
  lang: LangCode;
  /** 1-based paragraph number. */
  paragraph: number;
  text: string;
}

/**
 * Returns every paragraph of every document, in corpus order; a passage's position is its index id.
 */
export function passagesOf(corpus: Corpus): Passage[] {
  const out: Passage[] = [];
  for (const doc of corpus.docs) {
    for (const paragraph of doc.paragraphs) {
      out.push({
        docId: doc.id,
        title: doc.title,
        lang: doc.lang,
        paragraph: paragraph.index,
        text: paragraph.text,
      });
    }
  }
  return out;
}
