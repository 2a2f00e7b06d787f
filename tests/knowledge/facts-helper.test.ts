import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Corpus, Doc } from "../../src/corpus/types.ts";
import { extractFacts } from "../../src/extract/document-facts.ts";
import type { DocumentFacts } from "../../src/extract/types.ts";
import { buildKnowledge } from "../../src/knowledge/build.ts";
import { openKnowledgeCache } from "../../src/knowledge/cache.ts";
import {
  type FactsHelper,
  factsHelperFor,
  HELPER_FROM,
  type HelperRead,
  startFactsHelper,
} from "../../src/knowledge/facts-helper.ts";
import { reportSummaryOf } from "../../src/knowledge/meeting-collector.ts";
import { sharedReading } from "../../src/knowledge/shared-reading.ts";
import { createSearcher } from "../../src/search/searcher.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const NOW = new Date("2026-01-01T00:00:00Z");
const lexicon = createLexiconLookup(loadLexiconFiles(lexiconPaths(join(FIXTURES, "corpus-a"))));

/** The four test corpora as one: 67 documents in six languages, several reporting the same meetings. */
async function fixtures(): Promise<Corpus> {
  const corpora = await Promise.all(
    ["a", "b", "c", "d"].map((name) => loadCorpus(join(FIXTURES, `corpus-${name}`))),
  );
  return { ...(corpora[0] as Corpus), docs: corpora.flatMap((corpus) => corpus.docs) };
}

const started: FactsHelper[] = [];
function helper(): FactsHelper {
  const started_ = startFactsHelper(lexicon);
  started.push(started_);
  return started_;
}
afterEach(() => {
  for (const one of started.splice(0)) one.close();
});

/** A helper that takes every batch and never answers, as one whose thread died would. */
function silentHelper(): FactsHelper & { handed: number } {
  return {
    handed: 0,
    give(docs) {
      this.handed += docs.length;
    },
    take: () => [],
    wait: () => false,
    close() {},
  };
}

describe("reading facts with a helper thread", () => {
  it("reads each document once, some here and some on the helper, with the facts and summaries read here", async () => {
    const { docs } = await fixtures();
    const used = new Map<string, { facts: DocumentFacts; helped: HelperRead | undefined }>();
    const reading = sharedReading(
      docs,
      (doc) => extractFacts(doc, lexicon),
      (at, facts, helped) => {
        const doc = docs[at] as Doc;
        expect(used.has(doc.id)).toBe(false);
        used.set(doc.id, { facts, helped });
      },
      helper(),
      { batch: 4, inFlight: 2, stallMs: 60_000 },
    );
    reading.finish();
    expect(used.size).toBe(docs.length);
    const helped = docs.filter((doc) => used.get(doc.id)?.helped !== undefined);
    expect(helped.length).toBeGreaterThan(0);
    expect(helped.length).toBeLessThan(docs.length);
    for (const doc of docs) {
      const facts = extractFacts(doc, lexicon);
      expect(used.get(doc.id)?.facts).toEqual(facts);
      const read = used.get(doc.id)?.helped;
      if (read) expect(read.summary).toEqual(reportSummaryOf(doc, facts, lexicon));
    }
    expect(helped.some((doc) => used.get(doc.id)?.helped?.summary !== undefined)).toBe(true);
  });

  it("builds the same knowledge with a helper as without one", async () => {
    const corpus = await fixtures();
    const alone = buildKnowledge(corpus, lexicon, { now: NOW });
    const together = buildKnowledge(corpus, lexicon, { now: NOW, factsHelper: helper });
    expect(together.meetings).toEqual(alone.meetings);
    expect(together.meetings.length).toBeGreaterThan(10);
    expect([...together.outlines]).toEqual([...alone.outlines]);
    expect([...together.facts]).toEqual([...alone.facts]);
  });

  it("keeps each document's facts once when the helper reads them all while the index builds", async () => {
    const corpus = await fixtures();
    const cacheDir = mkdtempSync(join(tmpdir(), "briefbot-helper-"));
    try {
      const keeper = openKnowledgeCache(cacheDir, join(FIXTURES, "corpus-a"), () => {}).keeper(lexicon);
      if (!keeper) throw new Error("no fact shelf");
      const pause = new Int32Array(new SharedArrayBuffer(4));
      const kept = buildKnowledge(corpus, lexicon, {
        now: NOW,
        keeper,
        factsHelper: helper,
        searcher: (meanwhile) => {
          const until = Date.now() + 30_000;
          while (Date.now() < until && corpus.docs.some((doc) => !keeper.has(doc))) {
            meanwhile();
            Atomics.wait(pause, 0, 0, 5);
          }
          return createSearcher(corpus, lexicon);
        },
      });
      expect(corpus.docs.every((doc) => keeper.has(doc))).toBe(true);
      const alone = buildKnowledge(corpus, lexicon, { now: NOW });
      expect(kept.meetings).toEqual(alone.meetings);
      for (const doc of corpus.docs) expect(kept.facts.get(doc.id)).toEqual(alone.facts.get(doc.id));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it("reads the helper's share itself when the helper never answers", async () => {
    const { docs } = await fixtures();
    const silent = silentHelper();
    const used: number[] = [];
    sharedReading(
      docs,
      (doc) => extractFacts(doc, lexicon),
      (at) => used.push(at),
      silent,
      {
        batch: 8,
        inFlight: 2,
        stallMs: 20,
      },
    ).finish();
    expect(silent.handed).toBe(16);
    expect(used.sort((a, b) => a - b)).toEqual(docs.map((_, at) => at));
  });

  it("starts a helper only from HELPER_FROM documents on, and only with a second core", () => {
    const startFor = factsHelperFor(lexicon, 2);
    expect(startFor(HELPER_FROM - 1)).toBeUndefined();
    const one = startFor(HELPER_FROM);
    expect(one).toBeDefined();
    one?.close();
    expect(factsHelperFor(lexicon, 1)(HELPER_FROM * 10)).toBeUndefined();
  });
});
