import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileIdentity } from "../../src/corpus/load.ts";
import { isInside, isLoadWarning, loadCorpus, loadDocumentFile } from "../../src/corpus/load.ts";
import type { Corpus, LoadWarning } from "../../src/corpus/types.ts";
import { HOSTILE_FRONT_MATTER, linkOutside, OUTSIDE_TOKEN, writeOutside } from "./hostile-files.ts";

const HARBOUR = "Harbour report\n\nThe harbour authority inspected twelve ferries this week.\n";
const ARCHIVE = "Archived report\n\nThe old customs building closed in 2019.\n";

let base = "";
let corpus = "";
let linkedCorpus = "";
let outsideLinks: string[] = [];

/** Every word a loaded corpus holds, to search for what must not be there. */
const allText = (loaded: Corpus): string =>
  loaded.docs.map((doc) => [doc.title, ...doc.paragraphs.map((p) => p.text)].join("\n")).join("\n");

const names = (warnings: readonly LoadWarning[]): string[] =>
  warnings.map((warning) => warning.file.slice(warning.file.lastIndexOf("/") + 1)).sort();

/** Sets a file's modification time `seconds` back, as for a file written a while before start-up. */
const age = (file: string, seconds = 60): void => {
  const then = new Date(Date.now() - seconds * 1000);
  utimesSync(file, then, then);
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "briefbot-boundary-"));
  corpus = join(base, "corpus");
  mkdirSync(join(corpus, "archive"), { recursive: true });
  writeFileSync(join(corpus, "harbour.txt"), HARBOUR);
  writeFileSync(join(corpus, "archive", "old.txt"), ARCHIVE);
  // Links that stay inside the folder may be read.
  symlinkSync("harbour.txt", join(corpus, "alias.md"));
  symlinkSync(join(corpus, "archive", "old.txt"), join(corpus, "archived.txt"));
  outsideLinks = linkOutside(corpus, writeOutside(base));
  linkedCorpus = join(base, "linked-corpus");
  symlinkSync(corpus, linkedCorpus);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("the corpus folder as a boundary", () => {
  it("reads links that stay inside, and skips each link leading outside with one warning, reading nothing", async () => {
    const warned: LoadWarning[] = [];
    const loaded = await loadCorpus(corpus, { settleMs: 0, warn: (warning) => warned.push(warning) });
    expect(loaded.docs.map((doc) => doc.id)).toEqual(["alias", "archived", "harbour"]);
    expect(names(warned)).toEqual(outsideLinks);
    expect(new Set(warned.map((warning) => warning.reason))).toEqual(new Set(["outside-corpus"]));
    expect(loaded.warnings).toEqual(warned);
    expect(allText(loaded)).not.toContain(OUTSIDE_TOKEN);
    expect(allText(loaded)).not.toMatch(/root:.*:0:0:/);
  });

  it("keeps the boundary for files it remembers: a link leading outside is skipped before any look-up", async () => {
    const looked: string[] = [];
    const loaded = await loadCorpus(corpus, {
      settleMs: 0,
      knownHash: (real) => {
        looked.push(real);
        return "remembered-hash";
      },
      parsed: () => ({ title: "Remembered", lang: "en", script: "latin", paragraphs: [] }),
    });
    expect(names(loaded.warnings)).toEqual(outsideLinks);
    expect(loaded.docs.map((doc) => doc.title)).toEqual(["Remembered", "Remembered", "Remembered"]);
    expect(looked.every((real) => isInside(corpus, real))).toBe(true);
  });

  it("judges by real paths, so a corpus folder reached through a link keeps its inside links", async () => {
    const loaded = await loadCorpus(linkedCorpus, { settleMs: 0 });
    expect(loaded.docs.map((doc) => doc.id)).toEqual(["alias", "archived", "harbour"]);
    expect(names(loaded.warnings)).toEqual(outsideLinks);
  });

  it("refuses a link leading outside when one file is read on its own, naming where it leads", async () => {
    const result = await loadDocumentFile(join(corpus, "passwd.md"));
    expect(isLoadWarning(result) && result.reason).toBe("outside-corpus");
    expect(isLoadWarning(result) && result.detail).toBe("resolves to /etc/passwd");
  });

  it("tells paths inside a folder from paths beside or above it", () => {
    expect(isInside("/srv/corpus", "/srv/corpus/a.md")).toBe(true);
    expect(isInside("/srv/corpus", "/srv/corpus/archive/..notes.md")).toBe(true);
    expect(isInside("/srv/corpus", "/srv/corpus-old/a.md")).toBe(false);
    expect(isInside("/srv/corpus", "/srv/a.md")).toBe(false);
    expect(isInside("/srv/corpus", "/srv/corpus")).toBe(false);
    expect(isInside("/", "/etc/passwd")).toBe(true);
  });
});

describe("hostile front matter on disk", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-hostile-yaml-"));
    writeFileSync(join(dir, "harbour.txt"), HARBOUR);
    for (const [name, text] of Object.entries(HOSTILE_FRONT_MATTER)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("skips each such document with one warning, loads the rest, and does not stall", async () => {
    const warned: LoadWarning[] = [];
    const began = performance.now();
    const loaded = await loadCorpus(dir, { settleMs: 0, warn: (warning) => warned.push(warning) });
    expect(performance.now() - began).toBeLessThan(3000);
    expect(loaded.docs.map((doc) => doc.id)).toEqual(["harbour"]);
    expect(names(warned)).toEqual(Object.keys(HOSTILE_FRONT_MATTER).sort());
    expect(new Set(warned.map((warning) => warning.reason))).toEqual(new Set(["bad-front-matter"]));
  });
});

describe("a file still being written at start-up", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-settle-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is left to the rescans when it changes within the settle time, while older files load", async () => {
    writeFileSync(join(dir, "harbour.txt"), HARBOUR);
    age(join(dir, "harbour.txt"));
    const growing = join(dir, "growing.txt");
    writeFileSync(growing, "Interception report\n\nThe patrol boat was interc");
    setTimeout(() => appendFileSync(growing, "epted off the coast at dawn.\n"), 100);
    const loaded = await loadCorpus(dir, { settleMs: 400 });
    expect(loaded.docs.map((doc) => doc.id)).toEqual(["harbour"]);
    expect(loaded.warnings).toMatchObject([{ file: growing, reason: "unsettled" }]);
  });

  it("is read as it is when it held still through the settle time", async () => {
    const quiet = join(dir, "quiet.txt");
    writeFileSync(quiet, "Quiet report\n\nNothing moved in the port today.\n");
    rmSync(join(dir, "growing.txt"), { force: true });
    const began = performance.now();
    const loaded = await loadCorpus(dir, { settleMs: 300 });
    expect(performance.now() - began).toBeGreaterThanOrEqual(200);
    expect(loaded.docs.map((doc) => doc.id)).toEqual(["harbour", "quiet"]);
  });

  it("costs start-up no wait when every file is older than the settle time", async () => {
    age(join(dir, "quiet.txt"));
    const began = performance.now();
    const loaded = await loadCorpus(dir, { settleMs: 5000 });
    expect(performance.now() - began).toBeLessThan(2000);
    expect(loaded.docs).toHaveLength(2);
  });
});

describe("files read before", () => {
  let folder = "";
  const identities = new Map<string, FileIdentity>();
  const hashes = new Map<string, string>();
  const parsedBefore = new Map<string, Corpus["docs"][number]>();

  /** Loads the folder remembering, like the knowledge cache, what each file was when last read. */
  const loadRemembering = (): Promise<Corpus> =>
    loadCorpus(folder, {
      settleMs: 0,
      knownHash: (real, identity) => {
        const known = identities.get(real);
        const same =
          known &&
          (Object.keys(identity) as (keyof FileIdentity)[]).every((key) => known[key] === identity[key]);
        return same ? hashes.get(real) : undefined;
      },
      stamped: (real, identity, hash) => {
        identities.set(real, identity);
        hashes.set(real, hash);
      },
      parsed: (hash) => parsedBefore.get(hash),
    });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "briefbot-known-"));
    writeFileSync(join(folder, "harbour.txt"), HARBOUR);
    age(join(folder, "harbour.txt"));
    const first = await loadRemembering();
    for (const doc of first.docs) parsedBefore.set(doc.hash, { ...doc, title: "As parsed before" });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("takes an untouched file as parsed before, without reading it", async () => {
    const loaded = await loadRemembering();
    expect(loaded.docs.map((doc) => doc.title)).toEqual(["As parsed before"]);
  });

  it("reads a file again that was rewritten with the same size and its old modification time", async () => {
    const file = join(folder, "harbour.txt");
    const known = identities.get(realpathSync(file));
    writeFileSync(file, HARBOUR.replace("twelve", "eleven"));
    utimesSync(file, new Date(known?.mtimeMs ?? 0), new Date(known?.mtimeMs ?? 0));
    const loaded = await loadRemembering();
    expect(loaded.docs.map((doc) => doc.title)).toEqual(["Harbour report"]);
    expect(allText(loaded)).toContain("eleven ferries");
  });
});
