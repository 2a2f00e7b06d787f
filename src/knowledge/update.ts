import type { CorpusChange, Doc } from "../corpus/index.ts";
import type { DocumentFacts } from "../extract/index.ts";
import { extractFacts } from "../extract/index.ts";
import { createSearcher } from "../search/index.ts";
import { FactsView } from "./facts-view.ts";
import { meetingCollector } from "./meeting-collector.ts";
import { outlineOf } from "./outline.ts";
import type { FactOutline, Knowledge } from "./types.ts";

/** What updateKnowledge may be told besides the change. */
export interface UpdateOptions {
  /** First-seen instants recorded for the added and changed documents (the store's, the earliest ever). */
  firstSeen?: ReadonlyMap<string, string>;
}

/**
 * Returns the knowledge of `change.corpus` from the knowledge before it: facts are read again only for the
 * added and changed documents, meetings are merged again (cheap) and written to the knowledge's meeting shelf
 * when it has one (the knowledge before keeps reading its own details), the search indexes are updated in place
 * when the searcher can (else rebuilt). A document keeps its first-seen instant across changes; an added one
 * is first seen at `options.firstSeen` or `now`.
 * @example updateKnowledge(k, { corpus, added: [doc], changed: [], removed: [] }, now).firstSeen.get(doc.id) // now
 */
export function updateKnowledge(
  previous: Knowledge,
  change: CorpusChange,
  now: Date,
  options: UpdateOptions = {},
): Knowledge {
  const { lexicon } = previous;
  const gone = new Set(change.removed);
  const fresh = new Map<string, DocumentFacts>();
  for (const doc of [...change.added, ...change.changed]) fresh.set(doc.id, extractFacts(doc, lexicon));
  const factsOf = (doc: Doc): DocumentFacts | undefined =>
    fresh.get(doc.id) ?? (gone.has(doc.id) ? undefined : previous.facts.get(doc.id));
  const reports = meetingCollector(lexicon, (doc) => factsOf(doc) ?? extractFacts(doc, lexicon));
  for (const [order, doc] of change.corpus.docs.entries()) {
    let docFacts = factsOf(doc);
    if (docFacts === undefined) {
      // A document the change did not name but the previous knowledge lacked: read it rather than drop it.
      docFacts = extractFacts(doc, lexicon);
      fresh.set(doc.id, docFacts);
    }
    reports.add(doc, docFacts, order);
  }
  const ids = change.corpus.docs.map((doc) => doc.id);
  const outlines = new Map<string, FactOutline>();
  for (const doc of change.corpus.docs) {
    const docFacts = fresh.get(doc.id);
    const outline = docFacts ? outlineOf(docFacts) : previous.outlines.get(doc.id);
    if (outline) outlines.set(doc.id, outline);
  }
  const facts =
    previous.facts instanceof FactsView
      ? previous.facts.withFresh(fresh, ids)
      : withFreshFacts(previous.facts, fresh, gone);
  const at = now.toISOString();
  const firstSeen = new Map(
    change.corpus.docs.map((doc) => [
      doc.id,
      options.firstSeen?.get(doc.id) ?? previous.firstSeen.get(doc.id) ?? at,
    ]),
  );
  return {
    corpus: change.corpus,
    lexicon,
    search: previous.search.update?.(change) ?? createSearcher(change.corpus, lexicon),
    facts,
    outlines,
    meetings: previous.shelveMeetings
      ? previous.shelveMeetings(change.corpus, lexicon, reports.merged)
      : [...reports.merged()],
    firstSeen,
    ...(previous.shelveMeetings ? { shelveMeetings: previous.shelveMeetings } : {}),
  };
}

/** The facts held in memory, less the removed documents' and with the ones read again. */
function withFreshFacts(
  previous: ReadonlyMap<string, DocumentFacts>,
  fresh: ReadonlyMap<string, DocumentFacts>,
  gone: ReadonlySet<string>,
): Map<string, DocumentFacts> {
  const facts = new Map(previous);
  for (const id of gone) facts.delete(id);
  for (const [id, docFacts] of fresh) facts.set(id, docFacts);
  return facts;
}
