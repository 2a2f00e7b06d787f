/**
 * One object per distinct date among the meeting heads an archive holds. A follow-up is announced in several
 * reports, and often more than once in one; each was revived with its own copy of the same dates, and at
 * 10,000 reports the follow-ups were almost half the heads' weight. Shared dates are frozen: one meeting's
 * dates must never change another's.
 */
import type { DatePoint, DateSpan, FollowUp } from "../extract/index.ts";
import type { MeetingHead } from "./shelved-meetings.ts";

/** The fields a date span may have; a span with any other is not shared, so no field goes unseen. */
const SPAN_FIELDS = new Set(["start", "end", "precision", "yearStatus", "listed", "surface"]);
const POINT_FIELDS = new Set(["year", "month", "day"]);

/**
 * Returns a function that makes a revived head's dates the shared objects for those dates, in place, and
 * returns the head.
 * @example const share = dateSharer(); share(a).followUps[0]?.dates === share(b).followUps[0]?.dates // when equal
 */
export function dateSharer(): (head: MeetingHead) => MeetingHead {
  const points = new Map<string, DatePoint>();
  const spans = new Map<string, DateSpan>();
  const point = (value: DatePoint): DatePoint => {
    if (!hasOnly(value, POINT_FIELDS)) return value;
    const key = pointKey(value);
    const known = points.get(key);
    if (known) return known;
    points.set(key, Object.freeze(value));
    return value;
  };
  const span = (value: DateSpan): DateSpan => {
    const { start, end, listed } = value;
    const ownPoints = [start, ...(end === undefined ? [] : [end]), ...(listed ?? [])];
    if (!hasOnly(value, SPAN_FIELDS) || !ownPoints.every((each) => hasOnly(each, POINT_FIELDS))) return value;
    value.start = point(start);
    if (end !== undefined) value.end = point(end);
    if (listed !== undefined) value.listed = listed.map(point);
    const key = [
      value.precision,
      value.yearStatus,
      value.surface,
      pointKey(start),
      end === undefined ? "-" : pointKey(end),
      ...(listed ?? []).map(pointKey),
    ].join("\u0000");
    const known = spans.get(key);
    if (known) return known;
    Object.freeze(value.listed);
    spans.set(key, Object.freeze(value));
    return value;
  };
  const followUp = (value: FollowUp): FollowUp => {
    if (value.dates !== undefined) value.dates = span(value.dates);
    return value;
  };
  return (head) => {
    const { dates } = head;
    // A meeting's own dates carry the sentence they came from: only their points are shared.
    if (dates !== undefined) {
      dates.start = point(dates.start);
      if (dates.end !== undefined) dates.end = point(dates.end);
      if (dates.listed !== undefined) dates.listed = dates.listed.map(point);
    }
    head.followUps = head.followUps.map(followUp);
    return head;
  };
}

function pointKey(point: DatePoint): string {
  return `${point.year ?? ""}/${point.month ?? ""}/${point.day ?? ""}`;
}

function hasOnly(value: object, fields: ReadonlySet<string>): boolean {
  for (const key in value) if (!fields.has(key)) return false;
  return true;
}
