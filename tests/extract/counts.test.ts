import { describe, expect, it } from "vitest";
import { extractCounts } from "../../src/extract/counts.ts";
import { sentence } from "./support.ts";

function counts(text: string, lang = "en", script: "latin" | "arabic" | "devanagari" = "latin") {
  return extractCounts(sentence(text, lang, script), []).map(({ value, qualifier, noun }) => ({
    value,
    qualifier,
    noun,
  }));
}

describe("counts", () => {
  it("reads value, qualifier and noun in English, with separators and scale words", () => {
    expect(
      counts(
        "More than 70 speakers from 40 countries helped 31,000 victims; 195 member countries gave 120 million dollars.",
      ),
    ).toEqual([
      { value: 70, qualifier: "more-than", noun: "speakers" },
      { value: 40, qualifier: undefined, noun: "countries" },
      { value: 31000, qualifier: undefined, noun: "victims" },
      { value: 195, qualifier: undefined, noun: "member countries" },
      { value: 120_000_000, qualifier: undefined, noun: "dollars" },
    ]);
  });

  it("reads Arabic counts with Arabic-Indic digits and the conjunction attached", () => {
    expect(
      counts("شارك أكثر من ٧٠ متحدثًا من 40 دولة وساعدت في التعرف على 31000 ضحية و14000 مجرم", "ar", "arabic"),
    ).toEqual([
      { value: 70, qualifier: "more-than", noun: "متحدثًا" },
      { value: 40, qualifier: undefined, noun: "دولة" },
      { value: 31000, qualifier: undefined, noun: "ضحية" },
      { value: 14000, qualifier: undefined, noun: "مجرم" },
    ]);
  });

  it("reads what a scale word counts across its 'of': milioni di euro, milliards d'euros", () => {
    expect(counts("richieste per un totale di 31 milioni di euro", "it")).toEqual([
      { value: 31_000_000, noun: "euro" },
    ]);
    expect(counts("des pertes de 4 milliards d'euros", "fr")).toEqual([
      { value: 4_000_000_000, noun: "euros" },
    ]);
  });

  it("reads the Swahili noun written before the number", () => {
    expect(counts("Waathiriwa 312 waliokolewa na watuhumiwa 47 walikamatwa.", "sw")).toEqual([
      { value: 312, qualifier: undefined, noun: "Waathiriwa" },
      { value: 47, qualifier: undefined, noun: "watuhumiwa" },
    ]);
  });

  it("reads the Hindi qualifier written after the number", () => {
    expect(counts("40 देशों के 70 से अधिक वक्ता", "hi", "devanagari")).toEqual([
      { value: 40, qualifier: undefined, noun: "देशों" },
      { value: 70, qualifier: "more-than", noun: "वक्ता" },
    ]);
  });

  it("does not count names with digits, round-the-clock, durations or dates", () => {
    expect(counts("The G7 set up a 24/7 network 13 years ago.")).toEqual([]);
    expect(extractCounts(sentence("They met on 17 November."), ["17 November"])).toEqual([]);
  });
});
