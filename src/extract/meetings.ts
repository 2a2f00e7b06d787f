import type { Doc, LexiconEntry, LexiconLookup } from "../corpus/index.ts";
import { eventDate } from "./event-date.ts";
import { CONFERENCE_WORDS, MINISTERIAL_WORDS, ORGANISER_CUES } from "./meeting-cues.ts";
import { isMeetingSentence } from "./meeting-words.ts";
import { personKey } from "./person-key.ts";
import { mentionsIn } from "./sentence-context.ts";
import { refKey } from "./source.ts";
import type { DateFact, DocumentFacts, Meeting, MeetingKind, SourceRef } from "./types.ts";

/** The meeting one document reports, before versions in other languages are merged into it. */
export interface ReportedMeeting {
  meeting: Meeting;
  /** Lexicon id of the meeting, when the lexicon knows it. */
  entityId?: string;
  /** The year the document's undated days belong to, if known. */
  year?: number;
  /** Language-independent evidence (entity ids, numbers, acronyms, Latin names) and its weight. */
  evidence: ReadonlyMap<string, number>;
}

/** How much each kind of shared evidence says that two documents report the same event. */
const WEIGHTS = { meeting: 6, person: 3, organisation: 2, acronym: 2, place: 1, number: 1, date: 2 } as const;
const LATIN_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\d]+(?:-\p{Lu})?(?![\p{L}\p{N}])/gu;

/**
 * Returns the meeting a document reports: its name (lexicon meeting entry or title), kind, own dates
 * (see `eventDate`), place and venue, organisers, chairs, participants, organisations, counts, topics,
 * decisions and follow-ups, as a single-version Meeting with the evidence used to merge translations.
 * Returns undefined when the document reports no meeting (`facts.kind` is not "meeting": operation
 * results, statistics reports, announcements), so it is never listed as one. `named`, when given, is the
 * lexicon meeting an earlier call found for the same document and facts (its `entityId`), which is then not
 * looked for again in every sentence.
 * @example reportedMeeting(doc, facts, lexicon)?.meeting.place?.name // "Roma"
 */
export function reportedMeeting(
  doc: Doc,
  facts: DocumentFacts,
  lexicon: LexiconLookup,
  named?: { entityId: string | undefined },
): ReportedMeeting | undefined {
  if (facts.kind !== "meeting") return undefined;
  const dates = eventDate(facts);
  const followUpSentences = new Set(facts.followUps.map((followUp) => refKey(followUp.ref)));
  for (const key of otherEventSentences(facts, dates)) followUpSentences.add(key);
  const own = <T extends { ref: SourceRef }>(items: readonly T[]): T[] =>
    items.filter((item) => !followUpSentences.has(refKey(item.ref)));
  const entry = named
    ? lexicon.byId(named.entityId ?? "")
    : meetingEntry(doc, facts, lexicon, followUpSentences);
  const names: Record<string, string> = { ...(entry?.labels ?? {}) };
  names[doc.lang] = lexicon.label(entry?.id ?? "", doc.lang) ?? doc.title;
  const people = own(facts.people);
  const chairs = people.filter((person) => person.part === "chair");
  const bodies = facts.organisations.filter((org) => org.role !== "threat");
  const places = own(facts.places);
  const meeting: Meeting = {
    slug: "",
    aliases: [],
    names,
    kind: kindOf(entry?.labels.en ?? doc.title),
    vague: facts.vague,
    organisers: own(bodies).filter((org) => ORGANISER_CUES.test(org.ref.text)),
    chairs,
    participants: people.filter((person) => !chairs.includes(person)),
    organisations: bodies,
    counts: own(facts.counts),
    topics: facts.topics,
    decisions: facts.decisions,
    followUps: facts.followUps,
    versions: [{ docId: doc.id, lang: doc.lang, title: doc.title }],
    conflicts: [],
  };
  if (dates) meeting.dates = dates;
  const place = places.find((candidate) => !candidate.venue);
  if (place) meeting.place = place;
  const venue = places.find((candidate) => candidate.venue);
  if (venue) meeting.venue = venue;
  // Read on first use: the merge makes a report again from its facts only to merge its meeting, and reading
  // the evidence (every paragraph's acronyms) again was 4.5 of the 77 s it took at 100,000 documents.
  let evidence: ReadonlyMap<string, number> | undefined;
  const reported: ReportedMeeting = {
    meeting,
    get evidence() {
      evidence ??= evidenceOf(doc, facts, entry);
      return evidence;
    },
  };
  if (entry) reported.entityId = entry.id;
  if (facts.contextYear) reported.year = facts.contextYear.year;
  return reported;
}

/**
 * Sentences about another event than the one reported: a sentence naming a gathering dated in another year
 * than the meeting's, stated or inferred ("built on the ministerial held in Mirabella Eclano in October 2024,
 * chaired by …").
 * Their places and people belong to that event, not to this one.
 */
function otherEventSentences(facts: DocumentFacts, dates: DateFact | undefined): Set<string> {
  const year = dates?.start.year;
  const keys = new Set<string>();
  // A year inferred from the dateline is the meeting's year as surely as one the meeting sentence states.
  if (year === undefined || dates === undefined || dates.yearStatus === "not-given") return keys;
  const own = refKey(dates.ref);
  for (const date of facts.dates) {
    const key = refKey(date.ref);
    if (key === own || date.yearStatus !== "stated" || date.start.year === undefined) continue;
    // Only a gathering dated in another year is another event; "in 2024, 27 people were arrested" is not.
    if (date.start.year !== year && isMeetingSentence(date.ref.text)) keys.add(key);
  }
  return keys;
}

/** The meeting entry named in the title, else the one named most often outside follow-up announcements. */
function meetingEntry(
  doc: Doc,
  facts: DocumentFacts,
  lexicon: LexiconLookup,
  followUpSentences: ReadonlySet<string>,
): LexiconEntry | undefined {
  const announced = new Set(facts.followUps.map((followUp) => followUp.meetingId));
  const inTitle = mentionsIn(doc.title, lexicon).find((mention) => mention.entry.kind === "meeting");
  if (inTitle && !announced.has(inTitle.entry.id)) return inTitle.entry;
  const counts = new Map<string, { entry: LexiconEntry; count: number }>();
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (followUpSentences.has(`${doc.id}:${paragraph.index}:${sentence.index}`)) continue;
      for (const mention of mentionsIn(sentence.text, lexicon)) {
        if (mention.entry.kind !== "meeting" || announced.has(mention.entry.id)) continue;
        const known = counts.get(mention.entry.id) ?? { entry: mention.entry, count: 0 };
        known.count += 1;
        counts.set(mention.entry.id, known);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.entry ?? inTitle?.entry;
}

function kindOf(name: string): MeetingKind {
  if (MINISTERIAL_WORDS.test(name)) return "ministerial";
  if (CONFERENCE_WORDS.test(name)) return "conference";
  return "meeting";
}

function evidenceOf(doc: Doc, facts: DocumentFacts, entry: LexiconEntry | undefined): Map<string, number> {
  const evidence = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    evidence.set(key, Math.max(evidence.get(key) ?? 0, weight));
  };
  if (entry) add(`meeting:${entry.id}`, WEIGHTS.meeting);
  for (const person of facts.people) add(personKey(person), WEIGHTS.person);
  for (const org of facts.organisations) {
    if (org.entityId) add(`entity:${org.entityId}`, WEIGHTS.organisation);
    else if (org.acronym) add(`acronym:${org.acronym}`, WEIGHTS.acronym);
  }
  for (const place of facts.places) if (place.entityId) add(`entity:${place.entityId}`, WEIGHTS.place);
  for (const count of facts.counts) add(`number:${count.value}`, WEIGHTS.number);
  for (const date of facts.dates) add(`date:${date.start.month ?? 0}-${date.start.day ?? 0}`, WEIGHTS.date);
  for (const paragraph of doc.paragraphs) {
    for (const match of paragraph.text.matchAll(LATIN_ACRONYM)) add(`acronym:${match[0]}`, WEIGHTS.acronym);
  }
  return evidence;
}
