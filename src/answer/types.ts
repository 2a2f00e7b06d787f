import type { LangCode } from "../corpus/index.ts";
import type { DateSpan } from "../extract/index.ts";

/** A document cited by an answer, with the paragraphs used. */
export interface Citation {
  docId: string;
  title: string;
  lang: LangCode;
  paragraphs: number[];
  /** Set when `title` is a machine translation of the document's title into the reply language. */
  machineTitle?: boolean;
}

/** A sentence taken as written from a document, with where it was read. */
export interface Quote {
  text: string;
  docId: string;
  title: string;
  /** The language the document is written in, also when `text` is a translation. */
  lang: LangCode;
  paragraph: number;
  /** Set when `text` is a machine translation into the reply language. */
  machineText?: boolean;
  /** Set when `title` is a machine translation of the document's title into the reply language. */
  machineTitle?: boolean;
}

/** A summary extracted from the version written in the reply language. */
export interface ExtractedSummary {
  kind: "extracted";
  docId: string;
  title: string;
  lang: LangCode;
  /** 2–5 sentences, in reading order. */
  sentences: Quote[];
}

/** What a composed summary is written from; names are already in the reply language's spelling. */
export interface SummaryFacts {
  topic: string;
  meeting?: string;
  /** Set when `meeting` is a machine translation of a document title into the reply language. */
  machineMeeting?: boolean;
  place?: string;
  dates?: DateSpan;
  people: string[];
  decisions: number;
  documents: number;
}

/** A summary written from extracted facts when no version exists in the reply language. */
export interface ComposedSummary {
  kind: "composed";
  facts: SummaryFacts;
  /** Languages of the documents the facts come from. */
  sourceLangs: LangCode[];
  /** The most relevant source sentences, quoted below the summary with their language named. */
  quotes: Quote[];
}

/** A brief's summary. */
export type Summary = ExtractedSummary | ComposedSummary;

/** A meeting or document where a topic came up. */
export interface Appearance {
  title: string;
  /** Set when the documents report a known meeting. */
  meetingSlug?: string;
  docIds: string[];
  langs: LangCode[];
  dates?: DateSpan;
  /** Publication date (YYYY-MM-DD) when the document gives one. */
  published?: string;
  place?: string;
  /** People who spoke to the topic, in the reply language's spelling where known. */
  speakers: string[];
  /** Set when `title` is a machine translation into the reply language. */
  machineTitle?: boolean;
}

/** Something that exists and is close to what was asked, offered after a miss. */
export interface Suggestion {
  kind: "topic" | "meeting";
  label: string;
  /** The command line that asks for it, e.g. "/meeting jumbo". */
  command: string;
}

/** A count stated in a cited passage about the topic, e.g. "more than 70 speakers". */
export interface Figure {
  value: number;
  qualifier?: "more-than" | "about" | "less-than";
  /** What is counted, as the source writes it ("متحدثًا", "countries"). */
  noun: string;
  /** What is counted in the reply language, when the thesaurus knows the unit ("speakers"). */
  unit?: string;
  /** A share: the value is a percentage. */
  percent?: boolean;
  /** The number in the words around it, as the source writes them ("…se ne sono contati 47…"). */
  context: string;
  /** The sentence it was read from. */
  source: Quote;
}

/** A /brief answer on a topic that the documents cover. */
export interface BriefFound {
  kind: "brief";
  query: string;
  topic: string;
  summary: Summary;
  appearances: Appearance[];
  decisions: Quote[];
  /** Counts stated in the passages about the topic, one per value and thing counted. */
  figures: Figure[];
  citations: Citation[];
}

/** Nothing matched: what was asked and what exists nearby. */
export interface NotFound {
  kind: "not-found";
  query: string;
  suggestions: Suggestion[];
}

/** Usage of every command, with example lines built from what the documents cover. */
export interface HelpAnswer {
  kind: "help";
  examples: string[];
}

/** The data of a /brief reply. */
export type BriefAnswer = BriefFound | NotFound | HelpAnswer;

/** A person on a meeting card. */
export interface PersonLine {
  name: string;
  role?: string;
}

/** A later event announced by a meeting's documents. */
export interface FollowUpLine {
  name: string;
  dates?: DateSpan;
  place?: string;
}

/** One reading of a disputed fact with the languages of the versions that give it. */
export interface ConflictReading {
  /** The reading as given, a name in the reply language's spelling where the lexicon knows it. */
  value: string;
  /** Set when the reading is a date, to be written the reply language's way. */
  dates?: DateSpan;
  langs: LangCode[];
}

/** A fact on which the language versions disagree. */
export interface ConflictLine {
  field: "dates" | "count" | "name" | "place" | "follow-up-dates";
  /** What the fact is about, in the reply language where known; empty when it is the meeting itself. */
  subject: string;
  readings: ConflictReading[];
}

/** A language version of a meeting's report. */
export interface VersionLine {
  docId: string;
  lang: LangCode;
  title: string;
}

/** Everything a meeting card shows. */
export interface MeetingCard {
  kind: "card";
  slug: string;
  name: string;
  /** Set when `name` is a machine translation of a version's title into the reply language. */
  machineName?: boolean;
  dates?: DateSpan;
  place?: string;
  venue?: string;
  organisers: string[];
  chairs: PersonLine[];
  participants: PersonLine[];
  organisations: string[];
  agenda: string[];
  decisions: Quote[];
  followUps: FollowUpLine[];
  versions: VersionLine[];
  conflicts: ConflictLine[];
  citations: Citation[];
}

/** One line of the meeting list. */
export interface MeetingListItem {
  slug: string;
  name: string;
  dates?: DateSpan;
  place?: string;
  langs: LangCode[];
}

/** Every meeting, newest first. */
export interface MeetingList {
  kind: "list";
  meetings: MeetingListItem[];
}

/** The data of a /meeting reply. */
/** Several meetings fit the question about equally: the asker picks one. */
export interface MeetingChoice {
  kind: "choice";
  query: string;
  options: MeetingListItem[];
}

export type MeetingAnswer = MeetingCard | MeetingList | MeetingChoice | NotFound;

/** An answer of any command, tagged with the command that asked for it. */
export type Answer =
  | { command: "brief"; answer: BriefAnswer }
  | { command: "meeting"; answer: MeetingAnswer }
  | { command: "help"; answer: HelpAnswer }
  | { command: "digest"; answer: HelpAnswer }
  | { command: "error"; errorId: string }
  | { command: "expired" };
