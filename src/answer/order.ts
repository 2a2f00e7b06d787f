import type { DateSpan } from "../extract/index.ts";

/**
 * Returns a number that orders events by date, newest highest; undated events get 0 and sort last.
 * A date without its year borrows the publication year, when the document gives one.
 * @example recency({ start: { month: 11, day: 17 }, precision: "day", yearStatus: "not-given", surface: "" }, "2022-11-20") // 20221117
 */
export function recency(dates: DateSpan | undefined, published?: string): number {
  const publishedYear = published ? Number(published.slice(0, 4)) : undefined;
  const start = dates?.start;
  const year = start?.year ?? (Number.isFinite(publishedYear) ? publishedYear : undefined);
  if (year === undefined) return 0;
  const month = start?.month ?? (published ? Number(published.slice(5, 7)) || 0 : 0);
  const day = start?.day ?? 0;
  return year * 10_000 + month * 100 + day;
}
