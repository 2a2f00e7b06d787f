/**
 * One object per distinct date among the meeting heads an archive holds. A follow-up is announced in several
 * reports, and often more than once in one; each was revived with its own copy of the same dates, and at
 * 10,000 reports the follow-ups were almost half the heads' weight. Shared dates are frozen: one meeting's
 * dates must never change another's.
 */
import type { DatePoint, DateSpan } from "../extract/index.ts";
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
  const points = new Map<number, DatePoint>();
  const spans = new Map<string, DateSpan>();
  /** The shared point, or undefined for a point that is not a plain calendar day, month or year. */
  const point = (value: DatePoint): DatePoint | undefined => {
    const key = pointKey(value);
    if (key === undefined) return undefined;
    const known = points.get(key);
    if (known) return known;
    points.set(key, Object.freeze(value));
    return value;
  };
  const span = (value: DateSpan): DateSpan => {
    if (!hasOnly(value, SPAN_FIELDS)) return value;
    const start = point(value.start);
    const end = value.end === undefined ? null : point(value.end);
    if (start === undefined || end === undefined) return value;
    let key = `${value.precision}\u0000${value.yearStatus}\u0000${value.surface}\u0000${pointKey(start)}\u0000${end === null ? "" : pointKey(end)}`;
    if (value.listed !== undefined) {
      const listed: DatePoint[] = [];
      for (const each of value.listed) {
        const shared = point(each);
        if (shared === undefined) return value;
        listed.push(shared);
        key += `\u0000${pointKey(shared)}`;
      }
      value.listed = Object.freeze(listed) as DatePoint[];
    }
    const known = spans.get(key);
    if (known) return known;
    value.start = start;
    if (end !== null) value.end = end;
    spans.set(key, Object.freeze(value));
    return value;
  };
  return (head) => {
    const { dates } = head;
    // A meeting's own dates carry the sentence they came from: only their points are shared.
    if (dates !== undefined) {
      dates.start = point(dates.start) ?? dates.start;
      if (dates.end !== undefined) dates.end = point(dates.end) ?? dates.end;
      if (dates.listed !== undefined) dates.listed = dates.listed.map((each) => point(each) ?? each);
    }
    for (const followUp of head.followUps)
      if (followUp.dates !== undefined) followUp.dates = span(followUp.dates);
    return head;
  };
}

/** A number naming a plain calendar point (a year, month and day within their ranges), else undefined. */
function pointKey(point: DatePoint): number | undefined {
  if (!hasOnly(point, POINT_FIELDS)) return undefined;
  const { year = 0, month = 0, day = 0 } = point;
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 0 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 0 || day > 31) return undefined;
  return (year * 13 + month) * 32 + day;
}

function hasOnly(value: object, fields: ReadonlySet<string>): boolean {
  for (const key in value) if (!fields.has(key)) return false;
  return true;
}
