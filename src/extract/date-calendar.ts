import type { DatePoint } from "./types.ts";

/** Years the reader accepts as written years; outside this a four-digit number is not read as a year. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

/**
 * Returns how many days a month has; without a year February counts 29, so "29 February" stays possible.
 * @example daysInMonth(2, 2023) // 28
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Returns whether a point names a real calendar date at its own precision (month 1–12, day within the month).
 * @example isRealDate({ year: 2023, month: 2, day: 29 }) // false
 */
export function isRealDate(point: DatePoint): boolean {
  const { year, month, day } = point;
  if (year !== undefined && (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) return false;
  if (month === undefined) return day === undefined && year !== undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/**
 * Orders two points by year, then month, then day; a missing field counts as equal.
 * @example comparePoints({ month: 9, day: 30 }, { month: 10, day: 2 }) // negative
 */
export function comparePoints(a: DatePoint, b: DatePoint): number {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return a.year - b.year;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return a.month - b.month;
  if (a.day !== undefined && b.day !== undefined) return a.day - b.day;
  return 0;
}
