import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePoints, daysInMonth } from "../../src/extract/date-calendar.ts";
import { MONTH_NAMES } from "../../src/extract/date-months.ts";
import { readVagueTimes } from "../../src/extract/date-vague.ts";
import { readDates } from "../../src/extract/dates.ts";
import type { DatePoint, DateSpan } from "../../src/extract/types.ts";

const RUNS = 300;

function isCalendarDate(point: DatePoint, precision: DateSpan["precision"]): boolean {
  const { year, month, day } = point;
  if (year !== undefined && !Number.isInteger(year)) return false;
  if (precision === "year") return year !== undefined && month === undefined && day === undefined;
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return false;
  if (precision === "month") return day === undefined;
  return day !== undefined && Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** Checks every promise readDates makes about one span; returns what is wrong, or undefined. */
function problemWith(span: DateSpan, contextYear: number | undefined): string | undefined {
  const points = [span.start, ...(span.end === undefined ? [] : [span.end]), ...(span.listed ?? [])];
  if (!points.every((point) => isCalendarDate(point, span.precision))) return "not a calendar date";
  if (span.end !== undefined && comparePoints(span.start, span.end) > 0) return "start after end";
  for (const point of span.listed ?? []) {
    if (comparePoints(span.start, point) > 0 || comparePoints(point, span.end ?? span.start) > 0) {
      return "listed day outside the span";
    }
  }
  const years = points.map((point) => point.year);
  if (span.yearStatus === "not-given" && years.some((year) => year !== undefined)) return "year invented";
  if (span.yearStatus !== "not-given" && years.some((year) => year === undefined)) return "year missing";
  if (span.yearStatus === "inferred" && years.some((year) => year !== contextYear))
    return "inferred other year";
  if (span.surface.trim() === "") return "empty surface";
  return undefined;
}

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
const DEVANAGARI = "०१२३४५६७८९";

const number = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1890, max: 2110 })),
    fc.constantFrom("", "ar", "hi"),
  )
  .map(([value, script]) => {
    const digits = script === "ar" ? ARABIC_INDIC : script === "hi" ? DEVANAGARI : "";
    return digits === "" ? String(value) : String(value).replace(/\d/g, (d) => digits[Number(d)] ?? d);
  });
const monthName = fc.constantFrom(...MONTH_NAMES.map((name) => name.words.join(" ")));
const glue = fc.constantFrom(
  " ",
  "",
  " - ",
  "–",
  " and ",
  " و",
  " و ",
  ", ",
  "، ",
  "/",
  " to ",
  " al ",
  " au ",
  " hadi ",
  " से ",
  " between ",
  " from ",
  " tarehe ",
  " في عام ",
  " in ",
  " 1er ",
  "st ",
  "-",
  ".",
  ":",
);
const dateish = fc
  .array(fc.tuple(fc.oneof(number, monthName, number), glue), { maxLength: 12 })
  .map((parts) => parts.map(([word, join]) => word + join).join(""));
const contextYear = fc.option(fc.constantFrom(2023, 2024, 1999), { nil: undefined });

function checkAll(text: string, year: number | undefined): void {
  const spans = readDates(text, year === undefined ? {} : { year });
  for (const span of spans) {
    const problem = problemWith(span, year);
    expect(problem, `${JSON.stringify(span)} read from ${JSON.stringify(text)}`).toBeUndefined();
  }
}

describe("the date reader on arbitrary text", () => {
  it("never throws and returns only real dates for arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), contextYear, checkAll), { numRuns: RUNS });
  });

  it("never throws and returns only real dates for arbitrary Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), contextYear, checkAll), {
      numRuns: RUNS,
    });
  });

  it("never throws and returns only real dates for text mixing month names and numbers", () => {
    fc.assert(fc.property(dateish, contextYear, checkAll), { numRuns: RUNS * 3 });
  });

  it("finds at least one date in some of the mixed texts, so the property is not vacuous", () => {
    const samples = fc.sample(dateish, { numRuns: 200, seed: 7 });
    const read = samples.filter((text) => readDates(text).length > 0).length;
    expect(read).toBeGreaterThan(20);
  });

  it("never throws when looking for vague times in arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), dateish), (text) => {
        for (const vague of readVagueTimes(text)) expect(text).toContain(vague.surface);
      }),
      { numRuns: RUNS },
    );
  });
});
