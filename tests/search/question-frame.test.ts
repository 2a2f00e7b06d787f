import { describe, expect, it } from "vitest";
import { createSearcher } from "../../src/search/searcher.ts";
import { docFromText, shippedLexicon } from "../extract/support.ts";

const docs = [
  docFromText(
    "fentanyl-en",
    "Fentanyl routes\n\nThe working group reviewed fentanyl seizures at the ports of Genoa and Valencia.\n",
  ),
  docFromText(
    "fentanyl-sw",
    "Njia za fentanyl\n\nKikundi kilijadili ukamataji wa fentanyl katika bandari za Mombasa na Dar es Salaam.\n",
  ),
  docFromText(
    "pesca-it",
    "Riunione sulla pesca\n\nIl comitato ha deciso di rafforzare i controlli sulla pesca illegale nel Mediterraneo.\n",
  ),
  docFromText(
    "fentanyl-it",
    "Fentanyl nei porti\n\nIl gruppo ha deciso di scambiare dati sui sequestri di fentanyl nei porti italiani.\n",
  ),
];
const corpus = { dir: "frame", docs, warnings: [] };

describe("words that only frame a question", () => {
  const searcher = createSearcher(corpus, shippedLexicon());

  it("do not bring in reports that share only them with the question", () => {
    const found = searcher.search("cosa è stato deciso su fentanyl").map((hit) => hit.docId);
    expect(found).not.toContain("pesca-it");
    expect(found).toEqual(expect.arrayContaining(["fentanyl-en", "fentanyl-sw", "fentanyl-it"]));
  });

  it("are still searched when the question has nothing else", () => {
    expect(searcher.search("deciso").map((hit) => hit.docId)).toEqual(
      expect.arrayContaining(["pesca-it", "fentanyl-it"]),
    );
  });
});
