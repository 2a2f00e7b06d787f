/** Extract: facts read from one document's text (dates, people, organisations, places, meetings, decisions) and meetings merged across languages. May use core/, corpus/. */
export { extractFacts, LEAD_PARAGRAPHS } from "./document-facts.ts";
export { MINISTERIAL_WORDS } from "./meeting-cues.ts";
export { cueHits } from "./meeting-words.ts";
export { type ReportedMeeting, reportedMeeting } from "./meetings.ts";
export { dateReading, mergedMeetings, type ReportSummary, reportSummary } from "./merge.ts";
export { asciiDigits } from "./numerals.ts";
export { slugify } from "./slug.ts";
export type {
  Conflict,
  CountFact,
  DatePoint,
  DateSpan,
  Decision,
  DocumentFacts,
  FollowUp,
  Meeting,
  Organisation,
  Participant,
  Place,
  SourceRef,
} from "./types.ts";
