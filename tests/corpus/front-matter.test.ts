import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/corpus/front-matter.ts";

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
});
