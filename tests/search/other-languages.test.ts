import { describe, expect, it } from "vitest";
import { createSearcher } from "../../src/search/searcher.ts";
import { docFromText, shippedLexicon } from "../extract/support.ts";

const italian = ["Genova", "Livorno", "Napoli", "Bari", "Palermo"].map((port, at) =>
  docFromText(
    `fentanyl-it-${at + 1}`,
    `Fentanyl nel porto di ${port}\n\nLa polizia di ${port} ha riferito nuovi sequestri di fentanyl nel porto; i sequestri di fentanyl sono aumentati.\n`,
  ),
);
const docs = [
  ...italian,
  docFromText(
    "fentanyl-en",
    "Fentanyl at the border\n\nCustoms officers reported new fentanyl seizures at the northern border crossings.\n",
  ),
  docFromText(
    "pesca-fr",
    "Pêche illégale\n\nLe comité a examiné les saisies de filets de pêche illégaux dans le port de Marseille.\n",
  ),
];
const corpus = { dir: "languages", docs, warnings: [] };

describe("places kept for other languages", () => {
  const searcher = createSearcher(corpus, shippedLexicon());
  const ids = (otherLanguages: number, question = "sequestri fentanyl"): string[] =>
    searcher.search(question, { limit: 3, otherLanguages }).map((hit) => hit.docId);

  it("fills every place with the asker's language when none are kept", () => {
    expect(ids(0).every((id) => id.startsWith("fentanyl-it"))).toBe(true);
  });

  it("gives the last place to the best report in another language on the topic", () => {
    const found = ids(1);
    expect(found).toHaveLength(3);
    expect(found.slice(0, 2).every((id) => id.startsWith("fentanyl-it"))).toBe(true);
    expect(found[2]).toBe("fentanyl-en");
  });

  it("keeps no place for reports in other languages that match far less of the question", () => {
    const found = ids(2, "sequestri di fentanyl nel porto");
    expect(found).toHaveLength(3);
    expect(found.every((id) => id.startsWith("fentanyl-it"))).toBe(true);
  });
});
