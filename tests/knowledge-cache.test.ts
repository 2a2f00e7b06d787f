import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "../src/core/config.ts";
import type { Corpus, Doc } from "../src/corpus/types.ts";
import type { Meeting } from "../src/extract/types.ts";
import { buildKnowledge, loadKnowledge } from "../src/knowledge/build.ts";
import { openKnowledgeCache } from "../src/knowledge/cache.ts";
import type { Knowledge } from "../src/knowledge/types.ts";
import { updateKnowledge } from "../src/knowledge/update.ts";
import { docFromText } from "./extract/support.ts";
import { heldStill } from "./support/held-still.ts";

const NOW = new Date("2025-03-01T08:00:00Z");
const SEEDS = join(import.meta.dirname, "..", "seeds");
const QUESTIONS = ["fentanyl", "criptovalute", "G7", "الفنتانيل", "mkutano", "हथियार", "ferries timetable"];

let root = "";
let corpus = "";
let cache = "";

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "briefbot-cache-"));
  corpus = join(root, "corpus");
  cache = join(root, "cache");
  cpSync(SEEDS, corpus, { recursive: true });
  heldStill(corpus);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const load = (cacheDir: string, warn?: (message: string) => void): Promise<Knowledge> =>
  loadKnowledge(readConfig({ BRIEFBOT_SEEDS: corpus, BRIEFBOT_CACHE_DIR: cacheDir }, root), () => NOW, warn);

/** The cache files of the one corpus folder, by name. */
function cacheFiles(): Map<string, string> {
  const [folder] = readdirSync(cache);
  const dir = join(cache, folder ?? "");
  return new Map(readdirSync(dir).map((name) => [name, join(dir, name)]));
}

/** Meetings as plain data: a meeting served from the cache reads its details from disk when asked. */
function plain(meetings: readonly Meeting[]): unknown {
  return JSON.parse(JSON.stringify(meetings));
}

function expectSameKnowledge(actual: Knowledge, expected: Knowledge): void {
  expect(actual.corpus.docs).toEqual(expected.corpus.docs);
  expect(new Map(actual.facts)).toEqual(new Map(expected.facts));
  expect(new Map(actual.outlines)).toEqual(new Map(expected.outlines));
  expect(plain(actual.meetings)).toEqual(plain(expected.meetings));
  for (const question of QUESTIONS)
    expect(actual.search.search(question), question).toEqual(expected.search.search(question));
}

describe("the knowledge cache", () => {
  it("gives the documents, facts, meetings and search results of a rebuild, without rewriting itself", async () => {
    const rebuilt = await load("off");
    await load(cache);
    const written = new Map([...cacheFiles()].map(([name, path]) => [name, statSync(path).mtimeMs]));
    expect([...written.keys()].sort()).toEqual([
      "documents.json",
      "facts.sqlite",
      "files.json",
      "lexicon.json",
      "meeting-details.json",
      "meetings.json",
      "search.json",
    ]);
    const cached = await load(cache);
    expectSameKnowledge(cached, rebuilt);
    for (const [name, path] of cacheFiles()) expect(statSync(path).mtimeMs, name).toBe(written.get(name));
  });

  it("reads a changed document again and finds what it now says", async () => {
    await load(cache);
    const [first] = readdirSync(corpus).filter((name) => name.endsWith(".txt"));
    appendFileSync(
      join(corpus, first ?? ""),
      "\n\nThe harbour authority announced a winter timetable for the zanzibarine ferries.\n",
    );
    const cached = await load(cache);
    const rebuilt = await load("off");
    expectSameKnowledge(cached, rebuilt);
    expect(cached.search.search("zanzibarine").map((hit) => hit.docId)).toEqual([
      first?.replace(/\.txt$/, ""),
    ]);
  });

  it("gives, for facts kept on disk, what a full build gives after documents change, arrive and leave", async () => {
    const cached = await load(cache);
    const [first, second, ...rest] = cached.corpus.docs as [Doc, Doc, ...Doc[]];
    const rewritten = docFromText(
      first.id,
      "Mkutano wa bandari\n\nMamlaka ya bandari ilitangaza ratiba mpya ya vivuko vya Zanzibar mnamo 3 Machi 2025.\n",
    );
    const ferry = docFromText(
      "ferry",
      "Ferry timetable\n\nThe harbour authority announced a winter timetable for the zanzibarine ferries.\n",
    );
    const steps: { docs: Doc[]; added: Doc[]; changed: Doc[]; removed: string[] }[] = [
      { docs: [rewritten, ...rest, ferry], added: [ferry], changed: [rewritten], removed: [second.id] },
      { docs: [rewritten, ...rest], added: [], changed: [], removed: ["ferry"] },
    ];
    let current = cached;
    for (const step of steps) {
      const corpusAfter: Corpus = { ...cached.corpus, docs: step.docs };
      const { docs: _, ...parts } = step;
      current = updateKnowledge(current, { corpus: corpusAfter, ...parts }, NOW);
      const full = buildKnowledge(corpusAfter, cached.lexicon, { now: NOW });
      expect(new Map(current.facts)).toEqual(new Map(full.facts));
      expect(new Map(current.outlines)).toEqual(new Map(full.outlines));
      expect(current.facts.get(second.id)).toBeUndefined();
      expect(current.facts.get(first.id)?.dates.map((date) => date.surface)).toEqual(
        full.facts.get(first.id)?.dates.map((date) => date.surface),
      );
    }
    expect(current.facts.has("ferry")).toBe(false);
    expect(current.facts.size).toBe(cached.corpus.docs.length - 1);
  });

  it("holds a cached meeting's head and reads who was there and what was decided from disk when asked", async () => {
    const rebuilt = await load("off");
    for (const cached of [await load(cache), await load(cache)]) {
      const meeting = cached.meetings.find((each) => each.participants.length > 0);
      expect(meeting).toBeDefined();
      if (!meeting) return;
      expect(Object.keys(meeting)).not.toContain("participants");
      expect(Object.keys(meeting)).not.toContain("decisions");
      const same = rebuilt.meetings.find((each) => each.slug === meeting.slug);
      expect(meeting.participants).toEqual(same?.participants);
      expect(meeting.decisions).toEqual(same?.decisions);
      expect(meeting.counts).toEqual(same?.counts);
    }
  });

  it("writes an update's merged meetings to disk, where the next start finds them, while the knowledge before keeps its own", async () => {
    const rebuilt = await load("off");
    const before = await load(cache);
    const merged = before.meetings.find(
      (meeting) => meeting.versions.length > 1 && meeting.participants.length > 0,
    );
    expect(merged).toBeDefined();
    const gone = merged?.versions[0]?.docId ?? "";
    const goneFile = readdirSync(corpus).find((name) => name.replace(/\.[^.]+$/, "") === gone) ?? "";
    rmSync(join(corpus, goneFile));
    const docs = before.corpus.docs.filter((doc) => doc.id !== gone);
    const after = updateKnowledge(
      before,
      { corpus: { ...before.corpus, docs }, added: [], changed: [], removed: [gone] },
      NOW,
    );

    const full = buildKnowledge({ ...before.corpus, docs }, before.lexicon, { now: NOW });
    expect(plain(after.meetings)).toEqual(plain(full.meetings));
    for (const meeting of after.meetings) expect(Object.keys(meeting)).not.toContain("participants");
    const remembered = rebuilt.meetings.filter((meeting) => meeting.participants.length > 0);
    for (const meeting of before.meetings.filter((each) => each.participants.length > 0))
      expect(meeting.participants).toEqual(
        remembered.find((each) => each.slug === meeting.slug)?.participants,
      );

    const written = statSync(cacheFiles().get("meetings.json") ?? "").mtimeMs;
    const next = await load(cache);
    expect(plain(next.meetings)).toEqual(plain(full.meetings));
    expect(statSync(cacheFiles().get("meetings.json") ?? "").mtimeMs).toBe(written);
  });

  it("rebuilds the meetings when their details file is from another write", async () => {
    await load(cache);
    const files = cacheFiles();
    const details = readFileSync(files.get("meeting-details.json") ?? "", "utf8");
    const token = details.slice(0, details.indexOf("\n"));
    writeFileSync(
      files.get("meeting-details.json") ?? "",
      details.replace(token, JSON.stringify("another-write-0000-0000-000000000000")),
    );
    const recovered = await load(cache);
    expectSameKnowledge(recovered, await load("off"));
    expect(readFileSync(files.get("meeting-details.json") ?? "", "utf8")).not.toContain("another-write");
  });

  it("serves the meetings of a rebuild, and warns once, when the meetings cannot be written", async () => {
    await load(cache);
    const files = cacheFiles();
    const details = files.get("meeting-details.json") ?? "";
    rmSync(files.get("meetings.json") ?? "");
    rmSync(details);
    // A folder with something in it where the details file goes: writing it fails after its lines are made.
    mkdirSync(join(details, "kept"), { recursive: true });
    const warnings: string[] = [];
    const knowledge = await load(cache, (message) => warnings.push(message));
    expect(plain(knowledge.meetings)).toEqual(plain((await load("off")).meetings));
    expect(knowledge.meetings.length).toBeGreaterThan(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/meetings/);
  });

  it("serves a meeting without details, and warns once, when its details cannot be read any more", async () => {
    await load(cache);
    const warnings: string[] = [];
    const knowledge = await load(cache, (message) => warnings.push(message));
    const detailsFile = cacheFiles().get("meeting-details.json") ?? "";
    // Cut in place: the open descriptor sees the same file, now too short for every meeting's details.
    truncateSync(detailsFile, 40);
    const withPeople = knowledge.meetings.filter((meeting) => meeting.versions.length > 0);
    expect(withPeople.length).toBeGreaterThan(1);
    for (const meeting of withPeople) {
      expect(meeting.participants).toEqual([]);
      expect(meeting.decisions).toEqual([]);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/meeting-details\.json/);
  });

  it("reads a document's facts again, and warns once, when another process has emptied the fact shelf", async () => {
    await load(cache);
    const warnings: string[] = [];
    const knowledge = await load(cache, (message) => warnings.push(message));
    // As a process that found the shelf stamped by other code would leave it: made anew, empty.
    const other = new Database(cacheFiles().get("facts.sqlite") ?? "");
    other.exec("DELETE FROM facts; DELETE FROM outlines");
    other.close();
    const rebuilt = await load("off");
    expect(new Map(knowledge.facts)).toEqual(new Map(rebuilt.facts));
    expect([...rebuilt.facts.values()].some((facts) => facts.decisions.length > 0)).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/no longer holds/);
  });

  it("ignores corrupt or truncated cache files and writes good ones in their place", async () => {
    await load(cache);
    const files = cacheFiles();
    writeFileSync(files.get("documents.json") ?? "", "{ not json");
    const search = readFileSync(files.get("search.json") ?? "", "utf8");
    writeFileSync(files.get("search.json") ?? "", search.slice(0, search.length / 2));
    writeFileSync(files.get("lexicon.json") ?? "", '{"format":"briefbot-knowledge-cache/3","lexicon":7}');
    writeFileSync(
      files.get("facts.sqlite") ?? "",
      "not a database at all, though long enough to look like one",
    );
    const meetings = readFileSync(files.get("meetings.json") ?? "", "utf8");
    writeFileSync(
      files.get("meetings.json") ?? "",
      meetings.slice(0, meetings.indexOf("\n", meetings.length / 2) + 1),
    );
    const recovered = await load(cache);
    expectSameKnowledge(recovered, await load("off"));
    const lines = readFileSync(files.get("documents.json") ?? "", "utf8")
      .trimEnd()
      .split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expectSameKnowledge(await load(cache), recovered);
  });

  it("warns once, naming the problem, when several cache files are broken, and not at all on a first start", async () => {
    const knowledge = await load("off");
    const warnings: string[] = [];
    const first = openKnowledgeCache(cache, corpus, (message) => warnings.push(message));
    expect(first.searcher(knowledge.corpus, knowledge.lexicon)).toBeUndefined();
    expect(plain(first.save(knowledge).meetings)).toEqual(plain(knowledge.meetings));
    expect(warnings).toEqual([]);
    const files = cacheFiles();
    writeFileSync(files.get("documents.json") ?? "", "{ not json");
    writeFileSync(files.get("search.json") ?? "", "garbage");
    const broken = openKnowledgeCache(cache, corpus, (message) => warnings.push(message));
    expect(broken.searcher(knowledge.corpus, knowledge.lexicon)).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/knowledge cache ignored, rebuilding: .*documents\.json is not JSON/);
  });
});
