import type MiniSearch from "minisearch";
import type { Query, SearchResult } from "minisearch";
import { describe, expect, it } from "vitest";
import { returnableFloor } from "../../src/search/aggregate.ts";
import { createCandidateFilter } from "../../src/search/top-candidates.ts";
import { frozenTextIndex, type TextRecord, textIndex } from "./text-index.ts";

/** Words from common to rare: the n-th is drawn about 1/n as often as the first (a language's spread). */
const WORDS = [
  "police",
  "meeting",
  "drugs",
  "border",
  "fentanyl",
  "smuggling",
  "customs",
  "precursor",
  "precursors",
  "ransomware",
  "hospital",
  "cocaine",
  "harbour",
  "firearms",
  "corruption",
  "wildlife",
  "ivory",
  "rhinoceros",
  "trafficking",
  "ministers",
];

/** A fixed stream of reports, so every run scores the same texts. */
function reports(count: number): string[] {
  let state = 20240917;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const harmonic = WORDS.reduce((sum, _, at) => sum + 1 / (at + 1), 0);
  const word = (): string => {
    let left = next() * harmonic;
    for (const [at, each] of WORDS.entries()) {
      left -= 1 / (at + 1);
      if (left <= 0) return each;
    }
    return WORDS.at(-1) ?? "";
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 4 + Math.floor(next() * 24) }, word).join(" "),
  );
}

/** A question as the searcher asks it: weighted concepts OR'ed, one a phrase whose words must all match. */
const QUERY: Query = {
  combineWith: "OR",
  queries: [
    { queries: ["fentanyl"], boost: { text: 3 }, prefix: false, fuzzy: false },
    { queries: ["precursor"], prefix: true, fuzzy: 0.2 },
    { combineWith: "AND", queries: ["drugs", "border"], boost: { text: 0.5 } },
    { queries: ["police"], prefix: false, fuzzy: false },
  ],
};
const OWNERS = new Map([
  ["fentanyl", [0]],
  ["precursor", [1]],
  ["drugs", [2]],
  ["border", [2]],
  ["police", [3]],
]);

/** The search's own ranking: MiniSearch's score with the terms matched counted as concepts. */
function ranked(results: SearchResult[]): [id: number, score: number][] {
  return results
    .map((result): [number, number] => {
      const concepts = new Set(result.queryTerms.flatMap((term) => OWNERS.get(term) ?? []));
      return [result.id as number, (result.score / result.queryTerms.length) * concepts.size];
    })
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

const TEXTS = reports(3000);
/** More than any record of TEXTS scores. */
const WANTED_BESIDES = 1e6;

describe.each([
  ["MiniSearch's own postings", textIndex(TEXTS)],
  ["frozen postings", frozenTextIndex(TEXTS)],
])("the first pass over %s", (_, index: MiniSearch<TextRecord>) => {
  it("lets MiniSearch score only the best passages, which rank first exactly as when it scored them all", () => {
    const all = index.search(QUERY);
    expect(all.length).toBeGreaterThan(2000);
    const gate = createCandidateFilter().gate(index, QUERY, OWNERS, 400);
    expect(gate).toBeDefined();
    const gated = index.search(QUERY, gate ? { boostDocument: gate } : {});
    expect(gated.length).toBeGreaterThanOrEqual(400);
    expect(gated.length).toBeLessThan(600);
    expect(ranked(gated).slice(0, 100)).toEqual(ranked(all).slice(0, 100));
  });

  it("searches once gated as a gate and a search apart do, looking each fuzzy word up once", () => {
    const terms = (index as unknown as { _index: { fuzzyGet: (term: string, distance: number) => unknown } })
      ._index;
    const lookedUp: string[] = [];
    const inherited = terms.fuzzyGet;
    terms.fuzzyGet = (term, distance) => {
      lookedUp.push(term);
      return inherited.call(terms, term, distance);
    };
    try {
      const gated = createCandidateFilter().search(index, QUERY, OWNERS, 400);
      expect(lookedUp.sort()).toEqual(["border", "drugs", "precursor"]);
      const gate = createCandidateFilter().gate(index, QUERY, OWNERS, 400);
      expect(gated).toEqual(index.search(QUERY, gate ? { boostDocument: gate } : {}));
    } finally {
      delete (terms as { fuzzyGet?: unknown }).fuzzyGet;
    }
  });

  it.each([
    [
      "a query that ORs",
      {
        ...QUERY,
        queries: QUERY.queries.filter((part) => typeof part !== "object" || part.combineWith !== "AND"),
      },
    ],
    ["a query that ANDs the words of a phrase", QUERY],
  ])(
    "scores little more than the results read for %s, ranked as MiniSearch ranks them all",
    (_, query: Query) => {
      const all = index.search(query);
      expect(all.length).toBeGreaterThan(2000);
      const taken = createCandidateFilter().search(index, query, OWNERS, 1600, 200);
      expect(taken.length).toBeGreaterThanOrEqual(200);
      expect(taken.length).toBeLessThan(300);
      const top = (results: SearchResult[]) =>
        results.slice(0, 200).map((result) => [result.id, result.score]);
      expect(top(taken)).toEqual(top(all));
    },
  );

  it.each([
    [false, 10],
    [true, 10],
    [true, 1],
  ])(
    "scores only what can reach the floor of the ranking (other languages %s, %i returned), by itself or with what its document scores besides",
    (otherLanguages: boolean, limit: number) => {
      const all = index.search(QUERY);
      const floorOf = (results: readonly SearchResult[]): number =>
        returnableFloor(
          Float64Array.from(ranked([...results]), ([, score]) => score),
          limit,
          otherLanguages,
        );
      // Records ranked last whose documents score enough besides to be wanted whatever they score.
      const wanted = new Set(
        ranked(all)
          .slice(-25)
          .map(([id]) => id),
      );
      const found = createCandidateFilter().searchAbove(
        index,
        QUERY,
        OWNERS,
        (id) => (wanted.has(id as number) ? WANTED_BESIDES : 0),
        4 * limit,
        floorOf,
      );
      const floor = floorOf(all);
      const needed = ranked(all).filter(([id, score]) => score >= floor || wanted.has(id));
      const byId = new Map(ranked(found));
      expect(needed.filter(([id, score]) => byId.get(id) !== score)).toEqual([]);
      expect(byId.size).toBe(found.length);
      expect(needed.length).toBeGreaterThan(wanted.size);
      // The bounds rate some records above their score, but not most: fewer than twice those needed are scored.
      expect(found.length).toBeLessThan(2 * needed.length);
      expect(found.length).toBeLessThan(all.length / 2);
    },
  );

  it("scores as many passages as it keeps when a word it ANDs is also searched apart", () => {
    const both: Query = {
      ...QUERY,
      queries: [...QUERY.queries, { queries: ["drugs"], prefix: false, fuzzy: false }],
    };
    const taken = createCandidateFilter().search(index, both, OWNERS, 400, 100);
    expect(taken.length).toBeGreaterThanOrEqual(400);
    expect(taken.slice(0, 100)).toEqual(index.search(both).slice(0, 100));
  });

  it("leaves the scoring whole when the question reaches no more passages than it keeps", () => {
    const rare: Query = { queries: ["rhinoceros", "ivory"], combineWith: "OR" };
    const reached = index.search(rare).length;
    expect(reached).toBeGreaterThan(0);
    const filter = createCandidateFilter();
    expect(
      filter.gate(
        index,
        rare,
        new Map([
          ["rhinoceros", [0]],
          ["ivory", [1]],
        ]),
        reached,
      ),
    ).toBeUndefined();
    // Its arrays are clean for the next question: the same gate as a filter never used.
    const again = filter.gate(index, QUERY, OWNERS, 400);
    const fresh = createCandidateFilter().gate(index, QUERY, OWNERS, 400);
    const passed = (gate: typeof again): number[] =>
      TEXTS.flatMap((_text, id) => ((gate?.(id) ?? 0) === 1 ? [id] : []));
    expect(passed(again)).toEqual(passed(fresh));
    expect(passed(again).length).toBeGreaterThanOrEqual(400);
  });
});

/**
 * Passages that score alike: "drugs police" (touched by the phrase first, which it does not complete, then by
 * "police") and "police town" alternate, with a few completing the phrase ahead of them.
 */
const ALIKE = Array.from({ length: 900 }, (_, at) =>
  at % 100 === 7 ? "drugs border" : at % 2 === 0 ? "drugs police" : "police town",
);
const PHRASE_OR_POLICE: Query = {
  combineWith: "OR",
  queries: [
    { combineWith: "AND", queries: ["drugs", "border"], prefix: false, fuzzy: false },
    { queries: ["police"], prefix: false, fuzzy: false },
  ],
};

describe.each([
  ["MiniSearch's own postings", textIndex(ALIKE)],
  ["frozen postings", frozenTextIndex(ALIKE)],
])("the first pass over passages that score alike, over %s", (_, index: MiniSearch<TextRecord>) => {
  it("scores only the first of them as MiniSearch lists them, which rank exactly as when it scored them all", () => {
    const owners = new Map([
      ["drugs", [0]],
      ["border", [0]],
      ["police", [1]],
    ]);
    const all = index.search(PHRASE_OR_POLICE);
    expect(all.length).toBe(900);
    const taken = createCandidateFilter().search(index, PHRASE_OR_POLICE, owners, 800, 100);
    expect(taken.length).toBeLessThan(150);
    const top = (results: SearchResult[]) => results.slice(0, 100).map((result) => [result.id, result.score]);
    expect(top(taken)).toEqual(top(all));
    // Both kinds are among the first hundred, as MiniSearch lists them: in the order of the "police" postings.
    expect(new Set(top(all).map(([id]) => ALIKE[id as number]))).toEqual(
      new Set(["drugs border", "drugs police", "police town"]),
    );
  });
});
