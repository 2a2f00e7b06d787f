import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { Subscription } from "../store/index.ts";

dayjs.extend(utc);
dayjs.extend(timezone);

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true for a 24-hour "HH:MM" time; e.g. "08:30" → true, "25:99" → false. */
export function isValidDigestTime(time: string): boolean {
  return TIME_OF_DAY.test(time);
}

/** Returns true when the runtime knows the IANA zone; e.g. "America/St_Johns" → true, "Mars/Olympus" → false. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

/** Returns the local date (YYYY-MM-DD) in tz at an instant; e.g. ("Pacific/Kiritimati", 2024-05-31T18:00Z) → "2024-06-01". */
export function localDateAt(tz: string, now: Date): string {
  return dayjs(now).tz(tz).format("YYYY-MM-DD");
}

/** Returns the calendar date n days after localDate, by calendar arithmetic; e.g. ("2024-10-27", 1) → "2024-10-28". */
export function addDays(localDate: string, n: number): string {
  return dayjs.utc(localDate).add(n, "day").format("YYYY-MM-DD");
}

function offsetMinutes(ms: number, tz: string): number {
  return dayjs(ms).tz(tz).utcOffset();
}

function wallClock(ms: number, tz: string): string {
  return dayjs(ms).tz(tz).format("YYYY-MM-DD HH:mm");
}

function wallAsUtcMs(localDate: string, time: string): number {
  const date = LOCAL_DATE.exec(localDate);
  const clock = TIME_OF_DAY.exec(time);
  if (!date || !clock) throw new Error(`digest time: bad local date or time "${localDate} ${time}"`);
  return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), Number(clock[1]), Number(clock[2]));
}

/**
 * Returns the instant when the wall clock in tz first shows `time` on localDate, built from the local date itself
 * (never "now plus a day", which is an hour off on DST change days). A time skipped by a spring-forward change
 * (02:30 in Europe/Rome on 2024-03-31) gives the first valid instant after it, the moment of the change (03:00
 * CEST); a time that occurs twice at a fall-back change gives its first occurrence.
 * E.g. ("2024-10-27", "08:30", "Europe/Rome") → 2024-10-27T07:30:00Z.
 */
export function digestInstantOn(localDate: string, time: string, tz: string): Date {
  const wall = `${localDate} ${time}`;
  const asUtc = wallAsUtcMs(localDate, time);
  const offsetBefore = offsetMinutes(asUtc - DAY_MS, tz);
  const offsetAfter = offsetMinutes(asUtc + DAY_MS, tz);
  const candidates = [asUtc - offsetBefore * MINUTE_MS, asUtc - offsetAfter * MINUTE_MS];
  const matching = candidates.filter((ms) => wallClock(ms, tz) === wall);
  if (matching.length > 0) return new Date(Math.min(...matching));
  // In a gap: the change happens between the two candidates; find the minute the offset switches.
  let lo = Math.min(...candidates);
  let hi = Math.max(...candidates);
  const loOffset = offsetMinutes(lo, tz);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutes(mid, tz) === loOffset) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** Returns the first digest instant strictly after now; e.g. 08:30 Europe/Rome asked at 09:00 → tomorrow 08:30 local. */
export function nextDigestAt(sub: Pick<Subscription, "time" | "tz">, now: Date): Date {
  let localDate = localDateAt(sub.tz, now);
  for (;;) {
    const at = digestInstantOn(localDate, sub.time, sub.tz);
    if (at.getTime() > now.getTime()) return at;
    localDate = addDays(localDate, 1);
  }
}

/**
 * Returns true when today's digest (in the subscription's zone) is due at now: its time has come, it was not
 * already posted (lastPostedLocalDate is today or later), and the time fell after the subscription was created.
 */
export function isDue(
  sub: Pick<Subscription, "time" | "tz" | "createdAt">,
  now: Date,
  lastPostedLocalDate?: string,
): boolean {
  const today = localDateAt(sub.tz, now);
  if (lastPostedLocalDate !== undefined && lastPostedLocalDate >= today) return false;
  const at = digestInstantOn(today, sub.time, sub.tz).getTime();
  return at <= now.getTime() && at > Date.parse(sub.createdAt);
}
