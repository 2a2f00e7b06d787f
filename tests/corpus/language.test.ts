import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  detectLanguage,
  ISO6391_TO_ISO6393,
  ISO6393_TO_ISO6391,
  languageSample,
} from "../../src/corpus/language.ts";
import { scriptOf } from "../../src/corpus/script.ts";

const seedsDir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(new URL(name, seedsDir), "utf8"));
const longTextsDir = new URL("./language-fixtures/", import.meta.url);
/** Natural news reports of about 2,000 characters, one per language, written for these tests. */
const longTexts = ["fr", "it", "de", "es", "en", "sw"].map((lang) => ({
  lang,
  text: readFileSync(new URL(`${lang}.txt`, longTextsDir), "utf8"),
}));

describe("scriptOf", () => {
  it("names the script most letters are written in", () => {
    expect(seeds.map(scriptOf)).toEqual(["arabic", "latin", "devanagari", "arabic", "arabic"]);
    expect(scriptOf("Совещание министров G7")).toBe("cyrillic");
    expect(scriptOf("七国集团部长会议")).toBe("han");
    expect(scriptOf("2024 — 18/11")).toBe("other");
  });

  it("counts letters, so a few Latin acronyms do not outweigh an Arabic sentence", () => {
    expect(scriptOf("انضم إليها ممثلون من الإنتربول UNODC GCERF UNICRI")).toBe("arabic");
  });
});

describe("detectLanguage", () => {
  it("labels the five seed documents ar, sw, hi, ar, ar", () => {
    expect(seeds.map((text) => detectLanguage(text))).toEqual(["ar", "sw", "hi", "ar", "ar"]);
  });

  it("labels questions in the languages Briefbot answers in", () => {
    expect(detectLanguage("Who attended the meeting of the G7 Rome/Lyon group in Rome?")).toBe("en");
    expect(detectLanguage("Chi ha partecipato all'incontro di Roma sul traffico di fentanil?")).toBe("it");
    expect(detectLanguage("Qui a participé à la réunion sur les cryptomonnaies et le terrorisme ?")).toBe(
      "fr",
    );
    expect(detectLanguage("Mkutano wa kwanza wa wakuu wa wajumbe ulifanyika wapi?")).toBe("sw");
    expect(detectLanguage("मंत्रियों ने बैठक में क्या कहा?")).toBe("hi");
    expect(detectLanguage("ما هو الفنتانيل؟")).toBe("ar");
  });

  it("keeps Arabic-script text among ar, ur and fa even with a whitelist that prefers Latin languages", () => {
    expect(detectLanguage(seeds[0] ?? "", ["en", "it", "ar"])).toBe("ar");
    expect(detectLanguage("این یک متن فارسی است که درباره نشست وزیران کشورهای گروه هفت نوشته شده است.")).toBe(
      "fa",
    );
  });

  it("answers und when the whitelist has no language for the script or the text is too short", () => {
    expect(detectLanguage(seeds[2] ?? "", ["en", "it"])).toBe("und");
    expect(detectLanguage("fentanyl")).toBe("und");
  });

  it("labels long reports in fr, it, de, es, en and sw by their own language, not the first one listed", () => {
    for (const { lang, text } of longTexts) {
      expect(text.length).toBeGreaterThan(1500);
      expect(detectLanguage(text), lang).toBe(lang);
    }
  });

  it("labels a paragraph repeated five times the same as the paragraph alone", () => {
    for (const { lang, text } of longTexts) {
      const paragraph = text.split("\n\n")[1] ?? "";
      const repeated = Array.from({ length: 5 }, () => paragraph).join("\n\n");
      expect(repeated.length).toBeGreaterThan(1500);
      expect(detectLanguage(paragraph), lang).toBe(lang);
      expect(detectLanguage(repeated), lang).toBe(lang);
    }
  });

  it("labels a long report by its language when the whitelist leaves only two candidates", () => {
    for (const { lang, text } of longTexts.filter(({ lang }) => lang !== "en")) {
      expect(detectLanguage(text, ["en", lang]), lang).toBe(lang);
    }
    expect(detectLanguage(longTexts.find(({ lang }) => lang === "en")?.text ?? "", ["fr", "en"])).toBe("en");
  });

  it("still prefers the served language when a short text scores it almost like a neighbour", () => {
    // franc scores this Hindi question mr 1, hi 0.98, ne 0.60.
    expect(detectLanguage("मंत्रियों ने क्या कहा?")).toBe("hi");
    expect(detectLanguage("मंत्रियों ने क्या कहा?", ["mr", "ne"])).toBe("mr");
  });

  it("labels a long report from its sample as it labels the report itself", () => {
    for (const { lang, text } of longTexts) {
      const paragraphs = text.split("\n\n");
      const long = Array.from({ length: 40 }, (_, at) => paragraphs[at % paragraphs.length]).join("\n\n");
      expect(long.length).toBeGreaterThan(5 * text.length);
      expect(detectLanguage(long), lang).toBe(detectLanguage(text));
      expect(detectLanguage(long), lang).toBe(lang);
    }
  });

  it("is not decided by a preface in another script when most of the document is Arabic", () => {
    const preface = longTexts.find(({ lang }) => lang === "en")?.text ?? "";
    const arabic = seeds[0] ?? "";
    expect(detectLanguage(`${preface}\n\n${arabic}\n\n${arabic}\n\n${arabic}`)).toBe("ar");
    expect(detectLanguage(`${preface}\n\n${arabic.slice(0, 200)}`)).toBe("en");
  });

  it("tells Urdu and Persian from Arabic by the letters only they write, and Marathi from Hindi by ळ", () => {
    expect(detectLanguage("یہ ایک اردو جملہ ہے جو وزرائے خارجہ کے اجلاس کے بارے میں لکھا گیا ہے۔")).toBe(
      "ur",
    );
    expect(
      detectLanguage(
        "मुंबईतील बैठकीत पोलिसांनी सांगितले की शाळेजवळ अमली पदार्थांची विक्री वाढली आहे आणि त्यावर कारवाई केली जाईल.",
      ),
    ).toBe("mr");
    expect(
      detectLanguage(
        "मुंबई में हुई बैठक में पुलिस ने कहा कि स्कूलों के पास नशीले पदार्थों की बिक्री बढ़ी है और इस पर कार्रवाई की जाएगी।",
      ),
    ).toBe("hi");
  });

  it("samples at most a thousand characters of whole words from the start, middle and end, without URLs", () => {
    const words = Array.from({ length: 3000 }, (_, at) => `w${at}`);
    words.splice(1500, 0, "https://example.org/report");
    const sample = languageSample(words.join(" "));
    expect(sample.length).toBeLessThanOrEqual(1000);
    const sampled = sample.split(/\s+/u).filter((word) => word.length > 0);
    expect(sampled[0]).toBe("w0");
    expect(sampled.at(-1)).toBe("w2999");
    expect(sampled.some((word) => Number(word.slice(1)) > 1000 && Number(word.slice(1)) < 2000)).toBe(true);
    expect(sampled.every((word) => /^w\d+$/u.test(word) && words.includes(word))).toBe(true);
    expect(languageSample("The G7 met in Rome. https://example.org")).toBe("The G7 met in Rome.  ");
  });

  it("maps ISO 639-3 and 639-1 both ways", () => {
    expect(ISO6393_TO_ISO6391.swh).toBe("sw");
    expect(ISO6393_TO_ISO6391.arb).toBe("ar");
    expect(ISO6391_TO_ISO6393.hi).toBe("hin");
    expect(ISO6391_TO_ISO6393.zh).toBe("cmn");
  });
});
