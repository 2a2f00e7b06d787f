import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import {
  freezePostings,
  restorePostings,
  savedPostings,
  withoutPostings,
} from "../../src/search/frozen-postings.ts";
import { REPORTS, type TextRecord, textIndex } from "./text-index.ts";

const QUESTIONS = ["fentanyl", "roma", "fentanil", "cocain", "ransomware hospitals", "फेंटानिल", "الفنتانيل"];

const results = (index: MiniSearch<TextRecord>): unknown[] =>
  QUESTIONS.map((question) => index.search(question));

describe("frozen postings", () => {
  it("give the same results, scores and saved index as MiniSearch's own postings", () => {
    const plain = textIndex(REPORTS);
    const frozen = textIndex(REPORTS);
    expect(freezePostings(frozen)).toBeGreaterThan(REPORTS.length * 5);
    expect(results(frozen)).toEqual(results(plain));
    expect(results(plain).flat().length).toBeGreaterThan(QUESTIONS.length);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(plain));
  });

  it("give the same results after a loaded index is frozen", () => {
    const plain = textIndex(REPORTS);
    const loaded = MiniSearch.loadJSON<TextRecord>(JSON.stringify(plain), { fields: ["text"] });
    freezePostings(loaded);
    for (const question of QUESTIONS)
      expect(loaded.search(question, { prefix: true, fuzzy: 0.2 })).toEqual(
        plain.search(question, { prefix: true, fuzzy: 0.2 }),
      );
  });

  it("find every document of postings that were not in document order", () => {
    const frozen = textIndex(REPORTS);
    const plain = textIndex(REPORTS);
    for (const index of [frozen, plain]) {
      const terms = (index as unknown as { _index: Map<string, Map<number, Map<number, number>>> })._index;
      const postings = terms.get("fentanyl")?.get(0);
      const [first] = postings ?? [];
      if (!postings || !first) throw new Error("no postings for fentanyl");
      postings.delete(first[0]);
      postings.set(first[0], first[1]);
      expect([...postings.keys()]).not.toEqual([...postings.keys()].sort((a, b) => a - b));
    }
    freezePostings(frozen);
    const terms = (frozen as unknown as { _index: Map<string, Map<number, Map<number, number>>> })._index;
    const postings = terms.get("fentanyl")?.get(0);
    const expected = [
      ...((plain as unknown as { _index: typeof terms })._index.get("fentanyl")?.get(0) ?? []),
    ];
    // Looked up out of order, as MiniSearch does when it removes a discarded document's terms.
    for (const [docId, freq] of [...expected].reverse())
      expect(postings?.get(docId), String(docId)).toBe(freq);
    expect(postings?.get(99)).toBeUndefined();
    expect(
      frozen
        .search("fentanyl")
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(
      plain
        .search("fentanyl")
        .map((hit) => hit.id)
        .sort(),
    );
    expect(frozen.search("fentanyl").map((hit) => hit.id)).toContain(0);
  });

  it("take documents added, discarded and vacuumed afterwards as MiniSearch's own postings do", async () => {
    const plain = textIndex(REPORTS);
    const frozen = textIndex(REPORTS);
    freezePostings(frozen);
    for (const index of [plain, frozen]) {
      index.discard(0);
      index.discard(7);
      index.add({ id: 20, text: "A new fentanyl report from Rome" });
      index.replace({ id: 3, text: "Mkutano wa Roma kuhusu ulanguzi wa binadamu" });
      await index.vacuum();
    }
    expect(results(frozen)).toEqual(results(plain));
    expect(frozen.search("fentanyl").map((hit) => hit.id)).not.toContain(0);
    expect(frozen.search("fentanyl").map((hit) => hit.id)).toContain(20);
    expect(frozen.search("ulanguzi").map((hit) => hit.id)).toEqual([3]);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(plain));
  });

  it("are saved apart from MiniSearch's JSON and load back to the same index, updated or not", async () => {
    const options = { fields: ["text"] };
    const original = textIndex(REPORTS);
    freezePostings(original);
    original.discard(1);
    original.add({ id: 30, text: "Nuova riunione a Roma sul fentanyl" });
    await original.vacuum();
    const own = withoutPostings(original);
    expect(own.index).toEqual([]);
    const saved = JSON.parse(JSON.stringify(savedPostings(original)));
    const loaded = MiniSearch.loadJS<TextRecord>(JSON.parse(JSON.stringify(own)), options);
    restorePostings(loaded, saved);
    // The term tree may list its terms in another order once they are inserted in the order saved.
    const byTerm = (index: MiniSearch<TextRecord>): unknown => {
      const json = index.toJSON();
      return { ...json, index: [...json.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
    };
    expect(byTerm(loaded)).toEqual(byTerm(original));
    for (const question of QUESTIONS)
      expect(loaded.search(question, { prefix: true, fuzzy: 0.2 })).toEqual(
        original.search(question, { prefix: true, fuzzy: 0.2 }),
      );
    expect(loaded.search("riunione").map((hit) => hit.id)).toEqual([30]);
  });

  it("refuse saved postings whose runs leave the pool", () => {
    const saved = savedPostings(textIndex(REPORTS));
    const [term, runs] = saved.terms[0] ?? ["", []];
    const [fieldId, start] = runs[0] ?? [0, 0];
    saved.terms[0] = [term, [[fieldId, start, 10_000]]];
    const loaded = MiniSearch.loadJS<TextRecord>(withoutPostings(textIndex(REPORTS)), { fields: ["text"] });
    expect(() => restorePostings(loaded, saved)).toThrow(/outside the pool/);
  });
});
