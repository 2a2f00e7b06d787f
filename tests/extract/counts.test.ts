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

  it("reads decimals written with a point or a comma, and one of a scale word", () => {
    expect(counts("They seized 3.6 tonnes of ivory and 1,2 milioni di pillole.")).toEqual([
      { value: 3.6, qualifier: undefined, noun: "tonnes" },
      { value: 1_200_000, qualifier: undefined, noun: "pillole" },
    ]);
    expect(counts("iARMS holds more than a million records")).toEqual([
      { value: 1_000_000, qualifier: "more-than", noun: "records" },
    ]);
    expect(counts("tani 3,6 za pembe za ndovu", "sw")).toEqual([
      { value: 3.6, qualifier: undefined, noun: "tani" },
    ]);
  });

  it("reads Indian grouping in lakhs, in Devanagari digits", () => {
    expect(counts("२,३८,००० रिपोर्टें मिलीं", "hi", "devanagari")).toEqual([
      { value: 238_000, qualifier: undefined, noun: "रिपोर्टें" },
    ]);
  });

  it("keeps the number 1,150 whole: three digits after the comma group thousands", () => {
    expect(counts("1,150 kilograms")).toEqual([{ value: 1150, qualifier: undefined, noun: "kilograms" }]);
  });

  it("reads shares in each language's way of writing them", () => {
    expect(counts("reports rose by 38 per cent")).toEqual([
      { value: 38, qualifier: undefined, noun: "per cent" },
    ]);
    expect(counts("ارتفعت البلاغات بنسبة ٣٨ في المائة", "ar", "arabic")).toEqual([
      { value: 38, qualifier: undefined, noun: "في المائة" },
    ]);
    expect(counts("ongezeko la asilimia 38", "sw")).toEqual([
      { value: 38, qualifier: undefined, noun: "asilimia" },
    ]);
  });

  it("keeps a number whose counted thing is not next to it, and not a name's or an ordinal's", () => {
    expect(counts("in Italia se ne sono contati 47, con richieste di riscatto", "it")).toEqual([
      { value: 47, qualifier: undefined, noun: "" },
    ]);
    expect(counts("under Resolution 2396, as in Article 51")).toEqual([]);
    expect(counts("Mkutano wa 25 wa Kamati ulifanyika", "sw")).toEqual([]);
  });
});
