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
  /**
   * Notes the meeting a document reports, if any, from the facts just read. `order` is the document's place
   * in the corpus: reports are merged in that order, whatever order they were added in.
   */
  add(doc: Doc, facts: DocumentFacts, order: number): void;
  /** Notes a document's report as summarised elsewhere (`reportSummaryOf`, on the facts helper thread). */
  note(doc: Doc, summary: ReportSummary | undefined, order: number): void;
  /** The meetings merged from every document added, made one at a time as they are taken. */
  merged(): Iterable<Meeting>;
}

/**
 * Returns what the merge compares of the meeting a document reports, or undefined when it reports none.
 * @example reportSummaryOf(doc, facts, lexicon)?.bounds.year // 2024
 */
export function reportSummaryOf(
  doc: Doc,
  facts: DocumentFacts,
  lexicon: LexiconLookup,
): ReportSummary | undefined {
  const report = reportedMeeting(doc, facts, lexicon);
  return report && reportSummary(report);
}

/**
 * Returns a collector whose reports are made again from `factsOf` when their meetings are merged.
 * @example const meetings = meetingCollector(lexicon, factsOf); meetings.add(doc, facts, 0); [...meetings.merged()]
 */
export function meetingCollector(
  lexicon: LexiconLookup,
  factsOf: (doc: Doc) => DocumentFacts,
): MeetingCollector {
  let summaries: ReportSummary[] = [];
  let reporting: Doc[] = [];
  let orders: number[] = [];
  const reportAt = (position: number): ReportedMeeting => {
    const doc = reporting[position] as Doc;
    // The lexicon meeting found when the document was read: looking for it again reads every sentence anew,
    // long after their look-ups were remembered (6.5 s of a cold build at 100,000 documents).
    const named = { entityId: summaries[position]?.bounds.entityId };
    const report = reportedMeeting(doc, factsOf(doc), lexicon, named);
    if (!report) throw new Error(`${doc.id} no longer reports a meeting`);
    return report;
  };
  const note = (doc: Doc, summary: ReportSummary | undefined, order: number): void => {
    if (!summary) return;
    summaries.push(summary);
    reporting.push(doc);
    orders.push(order);
  };
  return {
    add: (doc, facts, order) => note(doc, reportSummaryOf(doc, facts, lexicon), order),
    note,
    merged() {
      if (orders.some((order, at) => at > 0 && order < (orders[at - 1] as number))) {
        const sorted = orders
          .map((_, at) => at)
          .sort((a, b) => (orders[a] as number) - (orders[b] as number));
        summaries = sorted.map((at) => summaries[at] as ReportSummary);
        reporting = sorted.map((at) => reporting[at] as Doc);
        orders = sorted.map((at) => orders[at] as number);
      }
      return mergedMeetings(summaries, reportAt, lexicon);
    },
  };
}
