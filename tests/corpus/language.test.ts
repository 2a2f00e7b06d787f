import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLanguage, ISO6391_TO_ISO6393, ISO6393_TO_ISO6391 } from "../../src/corpus/language.ts";
import { scriptOf } from "../../src/corpus/script.ts";

const seedsDir = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(new URL(name, seedsDir), "utf8"));

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

  it("maps ISO 639-3 and 639-1 both ways", () => {
    expect(ISO6393_TO_ISO6391.swh).toBe("sw");
    expect(ISO6393_TO_ISO6391.arb).toBe("ar");
    expect(ISO6391_TO_ISO6393.hi).toBe("hin");
    expect(ISO6391_TO_ISO6393.zh).toBe("cmn");
  });
});
