import dayjs from "dayjs";
import "dayjs/locale/ar.js";
import "dayjs/locale/fr.js";
import "dayjs/locale/hi.js";
import "dayjs/locale/it.js";
import "dayjs/locale/sw.js";
import type { ReplyLang } from "../core/index.ts";
import { messagesFor } from "../core/index.ts";
import type { DatePoint, DateSpan } from "../extract/index.ts";

const RANGE_TIGHT = "–";
const RANGE_SPACED = " – ";

/** The month's name in the reply language, from the dayjs locale (built from a fixed date: no clock). */
function monthName(month: number, lang: ReplyLang): string {
  return dayjs(new Date(2000, month - 1, 1))
    .locale(lang)
    .format("MMMM");
}

function withYear(text: string, year: number | undefined): string {
  return year === undefined ? text : `${text} ${year}`;
}

function joinList(items: readonly string[], lang: ReplyLang): string {
  return messagesFor(lang).common.list([...items]);
}

function sameYear(points: readonly DatePoint[]): boolean {
  return points.every((point) => point.year === points[0]?.year);
}

function sameMonth(points: readonly DatePoint[]): boolean {
  return sameYear(points) && points.every((point) => point.month === points[0]?.month);
}

/** "2 October", "2 October 2024" or "October 2024", as far as the point is known. */
function pointText(point: DatePoint, lang: ReplyLang, showYear: boolean): string {
  if (point.month === undefined) return String(point.year ?? "");
  const month = monthName(point.month, lang);
  const text = point.day === undefined ? month : `${point.day} ${month}`;
  return withYear(text, showYear ? point.year : undefined);
}

function listText(points: readonly DatePoint[], lang: ReplyLang): string {
  const first = points[0];
  if (first?.month === undefined) return "";
  if (sameMonth(points)) {
    const days = points.map((point) => String(point.day ?? ""));
    return withYear(`${joinList(days, lang)} ${monthName(first.month, lang)}`, first.year);
  }
  const together = sameYear(points);
  const items = points.map((point) => pointText(point, lang, !together));
  return withYear(joinList(items, lang), together ? first.year : undefined);
}

function rangeText(start: DatePoint, end: DatePoint, lang: ReplyLang): string {
  if (start.month === undefined || end.month === undefined) {
    return start.year === end.year ? String(start.year ?? "") : `${start.year}${RANGE_TIGHT}${end.year}`;
  }
  if (!sameYear([start, end])) {
    return `${pointText(start, lang, true)}${RANGE_SPACED}${pointText(end, lang, true)}`;
  }
  if (start.day !== undefined && end.day !== undefined && start.month === end.month) {
    return withYear(`${start.day}${RANGE_TIGHT}${end.day} ${monthName(start.month, lang)}`, start.year);
  }
  const separator = start.day === undefined ? RANGE_TIGHT : RANGE_SPACED;
  return withYear(`${pointText(start, lang, false)}${separator}${pointText(end, lang, false)}`, start.year);
}

/**
 * Returns a date span written in the reply language with the dayjs locale's month names and Western
 * digits: "2–4 October 2024", "2–4 ottobre 2024", "17–18 نوفمبر", "September 2024", "2021",
 * listed days in written order ("7 and 2 October", "7 و2 أكتوبر"). A year not given is left out.
 * @example formatDateSpan({ start: { month: 10, day: 2 }, end: { month: 10, day: 4 }, precision: "day", yearStatus: "not-given", surface: "2 - 4 Oktoba" }, "sw") // "2–4 Oktoba"
 */
export function formatDateSpan(span: DateSpan, lang: ReplyLang): string {
  const start = trimTo(span.start, span);
  const end = span.end === undefined ? undefined : trimTo(span.end, span);
  if (span.listed !== undefined && span.listed.length > 1) {
    return listText(
      span.listed.map((point) => trimTo(point, span)),
      lang,
    );
  }
  if (end === undefined || samePoint(start, end)) return pointText(start, lang, true);
  return rangeText(start, end, lang);
}

/** Drops fields below the span's precision, so a month span never prints a stray day. */
function trimTo(point: DatePoint, span: DateSpan): DatePoint {
  const trimmed: DatePoint = {};
  if (point.year !== undefined) trimmed.year = point.year;
  if (span.precision !== "year" && point.month !== undefined) trimmed.month = point.month;
  if (span.precision === "day" && point.day !== undefined) trimmed.day = point.day;
  return trimmed;
}

function samePoint(a: DatePoint, b: DatePoint): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
