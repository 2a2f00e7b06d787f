import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import {
  freezeRecordTables,
  restoreRecords,
  savedRecords,
  withoutRecords,
} from "../../src/search/frozen-documents.ts";

interface Record {
  id: number;
  text: string;
  place: string;
}

const RECORDS: Record[] = [
  { id: 0, text: "The Roma/Lyon Group met in Rome on fentanyl and synthetic drugs", place: "Rome" },
  { id: 1, text: "Il Gruppo Roma/Lione si è riunito a Roma sul fentanyl", place: "Roma" },
  { id: 2, text: "Le groupe de Rome/Lyon s'est réuni à Rome sur le fentanyl", place: "Rome" },
  { id: 3, text: "Kikundi cha Roma/Lyon kilikutana mjini Roma kuhusu fentanyl", place: "" },
  { id: 4, text: "اجتمعت مجموعة روما/ليون في روما بشأن الفنتانيل", place: "روما" },
  { id: 5, text: "Ports and cocaine: the customs of Genoa seized 3 tonnes of cocaine", place: "Genoa" },
  { id: 6, text: "Cybercrime and ransomware attacks on hospitals in Bologna", place: "Bologna" },
];

const QUESTIONS = ["fentanyl", "roma", "fentanil", "cocain", "ransomware hospitals", "روما", "genoa"];

function indexOf(records: readonly Record[]): MiniSearch<Record> {
  const index = new MiniSearch<Record>({
    fields: ["text", "place"],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { place: 2 } },
  });
  index.addAll(records);
  return index;
}

const results = (index: MiniSearch<Record>): unknown[] => QUESTIONS.map((question) => index.search(question));

describe("frozen record tables", () => {
  it("give the same results, scores and saved index as MiniSearch's own Maps", () => {
    const plain = indexOf(RECORDS);
    const frozen = indexOf(RECORDS);
    expect(freezeRecordTables(frozen)).toBe(3);
    expect(results(frozen)).toEqual(results(plain));
    expect(results(plain).flat().length).toBeGreaterThan(QUESTIONS.length);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(plain));
    expect(frozen.has(4)).toBe(true);
    expect(frozen.has(9)).toBe(false);
  });

  it("share one array between records with the same field lengths, and give a new record its own", () => {
    const index = indexOf([
      { id: 0, text: "Rome fentanyl", place: "Rome" },
      { id: 1, text: "Lyon cocaine", place: "Lyon" },
      { id: 2, text: "Genoa port cocaine", place: "Genoa" },
    ]);
    freezeRecordTables(index);
    const lengths = (index as unknown as { _fieldLength: Map<number, number[]> })._fieldLength;
    expect(lengths.get(1)).toBe(lengths.get(0));
    expect(lengths.get(2)).toEqual([3, 1]);
    index.add({ id: 3, text: "Bari heroin", place: "Bari" });
    expect(lengths.get(3)).toEqual([2, 1]);
    expect(lengths.get(3)).not.toBe(lengths.get(0));
    expect(lengths.get(0)).toEqual([2, 1]);
  });

  it("take records added, discarded, replaced and vacuumed afterwards as MiniSearch's own Maps do", async () => {
    const plain = indexOf(RECORDS);
    const frozen = indexOf(RECORDS);
    freezeRecordTables(frozen);
    for (const index of [plain, frozen]) {
      index.discard(0);
      index.remove(RECORDS[5] as Record);
      index.add({ id: 20, text: "A new fentanyl report from Rome", place: "Rome" });
      index.replace({ id: 3, text: "Mkutano wa Roma kuhusu ulanguzi wa binadamu", place: "Roma" });
      await index.vacuum();
    }
    expect(results(frozen)).toEqual(results(plain));
    expect(frozen.search("fentanyl").map((hit) => hit.id)).not.toContain(0);
    expect(frozen.search("fentanyl").map((hit) => hit.id)).toContain(20);
    expect(frozen.search("ulanguzi").map((hit) => hit.id)).toEqual([3]);
    expect(frozen.has(5)).toBe(false);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(plain));
  });

  it("keep a Map whose keys are not small whole numbers, and take such a key added later", () => {
    const named = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
    named.addAll([
      { id: "rome", text: "Rome fentanyl" },
      { id: "lyon", text: "Lyon cocaine" },
    ]);
    expect(freezeRecordTables(named)).toBe(2);
    expect(named.search("cocaine").map((hit) => hit.id)).toEqual(["lyon"]);
    const frozen = indexOf(RECORDS);
    freezeRecordTables(frozen);
    frozen.add({ id: 1e9, text: "A distant record on fentanyl", place: "" });
    expect(frozen.search("distant").map((hit) => hit.id)).toEqual([1e9]);
    expect(frozen.search("fentanyl").length).toBe(indexOf(RECORDS).search("fentanyl").length + 1);
  });

  it("are saved as flat arrays and restored to an index that answers, updates and saves as the original", () => {
    const original = indexOf(RECORDS);
    original.discard(2);
    const records = savedRecords(original);
    expect(records?.ids).toEqual([0, 1, -1, 3, 4, 5, 6]);
    expect(records?.lengths.length).toBe(RECORDS.length * 2);
    const json = JSON.parse(JSON.stringify(withoutRecords(original, () => original.toJSON())));
    expect(json.documentIds).toEqual({});
    const loaded = MiniSearch.loadJSON<Record>(JSON.stringify(json), {
      fields: ["text", "place"],
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { place: 2 } },
    });
    restoreRecords(loaded, JSON.parse(JSON.stringify(records)));
    expect(results(loaded)).toEqual(results(original));
    expect(loaded.has(2)).toBe(false);
    // Loading rebuilds MiniSearch's term tree, which lists the terms in another order.
    const saved = (index: MiniSearch<Record>): unknown => {
      const json = JSON.parse(JSON.stringify(index));
      return { ...json, index: Object.fromEntries(json.index) };
    };
    expect(saved(loaded)).toEqual(saved(original));
    for (const index of [original, loaded])
      index.add({ id: 7, text: "Fentanyl seized in Bari", place: "Bari" });
    expect(results(loaded)).toEqual(results(original));
  });

  it("are not saved flat when ids are names, and refuse saved tables that do not fit together", () => {
    const named = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
    named.add({ id: "rome", text: "Rome fentanyl" });
    expect(savedRecords(named)).toBeUndefined();
    const index = indexOf(RECORDS);
    expect(() => restoreRecords(index, { ids: [0, 1], lengths: [1, 2, 3], fields: 2 })).toThrow(/do not fit/);
    expect(() => restoreRecords(index, { ids: [0, 1e9], lengths: [1, 2, 3, 4], fields: 2 })).toThrow(
      /out of range/,
    );
  });
});
