import { describe, expect, it } from "vitest";
import { contextYear } from "../../src/extract/date-context-year.ts";

describe("the year of a document's own context", () => {
  it("prefers the publication date", () => {
    expect(contextYear("Summit 2023", "2024-05-06", "On 2 May 2022 …")).toEqual({
      year: 2024,
      source: "publication",
    });
  });

  it("takes a single year from the title when there is no publication date", () => {
    expect(contextYear("G7 इटली 2024 के प्रतिनिधिमंडल", undefined, "2 - 4 अक्टूबर")).toEqual({
      year: 2024,
      source: "title",
    });
  });

  it("does not take a year from a title that names two", () => {
    expect(contextYear("From 2022 to 2024", undefined, "")).toBeUndefined();
  });

  it("does not read a number glued to letters in the title as a year", () => {
    expect(contextYear("Report A2024", undefined, "")).toBeUndefined();
  });

  it("takes the year that every dated mention in the text agrees on", () => {
    const body = "١٨ نوفمبر، ٢٠٢٢\nمنذ كانون الثاني/يناير 2022 … في عام 2021";
    expect(contextYear("وزراء مجموعة الدول السبع", undefined, body)).toEqual({ year: 2022, source: "text" });
  });

  it("gives nothing when dated mentions in the text disagree", () => {
    expect(contextYear("Report", undefined, "On 2 May 2022 and on 3 June 2023.")).toBeUndefined();
  });

  it("gives nothing when only bare years are stated or nothing at all", () => {
    expect(contextYear("Report", undefined, "The pledge made in 2021.")).toBeUndefined();
    expect(contextYear("Report", undefined, "يومي 17 و 18 نوفمبر")).toBeUndefined();
  });
});
