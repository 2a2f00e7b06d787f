import type { LangCode } from "../corpus/index.ts";

/** Where a fact was read: document, 1-based paragraph and sentence, and the sentence itself. */
export interface SourceRef {
  docId: string;
  paragraph: number;
  sentence: number;
  text: string;
}

/** A calendar point known to some precision; fields below the precision are absent. */
export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
}

/** How precise a date is. */
export type Precision = "day" | "month" | "year";

/** Whether the year of a date was written, inferred from the document's own context, or is unknown. */
export type YearStatus = "stated" | "inferred" | "not-given";

/**
 * A date or range read from text, e.g. "2 - 4 Oktoba" → {start:{month:10,day:2}, end:{month:10,day:4}}.
 * A list like "يومي 17 و 18 نوفمبر" is a span from the first to the last day.
 */
export interface DateSpan {
  start: DatePoint;
  end?: DatePoint;
  precision: Precision;
  yearStatus: YearStatus;
  /** For a list of days ("7 و2 أكتوبر", "17 and 18 November"): the days in the order written. */
  listed?: DatePoint[];
  /** The words the date was read from. */
  surface: string;
}

/** A date found in a document, with the sentence it came from. */
export interface DateFact extends DateSpan {
  ref: SourceRef;
}

/** A vague time expression kept as written ("in recent days", "this year"), anchored where possible. */
export interface VagueTime {
  kind: "recent" | "this-year" | "month-only" | "other";
  surface: string;
  /** The document's known date it is relative to, if any. */
  anchor?: DatePoint;
  ref: SourceRef;
}

/**
 * The part a person plays as the text states it: "chair" only where a chairing cue points at them
 * ("chaired by", "برئاسة", "की अध्यक्षता में"); "speaker" where they open the meeting or speak;
 * "participant" otherwise.
 */
export type PersonPart = "chair" | "speaker" | "participant";

/** A person named in a document, with role and affiliation when the text gives them. */
export interface Participant {
  name: string;
  /** Lexicon id when an operator's lexicon knows this person. */
  entityId?: string;
  /** The role as the document writes it ("Director General", "الأمين العام"), never from a list. */
  role?: string;
  affiliation?: string;
  /** What the text says they did; absent where no sentence has been read for it. */
  part?: PersonPart;
  /** In a merged meeting: the other versions (doc ids) that state the same fact. */
  alsoIn?: string[];
  /** In a merged meeting: the name as each language version spells it. */
  spellings?: Record<LangCode, string>;
  /** In a merged meeting: the role as each language version words it. */
  roles?: Record<LangCode, string>;
  ref: SourceRef;
}

/**
 * Whether an organisation takes part in the work or is what the work is against: "threat" for a terrorist
 * group or criminal network named in the agenda ("the threat posed by X", "مكافحة تنظيم …", "dhidi ya kundi
 * la …"); a meeting lists only the others.
 */
export type OrganisationRole = "body" | "threat";

/** An organisation, with acronym and expansion when the text or lexicon gives them. */
export interface Organisation {
  name: string;
  acronym?: string;
  expansion?: string;
  entityId?: string;
  /** "threat" when the text names it as what is fought; absent or "body" for a participating body. */
  role?: OrganisationRole;
  /** How sure the reading is: 1 from the lexicon, lower from patterns (an unexplained acronym is lowest). */
  confidence?: number;
  /** In a merged meeting: the other versions (doc ids) that state the same fact. */
  alsoIn?: string[];
  ref: SourceRef;
}

/** A place or venue. */
export interface Place {
  name: string;
  entityId?: string;
  venue?: boolean;
  /** In a merged meeting: the other versions (doc ids) that state the same fact. */
  alsoIn?: string[];
  /** In a merged meeting: the name as each language version spells it. */
  spellings?: Record<LangCode, string>;
  ref: SourceRef;
}

/** A count stated in the text, e.g. "more than 70 speakers". */
export interface CountFact {
  value: number;
  qualifier?: "more-than" | "about" | "less-than";
  /** What is counted, as written ("speakers", "متحدثًا"); empty when the sentence does not say it next to the number. */
  noun: string;
  /** The number as the source writes it ("3,6", "٣٨", "1.2 million"). */
  written: string;
  /** Where the number starts in the sentence text. */
  at: number;
  /** In a merged meeting: the other versions (doc ids) that state the same fact. */
  alsoIn?: string[];
  ref: SourceRef;
}

/** A sentence stating a decision or outcome. */
export interface Decision {
  text: string;
  ref: SourceRef;
}

/** A later event announced by a document (e.g. the ministers' meeting in Mirabella Eclano). */
export interface FollowUp {
  name: string;
  /** Lexicon id of the announced meeting, when the lexicon knows it. */
  meetingId?: string;
  dates?: DateSpan;
  place?: string;
  /** Lexicon id of the place, when the lexicon knows it. */
  placeId?: string;
  /** In a merged meeting: the other versions (doc ids) that state the same fact. */
  alsoIn?: string[];
  ref: SourceRef;
}

/** What kind of event a meeting is. */
export type MeetingKind = "meeting" | "conference" | "ministerial";

/**
 * What a document reports: a meeting (a gathering named in the text with its own date or place), an
 * operation's results (arrests, seizures), a statistics or annual report, or something else (an
 * announcement, a notice). Only "meeting" documents are listed by /meeting and give digest events of
 * their own; the others are still briefed on, and the later meetings they announce stay follow-ups.
 */
export type DocumentKind = "meeting" | "operation" | "report" | "other";

/** The dateline opening a news body ("Ottawa, 4 October 2025 –"): the city it names and its date, if any. */
export interface DatelineFact {
  place: Place;
  date?: DateFact;
}

/** Everything extracted from one document. */
export interface DocumentFacts {
  docId: string;
  lang: LangCode;
  dates: DateFact[];
  vague: VagueTime[];
  people: Participant[];
  organisations: Organisation[];
  places: Place[];
  counts: CountFact[];
  decisions: Decision[];
  followUps: FollowUp[];
  /** Lexicon topic ids mentioned, most mentioned first. */
  topics: string[];
  /** Publication date: from front matter, or a date line opening the document ("١٨ نوفمبر، ٢٠٢٢"). */
  published?: DateFact;
  /** The year undated days of this document belong to, and where it was read; absent when not given. */
  contextYear?: { year: number; source: "publication" | "title" | "text" };
  /** What the document reports, read from its words (see DocumentKind). */
  kind: DocumentKind;
  /** The dateline opening the body, when there is one. */
  dateline?: DatelineFact;
}

/** One language version of a meeting: the document that reports it. */
export interface Version {
  docId: string;
  lang: LangCode;
  title: string;
}

/** One reading of a disputed fact and the versions that state it. */
export interface Reading {
  value: string;
  docIds: string[];
}

/** A fact on which versions disagree; the first reading is the preferred one (most versions). */
export interface Conflict {
  field: "dates" | "count" | "name" | "place" | "follow-up-dates";
  /** What the fact is about, e.g. the follow-up's name or the counted noun. */
  subject: string;
  readings: Reading[];
}

/** A meeting as reported by one or more documents, merged across languages. */
export interface Meeting {
  /** Stable lower-case ASCII slug, e.g. "g7-rome-lyon-2024". */
  slug: string;
  aliases: string[];
  /** Lexicon id of the meeting, when the lexicon knows it. */
  entityId?: string;
  /** Name per language of the versions (and the lexicon where it knows it). */
  names: Record<LangCode, string>;
  kind: MeetingKind;
  /** Preferred dates of the meeting itself, if any are stated. */
  dates?: DateFact;
  vague: VagueTime[];
  place?: Place;
  venue?: Place;
  organisers: Organisation[];
  chairs: Participant[];
  participants: Participant[];
  organisations: Organisation[];
  counts: CountFact[];
  topics: string[];
  decisions: Decision[];
  followUps: FollowUp[];
  versions: Version[];
  conflicts: Conflict[];
}
