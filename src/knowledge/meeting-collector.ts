/**
 * What the merge needs of every document's reported meeting, gathered as the documents are read. A report
 * holds its document's facts, so only what the merge compares is kept (at 10,000 documents the reports held
 * until the merge were 57 MB), and each report is made again from the document's facts when its meeting is
 * merged.
 */
import type { Doc, LexiconLookup } from "../corpus/index.ts";
import type { DocumentFacts, Meeting, ReportedMeeting, ReportSummary } from "../extract/index.ts";
import { mergedMeetings, reportedMeeting, reportSummary } from "../extract/index.ts";

/** Gathers reported meetings document by document, and merges them once all are read. */
export interface MeetingCollector {
  /** Notes the meeting a document reports, if any, from the facts just read. */
  add(doc: Doc, facts: DocumentFacts): void;
  /** The meetings merged from every document added, made one at a time as they are taken. */
  merged(): Iterable<Meeting>;
}

/**
 * Returns a collector whose reports are made again from `factsOf` when their meetings are merged.
 * @example const meetings = meetingCollector(lexicon, factsOf); meetings.add(doc, facts); [...meetings.merged()]
 */
export function meetingCollector(
  lexicon: LexiconLookup,
  factsOf: (doc: Doc) => DocumentFacts,
): MeetingCollector {
  const summaries: ReportSummary[] = [];
  const reporting: Doc[] = [];
  const reportAt = (position: number): ReportedMeeting => {
    const doc = reporting[position] as Doc;
    // The lexicon meeting found when the document was read: looking for it again reads every sentence anew,
    // long after their look-ups were remembered (6.5 s of a cold build at 100,000 documents).
    const named = { entityId: summaries[position]?.bounds.entityId };
    const report = reportedMeeting(doc, factsOf(doc), lexicon, named);
    if (!report) throw new Error(`${doc.id} no longer reports a meeting`);
    return report;
  };
  return {
    add(doc, facts) {
      const report = reportedMeeting(doc, facts, lexicon);
      if (!report) return;
      summaries.push(reportSummary(report));
      reporting.push(doc);
    },
    merged: () => mergedMeetings(summaries, reportAt, lexicon),
  };
}
