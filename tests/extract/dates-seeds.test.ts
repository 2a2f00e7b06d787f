import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contextYear } from "../../src/extract/date-context-year.ts";
import { readVagueTimes } from "../../src/extract/date-vague.ts";
import { readDates } from "../../src/extract/dates.ts";
import type { DateSpan } from "../../src/extract/types.ts";

const SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

/** The seed whose text contains `marker`, split into title and body as the loader would see them. */
function seedWith(marker: string): { title: string; body: string } {
  for (const file of readdirSync(SEEDS).filter((name) => name.endsWith(".txt"))) {
    const text = readFileSync(join(SEEDS, file), "utf8");
    if (text.includes(marker)) {
      const [title = "", ...rest] = text.split("\n");
      return { title, body: rest.join("\n") };
    }
  }
  throw new Error(`no seed contains ${marker}`);
}

function datesOf(marker: string): { spans: DateSpan[]; year: ReturnType<typeof contextYear> } {
  const { title, body } = seedWith(marker);
  const year = contextYear(title, undefined, body);
  return { spans: readDates(body, year === undefined ? {} : { year: year.year }), year };
}

describe("dates in the seed documents", () => {
  it("reads the JUMBO conference days as a list in November with no year given", () => {
    const { spans, year } = datesOf("يومي 17 و 18 نوفمبر");
    expect(year).toBeUndefined();
    const span = spans.find((candidate) => candidate.surface === "17 و 18 نوفمبر");
    expect(span?.start).toEqual({ month: 11, day: 17 });
    expect(span?.end).toEqual({ month: 11, day: 18 });
    expect(span?.yearStatus).toBe("not-given");
  });

  it("reads the Arabic-Indic dateline of the Wiesbaden article with its stated year", () => {
    const { spans, year } = datesOf("١٨ نوفمبر، ٢٠٢٢");
    expect(year).toEqual({ year: 2022, source: "text" });
    expect(spans[0]).toMatchObject({
      start: { year: 2022, month: 11, day: 18 },
      precision: "day",
      yearStatus: "stated",
    });
  });

  it("reads the month-year and bare-year mentions of the Wiesbaden article", () => {
    const { spans } = datesOf("١٨ نوفمبر، ٢٠٢٢");
    expect(spans.find((span) => span.surface === "كانون الثاني/يناير 2022")).toMatchObject({
      start: { year: 2022, month: 1 },
      precision: "month",
    });
    expect(spans.find((span) => span.precision === "year")?.start).toEqual({ year: 2021 });
  });

  it("keeps 'في أيلول/سبتمبر' of the Wiesbaden article as a month named alone", () => {
    const { body } = seedWith("١٨ نوفمبر، ٢٠٢٢");
    expect(readVagueTimes(body, "ar")).toContainEqual({
      kind: "month-only",
      surface: "وفي أيلول/سبتمبر",
      month: 9,
    });
  });

  it("infers 2024 from the Swahili title for the ministers' meeting on 2 - 4 Oktoba", () => {
    const { spans, year } = datesOf("2 - 4 Oktoba");
    expect(year).toEqual({ year: 2024, source: "title" });
    expect(spans).toEqual([
      expect.objectContaining({
        start: { year: 2024, month: 10, day: 2 },
        end: { year: 2024, month: 10, day: 4 },
        yearStatus: "inferred",
      }),
    ]);
  });

  it("infers 2024 from the Hindi title for 2 - 4 अक्टूबर", () => {
    const { spans } = datesOf("2 - 4 अक्टूबर");
    expect(spans).toEqual([
      expect.objectContaining({ start: { year: 2024, month: 10, day: 2 }, yearStatus: "inferred" }),
    ]);
  });

  it("reads the Arabic version's '7 و2 أكتوبر' as listed days in written order with no year given", () => {
    const { spans, year } = datesOf("يومي 7 و2 أكتوبر");
    expect(year).toBeUndefined();
    expect(spans).toEqual([
      expect.objectContaining({
        listed: [
          { month: 10, day: 7 },
          { month: 10, day: 2 },
        ],
        start: { month: 10, day: 2 },
        end: { month: 10, day: 7 },
        yearStatus: "not-given",
      }),
    ]);
  });

  it("finds the recent-days phrase in each translation of the Rome/Lyon article", () => {
    expect(readVagueTimes(seedWith("خلال الأيام الأخيرة").body, "ar")[0]?.kind).toBe("recent");
    expect(readVagueTimes(seedWith("siku za hivi karibuni").body, "sw")[0]?.kind).toBe("recent");
    expect(readVagueTimes(seedWith("हाल के दिनों में").body, "hi")[0]?.kind).toBe("recent");
  });
});
