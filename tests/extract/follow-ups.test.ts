import { describe, expect, it } from "vitest";
import { locateDates } from "../../src/extract/dates.ts";
import { extractFollowUps } from "../../src/extract/follow-ups.ts";
import { sentence } from "./support.ts";

function followUp(text: string, lang: string, script: "latin" | "arabic" | "devanagari" = "latin") {
  const ctx = sentence(text, lang, script);
  return extractFollowUps(ctx, locateDates(text, { lang, year: 2025 }))[0];
}

describe("follow-up events", () => {
  it("reads who meets, where and when in English, Italian and French", () => {
    expect(
      followUp("The coast guards, who will meet in Tarragona on 2 - 4 October, will decide.", "en"),
    ).toMatchObject({
      name: "The coast guards",
      place: "Tarragona",
      dates: { start: { year: 2025, month: 10, day: 2 }, end: { day: 4 }, yearStatus: "inferred" },
    });
    expect(followUp("I ministri si riuniranno a Trieste dal 2 al 4 ottobre.", "it")).toMatchObject({
      place: "Trieste",
    });
    expect(followUp("Les ministres se réuniront à Brest du 2 au 4 octobre.", "fr")).toMatchObject({
      place: "Brest",
    });
  });

  it("reads the place of an Arabic and a Hindi announcement", () => {
    expect(
      followUp("الوزراء الذين سيجتمعون في بلدة تارغونا يومي 2 و3 أكتوبر.", "ar", "arabic"),
    ).toMatchObject({
      place: "بلدة تارغونا",
    });
    expect(followUp("मंत्री 2 - 4 अक्टूबर को तारागोना में मिलेंगे।", "hi", "devanagari")).toMatchObject({
      place: "तारागोना",
    });
  });

  it("announces nothing in a sentence in the past", () => {
    expect(followUp("The ministers met in Tarragona on 2 October.", "en")).toBeUndefined();
  });

  it("takes the town after a scheduled-meeting phrase, and never a country or region", () => {
    expect(
      followUp("وستُرفع التوصيات إلى اجتماع الخبراء المقرر عقده في جنيف يومي 4 و5 ديسمبر.", "ar", "arabic"),
    ).toMatchObject({ place: "جنيف", dates: { start: { month: 12, day: 4 } } });
    expect(followUp("The chiefs will meet again in Kenya on 4 December.", "en")?.place).toBeUndefined();
    expect(followUp("The ministers will meet again in Lisbon on 18 and 19 March.", "en")).toMatchObject({
      place: "Lisbon",
      dates: { start: { month: 3, day: 18 }, end: { day: 19 } },
    });
  });
});
