/** Extract: facts read from one document's text (dates, people, organisations, places, meetings, decisions) and meetings merged across languages. May use core/, corpus/. */
export { extractFacts } from "./document-facts.ts";
export { reportedMeeting } from "./meetings.ts";
export { dateReading, mergeMeetings } from "./merge.ts";
export { slugify } from "./slug.ts";
export type {
  Conflict,
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
