import type { ReplyLang } from "../core/index.ts";
import { asReplyLang } from "../core/index.ts";
import type { Conflict, DatePoint, DateSpan, FollowUp, Meeting, Participant } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { entityLabel, meetingName, organisationName, personLine, placeName, uniqueBy } from "./naming.ts";
import { recency } from "./order.ts";
import { resolveMeeting } from "./resolve.ts";
import { closest } from "./suggest.ts";
import type {
  Citation,
  ConflictLine,
  MeetingAnswer,
  MeetingCard,
  MeetingList,
  MeetingListItem,
  PersonLine,
  Quote,
  Suggestion,
} from "./types.ts";

const MAX_CANDIDATES = 5;
/** Candidates this poor are not offered as "closest": a shared generic word is no resemblance. */
const MIN_SUGGESTED_SCORE = 0.2;

/**
 * Returns the data of a /meeting reply: the card of the meeting asked for, the list of meetings for an empty
 * question, or not-found with the closest matches. Pure.
 * @example answerMeeting("jumbo", "en", knowledge, now).kind // "card"
 */
export function answerMeeting(
  query: string,
  lang: ReplyLang,
  knowledge: Knowledge,
  _now: Date,
): MeetingAnswer {
  const question = query.trim();
  if (question === "") return meetingList(lang, knowledge);
  const { meeting, choices, candidates } = resolveMeeting(question, knowledge.meetings, knowledge.lexicon);
  if (meeting) return meetingCard(meeting, lang, knowledge);
  if (choices)
    return { kind: "choice", query: question, options: choices.map((m) => listItem(m, lang, knowledge)) };
  const offered: Suggestion[] = candidates
    .filter((candidate) => candidate.score >= MIN_SUGGESTED_SCORE)
    .slice(0, MAX_CANDIDATES)
    .map(({ meeting: candidate }) => ({
      kind: "meeting",
      label: meetingName(candidate, lang),
      command: `/meeting ${candidate.slug}`,
    }));
  const suggestions = offered.length > 0 ? offered : closest(question, lang, knowledge);
  return { kind: "not-found", query: question, suggestions };
}

/** Returns every meeting, newest first; meetings without a usable date come last. */
export function meetingList(lang: ReplyLang, knowledge: Knowledge): MeetingList {
  const meetings = knowledge.meetings
    .map((meeting) => ({ meeting, key: recency(meeting.dates, publishedOf(meeting, knowledge)) }))
    .sort((a, b) => b.key - a.key)
    .map(({ meeting }) => listItem(meeting, lang, knowledge));
  return { kind: "list", meetings };
}

/** A meeting as a line of a list: name in the reply language, dates, place, languages of its versions. */
function listItem(meeting: Meeting, lang: ReplyLang, knowledge: Knowledge): MeetingListItem {
  const place = placeName(knowledge.lexicon, meeting.place, lang);
  return {
    slug: meeting.slug,
    name: meetingName(meeting, lang),
    ...(meeting.dates ? { dates: meeting.dates } : {}),
    ...(place ? { place } : {}),
    langs: uniqueBy(meeting.versions, (version) => version.lang).map((version) => version.lang),
  };
}

/** Returns everything a meeting card shows, names in the reply language's spelling where known. */
export function meetingCard(meeting: Meeting, lang: ReplyLang, knowledge: Knowledge): MeetingCard {
  const { lexicon } = knowledge;
  const place = placeName(lexicon, meeting.place, lang);
  const venue = placeName(lexicon, meeting.venue, lang);
  const chairs = people(meeting.chairs, lang, knowledge);
  const chairNames = new Set(chairs.map((chair) => chair.name));
  const decisions = decisionsOf(meeting, lang);
  return {
    kind: "card",
    slug: meeting.slug,
    name: meetingName(meeting, lang),
    ...(meeting.dates ? { dates: meeting.dates } : {}),
    ...(place ? { place } : {}),
    ...(venue ? { venue } : {}),
    organisers: unique(meeting.organisers.map((org) => organisationName(lexicon, org, lang))),
    chairs,
    participants: people(meeting.participants, lang, knowledge).filter(
      (person) => !chairNames.has(person.name),
    ),
    organisations: unique(meeting.organisations.map((org) => organisationName(lexicon, org, lang))),
    agenda: unique(meeting.topics.map((id) => entityLabel(lexicon, id, lang) ?? id)),
    decisions,
    followUps: meeting.followUps.map((followUp) => {
      const name = followUpName(followUp, lang, knowledge);
      const place = followUp.place ? localPlace(followUp.place, lang, knowledge) : undefined;
      const where = place && !name.includes(place) ? place : undefined;
      return {
        name,
        ...(followUp.dates ? { dates: followUp.dates } : {}),
        ...(where ? { place: where } : {}),
      };
    }),
    versions: meeting.versions.map((version) => ({
      docId: version.docId,
      lang: version.lang,
      title: version.title,
    })),
    conflicts: meeting.conflicts.map((conflict) => conflictLine(conflict, meeting, lang, knowledge)),
    citations: cardCitations(meeting, decisions),
  };
}

function people(list: readonly Participant[], lang: ReplyLang, knowledge: Knowledge): PersonLine[] {
  const lines = uniqueBy(list, (person) => person.entityId ?? person.name.toLowerCase()).map((person) =>
    personLine(knowledge.lexicon, person, lang),
  );
  return uniqueBy(lines, (line) => line.name);
}

function unique(items: string[]): string[] {
  return uniqueBy(items, (item) => item.toLowerCase());
}

/** The decisions of one version, the reply language's when it exists: translations repeat each other. */
function decisionsOf(meeting: Meeting, lang: ReplyLang): Quote[] {
  const versions = [...meeting.versions].sort(
    (a, b) => Number(asReplyLang(b.lang) === lang) - Number(asReplyLang(a.lang) === lang),
  );
  for (const version of versions) {
    const own = meeting.decisions.filter((decision) => decision.ref.docId === version.docId);
    if (own.length === 0) continue;
    return own.map((decision) => ({
      text: decision.text,
      docId: version.docId,
      title: version.title,
      lang: version.lang,
      paragraph: decision.ref.paragraph,
    }));
  }
  return [];
}

function conflictLine(
  conflict: Conflict,
  meeting: Meeting,
  lang: ReplyLang,
  knowledge: Knowledge,
): ConflictLine {
  const langOf = (docId: string) => knowledge.corpus.docs.find((doc) => doc.id === docId)?.lang ?? "und";
  const isDate = conflict.field === "dates" || conflict.field === "follow-up-dates";
  return {
    field: conflict.field,
    subject: conflictSubject(conflict.subject, meeting, lang, knowledge),
    readings: conflict.readings.map((reading) => {
      const dates = isDate ? dateReading(reading.value) : undefined;
      const value = entityLabel(knowledge.lexicon, reading.value, lang) ?? reading.value;
      return { value, ...(dates ? { dates } : {}), langs: unique(reading.docIds.map(langOf)) };
    }),
  };
}

/** A conflict's subject is a lexicon id or a name; the follow-up it names reads best under its own name. */
function conflictSubject(subject: string, meeting: Meeting, lang: ReplyLang, knowledge: Knowledge): string {
  if (subject === "") return "";
  const followUp = meeting.followUps.find((candidate) =>
    knowledge.lexicon
      .mentions(`${candidate.name} ${candidate.place ?? ""}`)
      .some((mention) => mention.entry.id === subject),
  );
  if (followUp) return followUpName(followUp, lang, knowledge);
  return entityLabel(knowledge.lexicon, subject, lang) ?? subject;
}

/** A follow-up's name in the reply language when the lexicon knows the meeting it names, else as written. */
function followUpName(followUp: FollowUp, lang: ReplyLang, knowledge: Knowledge): string {
  const named = knowledge.lexicon.mentions(followUp.name).find((mention) => mention.entry.kind === "meeting");
  return (named && entityLabel(knowledge.lexicon, named.entry.id, lang)) ?? followUp.name;
}

/** A place named as written, in the reply language's spelling when the lexicon knows it. */
function localPlace(written: string, lang: ReplyLang, knowledge: Knowledge): string {
  const entry = knowledge.lexicon.find(written)[0];
  return (entry && entityLabel(knowledge.lexicon, entry.id, lang)) ?? written;
}

/**
 * Reads back the compact date readings of a conflict: "10-02..10-04" (range), "10-07,10-02" (days as listed),
 * "2024" (a year), "10" (a month). Returns undefined for anything else, which is then shown as given.
 * @example dateReading("10-07,10-02")?.listed // [{ month: 10, day: 7 }, { month: 10, day: 2 }]
 */
export function dateReading(value: string): DateSpan | undefined {
  const points = value.split(/\.\.|,/u).map(readingPoint);
  if (points.length === 0 || points.some((point) => point === undefined)) return undefined;
  const known = points as DatePoint[];
  const first = known[0] as DatePoint;
  const precision = first.day !== undefined ? "day" : first.month !== undefined ? "month" : "year";
  const base = { start: first, precision, yearStatus: "stated", surface: value } as const;
  if (value.includes("..")) return { ...base, end: known[known.length - 1] as DatePoint };
  return known.length > 1 ? { ...base, end: known[known.length - 1] as DatePoint, listed: known } : base;
}

function readingPoint(text: string): DatePoint | undefined {
  const year = /^(\d{4})$/u.exec(text);
  if (year) return { year: Number(year[1]) };
  const monthDay = /^(\d{2})(?:-(\d{2}))?$/u.exec(text);
  if (!monthDay) return undefined;
  const month = Number(monthDay[1]);
  return monthDay[2] === undefined ? { month } : { month, day: Number(monthDay[2]) };
}

function publishedOf(meeting: Meeting, knowledge: Knowledge): string | undefined {
  const ids = new Set(meeting.versions.map((version) => version.docId));
  return knowledge.corpus.docs
    .filter((doc) => ids.has(doc.id))
    .map((doc) => doc.published)
    .filter((date): date is string => date !== undefined)
    .sort()[0];
}

function cardCitations(meeting: Meeting, decisions: Quote[]): Citation[] {
  return meeting.versions.map((version) => {
    const paragraphs = new Set<number>();
    if (meeting.dates?.ref.docId === version.docId) paragraphs.add(meeting.dates.ref.paragraph);
    for (const decision of decisions)
      if (decision.docId === version.docId) paragraphs.add(decision.paragraph);
    for (const person of [...meeting.chairs, ...meeting.participants]) {
      if (person.ref.docId === version.docId) paragraphs.add(person.ref.paragraph);
    }
    return {
      docId: version.docId,
      title: version.title,
      lang: version.lang,
      paragraphs: [...paragraphs].sort((a, b) => a - b),
    };
  });
}
