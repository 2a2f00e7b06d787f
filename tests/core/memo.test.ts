import { describe, expect, it } from "vitest";
import { memoised } from "../../src/core/memo.ts";

describe("a memoised word function", () => {
  it("computes a word once while it is remembered, and gives the same answer as the function", () => {
    const computed: string[] = [];
    const upper = memoised(10, (word) => {
      computed.push(word);
      return word.toUpperCase();
    });
    expect([upper("rome"), upper("lyon"), upper("rome")]).toEqual(["ROME", "LYON", "ROME"]);
    expect(computed).toEqual(["rome", "lyon"]);
  });

  it("forgets everything once full, so it never holds more than its limit", () => {
    const computed: string[] = [];
    const same = memoised(2, (word) => {
      computed.push(word);
      return word;
    });
    for (const word of ["a", "b", "c", "a", "c"]) same(word);
    expect(computed).toEqual(["a", "b", "c", "a"]);
  });
});
