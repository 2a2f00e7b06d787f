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
/** A document in another language takes a kept place when it scores at least this share of the best. */
const OTHER_LANGUAGE_SHARE = 0.5;

/** How to rank and present documents. */
export interface AggregateOptions {
  limit: number;
  /** Passages kept per document. */
  passages: number;
  info: (docId: string) => { title: string; lang: LangCode };
  /** The passage shown for a document that matched by its title only (its first paragraph). */
  lead: (docId: string) => PassageHit | undefined;
  /** Places kept for documents in other languages than the best document's (see SearchOptions). */
  otherLanguages?: number;
}

/**
 * Groups passage hits by document, adds title scores, and returns the documents best first. Only the documents
 * that can be returned are made and sorted: those scoring at least the `limit`-th best or, when other languages
 * keep places, half the best (a popular topic reaches thousands of documents for the ten or so returned).
 */
export function aggregateByDocument(
  hits: readonly PassageHit[],
  titleScores: ReadonlyMap<string, number>,
  options: AggregateOptions,
): DocumentHit[] {
  const byDoc = byDocument(hits);
  const scored: Scored[] = [];
  for (const [docId, list] of byDoc)
    scored.push({ docId, score: scoreOfPassages(list) + (titleScores.get(docId) ?? 0), list });
  // Matched by its title alone: the title's score, and its lead passage (score 0) to show if it is returned.
  for (const [docId, score] of titleScores)
    if (!byDoc.has(docId)) scored.push({ docId, score, list: undefined });
  const least = returnable(scored, options.limit, (options.otherLanguages ?? 0) > 0);
  const docs: DocumentHit[] = [];
  for (const { docId, score, list } of scored) {
    if (score < least) continue;
    const lead = list ? undefined : options.lead(docId);
    const { title, lang } = options.info(docId);
    docs.push({
      docId,
      title,
      lang,
      score,
      passages: (list?.sort(bestPassageFirst) ?? (lead ? [lead] : [])).slice(0, options.passages),
    });
  }
  docs.sort(byScore);
  return withOtherLanguages(docs, options.limit, options.otherLanguages ?? 0);
}

/**
 * Returns what each document scores by its passages among the hits, before its title's score is added.
 * @example passageScores(hits).get("rome-lyon_it") // 3.1
 */
export function passageScores(hits: readonly PassageHit[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [docId, list] of byDocument(hits)) scores.set(docId, scoreOfPassages(list));
  return scores;
}

/** The hits of each document, in the order they came. */
function byDocument(hits: readonly PassageHit[]): Map<string, PassageHit[]> {
  const byDoc = new Map<string, PassageHit[]>();
  for (const hit of hits) {
    const list = byDoc.get(hit.docId);
    if (list) list.push(hit);
    else byDoc.set(hit.docId, [hit]);
  }
  return byDoc;
}

/** The best scores of one document's passages, best first; reused, as the scoring is never re-entered. */
const best = new Float64Array(1 + MAX_FURTHER_PASSAGES);

/**
 * The best passage's score, plus a share of the next few, added best first. Picked, not sorted: only the
 * few documents returned need their passages in order, and sorting every list made a work array each time.
 */
function scoreOfPassages(list: readonly PassageHit[]): number {
  let kept = 0;
  for (const { score } of list) {
    if (kept === best.length && score <= (best[kept - 1] as number)) continue;
    let at = Math.min(kept, best.length - 1);
    while (at > 0 && (best[at - 1] as number) < score) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = score;
    kept = Math.min(kept + 1, best.length);
  }
  let further = 0;
  for (let at = 1; at < kept; at++) further += best[at] as number;
  return (kept > 0 ? (best[0] as number) : 0) + FURTHER_PASSAGE_SHARE * further;
}

function bestPassageFirst(a: PassageHit, b: PassageHit): number {
  return b.score - a.score || a.paragraph - b.paragraph;
}

/** A document's score, and its passage hits best first (none when only its title matched). */
interface Scored {
  docId: string;
  score: number;
  list: PassageHit[] | undefined;
}

/**
 * The least score a returned document can have: the `limit`-th best, or half the best when documents in
 * other languages may take places below the first `limit` (see withOtherLanguages).
 */
function returnable(scored: readonly Scored[], limit: number, otherLanguages: boolean): number {
  if (scored.length <= limit) return Number.NEGATIVE_INFINITY;
  return returnableFloor(
    Float64Array.from(scored, (doc) => doc.score),
    limit,
    otherLanguages,
  );
}

/**
 * The least score a returned document can have, or less, from some of the scores of the documents ranked
 * (a document scores at least its title's score): no document scoring below it is returned, as the ranking
 * holds at least these. Minus infinity for fewer than `limit` scores. Sorts `scores`.
 * @example returnableFloor(Float64Array.of(9, 1, 4), 2, false) // 4
 */
export function returnableFloor(scores: Float64Array, limit: number, otherLanguages: boolean): number {
  if (limit < 1 || scores.length < limit) return Number.NEGATIVE_INFINITY;
  scores.sort();
  const limitth = scores[scores.length - limit] as number;
  const best = scores[scores.length - 1] as number;
  return otherLanguages ? Math.min(limitth, best * OTHER_LANGUAGE_SHARE) : limitth;
}

/**
 * Returns the best `limit` documents, with up to `kept` of the last places given to the best documents in
 * other languages than the first's that score near it, when fewer than `kept` are among the best already.
 */
function withOtherLanguages(ranked: readonly DocumentHit[], limit: number, kept: number): DocumentHit[] {
  const best = ranked.slice(0, limit);
  const [first] = ranked;
  if (first === undefined || kept <= 0) return best;
  const isOther = (doc: DocumentHit): boolean => doc.lang !== first.lang;
  const wanted = kept - best.filter(isOther).length;
  if (wanted <= 0) return best;
  const others = ranked
    .slice(limit)
    .filter((doc) => isOther(doc) && doc.score >= first.score * OTHER_LANGUAGE_SHARE)
    .slice(0, wanted);
  if (others.length === 0) return best;
  // The weakest documents in the first's language give up their places.
  const mine = best.filter((doc) => !isOther(doc));
  const leaving = new Set(mine.slice(Math.max(1, mine.length - others.length)));
  return [...best.filter((doc) => !leaving.has(doc)), ...others.slice(0, leaving.size)].sort(byScore);
}

/** Best score first; equal scores by document id, so a ranking does not depend on the order hits came in. */
function byScore(a: DocumentHit, b: DocumentHit): number {
  return b.score - a.score || (a.docId < b.docId ? -1 : 1);
}
