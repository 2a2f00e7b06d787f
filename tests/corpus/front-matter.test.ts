import { describe, expect, it } from "vitest";
import { MAX_FRONT_MATTER_CHARS, splitFrontMatter } from "../../src/corpus/front-matter.ts";
import { aliasBomb } from "./hostile-files.ts";

describe("splitFrontMatter", () => {
  it("reads title, published, source and lang and returns the body after the closing ---", () => {
    const result = splitFrontMatter(
      "---\ntitle: Réunion de Lyon\npublished: 2024-03-05\nsource: https://example.org/lyon\nlang: fr\nauthor: ignored\n---\nLe groupe s'est réuni.\n",
    );
    expect(result).toEqual({
      ok: true,
      frontMatter: {
        title: "Réunion de Lyon",
        published: "2024-03-05",
        source: "https://example.org/lyon",
        lang: "fr",
      },
      body: "Le groupe s'est réuni.\n",
    });
  });

  it("writes dates as YYYY-MM-DD whatever form they were given in", () => {
    const published = (value: string): string | undefined => {
      const result = splitFrontMatter(`---\npublished: ${value}\n---\nBody`);
      return result.ok ? result.frontMatter.published : undefined;
    };
    expect(published("2022-11-8")).toBe("2022-11-08");
    expect(published("2022-11-18T09:30:00Z")).toBe("2022-11-18");
    expect(published('"18 November 2022"')).toBe("2022-11-18");
  });

  it("maps three-letter and regional language tags to ISO 639-1", () => {
    const lang = (value: string): string | undefined => {
      const result = splitFrontMatter(`---\nlang: ${value}\n---\nBody`);
      return result.ok ? result.frontMatter.lang : undefined;
    };
    expect(lang("swh")).toBe("sw");
    expect(lang("en-GB")).toBe("en");
    expect(lang("AR")).toBe("ar");
  });

  it("treats a text without a leading --- as all body", () => {
    const text = "Title\n---\nnot front matter";
    expect(splitFrontMatter(text)).toEqual({ ok: true, frontMatter: {}, body: text });
  });

  it("accepts empty front matter", () => {
    expect(splitFrontMatter("---\n---\nBody")).toEqual({ ok: true, frontMatter: {}, body: "Body" });
  });

  it("rejects broken YAML, unclosed front matter, non-mappings and unusable values", () => {
    for (const text of [
      "---\ntitle: [unclosed\n---\nBody",
      "---\ntitle: x\nBody without a closing line",
      "---\n- a\n- b\n---\nBody",
      "---\npublished: not a date\n---\nBody",
      "---\npublished: 2024-02-30\n---\nBody",
      "---\nsource: not a url\n---\nBody",
      "---\nlang: 42\n---\nBody",
      "---\ntitle: {a: 1}\n---\nBody",
    ]) {
      const result = splitFrontMatter(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.detail, text).not.toBe("");
    }
  });

  it("refuses hostile front matter quickly, saying why: alias bombs, deep nesting, huge values, endless keys", () => {
    const refused = (yaml: string): { detail: string; ms: number } => {
      const began = performance.now();
      const result = splitFrontMatter(`---\n${yaml}\n---\nBody`);
      const ms = performance.now() - began;
      expect(result.ok).toBe(false);
      return { detail: result.ok ? "" : result.detail, ms };
    };
    expect(refused(aliasBomb(9)).detail).toMatch(/alias/i);
    expect(refused(`tags: ${"[".repeat(2000)}${"]".repeat(2000)}`).detail).toMatch(/deeper than 32/);
    expect(refused(`title: "${"A".repeat(MAX_FRONT_MATTER_CHARS)}"`).detail).toMatch(/longer than/);
    const manyKeys = Array.from({ length: 900 }, (_, i) => `k${i}: v`).join("\n");
    const keys = refused(`${manyKeys}\nk7: again`);
    expect(keys.detail).toBe("front matter gives k7 twice");
    expect(keys.ms).toBeLessThan(1000);
    // The size limit keeps block nesting far from what overflows the parser's stack (about 900 levels).
    const deepBlock = Array.from({ length: 120 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
    expect(splitFrontMatter(`---\n${deepBlock}\n---\nBody`).ok).toBe(true);
  });

  it("still reads front matter that uses a few aliases, as YAML allows", () => {
    const result = splitFrontMatter("---\nname: &n Lyon meeting\ntitle: *n\n---\nBody");
    expect(result.ok && result.frontMatter.title).toBe("Lyon meeting");
  });
});
