import { buildKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { seedCorpus, shippedLexicon } from "../extract/support.ts";

/** When the older seed documents were first indexed. */
export const OLD_SEEN = "2024-09-01T00:00:00.000Z";
/** When the versions of the multi-language report were first indexed: early on 30 September 2024, Rome time. */
export const RECENT_SEEN = "2024-09-30T05:00:00.000Z";

/** The seeds, with a first-seen map chosen for the tests and the doc ids of the report told in several languages. */
export interface DigestSeeds {
  knowledge: Knowledge;
  /** Doc ids of the merged meeting with more than one language version, first seen at RECENT_SEEN. */
  recentIds: string[];
  /** Doc ids of every other document, first seen at OLD_SEEN. */
  oldIds: string[];
}

let seeds: Promise<DigestSeeds> | undefined;

async function load(): Promise<DigestSeeds> {
  const corpus = await seedCorpus();
  const built = buildKnowledge(corpus, shippedLexicon(), { now: new Date(OLD_SEEN) });
  const translated = built.meetings.find((meeting) => meeting.versions.length > 1);
  const recentIds = translated?.versions.map((version) => version.docId) ?? [];
  const oldIds = corpus.docs.map((doc) => doc.id).filter((id) => !recentIds.includes(id));
  const firstSeen = new Map(
    corpus.docs.map((doc) => [doc.id, recentIds.includes(doc.id) ? RECENT_SEEN : OLD_SEEN]),
  );
  return {
    knowledge: buildKnowledge(corpus, shippedLexicon(), { now: new Date(OLD_SEEN), firstSeen }),
    recentIds,
    oldIds,
  };
}

/** Returns the seed knowledge for digest tests, built once per test file. */
export function digestSeeds(): Promise<DigestSeeds> {
  seeds ??= load();
  return seeds;
}
