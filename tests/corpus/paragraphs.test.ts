import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/corpus/paragraphs.ts";

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");

describe("splitParagraphs", () => {
  it("keeps a repeated caption line of the INTERPOL article once and drops the lone '/' line", () => {
    const text = seed("004_6ea3b8ed064881d9.txt");
    const caption = "حضر الأمين العام للإنتربول";
    expect(text.split(caption).length - 1).toBe(3);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.filter((paragraph) => paragraph.startsWith(caption))).toHaveLength(1);
    expect(paragraphs).not.toContain("/");
  });

  it("separates a short date line from the subtitle on the next line", () => {
    const paragraphs = splitParagraphs(seed("004_6ea3b8ed064881d9.txt"));
    expect(paragraphs[1]).toBe("١٨ نوفمبر، ٢٠٢٢");
    expect(paragraphs[2]).toMatch(/^وزراء الداخلية يعتزمون/);
  });

  it("splits blank-line blocks and trims trailing spaces (the Swahili article)", () => {
    const paragraphs = splitParagraphs(seed("001_7c412255d0c700a3.txt"));
    expect(paragraphs[0]).toBe("Mkutano wa kwanza wa wakuu wa wajumbe wa G7 Italia 2024");
    expect(paragraphs.every((paragraph) => paragraph === paragraph.trim())).toBe(true);
    expect(paragraphs).toHaveLength(13);
  });

  it("joins hard-wrapped lines and keeps list items and headings apart", () => {
    const body = [
      "Meeting of the Lyon group",
      "The delegations met in Paris to discuss the",
      "coordination of police cooperation across borders and the",
      "exchange of information.",
      "- first item",
      "- second item",
      "",
      "Next section",
    ].join("\n");
    expect(splitParagraphs(body)).toEqual([
      "Meeting of the Lyon group",
      "The delegations met in Paris to discuss the coordination of police cooperation across borders and the exchange of information.",
      "- first item",
      "- second item",
      "Next section",
    ]);
  });

  it("drops consecutive duplicate lines but keeps a line that comes back later", () => {
    expect(splitParagraphs("Caption\nCaption\n\nText.\n\nCaption")).toEqual(["Caption", "Text.", "Caption"]);
  });

  it("handles Windows line endings and punctuation-only lines", () => {
    expect(splitParagraphs("One.\r\n\r\n***\r\n—\r\nTwo.\r\n")).toEqual(["One.", "Two."]);
  });
});
