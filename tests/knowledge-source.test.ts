import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createKnowledgeSource } from "../src/knowledge/source.ts";
import type { Knowledge } from "../src/knowledge/types.ts";

/** Stand-ins: the source only passes knowledge objects along, it never reads them. */
const first = { meetings: [] } as unknown as Knowledge;
const second = { meetings: [] } as unknown as Knowledge;

describe("the knowledge source", () => {
  it("prepares each installed knowledge once the event loop is free, and skips one replaced by then", async () => {
    const prepared: Knowledge[] = [];
    const source = createKnowledgeSource(undefined, async (knowledge) => {
      prepared.push(knowledge);
    });
    source.set(first);
    expect(prepared).toEqual([]);
    expect(source.current()).toBe(first);
    await nextTurn();
    expect(prepared).toEqual([first]);
    source.set(first);
    source.set(second);
    await nextTurn();
    expect(prepared.length).toBe(2);
    expect(prepared[1]).toBe(second);
    expect(await source.ready()).toBe(second);
  });

  it("tells a preparation under way that its knowledge was replaced", async () => {
    const stillWanted: boolean[] = [];
    const source = createKnowledgeSource(undefined, async (_knowledge, { wanted }) => {
      stillWanted.push(wanted());
      await nextTurn();
      await nextTurn();
      stillWanted.push(wanted());
    });
    source.set(first);
    await nextTurn();
    source.set(second);
    await nextTurn();
    await nextTurn();
    await nextTurn();
    expect(stillWanted).toEqual([true, true, false, true]);
  });
});
