import { resolve } from "node:path";
import { createLexiconLookup, lexiconPaths } from "../corpus/lexicon.ts";
import type { LexiconLookup } from "../corpus/lexicon-types.ts";
import { corpusDir, loadCorpus, maxFileBytes } from "../corpus/load.ts";
import type { Corpus, Doc } from "../corpus/types.ts";
import { extractFacts } from "../extract/document-facts.ts";
import { reportedMeeting } from "../extract/meetings.ts";
import { mergeMeetings } from "../extract/merge.ts";
import type { DocumentFacts } from "../extract/types.ts";
import { createSearcher } from "../search/searcher.ts";
import type { Searcher } from "../search/types.ts";
import { knowledgeCacheDir, noKnowledgeCache, openKnowledgeCache } from "./cache.ts";
import type { Knowledge } from "./types.ts";

/** Where the shipped lexicon lives: next to the seed documents of the repository. */
const SHIPPED_DIR = resolve(import.meta.dirname, "..", "..", "seeds");

/** What buildKnowledge may be given besides the corpus and lexicon. */
export interface BuildOptions {
  /** First-seen instants known from before; documents not in it are first seen `now`. */
  firstSeen?: ReadonlyMap<string, string>;
  now: Date;
  /** Facts of a document read before with the same lexicon, when known (else they are read now). */
  knownFacts?: (doc: Doc) => DocumentFacts | undefined;
  /** A searcher already built over exactly this corpus and lexicon (else one is built). */
  searcher?: Searcher;
}

/**
 * Returns everything the answer layer reads, computed from a loaded corpus and lexicon: search, facts per
 * document and meetings merged across languages. `firstSeen` keeps earlier first-seen instants; documents
 * not in it are first seen `now`. Pure: no I/O.
 * @example buildKnowledge(corpus, lexicon, { now: new Date() }).meetings.length // 3 for the seeds
 */
export function buildKnowledge(corpus: Corpus, lexicon: LexiconLookup, options: BuildOptions): Knowledge {
  const facts = new Map<string, DocumentFacts>();
  const reports = corpus.docs.map((doc) => {
    const docFacts = options.knownFacts?.(doc) ?? extractFacts(doc, lexicon);
    facts.set(doc.id, docFacts);
    return reportedMeeting(doc, docFacts, lexicon);
  });
  const now = options.now.toISOString();
  const firstSeen = new Map(corpus.docs.map((doc) => [doc.id, options.firstSeen?.get(doc.id) ?? now]));
  return {
    corpus,
    lexicon,
    search: options.searcher ?? createSearcher(corpus, lexicon),
    facts,
    meetings: mergeMeetings(reports, lexicon),
    firstSeen,
  };
}

/**
 * Loads the corpus folder (BRIEFBOT_SEEDS, default ./seeds) and the shipped lexicon plus the folder's own,
 * then builds the knowledge with every document first seen at the clock's time. What an earlier start
 * computed is reused from the knowledge cache (BRIEFBOT_CACHE_DIR, default ./data/cache; "off" for none):
 * parsed documents and their facts by content hash, the search index when nothing changed. Load warnings
 * go to stderr.
 */
export async function loadKnowledge(
  env: NodeJS.ProcessEnv,
  cwd: string,
  clock: () => Date,
): Promise<Knowledge> {
  const dir = corpusDir(env, cwd);
  const cacheDir = knowledgeCacheDir(env, cwd);
  const cache = cacheDir === undefined ? noKnowledgeCache() : openKnowledgeCache(cacheDir, dir);
  const corpus = await loadCorpus(dir, {
    maxBytes: maxFileBytes(env),
    warn: (warning) => process.stderr.write(`skipped ${warning.file}: ${warning.reason}\n`),
    parsed: cache.parsed,
  });
  const lexicon = createLexiconLookup(cache.lexicon(lexiconPaths(SHIPPED_DIR, dir)));
  const searcher = cache.searcher(corpus, lexicon);
  const knowledge = buildKnowledge(corpus, lexicon, {
    now: clock(),
    knownFacts: (doc) => cache.facts(doc, lexicon),
    ...(searcher === undefined ? {} : { searcher }),
  });
  cache.save(knowledge);
  return knowledge;
}
