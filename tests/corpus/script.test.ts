import { describe, expect, it } from "vitest";
import { scriptOf } from "../../src/corpus/script.ts";
import type { Script } from "../../src/corpus/types.ts";

const PROPERTIES: ReadonlyArray<readonly [Script, RegExp]> = [
  ["latin", /\p{Script=Latin}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["han", /\p{Script=Han}/u],
];
const UNASSIGNED = /\p{Cn}/u;

/** What scriptOf must say of the character twice then one Latin letter, by the Unicode properties. */
function expectedOf(char: string): Script {
  if (!/\p{L}/u.test(char)) return "latin";
  return PROPERTIES.find(([, pattern]) => pattern.test(char))?.[0] ?? "other";
}

describe("scriptOf by code point", () => {
  it("classifies every code point of the Basic Multilingual Plane as the Unicode properties do", () => {
    const wrong: string[] = [];
    for (let point = 0; point <= 0xffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCharCode(point);
      const expected = expectedOf(char);
      const got = scriptOf(`${char}${char}a`);
      // A runtime with an older Unicode does not know a letter the ranges list yet; counting it does no harm.
      if (got !== expected && !UNASSIGNED.test(char))
        wrong.push(`U+${point.toString(16)} ${got}≠${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it("counts a letter beyond the Basic Multilingual Plane once, by its script", () => {
    expect(scriptOf("𠀀𠀁 ab")).toBe("han");
    expect(scriptOf("ab 𠀀")).toBe("latin");
    expect(scriptOf("𐌰𐌱𐌲 ab")).toBe("other");
    expect(scriptOf("😀😀😀 ab")).toBe("latin");
  });

  it("gives a tie to the script met first", () => {
    expect(scriptOf("ab бв")).toBe("latin");
    expect(scriptOf("бв ab")).toBe("cyrillic");
  });

  it("names the script of mixed text by its letters, not by its marks, digits or punctuation", () => {
    // Devanagari vowel signs are marks, not letters: "पुलिस" has three letters against "UN"'s two.
    expect(scriptOf("UN पुलिस")).toBe("devanagari");
    expect(scriptOf("Interpol and Europol (الإنتربول) «٢٠٢٤»")).toBe("latin");
    expect(scriptOf("الإنتربول Interpol ٢٠٢٤، ١٨/١١")).toBe("arabic");
    expect(scriptOf("— “ ” 2024 ¶ ‰")).toBe("other");
    expect(scriptOf("")).toBe("other");
  });

  it("ignores a lone surrogate instead of reading the character after it as part of it", () => {
    expect(scriptOf("\ud800бв a")).toBe("cyrillic");
  });
});
