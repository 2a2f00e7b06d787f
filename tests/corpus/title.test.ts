import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/corpus/document.ts";
import type { Doc } from "../../src/corpus/index.ts";

function parsed(text: string): Doc {
  const doc = parseDocument({ id: "t", path: "t.txt", text, bytes: text.length, hash: "h", markdown: false });
  if (!("title" in doc)) throw new Error("not a document");
  return doc;
}

describe("the title of a release", () => {
  it("is the headline under an issuing body's line, as a PIB release is laid out", () => {
    const doc = parsed(
      "गृह मंत्रालय\n\nनई दिल्ली में सीमा सुरक्षा पर दो दिवसीय बैठक संपन्न\n\nबैठक 12 मार्च को नई दिल्ली में आयोजित की गई।\n",
    );
    expect(doc.title).toBe("नई दिल्ली में सीमा सुरक्षा पर दो दिवसीय बैठक संपन्न");
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "बैठक 12 मार्च को नई दिल्ली में आयोजित की गई।",
    ]);
  });

  it("stays a short first line when a sentence follows it", () => {
    const doc = parsed("Lyon piracy meeting\n\nThe working group met in Lyon on 13 June.\n");
    expect(doc.title).toBe("Lyon piracy meeting");
    expect(doc.paragraphs).toHaveLength(1);
  });
});
