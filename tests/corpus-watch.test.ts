import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildKnowledge } from "../src/knowledge/build.ts";
import {
  type CorpusWatch,
  createCorpusWatch,
  type FolderIo,
  realFolderIo,
} from "../src/knowledge/corpus-watch.ts";
import { createKnowledgeSource, type KnowledgeSource } from "../src/knowledge/source.ts";
import type { Knowledge } from "../src/knowledge/types.ts";
import { openSqliteStore } from "../src/store/sqlite.ts";
import type { DigestStore } from "../src/store/types.ts";
import { shippedLexicon } from "./extract/support.ts";

const HARBOUR = "Harbour report\n\nThe harbour authority inspected twelve zanzibarine ferries this week.\n";
const MARKET = "Market report\n\nThe covered market reopens after the roof repairs.\n";

/** Collects what the watcher logs. */
function recordingLogger() {
  const lines = { info: [] as string[], warn: [] as string[], error: [] as string[] };
  return {
    lines,
    info: (...message: unknown[]) => lines.info.push(message.join(" ")),
    warn: (...message: unknown[]) => lines.warn.push(message.join(" ")),
    error: (...message: unknown[]) => lines.error.push(message.join(" ")),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir = "";
let store: DigestStore;
let source: KnowledgeSource;
let clock: { now: Date; read: () => Date };
let logger: ReturnType<typeof recordingLogger>;
const watches: CorpusWatch[] = [];

const knowledge = (): Knowledge => source.current() as Knowledge;
const found = (question: string): string[] =>
  knowledge()
    .search.search(question)
    .map((hit) => hit.docId);

function watch(io?: FolderIo, intervalMs = 0): CorpusWatch {
  const created = createCorpusWatch({
    dir,
    knowledge: source,
    store,
    clock: clock.read,
    logger,
    intervalMs,
    ...(io ? { io } : {}),
  });
  watches.push(created);
  return created;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "briefbot-watch-"));
  await writeFile(join(dir, "market.txt"), MARKET);
  store = await openSqliteStore({ file: ":memory:" });
  clock = { now: new Date("2025-05-01T06:00:00Z"), read: () => clock.now };
  logger = recordingLogger();
  const corpus = await loadCorpus(dir);
  source = createKnowledgeSource(buildKnowledge(corpus, shippedLexicon(), { now: clock.now }));
});

afterEach(async () => {
  await Promise.all(watches.splice(0).map((w) => w.stop()));
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("rescanning the corpus folder while running", () => {
  it("indexes an added file, records when it was first seen, and keeps that time when it changes", async () => {
    const watcher = watch();
    expect(found("zanzibarine")).toEqual([]);
    await writeFile(join(dir, "harbour.txt"), HARBOUR);
    const added = await watcher.rescanNow();
    expect(added?.added).toEqual(["harbour"]);
    expect(found("zanzibarine")).toEqual(["harbour"]);
    expect(knowledge().firstSeen.get("harbour")).toBe("2025-05-01T06:00:00.000Z");
    expect((await store.firstSeenAll()).get("harbour")?.firstSeenAt).toBe("2025-05-01T06:00:00.000Z");

    clock.now = new Date("2025-05-03T06:00:00Z");
    await writeFile(join(dir, "harbour.txt"), `${HARBOUR}\nA quokkaline dredger arrives next month.\n`);
    const changed = await watcher.rescanNow();
    expect(changed?.changed).toEqual(["harbour"]);
    expect(found("quokkaline")).toEqual(["harbour"]);
    expect(knowledge().firstSeen.get("harbour")).toBe("2025-05-01T06:00:00.000Z");
    const record = (await store.firstSeenAll()).get("harbour");
    expect(record?.firstSeenAt).toBe("2025-05-01T06:00:00.000Z");
    expect(record?.hash).toBe(knowledge().corpus.docs.find((doc) => doc.id === "harbour")?.hash);
  });

  it("forgets a removed file's document and changes nothing when the folder did not change", async () => {
    const watcher = watch();
    await unlink(join(dir, "market.txt"));
    const removed = await watcher.rescanNow();
    expect(removed?.removed).toEqual(["market"]);
    expect(found("covered market")).toEqual([]);
    expect(knowledge().corpus.docs).toEqual([]);
    const before = knowledge();
    const again = await watcher.rescanNow();
    expect(again).toMatchObject({ added: [], changed: [], removed: [], skipped: [] });
    expect(knowledge()).toBe(before);
  });

  it("skips a broken new file with one warning across rescans", async () => {
    const watcher = watch();
    await writeFile(join(dir, "broken.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x42]));
    await watcher.rescanNow();
    await writeFile(join(dir, "harbour.txt"), HARBOUR);
    await watcher.rescanNow();
    expect(logger.lines.warn).toEqual([`skipped ${join(dir, "broken.txt")}: binary`]);
    expect(knowledge().corpus.docs.map((doc) => doc.id)).toEqual(["harbour", "market"]);
    expect(knowledge().corpus.warnings.map((warning) => warning.reason)).toEqual(["binary"]);
  });

  it("logs a folder it cannot list and keeps the knowledge it has", async () => {
    const watcher = watch();
    const before = knowledge();
    await rm(dir, { recursive: true, force: true });
    await expect(watcher.rescanNow()).resolves.toBeUndefined();
    expect(logger.lines.error).toHaveLength(1);
    expect(logger.lines.error[0]).toMatch(/corpus rescan failed/);
    expect(knowledge()).toBe(before);
  });
});

describe("when rescans run", () => {
  /** The real folder, listed and then held for `ms`, counting how many listings run at once. */
  function slowIo(ms: number) {
    const counts = { running: 0, most: 0, listings: 0 };
    const io: FolderIo = {
      async list(folder) {
        counts.running++;
        counts.listings++;
        counts.most = Math.max(counts.most, counts.running);
        try {
          const listing = await realFolderIo.list(folder);
          await sleep(ms);
          return listing;
        } finally {
          counts.running--;
        }
      },
      load: realFolderIo.load,
    };
    return { io, counts };
  }

  it("never overlaps timed rescans, however slow one is", async () => {
    const { io, counts } = slowIo(60);
    const watcher = watch(io, 10);
    watcher.start();
    await sleep(300);
    await watcher.stop();
    expect(counts.most).toBe(1);
    expect(counts.listings).toBeGreaterThanOrEqual(2);
    expect(counts.listings).toBeLessThanOrEqual(6);
  });

  it("runs an asked-for rescan after the one in flight, which may have listed the folder too early", async () => {
    const { io, counts } = slowIo(50);
    const watcher = watch(io);
    const first = watcher.rescanNow();
    await sleep(10);
    await writeFile(join(dir, "harbour.txt"), HARBOUR);
    const [second, third] = await Promise.all([watcher.rescanNow(), watcher.rescanNow(), first]);
    expect(second?.added).toEqual(["harbour"]);
    expect(third).toBe(second);
    expect(counts).toMatchObject({ most: 1, listings: 2 });
    expect(found("zanzibarine")).toEqual(["harbour"]);
  });

  it("does nothing once stopped", async () => {
    const { io, counts } = slowIo(0);
    const watcher = watch(io, 10);
    watcher.start();
    await watcher.stop();
    await expect(watcher.rescanNow()).resolves.toBeUndefined();
    await sleep(40);
    expect(counts.listings).toBe(0);
  });
});
