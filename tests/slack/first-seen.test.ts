import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStoredFirstSeen } from "../../src/digest/render.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { DigestStore } from "../../src/store/types.ts";
import { seedKnowledge } from "../answer/knowledge.ts";

let knowledge: Knowledge;
let dir: string;
let store: DigestStore;

beforeAll(async () => {
  knowledge = await seedKnowledge();
  dir = mkdtempSync(join(tmpdir(), "briefbot-first-seen-"));
  store = await openSqliteStore({ file: join(dir, "first-seen.sqlite") });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("first-seen times across restarts", () => {
  it("keeps each document's first time on a restart, and keeps it when the content changes", async () => {
    const first = new Date("2025-01-01T08:00:00Z");
    const atStart = await withStoredFirstSeen(knowledge, store, first);
    expect([...atStart.firstSeen.values()].every((at) => at === first.toISOString())).toBe(true);

    const restarted = await withStoredFirstSeen(knowledge, store, new Date("2025-02-01T08:00:00Z"));
    expect(Object.fromEntries(restarted.firstSeen)).toEqual(Object.fromEntries(atStart.firstSeen));

    const [doc, ...rest] = knowledge.corpus.docs;
    if (!doc) throw new Error("no seed document");
    const edited: Knowledge = {
      ...knowledge,
      corpus: { ...knowledge.corpus, docs: [{ ...doc, hash: `${doc.hash}-edited` }, ...rest] },
    };
    const afterEdit = await withStoredFirstSeen(edited, store, new Date("2025-03-01T08:00:00Z"));
    expect(afterEdit.firstSeen.get(doc.id)).toBe(first.toISOString());
    expect((await store.firstSeenAll()).get(doc.id)?.hash).toBe(`${doc.hash}-edited`);
  });
});
