import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { prepareAnswers } from "../../src/answer/prepare.ts";
import { trigramTableOf } from "../../src/answer/suggest.ts";
import { vocabularyOf } from "../../src/answer/vocabulary.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";

const NOW = new Date("2024-10-01T09:00:00Z");
const load = (): Promise<Knowledge> =>
  loadKnowledge(
    { corpusDir: "tests/fixtures/corpus-a", maxFileBytes: undefined, cacheDir: undefined },
    () => NOW,
    () => {},
  );

describe("preparing answers ahead of the first question", () => {
  it("gives the event loop a turn between slices and builds the tables a question would build", async () => {
    const [sliced, direct] = await Promise.all([load(), load()]);
    let pauses = 0;
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    await prepareAnswers(sliced, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
        await nextTurn();
      },
    });
    expect(pauses).toBeGreaterThan(sliced.corpus.docs.length);
    expect(timerRan).toBe(true);
    expect(vocabularyOf(sliced)).toEqual(vocabularyOf(direct));
    expect(vocabularyOf(sliced).languagesOf.size).toBeGreaterThan(100);
    expect(trigramTableOf(sliced)).toEqual(trigramTableOf(direct));
    expect(sliced.search.search("fentanyl")).toEqual(direct.search.search("fentanyl"));
  });

  it("stops once its knowledge is no longer wanted, and a question then finishes the rest", async () => {
    const knowledge = await load();
    let slices = 0;
    await prepareAnswers(knowledge, {
      sliceMs: 0,
      pause: async () => {
        slices++;
      },
      wanted: () => slices < 3,
    });
    expect(slices).toBe(3);
    const fresh = await load();
    expect(vocabularyOf(knowledge)).toEqual(vocabularyOf(fresh));
  });
});
