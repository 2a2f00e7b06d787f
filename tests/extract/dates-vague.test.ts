import { describe, expect, it } from "vitest";
import { readVagueFacts, readVagueTimes } from "../../src/extract/date-vague.ts";
import type { SourceRef } from "../../src/extract/types.ts";

describe("vague times", () => {
  it.each([
    ["en", "The committee met in Rome in recent days.", "in recent days"],
    ["it", "Il comitato si è riunito a Roma nei giorni scorsi.", "nei giorni scorsi"],
    ["fr", "Le comité s'est réuni ces derniers jours à Rome.", "ces derniers jours"],
    ["ar", "عقد الاجتماع في روما خلال الأيام الأخيرة", "خلال الأيام الأخيرة"],
    ["sw", "Mkutano ulifanyika siku za hivi karibuni mjini Roma.", "siku za hivi karibuni"],
    ["hi", "हाल के दिनों में रोम में बैठक हुई।", "हाल के दिनों में"],
  ])("finds the %s phrase for recent days", (lang, text, surface) => {
    expect(readVagueTimes(text, lang)).toEqual([{ kind: "recent", surface }]);
  });

  it.each([
    ["en", "Flows rose this year.", "this year"],
    ["ar", "الزيادة المسجلة هذا العام", "هذا العام"],
    ["it", "Quest'anno i flussi sono aumentati.", "Quest'anno"],
    ["it", "I flussi di quest’anno", "quest’anno"],
    ["fr", "Les flux ont augmenté cette année.", "cette année"],
    ["sw", "Mtiririko uliongezeka mwaka huu.", "mwaka huu"],
    ["hi", "इस साल प्रवाह बढ़ा।", "इस साल"],
  ])("finds the %s phrase for this year", (lang, text, surface) => {
    expect(readVagueTimes(text, lang)).toEqual([{ kind: "this-year", surface }]);
  });

  it.each([
    ["In September, INTERPOL launched an initiative.", "In September", 9],
    ["في أيلول/سبتمبر أطلق الإنتربول مبادرة", "في أيلول/سبتمبر", 9],
    ["Nel mese di settembre l'Interpol ha lanciato", "Nel mese di settembre", 9],
    ["En octobre, le groupe", "En octobre", 10],
    ["mwezi Oktoba kikundi", "mwezi Oktoba", 10],
    ["अक्टूबर में समूह", "अक्टूबर में", 10],
    ["in May the ministers met", "in May", 5],
  ])("keeps a month named alone as written: %s", (text, surface, month) => {
    expect(readVagueTimes(text)).toEqual([{ kind: "month-only", surface, month }]);
  });

  it("does not treat a month that is part of a date as vague", () => {
    expect(readVagueTimes("On 2 September 2024 and in October 2024 they met.")).toEqual([]);
  });

  it("does not read 'may' the verb or an abbreviation alone as a month", () => {
    expect(readVagueTimes("They may meet. Set the Oct field.")).toEqual([]);
  });

  it("reads other relative times as 'other'", () => {
    expect(readVagueTimes("l'année dernière", "fr")).toEqual([
      { kind: "other", surface: "l'année dernière" },
    ]);
    expect(readVagueTimes("mwaka jana", "sw")).toEqual([{ kind: "other", surface: "mwaka jana" }]);
  });

  it("anchors vague facts to the document's known date and keeps their sentence", () => {
    const ref: SourceRef = { docId: "d", paragraph: 1, sentence: 2, text: "Flows rose this year." };
    expect(readVagueFacts([ref], { lang: "en", anchor: { year: 2022, month: 11, day: 18 } })).toEqual([
      { kind: "this-year", surface: "this year", ref, anchor: { year: 2022, month: 11, day: 18 } },
    ]);
    expect(readVagueFacts([ref], { lang: "en" })[0]?.anchor).toBeUndefined();
  });
});
