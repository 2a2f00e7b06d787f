import type { CorpusChange } from "../corpus/index.ts";
import type { DocumentFacts } from "../extract/index.ts";
import { extractFacts, mergeMeetings, reportedMeeting } from "../extract/index.ts";
import { createSearcher } from "../search/index.ts";
import type { Knowledge } from "./types.ts";

/** What updateKnowledge may be told besides the change. */
export interface UpdateOptions {
  /** First-seen instants recorded for the added and changed documents (the store's, the earliest ever). */
  firstSeen?: ReadonlyMap<string, string>;
}

/**
 * Returns the knowledge of `change.corpus` from the knowledge before it: facts are read again only for the
 * added and changed documents, meetings are merged again (cheap), the search indexes are updated in place
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
  const facts = new Map(previous.facts);
  for (const id of change.removed) facts.delete(id);
  for (const doc of [...change.added, ...change.changed]) facts.set(doc.id, extractFacts(doc, lexicon));
  const reports = change.corpus.docs.flatMap((doc) => {
    let docFacts: DocumentFacts | undefined = facts.get(doc.id);
    if (docFacts === undefined) {
      // A document the change did not name but the previous knowledge lacked: read it rather than drop it.
      docFacts = extractFacts(doc, lexicon);
      facts.set(doc.id, docFacts);
    }
    return reportedMeeting(doc, docFacts, lexicon) ?? [];
  });
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
    meetings: mergeMeetings(reports, lexicon),
    firstSeen,
  };
}
