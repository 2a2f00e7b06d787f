import { describe, expect, it } from "vitest";
import type { ReplyLang } from "../../src/core/types.ts";
import { readDates } from "../../src/extract/dates.ts";
import type { DateSpan } from "../../src/extract/types.ts";
import { formatDateSpan } from "../../src/render/dates.ts";

const LANGS: readonly ReplyLang[] = ["en", "ar", "sw", "hi", "it", "fr"];

function span(partial: Partial<DateSpan> & Pick<DateSpan, "start" | "precision">): DateSpan {
  return { yearStatus: "stated", surface: "…", ...partial };
}

const RANGE = span({
  start: { year: 2024, month: 10, day: 2 },
  end: { year: 2024, month: 10, day: 4 },
  precision: "day",
});

describe("writing dates back in each language", () => {
  it.each([
    ["en", "2–4 October 2024"],
    ["it", "2–4 ottobre 2024"],
    ["fr", "2–4 octobre 2024"],
    ["sw", "2–4 Oktoba 2024"],
    ["hi", "2–4 अक्टूबर 2024"],
    ["ar", "2–4 أكتوبر 2024"],
  ] as const)("writes a range of days in %s", (lang, expected) => {
    expect(formatDateSpan(RANGE, lang)).toBe(expected);
  });

  it("writes Arabic and Hindi with Western digits and the locale's month names", () => {
    const november = span({
      start: { month: 11, day: 17 },
      end: { month: 11, day: 18 },
      precision: "day",
      yearStatus: "not-given",
    });
    expect(formatDateSpan(november, "ar")).toBe("17–18 نوفمبر");
    expect(formatDateSpan(november, "hi")).toBe("17–18 नवम्बर");
  });

  it("writes a month and a year at their own precision", () => {
    expect(formatDateSpan(span({ start: { year: 2024, month: 9 }, precision: "month" }), "en")).toBe(
      "September 2024",
    );
    expect(formatDateSpan(span({ start: { year: 2022, month: 9 }, precision: "month" }), "ar")).toBe(
      "سبتمبر 2022",
    );
    expect(formatDateSpan(span({ start: { year: 2021 }, precision: "year" }), "fr")).toBe("2021");
  });

  it("writes listed days in the order written with each language's joiner", () => {
    const [listed] = readDates("يومي 7 و2 أكتوبر");
    if (listed === undefined) throw new Error("no date");
    expect(LANGS.map((lang) => formatDateSpan(listed, lang))).toEqual([
      "7 and 2 October",
      "7 و2 أكتوبر",
      "7 na 2 Oktoba",
      "7 और 2 अक्टूबर",
      "7 e 2 ottobre",
      "7 et 2 octobre",
    ]);
  });

  it("writes three listed days with commas before the joiner", () => {
    const [listed] = readDates("17, 18 and 19 November 2022");
    if (listed === undefined) throw new Error("no date");
    expect(formatDateSpan(listed, "en")).toBe("17, 18 and 19 November 2022");
    expect(formatDateSpan(listed, "ar")).toBe("17، 18 و19 نوفمبر 2022");
  });

  it("writes ranges across months and across years", () => {
    const [months] = readDates("30 September – 2 October 2024");
    const [years] = readDates("30 December 2024 – 2 January 2025");
    if (months === undefined || years === undefined) throw new Error("no date");
    expect(formatDateSpan(months, "it")).toBe("30 settembre – 2 ottobre 2024");
    expect(formatDateSpan(years, "fr")).toBe("30 décembre 2024 – 2 janvier 2025");
  });

  it("leaves out a year that is not given and writes a single day without a range", () => {
    const [single] = readDates("tarehe 2 Oktoba");
    if (single === undefined) throw new Error("no date");
    expect(formatDateSpan(single, "sw")).toBe("2 Oktoba");
    expect(formatDateSpan(single, "en")).toBe("2 October");
  });

  it("joins listed days with the reply language's own word for and", () => {
    const [listed] = readDates("يومي 7 و2 أكتوبر");
    if (listed === undefined) throw new Error("no date");
    expect(formatDateSpan(listed, "en")).toContain("7 and 2");
    expect(formatDateSpan(listed, "fr")).toContain("7 et 2");
    expect(formatDateSpan(listed, "sw")).toMatch(/7 na 2|Oktoba 7 na 2/u);
    expect(formatDateSpan(listed, "ar")).toContain("7 و2");
  });
});
