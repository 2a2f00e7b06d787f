import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import {
  type Chosen,
  eachPosting,
  eachPostingAmong,
  installPostings,
  restorePostings,
  savedPostings,
  withoutPostings,
} from "../../src/search/frozen-postings.ts";
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

  it("visit the chosen documents' postings alone, in document order, whether the run is walked or searched", () => {
    // One term in 6,000 passages (every third short id), with frequencies telling the postings apart.
    const docs = Int32Array.from({ length: 6000 }, (_, at) => at * 3 + 1);
    const freqs = Uint16Array.from({ length: 6000 }, (_, at) => (at % 7) + 1);
    const index = new MiniSearch<TextRecord>(TEXT_OPTIONS);
    installPostings(index, { docs, freqs, terms: [["fentanyl", [[0, 0, docs.length]]]] });
    const terms = (index as unknown as { _index: { get(term: string): Map<number, Map<number, number>> } })
      ._index;
    const postings = terms.get("fentanyl").get(0);
    if (!postings) throw new Error("no postings for fentanyl");
    const chosenOf = (ids: number[]): Chosen => {
      const allowed = new Uint8Array(20_000);
      for (const id of ids) allowed[id] = 1;
      return { sorted: Int32Array.from(ids).sort(), allowed };
    };
    const visited = (chosen: Chosen): [number, number][] => {
      const seen: [number, number][] = [];
      eachPostingAmong(postings, chosen, (docId, freq) => seen.push([docId, freq]));
      return seen;
    };
    const expected = (chosen: Chosen): [number, number][] => {
      const seen: [number, number][] = [];
      eachPosting(postings, (docId, freq) => {
        if (chosen.allowed[docId] === 1) seen.push([docId, freq]);
      });
      return seen;
    };
    // A few (searched), many (walked), the first and last postings, ids between postings and past the end.
    const few = [17_999, 0, 1, 2, 4, 5000, 5002, 9001, 17_998, 17_997, 19_000];
    const many = Array.from({ length: 3000 }, (_, at) => at * 5);
    for (const ids of [few, many, [], [3]]) {
      const chosen = chosenOf(ids);
      expect(visited(chosen)).toEqual(expected(chosen));
    }
    const fewFound: [number, number][] = [
      [1, 1],
      [4, 2],
      [5002, 2],
      [9001, 5],
      [17_998, 1],
    ];
    expect(visited(chosenOf(few))).toEqual(fewFound);
    expect(visited(chosenOf(many)).length).toBe(1000);
    // Written to, the postings are a Map of their own, visited in its order: the new posting comes last.
    postings.set(2, 9);
    expect(visited(chosenOf(few))).toEqual([...fewFound, [2, 9]]);
  });
});
