import { addDays, digestInstantOn } from "../slack/due-time.ts";
import { newDocuments, newestFirst } from "./digest-documents.ts";
import { upcomingEvents } from "./digest-events.ts";
import { watchedTopics } from "./digest-topics.ts";
import type { DigestAnswer, DigestRequest } from "./digest-types.ts";

export type { DigestAnswer, DigestRequest } from "./digest-types.ts";

/** How far back a channel's first digest looks for new documents. */
export const FIRST_DIGEST_LOOK_BACK_MS = 24 * 60 * 60_000;

/**
 * Returns the instant a local date ends in a time zone (the first instant of the next local day).
 * @example endOfLocalDate("2024-09-30", "Europe/Rome").toISOString() // "2024-09-30T22:00:00.000Z"
 */
export function endOfLocalDate(localDate: string, tz: string): Date {
  return digestInstantOn(addDays(localDate, 1), "00:00", tz);
}

/**
 * Returns the data of a channel's digest for its local date, in its language: documents first seen since
 * its last digest (for a first digest, during the 24 hours before `until`), events starting within 14 days
 * or under way, and the newest mentions of each watched topic. With nothing new and nothing upcoming it is
 * one short line, or null when the channel is quiet. Pure.
 * @example answerDigest({ knowledge, localDate: "2024-09-30", tz: "Europe/Rome", lang: "en", topics: [], quiet: false })?.kind // "digest"
 */
export function answerDigest(request: DigestRequest): DigestAnswer | null {
  const { knowledge, localDate, lang } = request;
  const until = request.until ?? endOfLocalDate(localDate, request.tz).toISOString();
  const since = request.since ?? new Date(Date.parse(until) - FIRST_DIGEST_LOOK_BACK_MS).toISOString();
  const fresh = newDocuments(knowledge, lang, since, until);
  const upcoming = upcomingEvents(knowledge, localDate, lang);
  if (fresh.items.length === 0 && upcoming.length === 0) {
    return request.quiet ? null : { kind: "nothing", localDate, lang };
  }
  // Documents first seen after the digest's moment are not there yet, for topics as for new documents.
  const known = knowledge.corpus.docs.filter(
    (doc) => Date.parse(knowledge.firstSeen.get(doc.id) ?? "") <= Date.parse(until),
  );
  const topics = watchedTopics(
    knowledge,
    request.topics,
    lang,
    newestFirst(knowledge, known),
    new Set(fresh.docs.map((doc) => doc.id)),
  );
  return { kind: "digest", localDate, lang, newDocuments: fresh.items, upcoming, topics };
}
