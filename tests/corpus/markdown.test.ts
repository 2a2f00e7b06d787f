import { describe, expect, it } from "vitest";
import { markdownToText } from "../../src/corpus/markdown.ts";

describe("markdownToText", () => {
  it("drops heading marks, emphasis, quotes and rules and keeps link and image text", () => {
    const markdown =
      "# Lyon meeting\n\n> **G7** ministers met in [Lyon](https://example.org).\n\n---\n\n![Photo of the room](room.jpg)";
    expect(markdownToText(markdown)).toBe(
      "Lyon meeting\n\nG7 ministers met in Lyon.\n\n\n\nPhoto of the room",
    );
  });

  it("leaves underscores inside words alone", () => {
    expect(markdownToText("see file_name_here and *this*")).toBe("see file_name_here and this");
  });
});
