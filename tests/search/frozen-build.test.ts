import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { addAllFrozen } from "../../src/search/frozen-build.ts";
import { savedByTerm } from "./text-index.ts";

/** A report with its words and the lexicon entries it names, in two fields as the passage index has them. */
interface Report {
  id: number;
  body?: string;
  entities: string;
}

const OPTIONS = { fields: ["body", "entities"], storeFields: ["entities"] };

/** Repeated words, a word first seen in the second field, a record without a body, and scripts other than Latin. */
const RECORDS: readonly Report[] = [
  { id: 10, body: "fentanyl fentanyl precursors seized in Genoa", entities: "drug:fentanyl place:genoa" },
  { id: 11, entities: "fentanyl meeting:rome-lyon" },
  { id: 12, body: "Roma Lyon group meeting on fentanyl and cocaine", entities: "meeting:rome-lyon fentanyl" },
  { id: 13, body: "اجتمعت مجموعة روما ليون في روما بشأن الفنتانيل الفنتانيل", entities: "drug:fentanyl" },
  { id: 14, body: "रोम ल्योन समूह की बैठक रोम में फेंटानिल पर हुई", entities: "" },
  { id: 15, body: "cocaine cocaine cocaine in the port of Genoa", entities: "place:genoa drug:cocaine" },
];

const QUESTIONS = ["fentanyl", "genoa cocaine", "rome-lyon", "روما", "रोम", "fentanil", "coc"];

function plainIndex(records: readonly Report[]): MiniSearch<Report> {
  const index = new MiniSearch<Report>(OPTIONS);
  index.addAll(records);
  return index;
}

function frozenIndex(records: readonly Report[]): MiniSearch<Report> {
  const index = new MiniSearch<Report>(OPTIONS);
  addAllFrozen(index, records);
  return index;
}

const answers = (index: MiniSearch<Report>): unknown[] =>
  QUESTIONS.map((question) => index.search(question, { prefix: true, fuzzy: 0.2 }));

describe("an index built into frozen postings", () => {
  it("saves the same index as MiniSearch's own addAll, term frequencies and field order included", () => {
    const plain = plainIndex(RECORDS);
    const frozen = frozenIndex(RECORDS);
    expect(savedByTerm(frozen)).toBe(savedByTerm(plain));
    const fentanyl = plain.toJSON().index.find(([term]) => term === "fentanyl")?.[1];
    expect(Object.keys(fentanyl ?? {})).toEqual(["0", "1"]);
    expect(fentanyl?.[0]).toEqual({ 0: 2, 2: 1 });
  });

  it("gives the same results and scores as MiniSearch's own addAll", () => {
    const frozen = answers(frozenIndex(RECORDS));
    expect(frozen).toEqual(answers(plainIndex(RECORDS)));
    expect(frozen.flat().length).toBeGreaterThan(QUESTIONS.length * 2);
  });

  it("counts the postings it holds, a word repeated in a field once", () => {
    const index = new MiniSearch<Report>(OPTIONS);
    expect(addAllFrozen(index, [{ id: 1, body: "rome rome lyon", entities: "rome" }])).toBe(3);
  });

  it("takes documents added, discarded and vacuumed afterwards as MiniSearch's own index does", async () => {
    const plain = plainIndex(RECORDS);
    const frozen = frozenIndex(RECORDS);
    for (const index of [plain, frozen]) {
      index.discard(10);
      index.add({ id: 20, body: "a new fentanyl report from Rome", entities: "drug:fentanyl" });
      index.replace({ id: 15, body: "Mkutano wa Roma kuhusu ulanguzi", entities: "" });
      await index.vacuum();
    }
    expect(answers(frozen)).toEqual(answers(plain));
    expect(frozen.search("ulanguzi").map((hit) => hit.id)).toEqual([15]);
    expect(savedByTerm(frozen)).toBe(savedByTerm(plain));
  });

  it("refuses an index that already holds documents, and leaves it as it was", () => {
    const index = plainIndex(RECORDS.slice(0, 2));
    expect(() => addAllFrozen(index, RECORDS.slice(2))).toThrow(/already holds/);
    expect(index.documentCount).toBe(2);
    expect(index.search("fentanyl").map((hit) => hit.id)).toEqual(
      plainIndex(RECORDS.slice(0, 2))
        .search("fentanyl")
        .map((hit) => hit.id),
    );
  });
});
