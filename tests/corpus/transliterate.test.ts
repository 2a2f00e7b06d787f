import { describe, expect, it } from "vitest";
import { consonantSignature, spelledSkeleton, voweledSpelling } from "../../src/corpus/transliterate.ts";

describe("consonant skeletons across scripts", () => {
  it("gives one skeleton to a loanword in Latin, Arabic and Devanagari", () => {
    const spellings = ["Captagon", "الكبتاغون", "كبتاغون", "कैप्टागन"];
    expect(new Set(spellings.map(consonantSignature))).toEqual(new Set(["kbtgn"]));
  });

  it("matches city names written in three scripts", () => {
    expect(consonantSignature("Marseille")).toBe(consonantSignature("مرسيليا"));
    expect(consonantSignature("Geneva")).toBe(consonantSignature("जिनेवा"));
    expect(consonantSignature("Tunis")).toBe(consonantSignature("ट्यूनिस"));
  });

  it("reads Devanagari's anusvara as the nasal its consonant needs", () => {
    expect(consonantSignature("फेंटानिल")).toBe(consonantSignature("fentanyl"));
  });

  it("keeps different words apart", () => {
    expect(consonantSignature("tramadol")).not.toBe(consonantSignature("captagon"));
    expect(consonantSignature("Kigali")).not.toBe(consonantSignature("Kampala"));
  });

  it("keeps, for search, a consonant written again after a vowel, and a doubled letter once", () => {
    expect(new Set(["Mombasa", "مومباسا", "मोम्बासा"].map(spelledSkeleton))).toEqual(new Set(["mmbs"]));
    expect(consonantSignature("Mombasa")).toBe("mbs");
    expect(spelledSkeleton("Mohammed")).toBe(spelledSkeleton("محمد"));
    expect(spelledSkeleton("Mombasa")).not.toBe(spelledSkeleton("Mbeya"));
  });

  it("spells a short name alike in three scripts with its vowels, and short names with one skeleton apart", () => {
    expect(new Set(["Modi", "मोदी", "مودي"].map(voweledSpelling))).toEqual(new Set(["mudi"]));
    expect(new Set(["Oslo", "ओस्लो", "أوسلو"].map(voweledSpelling))).toEqual(new Set(["uslu"]));
    expect(spelledSkeleton("Lomé")).toBe(spelledSkeleton("Lima"));
    expect(voweledSpelling("Lomé")).not.toBe(voweledSpelling("Lima"));
  });
});
