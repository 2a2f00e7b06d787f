import { appendFile, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from "node:fs/promises";
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
import { HOSTILE_FRONT_MATTER, linkOutside, OUTSIDE_TOKEN, writeOutside } from "./corpus/hostile-files.ts";
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

let base = "";
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

/** Listings this far apart must agree before a new or changed file is read; short, so tests run fast. */
const SETTLE_MS = 20;

function watch(io?: FolderIo, intervalMs = 0): CorpusWatch {
  const created = createCorpusWatch({
    dir,
    knowledge: source,
    store,
    clock: clock.read,
    logger,
    intervalMs,
    settleMs: SETTLE_MS,
    ...(io ? { io } : {}),
  });
  watches.push(created);
  return created;
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "briefbot-watch-"));
  dir = join(base, "corpus");
  await mkdir(dir);
  await writeFile(join(dir, "market.txt"), MARKET);
  store = await openSqliteStore({ file: ":memory:" });
  clock = { now: new Date("2025-05-01T06:00:00Z"), read: () => clock.now };
  logger = recordingLogger();
  // market.txt was just written; start-up taking it as it is keeps each test's set-up short.
  const corpus = await loadCorpus(dir, { settleMs: 0 });
  source = createKnowledgeSource(buildKnowledge(corpus, shippedLexicon(), { now: clock.now }));
});

afterEach(async () => {
  await Promise.all(watches.splice(0).map((w) => w.stop()));
  await store.close();
  await rm(base, { recursive: true, force: true });
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

describe("rescans of a hostile folder", () => {
  /** Every word the running knowledge holds. */
  const indexedText = (): string =>
    knowledge()
      .corpus.docs.map((doc) => doc.paragraphs.map((p) => p.text).join("\n"))
      .join("\n");

  it("never reads links added while running that lead outside, warning once for each across rescans", async () => {
    const watcher = watch();
    const linked = linkOutside(dir, writeOutside(base));
    await symlink("market.txt", join(dir, "market-alias.md"));
    for (let i = 0; i < 3; i += 1) await watcher.rescanNow();
    expect(knowledge().corpus.docs.map((doc) => doc.id)).toEqual(["market-alias", "market"]);
    expect(indexedText()).not.toContain(OUTSIDE_TOKEN);
    expect(indexedText()).not.toMatch(/root:.*:0:0:/);
    expect(logger.lines.warn.sort()).toEqual(
      linked.map((name) => `skipped ${join(dir, name)}: outside-corpus`),
    );
  });

  it("drops a document whose link is re-pointed outside the folder", async () => {
    const watcher = watch();
    await writeFile(join(dir, "harbour.txt"), HARBOUR);
    await symlink("harbour.txt", join(dir, "latest.txt"));
    await watcher.rescanNow();
    expect(found("zanzibarine").sort()).toEqual(["harbour", "latest"]);
    await unlink(join(dir, "latest.txt"));
    await symlink("/etc/passwd", join(dir, "latest.txt"));
    const report = await watcher.rescanNow();
    expect(report?.removed).toEqual(["latest"]);
    expect(report?.skipped.map((warning) => warning.reason)).toEqual(["outside-corpus"]);
    expect(found("zanzibarine")).toEqual(["harbour"]);
    expect(indexedText()).not.toMatch(/root:/);
  });

  it("skips front matter built to exhaust the parser, dropped in while running, and still adds the rest", async () => {
    const watcher = watch();
    for (const [name, text] of Object.entries(HOSTILE_FRONT_MATTER)) await writeFile(join(dir, name), text);
    await writeFile(join(dir, "harbour.txt"), HARBOUR);
    const first = await watcher.rescanNow();
    const second = await watcher.rescanNow();
    expect(first?.added).toEqual(["harbour"]);
    expect(first?.skipped.map((warning) => warning.reason)).toEqual(
      Object.keys(HOSTILE_FRONT_MATTER).map(() => "bad-front-matter"),
    );
    expect(second?.skipped).toEqual([]);
    expect(logger.lines.error).toEqual([]);
    expect(found("zanzibarine")).toEqual(["harbour"]);
  });

  it("indexes a file written in two steps only whole, never the half it held between them", async () => {
    const growing = join(dir, "interception.txt");
    let listings = 0;
    const io: FolderIo = {
      async list(folder) {
        // The writer finishes the file after the first listing saw (and a one-look reader read) its first half.
        if (++listings === 2) await appendFile(growing, "epted off the quokkaline coast at dawn.\n");
        return realFolderIo.list(folder);
      },
      load: realFolderIo.load,
    };
    const watcher = watch(io);
    await writeFile(growing, "Interception report\n\nThe patrol boat was interc");
    const first = await watcher.rescanNow();
    expect(first?.added).toEqual([]);
    expect(first?.waiting).toEqual(["interception.txt"]);
    expect(indexedText()).not.toMatch(/was interc$/m);
    const second = await watcher.rescanNow();
    expect(second?.added).toEqual(["interception"]);
    expect(found("quokkaline")).toEqual(["interception"]);
    expect(indexedText()).toContain("The patrol boat was intercepted off the quokkaline coast at dawn.");
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
    await watcher.rescanNow();
    counts.listings = 0;
    const first = watcher.rescanNow();
    await sleep(10);
    await writeFile(join(dir, "harbour.txt"), HARBOUR);
    const [second, third] = await Promise.all([watcher.rescanNow(), watcher.rescanNow(), first]);
    expect(second?.added).toEqual(["harbour"]);
    expect(third).toBe(second);
    // The one in flight, then the asked-for one: it lists harbour.txt, and again once it held still.
    expect(counts).toMatchObject({ most: 1, listings: 3 });
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
