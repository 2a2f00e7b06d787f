import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { restorePostings, savedPostings, withoutPostings } from "../../src/search/frozen-postings.ts";
import {
  frozenTextIndex,
  REPORTS,
  savedByTerm,
  TEXT_OPTIONS,
  type TextRecord,
  textIndex,
} from "./text-index.ts";

const QUESTIONS = ["fentanyl", "roma", "fentanil", "cocain", "ransomware hospitals", "फेंटानिल", "الفنتانيل"];

const results = (index: MiniSearch<TextRecord>): unknown[] =>
  QUESTIONS.map((question) => index.search(question));

describe("frozen postings", () => {
  it("give the same results, scores and saved index as MiniSearch's own postings", () => {
    const plain = textIndex(REPORTS);
    const frozen = frozenTextIndex(REPORTS);
    expect(results(frozen)).toEqual(results(plain));
    expect(results(plain).flat().length).toBeGreaterThan(QUESTIONS.length);
    expect(savedByTerm(frozen)).toBe(savedByTerm(plain));
  });

  it("are saved in document order from postings that were not, and find every document loaded", () => {
    const plain = textIndex(REPORTS);
    const terms = (plain as unknown as { _index: Map<string, Map<number, Map<number, number>>> })._index;
    const postings = terms.get("fentanyl")?.get(0);
    const [first] = postings ?? [];
    if (!postings || !first) throw new Error("no postings for fentanyl");
    postings.delete(first[0]);
    postings.set(first[0], first[1]);
    const expected = [...postings];
    expect(expected.map(([docId]) => docId)).not.toEqual(
      expected.map(([docId]) => docId).sort((a, b) => a - b),
    );
    const loaded = MiniSearch.loadJS<TextRecord>(withoutPostings(plain), TEXT_OPTIONS);
    restorePostings(loaded, savedPostings(plain));
    const frozen = (loaded as unknown as { _index: typeof terms })._index.get("fentanyl")?.get(0);
    // Looked up out of order, as MiniSearch does when it removes a discarded document's terms.
    for (const [docId, freq] of [...expected].reverse()) expect(frozen?.get(docId), String(docId)).toBe(freq);
    expect(frozen?.get(99)).toBeUndefined();
    expect([...(frozen?.keys() ?? [])]).toEqual(expected.map(([docId]) => docId).sort((a, b) => a - b));
    expect(loaded.search("fentanyl").map((hit) => hit.id)).toContain(0);
  });

  it("take documents added, discarded and vacuumed afterwards as MiniSearch's own postings do", async () => {
    const plain = textIndex(REPORTS);
    const frozen = frozenTextIndex(REPORTS);
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
    expect(savedByTerm(frozen)).toBe(savedByTerm(plain));
  });

  it("are saved apart from MiniSearch's JSON and load back to the same index, updated or not", async () => {
    const options = { fields: ["text"] };
    const original = frozenTextIndex(REPORTS);
    original.discard(1);
    original.add({ id: 30, text: "Nuova riunione a Roma sul fentanyl" });
    await original.vacuum();
    const own = withoutPostings(original);
    expect(own.index).toEqual([]);
    const saved = JSON.parse(JSON.stringify(savedPostings(original)));
    const loaded = MiniSearch.loadJS<TextRecord>(JSON.parse(JSON.stringify(own)), options);
    restorePostings(loaded, saved);
    expect(savedByTerm(loaded)).toBe(savedByTerm(original));
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
