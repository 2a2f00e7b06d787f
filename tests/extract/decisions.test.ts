import { describe, expect, it } from "vitest";
import { extractDecisions } from "../../src/extract/decisions.ts";
import { sentence } from "./support.ts";

const texts = (text: string, lang = "en", script: "latin" | "arabic" | "devanagari" = "latin") =>
  extractDecisions(sentence(text, lang, script)).map((decision) => decision.text);

describe("decisions", () => {
  it("finds decision cues in each language", () => {
    expect(texts("The delegations agreed to share passenger data.")).toHaveLength(1);
    expect(texts("È stato deciso di istituire un gruppo di lavoro.", "it")).toHaveLength(1);
    expect(texts("Il a été décidé de créer un réseau.", "fr")).toHaveLength(1);
    expect(texts("تقرر إنشاء شبكة جديدة.", "ar", "arabic")).toHaveLength(1);
    expect(texts("Iliamuliwa kuunda mtandao mpya.", "sw")).toHaveLength(1);
    expect(texts("एक नेटवर्क बनाने का निर्णय लिया गया।", "hi", "devanagari")).toHaveLength(1);
  });

  it("ignores sentences without a cue and words that only contain one", () => {
    expect(texts("The delegations discussed passenger data.")).toEqual([]);
    expect(texts("وتم التذكير بأهمية اتفاقية باليرمو.", "ar", "arabic")).toEqual([]);
  });

  it("splits a sentence listing decisions with first … finally …", () => {
    expect(
      texts(
        "The forum concluded: first, it was decided to open a hotline; finally, it was agreed to meet each spring.",
      ),
    ).toEqual(["first, it was decided to open a hotline", "finally, it was agreed to meet each spring."]);
  });
});
