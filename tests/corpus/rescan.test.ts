import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDocumentName, loadCorpus, loadDocumentFile } from "../../src/corpus/load.ts";
import {
  diffRescan,
  type FileStamp,
  initialScanState,
  isEmptyChange,
  namesToRead,
  type ScanState,
} from "../../src/corpus/rescan.ts";
import type { Corpus, Doc, LoadWarning } from "../../src/corpus/types.ts";
import { docFromText } from "../extract/support.ts";

const stamp = (name: string, size = 100, mtimeMs = 1): FileStamp => ({ name, size, mtimeMs });

/** A document as read from "<id>.txt", with the test's own text. */
function doc(id: string, text: string): Doc {
  return docFromText(id, `Report ${id}\n\n${text}\n`);
}

function corpusOf(docs: Doc[], warnings: LoadWarning[] = []): Corpus {
  return { dir: "/c", docs, warnings };
}

/** Runs a rescan where every listed file in `contents` was read again. */
function rescan(
  previous: Corpus,
  state: ScanState,
  contents: ReadonlyMap<string, Doc | LoadWarning>,
  stamps: FileStamp[] = [...contents.keys()].map((name) => stamp(name)),
) {
  return diffRescan(previous, state, stamps, contents);
}

describe("which files a rescan reads", () => {
  const a = doc("a", "Harbour inspections resumed in the north.");

  it("reads a new or changed file only once two scans in a row list it with the same size and time", () => {
    const state: ScanState = {
      files: new Map([
        ["a.txt", { stamp: stamp("a.txt", 10, 5), result: a }],
        ["b.txt", { stamp: stamp("b.txt", 10, 5), result: a }],
        ["c.txt", { stamp: stamp("c.txt", 10, 5), result: a }],
      ]),
      pending: new Map([
        ["b.txt", stamp("b.txt", 11, 5)],
        ["c.txt", stamp("c.txt", 10, 6)],
        ["d.txt", stamp("d.txt")],
      ]),
      warned: new Set(),
    };
    const listing = [
      stamp("a.txt", 10, 5),
      stamp("b.txt", 11, 5),
      stamp("c.txt", 10, 7),
      stamp("d.txt"),
      stamp("e.txt"),
    ];
    expect(namesToRead(state, listing)).toEqual(["b.txt", "d.txt"]);
  });

  it("keeps the version read before while a file changes, and reads it once it held still", () => {
    const previous = corpusOf([a]);
    const first = diffRescan(previous, initialScanState(previous), [stamp("a.txt", 10, 5)], new Map());
    expect(first.waiting).toEqual(["a.txt"]);
    expect(first.change.corpus.docs).toEqual([a]);
    expect(isEmptyChange(first.change)).toBe(true);

    const growing = [stamp("a.txt", 20, 6), stamp("new.txt", 5, 6)];
    expect(namesToRead(first.state, growing)).toEqual([]);
    const second = diffRescan(first.change.corpus, first.state, growing, new Map());
    expect(second.waiting).toEqual(["a.txt", "new.txt"]);
    expect(second.change.corpus.docs).toEqual([a]);

    expect(namesToRead(second.state, growing)).toEqual(["a.txt", "new.txt"]);
    const whole = doc("a", "Harbour inspections resumed in the north and in the south.");
    const added = doc("new", "A ferry line opens in June.");
    const third = diffRescan(
      second.change.corpus,
      second.state,
      growing,
      new Map([
        ["a.txt", whole],
        ["new.txt", added],
      ]),
    );
    expect(third.change.changed).toEqual([whole]);
    expect(third.change.added).toEqual([added]);
    expect(third.waiting).toEqual([]);
    expect(namesToRead(third.state, growing)).toEqual([]);
  });
});

describe("how a rescanned folder differs from the corpus in use", () => {
  const a = doc("a", "Harbour inspections resumed in the north.");
  const b = doc("b", "The customs service hired forty new officers.");
  const c = doc("c", "Rainfall in the valley doubled this spring.");

  it("reports an added, a changed and a removed document and keeps the untouched one as it was", () => {
    const previous = corpusOf([a, b, c]);
    const newB = doc("b", "The customs service hired sixty new officers.");
    const d = doc("d", "A new bridge opened over the estuary.");
    const result = rescan(
      previous,
      initialScanState(previous),
      new Map([
        ["a.txt", a],
        ["b.txt", newB],
        ["d.txt", d],
      ]),
    );
    expect(result.change.added.map((x) => x.id)).toEqual(["d"]);
    expect(result.change.changed).toEqual([newB]);
    expect(result.change.removed).toEqual(["c"]);
    expect(result.change.corpus.docs.map((x) => x.id)).toEqual(["a", "b", "d"]);
    expect(result.change.corpus.docs[0]).toBe(a);
  });

  it("does not count a file rewritten with the same bytes as a change", () => {
    const previous = corpusOf([a, b]);
    const again = doc("a", "Harbour inspections resumed in the north.");
    const result = rescan(
      previous,
      initialScanState(previous),
      new Map([
        ["a.txt", again],
        ["b.txt", b],
      ]),
    );
    expect(isEmptyChange(result.change)).toBe(true);
    expect(result.change.corpus.docs[0]).toBe(a);
  });

  it("takes files it did not read again as the last scan saw them", () => {
    const previous = corpusOf([a]);
    const first = rescan(previous, initialScanState(previous), new Map([["a.txt", a]]));
    const second = diffRescan(
      first.change.corpus,
      first.state,
      [stamp("a.txt"), stamp("b.txt")],
      new Map([["b.txt", b]]),
    );
    expect(second.change.added.map((x) => x.id)).toEqual(["b"]);
    expect(second.change.removed).toEqual([]);
    expect(second.change.corpus.docs.map((x) => x.id)).toEqual(["a", "b"]);
  });

  it("warns about a broken new file once across rescans, and again once it was fixed and broke again", () => {
    const previous = corpusOf([a]);
    const broken: LoadWarning = { file: "/c/bad.txt", reason: "not-utf8" };
    const files = new Map<string, Doc | LoadWarning>([
      ["a.txt", a],
      ["bad.txt", broken],
    ]);
    const first = rescan(previous, initialScanState(previous), files);
    const second = rescan(first.change.corpus, first.state, files);
    expect(first.newWarnings).toEqual([broken]);
    expect(second.newWarnings).toEqual([]);
    expect(second.change.corpus.warnings).toEqual([broken]);

    const fixed = rescan(
      second.change.corpus,
      second.state,
      new Map([
        ["a.txt", a],
        ["bad.txt", doc("bad", "Now it reads.")],
      ]),
    );
    const brokenAgain = rescan(fixed.change.corpus, fixed.state, files);
    expect(fixed.change.added.map((x) => x.id)).toEqual(["bad"]);
    expect(brokenAgain.newWarnings).toEqual([broken]);
    expect(brokenAgain.change.removed).toEqual(["bad"]);
  });

  it("warns again when a broken file breaks for another reason", () => {
    const previous = corpusOf([a]);
    const first = rescan(
      previous,
      initialScanState(previous),
      new Map([["bad.txt", { file: "/c/bad.txt", reason: "empty" }]]),
    );
    const second = rescan(
      first.change.corpus,
      first.state,
      new Map([["bad.txt", { file: "/c/bad.txt", reason: "binary" }]]),
    );
    expect(second.newWarnings.map((warning) => warning.reason)).toEqual(["binary"]);
  });

  it("does not repeat a warning already given at start-up", () => {
    const broken: LoadWarning = { file: "/c/bad.txt", reason: "empty" };
    const previous = corpusOf([a], [broken]);
    const result = rescan(
      previous,
      initialScanState(previous),
      new Map<string, Doc | LoadWarning>([
        ["a.txt", a],
        ["bad.txt", broken],
      ]),
    );
    expect(result.newWarnings).toEqual([]);
  });
});

describe("a rescan against the real loader", () => {
  let dir = "";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "briefbot-rescan-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Lists and reads the folder the way the watcher does, from nothing. */
  async function rescanFromEmpty(): Promise<Corpus> {
    const names = (await readdir(dir)).filter(isDocumentName);
    const stamps = await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(dir, name));
        return { name, size: info.size, mtimeMs: info.mtimeMs };
      }),
    );
    const read = new Map(
      await Promise.all(names.map(async (name) => [name, await loadDocumentFile(join(dir, name))] as const)),
    );
    const empty = corpusOf([]);
    return diffRescan({ ...empty, dir }, initialScanState(empty), stamps, read).change.corpus;
  }

  it("gives the documents, ids and warnings a fresh load gives, a .txt and a .md of one name included", async () => {
    await writeFile(join(dir, "notes.txt"), "Notes\n\nThe ferry timetable changes in May.\n");
    await writeFile(join(dir, "notes.md"), "# Notes\n\nThe market moves to the square on Fridays.\n");
    await writeFile(join(dir, "brief.md"), "# Brief\n\nTwo inspectors visited the port.\n");
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "skip.pdf"), "not a document name");
    const loaded = await loadCorpus(dir, { settleMs: 0 });
    const rescanned = await rescanFromEmpty();
    expect(rescanned.docs.map((x) => [x.id, x.hash])).toEqual(loaded.docs.map((x) => [x.id, x.hash]));
    expect(rescanned.docs.map((x) => x.id)).toContain("notes.txt");
    expect(rescanned.warnings).toEqual(loaded.warnings);
  });
});
