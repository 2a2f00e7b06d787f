import { newDocuments, newestFirst } from "./digest-documents.ts";
import { upcomingEvents } from "./digest-events.ts";
import { addDays, digestInstantOn } from "./digest-time.ts";
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
 * Returns the data of a channel's digest for its local date, in its language, or null when the channel is
 * quiet and the digest would be the one short line of a day with nothing new and nothing upcoming. Pure.
 * @example answerDigest({ knowledge, localDate: "2024-09-30", tz: "Europe/Rome", lang: "en", topics: [], quiet: true }) // null on a day with nothing
 */
export function answerDigest(request: DigestRequest): DigestAnswer | null {
  const answer = composeDigest(request);
  return request.quiet && answer.kind === "nothing" ? null : answer;
}

/**
 * Returns the digest whatever the quiet setting: documents first seen since the channel's last digest (for
 * a first digest, during the 24 hours before `until`), events starting within 14 days or under way, and the
 * newest mentions of each watched topic; with nothing new and nothing upcoming, the one-line "nothing" kind.
 * @example composeDigest({ knowledge, localDate: "2024-09-30", tz: "Europe/Rome", lang: "it", topics: [] }).kind // "digest"
 */
export function composeDigest(request: Omit<DigestRequest, "quiet">): DigestAnswer {
  const { knowledge, localDate, lang } = request;
  const endOfDay = endOfLocalDate(localDate, request.tz).getTime();
  const asked = request.until === undefined ? endOfDay : Date.parse(request.until);
  const until = new Date(Math.min(asked, endOfDay)).toISOString();
  const since = request.since ?? new Date(Date.parse(until) - FIRST_DIGEST_LOOK_BACK_MS).toISOString();
  const fresh = newDocuments(knowledge, lang, since, until);
  const upcoming = upcomingEvents(knowledge, localDate, lang);
  if (fresh.items.length === 0 && upcoming.length === 0) return { kind: "nothing", localDate, lang };
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
