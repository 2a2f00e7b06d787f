import type { Joint } from "./date-atoms.ts";
import { comparePoints, isRealDate } from "./date-calendar.ts";
import type { ChainItem } from "./date-chains.ts";
import type { DatePoint, DateSpan, Precision, YearStatus } from "./types.ts";

/** What a written date says before years are settled: its precision, items and joints. */
export interface Written {
  precision: Precision;
  items: readonly ChainItem[];
  joints: readonly Joint[];
}

interface Group {
  items: ChainItem[];
  joints: Joint[];
}

/** Months written once apply to the days around them: day-first backwards, month-first forwards. */
function fillMonths(items: readonly ChainItem[]): ChainItem[] {
  const filled = items.map((item) => ({ ...item }));
  for (let i = filled.length - 2; i >= 0; i -= 1) {
    const item = filled[i];
    if (item !== undefined && item.month === undefined) item.month = filled[i + 1]?.month;
  }
  for (let i = 1; i < filled.length; i += 1) {
    const item = filled[i];
    if (item !== undefined && item.month === undefined) item.month = filled[i - 1]?.month;
  }
  return filled;
}

/**
 * A written year applies to the other items too, stepping across a year end when months go backwards
 * ("30 December – 2 January 2025" starts in 2024).
 */
function fillStatedYears(items: readonly ChainItem[]): ChainItem[] {
  const filled = items.map((item) => ({ ...item }));
  for (let i = filled.length - 2; i >= 0; i -= 1) {
    const item = filled[i];
    const later = filled[i + 1];
    if (item === undefined || later?.year === undefined || item.year !== undefined) continue;
    const wraps = (item.month ?? 0) > (later.month ?? 0);
    item.year = wraps ? later.year - 1 : later.year;
  }
  for (let i = 1; i < filled.length; i += 1) {
    const item = filled[i];
    const earlier = filled[i - 1];
    if (item === undefined || earlier?.year === undefined || item.year !== undefined) continue;
    const wraps = (item.month ?? 0) < (earlier.month ?? 0);
    item.year = wraps ? earlier.year + 1 : earlier.year;
  }
  return filled;
}

/** A chain mixing ranges and lists ("2–4 and 7 October") is one group per listed part. */
function groups(items: readonly ChainItem[], joints: readonly Joint[]): Group[] {
  const mixed = joints.includes("range") && joints.includes("list");
  if (!mixed) return [{ items: [...items], joints: [...joints] }];
  const found: Group[] = [];
  let current: Group = { items: [], joints: [] };
  items.forEach((item, i) => {
    current.items.push(item);
    const joint = joints[i];
    if (joint === "list") {
      found.push(current);
      current = { items: [], joints: [] };
    } else if (joint === "range") {
      current.joints.push(joint);
    }
  });
  found.push(current);
  return found;
}

function toPoint(item: ChainItem, precision: Precision, withYear: boolean): DatePoint {
  const point: DatePoint = {};
  if (withYear && item.year !== undefined) point.year = item.year;
  if (precision !== "year" && item.month !== undefined) point.month = item.month;
  if (precision === "day" && item.day !== undefined) point.day = item.day;
  return point;
}

function shape(
  points: DatePoint[],
  group: Group,
  base: Omit<DateSpan, "start" | "end" | "listed">,
): DateSpan | undefined {
  const [first, second] = points;
  if (first === undefined) return undefined;
  if (points.length === 1) return { ...base, start: first };
  const isRange = group.joints.length === 1 && group.joints[0] === "range";
  if (isRange && second !== undefined && comparePoints(first, second) <= 0) {
    return { ...base, start: first, end: second };
  }
  const sameMonth = points.every((point) => point.month === first.month && point.year === first.year);
  if (group.joints.includes("range") && !(isRange && sameMonth)) return undefined;
  const sorted = [...points].sort(comparePoints);
  const start = sorted[0] ?? first;
  const end = sorted[sorted.length - 1] ?? first;
  return { ...base, start, end, listed: points };
}

function settle(
  group: Group,
  precision: Precision,
  surface: string,
  contextYear: number | undefined,
): DateSpan | undefined {
  const stated = group.items.some((item) => item.year !== undefined);
  const attempts: { items: ChainItem[]; status: YearStatus }[] = [];
  if (stated) {
    attempts.push({ items: group.items, status: "stated" });
  } else {
    if (contextYear !== undefined) {
      attempts.push({
        items: group.items.map((item) => ({ ...item, year: contextYear })),
        status: "inferred",
      });
    }
    attempts.push({ items: group.items, status: "not-given" });
  }
  for (const attempt of attempts) {
    const points = attempt.items.map((item) => toPoint(item, precision, attempt.status !== "not-given"));
    if (!points.every(isRealDate)) continue;
    const span = shape(points, group, { precision, yearStatus: attempt.status, surface });
    if (span !== undefined) return span;
  }
  return undefined;
}

/**
 * Turns a written date into checked spans: months and years filled across the chain, a missing year
 * inferred from `contextYear` (or marked not given), impossible dates and backward ranges dropped.
 * @example settleWritten({ precision: "day", items: [{ day: 2 }, { day: 4, month: 10 }], joints: ["range"] }, "2 - 4 Oktoba")
 *   // [{ start: { month: 10, day: 2 }, end: { month: 10, day: 4 }, precision: "day", yearStatus: "not-given", … }]
 */
export function settleWritten(written: Written, surface: string, contextYear?: number): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const group of groups(fillStatedYears(fillMonths(written.items)), written.joints)) {
    if (group.joints.filter((joint) => joint === "range").length > 1) continue;
    const span = settle(group, written.precision, surface, contextYear);
    if (span !== undefined) spans.push(span);
  }
  return spans;
}
