import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/corpus/edit-distance.ts";

/** The textbook full-matrix optimal-string-alignment distance, unbounded. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("bounded edit distance", () => {
  it("agrees with the full matrix up to the bound and answers bound + 1 beyond it, call after call", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "é", "ف"), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = fullDistance(a, b);
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("fentanly", "fentanyl", 2)).toBe(1);
  });
});
