/**
 * Lookups every answer needs, built once per Knowledge object: a rescan makes a new Knowledge, so these
 * never go stale, and a question costs a map lookup instead of a walk over every document or meeting.
 */
import type { Doc } from "../corpus/index.ts";
import type { Meeting } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";

/** Documents by id, and the meeting each document reports. */
export interface KnowledgeLookups {
  docById: ReadonlyMap<string, Doc>;
  /** The first meeting (in `knowledge.meetings` order) with a version from the document. */
  meetingOfDoc: ReadonlyMap<string, Meeting>;
}

const cache = new WeakMap<Knowledge, KnowledgeLookups>();

/** Returns the lookups of a Knowledge object, building them on first use. */
export function lookupsOf(knowledge: Knowledge): KnowledgeLookups {
  const known = cache.get(knowledge);
  if (known) return known;
  const docById = new Map<string, Doc>();
  for (const doc of knowledge.corpus.docs) if (!docById.has(doc.id)) docById.set(doc.id, doc);
  const meetingOfDoc = new Map<string, Meeting>();
  for (const meeting of knowledge.meetings) {
    for (const version of meeting.versions)
      if (!meetingOfDoc.has(version.docId)) meetingOfDoc.set(version.docId, meeting);
  }
  const built = { docById, meetingOfDoc };
  cache.set(knowledge, built);
  return built;
}
