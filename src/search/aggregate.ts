/**
 * From passage hits to document hits: a document is as good as its best passage, plus a little for each
 * further passage that also matches (a document that keeps returning to the topic is more about it), plus
 * its title's score.
 */
import type { LangCode } from "../corpus/index.ts";
import type { DocumentHit, PassageHit } from "./types.ts";

/** Share of each further passage's score added to the best one's. */
const FURTHER_PASSAGE_SHARE = 0.3;
/** Further passages counted at most, so a long document does not win on length alone. */
const MAX_FURTHER_PASSAGES = 4;

/** How to rank and present documents. */
export interface AggregateOptions {
  limit: number;
  /** Passages kept per document. */
  passages: number;
  info: (docId: string) => { title: string; lang: LangCode };
  /** The passage shown for a document that matched by its title only (its first paragraph). */
  lead: (docId: string) => PassageHit | undefined;
}

/**
 * Groups passage hits by document, adds title scores, and returns the documents best first.
 */
export function aggregateByDocument(
  hits: readonly PassageHit[],
  titleScores: ReadonlyMap<string, number>,
  options: AggregateOptions,
): DocumentHit[] {
  const byDoc = new Map<string, PassageHit[]>();
  for (const hit of hits) {
    const list = byDoc.get(hit.docId);
    if (list) list.push(hit);
    else byDoc.set(hit.docId, [hit]);
  }
  for (const docId of titleScores.keys()) {
    if (byDoc.has(docId)) continue;
    const lead = options.lead(docId);
    byDoc.set(docId, lead ? [lead] : []);
  }
  const docs: DocumentHit[] = [];
  for (const [docId, list] of byDoc) {
    list.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph);
    const further = list.slice(1, 1 + MAX_FURTHER_PASSAGES).reduce((sum, hit) => sum + hit.score, 0);
    const best = list[0]?.score ?? 0;
    const { title, lang } = options.info(docId);
    docs.push({
      docId,
      title,
      lang,
      score: best + FURTHER_PASSAGE_SHARE * further + (titleScores.get(docId) ?? 0),
      passages: list.slice(0, options.passages),
    });
  }
  docs.sort((a, b) => b.score - a.score || (a.docId < b.docId ? -1 : 1));
  return docs.slice(0, options.limit);
}
