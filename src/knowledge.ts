import { resolve } from "node:path";
import { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "./corpus/lexicon.ts";
import type { LexiconLookup } from "./corpus/lexicon-types.ts";
import { corpusDir, loadCorpus, maxFileBytes } from "./corpus/load.ts";
import type { Corpus } from "./corpus/types.ts";
import { extractFacts } from "./extract/document-facts.ts";
import { reportedMeeting } from "./extract/meetings.ts";
import { mergeMeetings } from "./extract/merge.ts";
import type { DocumentFacts } from "./extract/types.ts";
import type { Knowledge } from "./knowledge-types.ts";
import { createSearcher } from "./search/index.ts";

/** Where the shipped lexicon lives: next to the seed documents of the repository. */
const SHIPPED_DIR = resolve(import.meta.dirname, "..", "seeds");

/**
 * Returns everything the answer layer reads, computed from a loaded corpus and lexicon: search, facts per
 * document and meetings merged across languages. `firstSeen` keeps earlier first-seen instants; documents
 * not in it are first seen `now`. Pure: no I/O.
 * @example buildKnowledge(corpus, lexicon, { now: new Date() }).meetings.length // 3 for the seeds
 */
export function buildKnowledge(
  corpus: Corpus,
  lexicon: LexiconLookup,
  options: { firstSeen?: ReadonlyMap<string, string>; now: Date },
): Knowledge {
  const facts = new Map<string, DocumentFacts>();
  const reports = corpus.docs.map((doc) => {
    const docFacts = extractFacts(doc, lexicon);
    facts.set(doc.id, docFacts);
    return reportedMeeting(doc, docFacts, lexicon);
  });
  const now = options.now.toISOString();
  const firstSeen = new Map(corpus.docs.map((doc) => [doc.id, options.firstSeen?.get(doc.id) ?? now]));
  return {
    corpus,
    lexicon,
    search: createSearcher(corpus, lexicon),
    facts,
    meetings: mergeMeetings(reports, lexicon),
    firstSeen,
  };
}

/**
 * Loads the corpus folder (BRIEFBOT_SEEDS, default ./seeds) and the shipped lexicon plus the folder's own,
 * then builds the knowledge with every document first seen at the clock's time. Load warnings go to stderr.
 */
export async function loadKnowledge(
  env: NodeJS.ProcessEnv,
  cwd: string,
  clock: () => Date,
): Promise<Knowledge> {
  const dir = corpusDir(env, cwd);
  const corpus = await loadCorpus(dir, {
    maxBytes: maxFileBytes(env),
    warn: (warning) => process.stderr.write(`skipped ${warning.file}: ${warning.reason}\n`),
  });
  const lexicon = createLexiconLookup(loadLexiconFiles(lexiconPaths(SHIPPED_DIR, dir)));
  return buildKnowledge(corpus, lexicon, { now: clock() });
}
