import type { SearchResult } from "minisearch";
import { describe, expect, it } from "vitest";
import { coordinatedScore } from "../../src/search/query.ts";

const result = (score: number, queryTerms: string[]): SearchResult => ({
  id: 1,
  score,
  terms: queryTerms,
  queryTerms,
  match: {},
});

describe("coordinated score", () => {
  it("counts the concepts a passage matched, not the spellings, however many concepts the question has", () => {
    // "fentanyl" and "fentanil" spell concept 0; concepts past the 31st are counted too.
    const owners = new Map([
      ["fentanyl", [0]],
      ["fentanil", [0]],
      ["roma", [1, 40]],
      ["lyon", [40]],
      ["tokyo", [35]],
    ]);
    expect(coordinatedScore(result(12, ["fentanyl", "fentanil"]), owners)).toBe(6);
    expect(coordinatedScore(result(12, ["fentanyl", "roma"]), owners)).toBe(18);
    expect(coordinatedScore(result(12, ["roma", "lyon", "tokyo"]), owners)).toBe(12);
    expect(coordinatedScore(result(12, ["elsewhere"]), owners)).toBe(12);
  });
});
