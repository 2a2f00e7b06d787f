import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/corpus/edit-distance.ts";
import { normaliseToken } from "../../src/corpus/normalise.ts";
import { createGlueSplitter } from "../../src/search/glue.ts";

const norm = (word: string): string => normaliseToken(word);

describe("glued tokens", () => {
  const frequencies = new Map([
    [norm("الإنتربول"), 12],
    [norm("المكتب"), 3],
    ["hasa", 2],
    ["kimataifa", 9],
    ["information", 40],
    ["inform", 3],
    ["ation", 1],
  ]);
  const split = createGlueSplitter(frequencies, new Set(["interpol", "unodc", "syntetisk", "ulaghai"]));

  it("splits INTERPOLUNODC into the two acronyms the lexicon knows", () => {
    expect(split(norm("INTERPOLUNODC"))).toEqual(["interpol", "unodc"]);
  });

  it("splits الإنتربولالمكتب into words seen standalone, stripping the second article", () => {
    expect(split(norm("الإنتربولالمكتب"))).toEqual([norm("الإنتربول"), norm("المكتب")]);
  });

  it("splits syntetiskhasa and ulaghaikimataifa from the Swahili article", () => {
    expect(split("syntetiskhasa")).toEqual(["syntetisk", "hasa"]);
    expect(split("ulaghaikimataifa")).toEqual(["ulaghai", "kimataifa"]);
  });

  it("splits where the script changes, as in لـiARMS", () => {
    expect(split(norm("لـiARMS"))).toEqual(["iarms"]);
  });

  it("leaves common words and short words whole", () => {
    expect(split("information")).toBeUndefined();
    expect(split("hasa")).toBeUndefined();
  });
});

describe("edit distance", () => {
  it("counts a substitution, a missing letter and a swap as one edit each", () => {
    expect(editDistance("fentanil", "fentanyl", 2)).toBe(1);
    expect(editDistance("cryptocurency", "cryptocurrency", 2)).toBe(1);
    expect(editDistance("fetnanyl", "fentanyl", 2)).toBe(1);
  });

  it("stops at the bound", () => {
    expect(editDistance("interpol", "unodc", 2)).toBe(3);
  });
});
