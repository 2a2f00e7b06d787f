import { describe, expect, it } from "vitest";
import { paragraphOf, placedParagraph, sentenceAt, sentencePlaces } from "../../src/corpus/paragraph.ts";

const TEXT = "Il vertice si è svolto a Roma.  I ministri   hanno firmato. Fine.";

describe("a paragraph holding its sentences as places", () => {
  it("gives each sentence as written in the paragraph, and a joined one as its own text", () => {
    const paragraph = paragraphOf(2, TEXT, [
      "Il vertice si è svolto a Roma.",
      "I ministri hanno firmato.",
      "Fine.",
    ]);
    expect(paragraph.sentences).toEqual([
      { index: 1, text: "Il vertice si è svolto a Roma." },
      { index: 2, text: "I ministri hanno firmato." },
      { index: 3, text: "Fine." },
    ]);
    expect(sentencePlaces(paragraph)).toEqual([0, 30, "I ministri hanno firmato.", 60, 65]);
  });

  it("reads one sentence by its number as the whole list gives it", () => {
    const paragraph = paragraphOf(1, TEXT, [
      "Il vertice si è svolto a Roma.",
      "I ministri hanno firmato.",
      "Fine.",
    ]);
    for (const sentence of paragraph.sentences)
      expect(sentenceAt(paragraph, sentence.index)).toBe(sentence.text);
    expect(sentenceAt(paragraph, 0)).toBeUndefined();
    expect(sentenceAt(paragraph, 4)).toBeUndefined();
    const plain = { index: 1, text: "Roma.", sentences: [{ index: 1, text: "Roma." }] };
    expect(sentenceAt(plain, 1)).toBe("Roma.");
  });

  it("comes back from its saved places to the same sentences", () => {
    const paragraph = paragraphOf(3, TEXT, [
      "Il vertice si è svolto a Roma.",
      "I ministri hanno firmato.",
      "Fine.",
    ]);
    const saved = JSON.parse(JSON.stringify(sentencePlaces(paragraph)));
    expect(placedParagraph(3, TEXT, saved).sentences).toEqual(paragraph.sentences);
    const literal = { index: 3, text: TEXT, sentences: paragraph.sentences };
    expect(sentencePlaces(literal)).toEqual(sentencePlaces(paragraph));
  });

  it("reads every sentence of a paragraph of thousands, before and past offset 65,535", () => {
    for (const [count, word] of [
      [6000, "Sì"],
      [9000, "Il vertice è finito"],
    ] as const) {
      const sentences = Array.from({ length: count }, (_, at) => `${word} ${at}.`);
      const text = sentences.join(" ");
      const paragraph = paragraphOf(1, text, sentences);
      expect(paragraph.sentences.map((sentence) => sentence.text)).toEqual(sentences);
      expect(sentenceAt(paragraph, count)).toBe(sentences[count - 1]);
      const places = sentencePlaces(paragraph);
      expect(places.length).toBe(count * 2);
      expect(placedParagraph(1, text, places).sentences).toEqual(paragraph.sentences);
    }
  });
});
