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
    const source = createKnowledgeSource(undefined, (knowledge) => prepared.push(knowledge));
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
});
