import type { LexiconLookup } from "../corpus/index.ts";
import { isStopword, normaliseToken, tokenise } from "../corpus/index.ts";
import type { Meeting } from "../extract/index.ts";
import { slugify } from "../extract/index.ts";

/** A candidate needs this score to be taken as the meeting asked for; below, only candidates are offered. */
const RESOLVE_THRESHOLD = 0.5;
/** How much a named place or organisation alone counts, divided among the meetings that share it. */
const ENTITY_WEIGHT = 0.6;
const MAX_CANDIDATES = 5;
/** Generic words for "meeting" in the supported languages: they say nothing about which one. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  [
    "meeting",
    "mkutano",
    "riunione",
    "reunion",
    "réunion",
    "اجتماع",
    "बैठक",
    "conference",
    "conferenza",
    "मीटिंग",
  ].map(normaliseToken),
);

/** A meeting and how well it matches a query, from 0 to 1. */
export interface MeetingCandidate {
  meeting: Meeting;
  score: number;
}

/**
 * Finds the meeting a user means by a free-form name in any language: its slug or an alias, a lexicon
 * spelling of it, or words of its names; an unknown name gives the closest candidates with their scores.
 * @example resolveMeeting("روما ليون", meetings, lexicon).meeting?.slug // "rome-lyon-heads-of-delegation-2024"
 */
export function resolveMeeting(
  query: string,
  meetings: readonly Meeting[],
  lexicon: LexiconLookup,
): { meeting?: Meeting; candidates: MeetingCandidate[] } {
  const slug = slugify(query);
  const terms = queryTerms(query);
  const entityIds = lexicon.mentions(query).map((mention) => mention.entry.id);
  const holders = holderCounts(meetings);
  const candidates = meetings
    .map((meeting) => ({ meeting, score: scoreMeeting(meeting, slug, terms, entityIds, holders) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CANDIDATES);
  const best = candidates[0];
  const second = candidates[1];
  const clear = best && best.score >= RESOLVE_THRESHOLD && (!second || best.score > second.score);
  return clear ? { meeting: best.meeting, candidates } : { candidates };
}

function queryTerms(query: string): string[] {
  return tokenise(query)
    .filter((token) => !isStopword(token, "latin") && !GENERIC_WORDS.has(normaliseToken(token)))
    .map(normaliseToken)
    .filter((term) => term !== "");
}

function scoreMeeting(
  meeting: Meeting,
  slug: string,
  terms: readonly string[],
  entityIds: readonly string[],
  holders: ReadonlyMap<string, number>,
): number {
  const slugs = [meeting.slug, ...meeting.aliases];
  if (slug !== "" && slugs.includes(slug)) return 1;
  const entities = meetingEntities(meeting);
  const meetingHit = entityIds.some((id) => entities.meeting.has(id)) ? 0.95 : 0;
  const shared = entityIds.filter((id) => entities.other.has(id));
  const entityScore = shared.reduce(
    (sum, id) => sum + ENTITY_WEIGHT / Math.max(1, holders.get(id) ?? 0) / Math.max(1, entityIds.length),
    0,
  );
  const words = nameWords(meeting);
  const termScore = terms.length === 0 ? 0 : terms.filter((term) => words.has(term)).length / terms.length;
  const fuzzy = slug === "" ? 0 : Math.max(...slugs.map((candidate) => dice(slug, candidate))) * 0.9;
  return Math.min(
    1,
    Math.max(meetingHit, termScore, fuzzy) + entityScore * (1 - Math.max(meetingHit, termScore)),
  );
}

const entityCache = new WeakMap<Meeting, { meeting: Set<string>; other: Set<string> }>();
const holderCache = new WeakMap<readonly Meeting[], ReadonlyMap<string, number>>();

/**
 * How many meetings name each place, organisation or person, counted once per list of meetings (one per
 * knowledge): counting them again for every shared entity of every meeting made a query quadratic.
 */
function holderCounts(meetings: readonly Meeting[]): ReadonlyMap<string, number> {
  const known = holderCache.get(meetings);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const meeting of meetings) {
    for (const id of meetingEntities(meeting).other) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  holderCache.set(meetings, counts);
  return counts;
}

function meetingEntities(meeting: Meeting): { meeting: Set<string>; other: Set<string> } {
  const known = entityCache.get(meeting);
  if (known) return known;
  const other = new Set<string>();
  for (const item of [...meeting.organisations, ...meeting.participants, ...meeting.chairs]) {
    if (item.entityId) other.add(item.entityId);
  }
  for (const place of [meeting.place, meeting.venue]) if (place?.entityId) other.add(place.entityId);
  const result = { meeting: new Set(meeting.entityId ? [meeting.entityId] : []), other };
  entityCache.set(meeting, result);
  return result;
}

function nameWords(meeting: Meeting): Set<string> {
  const words = new Set<string>();
  const texts = [
    ...Object.values(meeting.names),
    ...meeting.versions.map((version) => version.title),
    ...meeting.aliases,
  ];
  for (const text of texts) for (const token of tokenise(text)) words.add(normaliseToken(token));
  return words;
}

function bigrams(text: string): string[] {
  const padded = ` ${text} `;
  return Array.from({ length: padded.length - 1 }, (_, index) => padded.slice(index, index + 2));
}

/** Dice coefficient of character bigrams: tolerant of a typo ("wiesbadn"). */
function dice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  const pool = new Map<string, number>();
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = pool.get(gram) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
