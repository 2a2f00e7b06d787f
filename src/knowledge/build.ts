import type { Config } from "../core/index.ts";
import type { Corpus, Doc, LexiconLookup } from "../corpus/index.ts";
import { createLexiconLookup, lexiconPaths, loadCorpus } from "../corpus/index.ts";
import type { DocumentFacts, Meeting } from "../extract/index.ts";
import { extractFacts } from "../extract/index.ts";
import type { Searcher } from "../search/index.ts";
import { createSearcher } from "../search/index.ts";
import { noKnowledgeCache, openKnowledgeCache } from "./cache.ts";
import { type FactsHelper, factsHelperFor, type HelperRead } from "./facts-helper.ts";
import { meetingCollector } from "./meeting-collector.ts";
import { outlineOf } from "./outline.ts";
import { sharedReading } from "./shared-reading.ts";
import type { FactOutline, Knowledge } from "./types.ts";

/** What buildKnowledge may be given besides the corpus and lexicon. */
export interface BuildOptions {
  /** First-seen instants known from before; documents not in it are first seen `now`. */
  firstSeen?: ReadonlyMap<string, string>;
  now: Date;
  /** Where facts are kept instead of in memory (else they are held in a Map). */
  keeper?: FactKeeper;
  /** Meetings merged before from exactly the documents' known facts (else they are merged now). */
  knownMeetings?: () => Meeting[] | undefined;
  /**
   * Returns a searcher over exactly this corpus and lexicon, loaded or built, calling `meanwhile` now and then
   * while it builds (else one is built).
   */
  searcher?: (meanwhile: () => void) => Searcher;
  /** Starts a thread to help read the facts of this many documents, or returns undefined to read them here. */
  factsHelper?: (documents: number) => FactsHelper | undefined;
  /**
   * Where merged meetings are written away as they are merged, returning the meetings to serve (else they are
   * all held). `merged` may be called again, to merge anew, when writing fails part way.
   */
  shelveMeetings?: (merged: () => Iterable<Meeting>) => Meeting[];
}

/** Where a document's facts are kept once read, and read back when an answer needs them. */
export interface FactKeeper {
  /** The document's facts, when kept before with the same lexicon. */
  get(doc: Doc): DocumentFacts | undefined;
  /** Whether facts are kept for the document, without reading anything of them. */
  has(doc: Doc): boolean;
  /** The outline of the document's kept facts, without reading them; undefined when none are kept. */
  outline(doc: Doc): FactOutline | undefined;
  /** Keeps the facts; `saved` is their JSON as saved-facts.ts writes it, when the caller has it. */
  keep(doc: Doc, facts: DocumentFacts, outline: FactOutline, saved?: string): void;
  /** The kept facts of these documents, read when asked for. */
  view(docs: readonly Doc[]): ReadonlyMap<string, DocumentFacts>;
}

/**
 * Returns everything the answer layer reads, computed from a loaded corpus and lexicon: search, facts per
 * document and meetings merged across languages. `firstSeen` keeps earlier first-seen instants; documents
 * not in it are first seen `now`. No I/O of its own: a `keeper` decides where facts go.
 * @example buildKnowledge(corpus, lexicon, { now: new Date() }).meetings.length // 3 for the seeds
 */
export function buildKnowledge(corpus: Corpus, lexicon: LexiconLookup, options: BuildOptions): Knowledge {
  // Asked for once the search index is there: meeting heads held while a saved index is read came on top
  // of its peak (at 100,000 documents a warm start's).
  let knownMeetings: Meeting[] | undefined;
  const { keeper } = options;
  const { docs } = corpus;
  const facts = new Map<string, DocumentFacts>();
  // By position: the helper thread's facts come in another order than the corpus's.
  const outlineAt: FactOutline[] = [];
  const factsAt: DocumentFacts[] = [];
  // A shelf that cannot give the facts back (it warned why) costs reading the document again, not a meeting.
  const reports = meetingCollector(
    lexicon,
    (doc) => keeper?.get(doc) ?? facts.get(doc.id) ?? extractFacts(doc, lexicon),
  );
  const take = (
    position: number,
    docFacts: DocumentFacts,
    outline: FactOutline,
    helped?: HelperRead,
  ): void => {
    outlineAt[position] = outline;
    if (!keeper) factsAt[position] = docFacts;
    const doc = docs[position] as Doc;
    if (knownMeetings) return;
    if (helped) reports.note(doc, helped.summary, position);
    // Right after its facts, while what reading them looked up about its sentences is still remembered.
    else reports.add(doc, docFacts, position);
  };
  const fresh = (position: number, docFacts: DocumentFacts, helped?: HelperRead): void => {
    const outline = outlineOf(docFacts);
    keeper?.keep(docs[position] as Doc, docFacts, outline, helped?.saved);
    take(position, docFacts, outline, helped);
  };
  // Asked once: facts the helper reads while the index builds are kept before the kept ones are read below.
  const keptBefore = docs.map((doc) => keeper?.has(doc) === true);
  const unread = keptBefore.flatMap((kept, position) => (kept ? [] : [position]));
  const helper = unread.length > 0 ? options.factsHelper?.(unread.length) : undefined;
  let search: Searcher;
  try {
    const reading = sharedReading(
      unread.map((position) => docs[position] as Doc),
      (doc) => extractFacts(doc, lexicon),
      (at, docFacts, helped) => fresh(unread[at] as number, docFacts, helped),
      helper,
    );
    reading.meanwhile();
    // Before the facts read here: the index build's working tables then share the heap with the corpus alone,
    // not with everything reading the facts holds until the merge.
    search = options.searcher?.(reading.meanwhile) ?? createSearcher(corpus, lexicon, reading.meanwhile);
    knownMeetings = options.knownMeetings?.();
    for (const [position, doc] of docs.entries()) {
      if (!keeper || !keptBefore[position]) continue;
      const kept = keeper.outline(doc);
      // Kept facts whose meetings are merged already need not be read at all.
      if (kept && knownMeetings) {
        outlineAt[position] = kept;
        continue;
      }
      const docFacts = kept && keeper.get(doc);
      if (kept && docFacts) take(position, docFacts, kept);
      else fresh(position, extractFacts(doc, lexicon));
      reading.meanwhile();
    }
    reading.finish();
  } finally {
    helper?.close();
  }
  const outlines = new Map<string, FactOutline>();
  for (const [position, doc] of docs.entries()) {
    const outline = outlineAt[position];
    if (outline) outlines.set(doc.id, outline);
    const docFacts = factsAt[position];
    if (docFacts) facts.set(doc.id, docFacts);
  }
  const now = options.now.toISOString();
  const firstSeen = new Map(corpus.docs.map((doc) => [doc.id, options.firstSeen?.get(doc.id) ?? now]));
  return {
    corpus,
    lexicon,
    search,
    facts: keeper ? keeper.view(corpus.docs) : facts,
    outlines,
    meetings: knownMeetings ?? (options.shelveMeetings ?? ((all) => [...all()]))(reports.merged),
    firstSeen,
  };
}

/**
 * Writes a load or cache warning to stderr. Not made inside loadKnowledge: the fact keeper keeps the cache's
 * warning for the life of the knowledge, and a closure of loadKnowledge would keep everything the start read.
 */
function toStderr(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Where loadKnowledge reads and caches: the corpus folder, the size limit, the cache folder (undefined: off). */
export type KnowledgeSettings = Pick<Config, "corpusDir" | "maxFileBytes" | "cacheDir">;

/**
 * Loads the corpus folder and the shipped lexicon plus the folder's own, then builds the knowledge with
 * every document first seen at the clock's time. What an earlier start computed is reused from the
 * knowledge cache: parsed documents and their facts by content hash, the search index when nothing
 * changed. With a cache, facts stay on its fact shelf and meetings' details in its details file, read when an
 * answer needs them. Load warnings and a cache problem (one line, then the cache is rebuilt) go to `warn`,
 * stderr unless given.
 */
export async function loadKnowledge(
  settings: KnowledgeSettings,
  clock: () => Date,
  warn: (message: string) => void = toStderr,
): Promise<Knowledge> {
  const dir = settings.corpusDir;
  const cache =
    settings.cacheDir === undefined ? noKnowledgeCache() : openKnowledgeCache(settings.cacheDir, dir, warn);
  const corpus = await loadCorpus(dir, {
    ...(settings.maxFileBytes === undefined ? {} : { maxBytes: settings.maxFileBytes }),
    warn: (warning) => warn(`skipped ${warning.file}: ${warning.reason}`),
    parsed: cache.parsed,
    knownHash: cache.knownHash,
    stamped: cache.stamped,
  });
  const lexicon = createLexiconLookup(cache.lexicon(lexiconPaths(dir)));
  const keeper = cache.keeper(lexicon);
  const knowledge = buildKnowledge(corpus, lexicon, {
    now: clock(),
    ...(keeper === undefined ? {} : { keeper }),
    knownMeetings: () => cache.meetings(corpus, lexicon),
    shelveMeetings: (merged) => cache.shelveMeetings(corpus, lexicon, merged),
    // Written as soon as it is built, while the heap holds the corpus and the index alone: written at the end,
    // its saved form came on top of everything a start holds (at 100,000 documents the start's peak RSS).
    searcher: (meanwhile) =>
      cache.searcher(corpus, lexicon) ?? cache.keepSearcher(createSearcher(corpus, lexicon, meanwhile)),
    factsHelper: factsHelperFor(lexicon),
  });
  return { ...cache.save(knowledge), shelveMeetings: cache.meetingShelf() };
}
