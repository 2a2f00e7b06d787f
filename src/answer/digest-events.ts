import type { ReplyLang } from "../core/index.ts";
import { consonantSignature, normalise } from "../corpus/index.ts";
import type { DatePoint, DateSpan, FollowUp, Meeting, SourceRef } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { UpcomingEvent } from "./digest-types.ts";
import { entityLabel, meetingName, placeName } from "./naming.ts";

/** How far ahead a digest looks for events, in calendar days. */
export const LOOK_AHEAD_DAYS = 14;

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as a day count, so differences are whole days whatever the time zone. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function localDayNumber(localDate: string): number {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) throw new Error(`digest: bad local date "${localDate}"`);
  return dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Returns the first and last calendar day of a span as day numbers, or undefined when it cannot be placed:
 * its year is not given or it is not precise to the day. A last day without its own year takes the first
 * day's, or the next year's when its month comes earlier ("28 December – 3 January").
 */
function placeSpan(span: DateSpan): { first: number; last: number } | undefined {
  if (span.precision !== "day" || span.yearStatus === "not-given") return undefined;
  const points = [span.start, span.end ?? span.start, ...(span.listed ?? [])];
  const startYear = span.start.year;
  if (
    startYear === undefined ||
    points.some((point) => point.month === undefined || point.day === undefined)
  ) {
    return undefined;
  }
  const days = points.map((point) => dayOf(point, startYear, span.start));
  return { first: Math.min(...days), last: Math.max(...days) };
}

function dayOf(point: DatePoint, startYear: number, start: DatePoint): number {
  const crossesYear = point.year === undefined && (point.month ?? 0) < (start.month ?? 0);
  const year = point.year ?? (crossesYear ? startYear + 1 : startYear);
  return dayNumber(year, point.month ?? 1, point.day ?? 1);
}

/** A place's key in any script: "Rabat" and "الرباط" are one town (their consonant skeleton). */
function placeKeyOf(name: string): string {
  const normal = normalise(name);
  return consonantSignature(normal) || normal;
}

/** An event as found, before it is compared with the others. */
interface Candidate {
  name: string;
  place?: string;
  placeKey: string;
  dates: DateSpan;
  ref: SourceRef;
  docIds: string[];
  /** The name comes from the lexicon or a merged meeting rather than from one sentence. */
  named: boolean;
}

/**
 * Returns the events that start within the next LOOK_AHEAD_DAYS days of the local date or are under way
 * on it, soonest first: meetings the documents report and follow-up meetings they announce. Spans whose
 * year is not given cannot be placed on the calendar and are left out.
 * @example upcomingEvents(knowledge, "2024-09-30", "en")[0] // { name: "G7 Interior Ministers' Meeting, Mirabella Eclano 2024", inDays: 2, … }
 */
export function upcomingEvents(knowledge: Knowledge, localDate: string, lang: ReplyLang): UpcomingEvent[] {
  const today = localDayNumber(localDate);
  const events = new Map<string, { event: UpcomingEvent; named: boolean }>();
  for (const candidate of candidates(knowledge, lang)) {
    const placed = placeSpan(candidate.dates);
    if (!placed || placed.last < today || placed.first - today > LOOK_AHEAD_DAYS) continue;
    // One event told by several documents or versions: the same first day at the same place (or name).
    const key = `${placed.first}|${candidate.placeKey}`;
    const known = events.get(key);
    // A meeting's own reports are its sources; documents that only announce it add nothing to them.
    const announcedOnly = known !== undefined && known.named !== candidate.named;
    const docIds = announcedOnly
      ? known.named
        ? known.event.docIds
        : candidate.docIds
      : [...new Set([...(known?.event.docIds ?? []), ...candidate.docIds])];
    if (known && (known.named || !candidate.named)) {
      known.event.docIds = docIds;
      continue;
    }
    const event: UpcomingEvent = {
      name: candidate.name,
      dates: candidate.dates,
      inDays: Math.max(0, placed.first - today),
      ongoing: placed.first < today,
      citation: { docId: candidate.ref.docId, paragraph: candidate.ref.paragraph },
      docIds,
    };
    if (candidate.place) event.place = candidate.place;
    events.set(key, { event, named: candidate.named });
  }
  return [...events.values()]
    .map(({ event }) => event)
    .sort((a, b) => a.inDays - b.inDays || a.name.localeCompare(b.name));
}

function candidates(knowledge: Knowledge, lang: ReplyLang): Candidate[] {
  const covered = new Set(
    knowledge.meetings.flatMap((meeting) => meeting.versions.map((version) => version.docId)),
  );
  const found: (Candidate | undefined)[] = [];
  for (const meeting of knowledge.meetings) {
    found.push(meetingCandidate(meeting, knowledge, lang));
    found.push(...meeting.followUps.map((followUp) => followUpCandidate(followUp, knowledge, lang)));
  }
  // Documents that report no meeting may still announce one.
  for (const [docId, outline] of knowledge.outlines) {
    if (!outline.followUps || covered.has(docId)) continue;
    const followUps = knowledge.facts.get(docId)?.followUps ?? [];
    found.push(...followUps.map((followUp) => followUpCandidate(followUp, knowledge, lang)));
  }
  return found.filter((candidate) => candidate !== undefined);
}

function meetingCandidate(meeting: Meeting, knowledge: Knowledge, lang: ReplyLang): Candidate | undefined {
  if (!meeting.dates) return undefined;
  const place = placeName(knowledge.lexicon, meeting.place, lang);
  const candidate: Candidate = {
    name: meetingName(meeting, lang),
    placeKey: meeting.place?.entityId ?? placeKeyOf(place ?? meeting.slug),
    dates: meeting.dates,
    ref: meeting.dates.ref,
    docIds: meeting.versions.map((version) => version.docId),
    named: true,
  };
  if (place) candidate.place = place;
  return candidate;
}

function followUpCandidate(followUp: FollowUp, knowledge: Knowledge, lang: ReplyLang): Candidate | undefined {
  if (!followUp.dates) return undefined;
  const lexicon = knowledge.lexicon;
  const label = entityLabel(lexicon, followUp.meetingId, lang);
  const place = entityLabel(lexicon, followUp.placeId, lang) ?? followUp.place;
  const candidate: Candidate = {
    name: label ?? followUp.name,
    placeKey: followUp.placeId ?? placeKeyOf(followUp.place ?? followUp.meetingId ?? followUp.name),
    dates: followUp.dates,
    ref: followUp.ref,
    docIds: [followUp.ref.docId, ...(followUp.alsoIn ?? [])],
    named: label !== undefined,
  };
  if (place) candidate.place = place;
  return candidate;
}
