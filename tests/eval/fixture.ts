/**
 * The hand-written facts and questions of a test corpus (tests/fixtures/<name>/facts.yml, questions.yml), read
 * as the eval and its test need them. The format is described in tests/fixtures/README.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** Dates as the annotator wrote them: ISO days, or "--MM-DD" when the year is not given. */
export interface ExpectedDates {
  from: string;
  to: string;
  year: "stated" | "inferred" | "not-given";
}

/** A person as the annotator found them: spelling per version language, role, organisation. */
export interface ExpectedPerson {
  names: Record<string, string>;
  role?: Record<string, string>;
  organisation?: string;
}

/** One document's version of a meeting. */
export interface ExpectedVersion {
  title: string;
  place?: string;
  venue?: string;
}

/** A meeting and everything a careful reader finds about it. */
export interface ExpectedMeeting {
  id: string;
  kind?: string;
  dates?: ExpectedDates;
  versions: Record<string, ExpectedVersion>;
  chairs: ExpectedPerson[];
  participants: ExpectedPerson[];
  organisations: string[];
  not_organisations: string[];
  disagreements: string[];
}

/** One document of the corpus. */
export interface ExpectedDocument {
  file: string;
  lang: string;
  meeting: string | null;
  published?: string;
}

/** A /meeting question: one meeting, a list of candidates, or none. */
export interface MeetingQuestion {
  ask: string;
  lang: string;
  expect: string | string[] | "none";
}

/** A digest question: what is coming up in the 14 days after `today`. */
export interface DigestQuestion {
  today: string;
  upcoming: string[];
  never: string[];
}

/** A /brief question and what a good answer carries. */
export interface BriefQuestion {
  ask: string;
  lang: string;
  documents: string[];
  not: string[];
  figures: string[];
}

/** A test corpus with its facts and questions. */
export interface FixtureCorpus {
  name: string;
  dir: string;
  documents: ExpectedDocument[];
  meetings: ExpectedMeeting[];
  meetingQuestions: MeetingQuestion[];
  digestQuestions: DigestQuestion[];
  briefQuestions: BriefQuestion[];
}

const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** The corpora the eval scores, in the order it prints them. */
export const FIXTURE_CORPORA = ["corpus-a", "corpus-b", "corpus-c", "corpus-d"] as const;

/**
 * Returns a test corpus's facts and questions, with absent lists as empty ones.
 * @example readFixtureCorpus("corpus-a").meetings.length // 13
 */
export function readFixtureCorpus(name: string): FixtureCorpus {
  const dir = join(FIXTURES, name);
  const facts = parse(readFileSync(join(dir, "facts.yml"), "utf8")) as {
    documents: ExpectedDocument[];
    meetings: ExpectedMeeting[];
  };
  const questions = parse(readFileSync(join(dir, "questions.yml"), "utf8")) as {
    meeting?: MeetingQuestion[];
    digest?: Partial<DigestQuestion>[];
    brief?: Partial<BriefQuestion>[];
  };
  return {
    name,
    dir,
    documents: facts.documents,
    meetings: facts.meetings.map((meeting) => ({
      ...meeting,
      chairs: meeting.chairs ?? [],
      participants: meeting.participants ?? [],
      organisations: meeting.organisations ?? [],
      not_organisations: meeting.not_organisations ?? [],
      disagreements: meeting.disagreements ?? [],
    })),
    meetingQuestions: questions.meeting ?? [],
    digestQuestions: (questions.digest ?? []).map((question) => ({
      today: String(question.today),
      upcoming: question.upcoming ?? [],
      never: question.never ?? [],
    })),
    briefQuestions: (questions.brief ?? []).map((question) => ({
      ask: String(question.ask),
      lang: String(question.lang),
      documents: question.documents ?? [],
      not: question.not ?? [],
      figures: (question.figures ?? []).map(String),
    })),
  };
}
