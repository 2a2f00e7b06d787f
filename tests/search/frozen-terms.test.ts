import MiniSearch, { type SearchResult } from "minisearch";
import { describe, expect, it } from "vitest";
import { restorePostings, savedPostings, withoutPostings } from "../../src/search/frozen-postings.ts";
import { frozenTextIndex, REPORTS, TEXT_OPTIONS, type TextRecord, textIndex } from "./text-index.ts";

/** The reports, and words that share a beginning or lie an edit or two apart. */
const TEXTS = [
  ...REPORTS,
  "Fentanyls, fentanili and الفنتانيلات: the Genova customs and cyber crime units",
  "Romania, Romano and Romagna: romance of roman roads, rome and roam",
];
const QUESTIONS = [
  "fentanyl",
  "roma",
  "rome",
  "fentanil",
  "cocain",
  "ransomware hospital",
  "फेंटानिल",
  "الفنتانيل",
];

type Tree = {
  get(term: string): unknown;
  has(term: string): boolean;
  size: number;
  atPrefix(prefix: string): Iterable<[string, unknown]>;
  fuzzyGet(term: string, distance: number): Map<string, [unknown, number]>;
} & Iterable<[string, unknown]>;

/** A term's data as plain entries: a frozen index's postings are no Maps, but hold the same. */
const postingsOf = (data: unknown): unknown =>
  data instanceof Map ? [...data].map(([field, postings]) => [field, [...postings]]) : data;

const treeOf = (index: MiniSearch<TextRecord>): Tree => (index as unknown as { _index: Tree })._index;

/** Results as id and score, sorted: the order of equal scores is MiniSearch's to choose. */
const ranked = (results: readonly SearchResult[]): [number, number][] =>
  results.map((result): [number, number] => [result.id as number, result.score]).sort((a, b) => a[0] - b[0]);

function expectSameResults(frozen: MiniSearch<TextRecord>, plain: MiniSearch<TextRecord>): void {
  for (const question of QUESTIONS) {
    const expected = ranked(plain.search(question));
    const actual = ranked(frozen.search(question));
    expect(
      actual.map(([id]) => id),
      question,
    ).toEqual(expected.map(([id]) => id));
    actual.forEach(([, score], at) => {
      expect(score).toBeCloseTo(expected[at]?.[1] ?? Number.NaN, 10);
    });
  }
}

describe("a frozen term index", () => {
  it("finds every term MiniSearch's tree finds, at the same distances, for fuzzy and prefix look-ups", () => {
    const plain = treeOf(textIndex(TEXTS));
    const frozen = treeOf(frozenTextIndex(TEXTS));
    expect(frozen.size).toBe(plain.size);
    expect(frozen).not.toBeInstanceOf(plain.constructor);
    const terms = [...plain].map(([term]) => term);
    const probes = new Set(["", "r", "ro", "rom", "fent", "zzz", "ال", "रो"]);
    for (const term of terms) {
      probes.add(term);
      probes.add(term.slice(0, -1));
      probes.add(`${term}s`);
      probes.add(term.slice(1));
      probes.add(`${term.slice(0, 2)}x${term.slice(3)}`);
    }
    let found = 0;
    for (const probe of probes) {
      expect(frozen.has(probe), probe).toBe(plain.has(probe));
      expect(postingsOf(frozen.get(probe)), probe).toEqual(postingsOf(plain.get(probe)));
      const prefixed = (tree: Tree): string[] => [...tree.atPrefix(probe)].map(([term]) => term).sort();
      expect(prefixed(frozen), probe).toEqual(prefixed(plain));
      for (const distance of [1, 2, 3]) {
        const fuzzy = (tree: Tree): [string, number][] =>
          [...tree.fuzzyGet(probe, distance)].map(([term, [, d]]): [string, number] => [term, d]).sort();
        expect(fuzzy(frozen), `${probe} ${distance}`).toEqual(fuzzy(plain));
        found += fuzzy(plain).length;
      }
    }
    expect(found).toBeGreaterThan(probes.size * 3);
  });

  it("gives the same results and scores as MiniSearch's tree, built or loaded", () => {
    const plain = textIndex(TEXTS);
    const built = frozenTextIndex(TEXTS);
    expectSameResults(built, plain);
    const loaded = MiniSearch.loadJS<TextRecord>(withoutPostings(built), TEXT_OPTIONS);
    restorePostings(loaded, savedPostings(built));
    expect(treeOf(loaded)).toBeInstanceOf(treeOf(built).constructor);
    expectSameResults(loaded, plain);
    expect(plain.search("fentanyl").length).toBeGreaterThan(3);
  });

  it("takes documents added, discarded and vacuumed afterwards as MiniSearch's own tree does", async () => {
    const plain = textIndex(TEXTS);
    const frozen = frozenTextIndex(TEXTS);
    for (const index of [plain, frozen]) {
      index.add({ id: 20, text: "Zanzibarine ferries and fentanyl in the harbour of Rome" });
      index.discard(2);
      index.discard(6);
      await index.vacuum();
    }
    expect(treeOf(frozen).size).toBe(treeOf(plain).size);
    expect(frozen.search("zanzibarine").map((result) => result.id)).toEqual([20]);
    expect(frozen.search("cocaine")).toEqual([]);
    expectSameResults(frozen, plain);
  });
});
