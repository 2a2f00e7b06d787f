/**
 * Cross-language search over a corpus: questions are expanded through the lexicon (expand.ts), run against
 * a passage index and a title index (build.ts, query.ts), and passage scores are aggregated per document
 * (aggregate.ts). See build.ts and query.ts for the fields and boosts and why.
 */
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { createLru, type StepwiseBuild, stepwise } from "../core/index.ts";
import type { Corpus, CorpusChange, LexiconLookup } from "../corpus/index.ts";
import {
  isQuestionWord,
  isStopword,
  type MatchToken,
  matchTokens,
  type PhraseMatcher,
} from "../corpus/index.ts";
import { aggregateByDocument, passageScores, returnableFloor } from "./aggregate.ts";
import {
  buildIndexes,
  type CommonKeys,
  type Indexes,
  type PassageRecord,
  passageOptions,
  type TitleRecord,
  titleOptions,
} from "./build.ts";
import { crossScriptPair, crossScriptSpellings, type SkeletonIndex, skeletonSteps } from "./cross-script.ts";
import { type Concept, createExpander, type ExpansionPlan } from "./expand.ts";
import { corpusFingerprint, lexiconFingerprint } from "./fingerprint.ts";
import {
  freezeRecordTables,
  restoreRecords,
  type SavedRecords,
  savedRecords,
  withoutRecords,
} from "./frozen-documents.ts";
import {
  documentFrequency,
  restorePostings,
  type SavedPostings,
  savedPostings,
  withoutPostings,
} from "./frozen-postings.ts";
import {
  applyChange,
  type IndexTable,
  lazyPreparer,
  loadTable,
  type Prepare,
  positionalTable,
  type SavedTable,
  saveTable,
} from "./incremental.ts";
import { type Passage, passagesOf } from "./passages.ts";
import { conceptOwners, coordinatedScore, passageQuery, titleQuery } from "./query.ts";
import { createCandidateFilter } from "./top-candidates.ts";
import type { DocumentHit, PassageHit, Searcher, SearchOptions } from "./types.ts";

/** A title match weighs this many times a paragraph match: a title says what the whole document is about. */
const TITLE_WEIGHT = 2;
const DEFAULT_LIMIT = 10;
const DEFAULT_PASSAGES = 3;
const FORMAT = "briefbot-search/7";
/**
 * Passages taken from the top of MiniSearch's ranking for aggregation. A document whose best passage ranks
 * below this many others cannot reach the top results, and building hits for the long tail of a common
 * term would cost time proportional to the corpus.
 */
const MIN_CANDIDATES = 1000;
const CANDIDATES_PER_SLOT = 20;
/**
 * Passages (and titles) MiniSearch scores per candidate taken, picked by the first pass (top-candidates.ts),
 * when its estimate may rate passages above their score (a word both ANDed in a phrase and searched apart,
 * several ANDs): it counts such words apart, so the passages the exact scores rank first are kept with room to
 * spare. Otherwise the estimate is MiniSearch's own score, and little more than the candidates are scored.
 */
const SCORED_PER_CANDIDATE = 4;
/**
 * Titles scored first per document returned, before the rest are bounded: the more scored, the higher the
 * floor the rest must reach, at the cost of scoring titles that do not reach it.
 */
const TITLES_FIRST_PER_SLOT = 4;
/**
 * Other-script spellings searched per question word, closest skeletons first: a short skeleton agrees with
 * dozens of unrelated corpus words, each a posting list to walk.
 */
const MAX_SPELLINGS = 6;
/**
 * A name is about as common in one script as in another: a spelling found in other scripts that occurs in
 * more than this many times the passages the question's word does (or SPELLING_FLOOR, for a word the
 * archive lacks) is a common word sharing the name's skeleton ("تعاون" for "heteke"), not the name.
 */
const SPELLING_RATIO = 10;
const SPELLING_FLOOR = 20;
/** Rankings remembered per searcher; each holds at most `limit` documents with their passages. */
const REMEMBERED_RANKINGS = 200;

/** Passage hits and title scores (by document id) of one run of the indexes. */
interface Found {
  hits: PassageHit[];
  titles: Map<string, number>;
}

/** A searcher that can be saved and loaded again for an unchanged corpus and lexicon. */
export interface PersistentSearcher extends Searcher {
  /** Returns the indexes as JSON, for `loadSearcher`. */
  toJSON(): string;
  /** The same JSON in pieces, for writing to a file without building the whole text as one string. */
  jsonPieces(): Iterable<string>;
  update(change: CorpusChange): PersistentSearcher;
}

/**
 * A MiniSearch index as saved: its own JSON without postings, and the postings in our compact form; without
 * record tables too when they are saved as `records`.
 */
interface SavedIndex<T> {
  index: ReturnType<MiniSearch<T>["toJSON"]>;
  postings: SavedPostings;
  records?: SavedRecords;
}

interface Saved {
  format: string;
  corpus: string;
  lexicon: string;
  common: { words: string[]; entities: string[] };
  passages: SavedIndex<PassageRecord>;
  titles: SavedIndex<TitleRecord>;
  /** What the record ids stand for once the indexes were updated; absent, they are positions. */
  table?: SavedTable;
}

/** What every version of one searcher shares: the indexes (updated in place) and the lexicon's tools. */
interface Shared {
  indexes: Indexes;
  lexicon: LexiconLookup;
  expand: ReturnType<typeof createExpander>;
  prepare: Prepare;
  /** The table of the indexes as they are: only the searcher holding it may update them again. */
  latest: IndexTable;
}

/**
 * Builds the indexes over every paragraph and title of the corpus and returns a searcher; `meanwhile` is
 * called every few hundred passages, for a caller with work of its own to interleave.
 * @example createSearcher(corpus, lexicon).search("criptovalute")[0]?.docId // a Rome/Lyon version
 */
export function createSearcher(
  corpus: Corpus,
  lexicon: LexiconLookup,
  meanwhile?: () => void,
): PersistentSearcher {
  const passages = passagesOf(corpus);
  const indexes = buildIndexes(corpus, passages, lexicon.matcher, meanwhile);
  const table = positionalTable(corpus, passages);
  return searcherOver(shared(indexes, table, corpus, lexicon), corpus, table, false);
}

/**
 * Loads a searcher saved with `toJSON`, without re-indexing. Throws an Error when the saved index is not
 * one, or was built for another corpus or lexicon (rebuild with `createSearcher` then).
 */
export function loadSearcher(json: string, corpus: Corpus, lexicon: LexiconLookup): PersistentSearcher {
  const saved = JSON.parse(json) as Partial<Saved>;
  if (saved.format !== FORMAT || !saved.passages || !saved.titles || !saved.common) {
    throw new Error(`saved search index is not in the ${FORMAT} format`);
  }
  if (saved.corpus !== corpusFingerprint(corpus) || saved.lexicon !== lexiconFingerprint(lexicon)) {
    throw new Error("saved search index was built for another corpus or lexicon");
  }
  const indexes: Indexes = {
    passages: loadIndex(saved.passages, passageOptions()),
    titles: loadIndex(saved.titles, titleOptions()),
    common: { words: new Set(saved.common.words), entities: new Set(saved.common.entities) },
  };
  const table = saved.table ? loadTable(saved.table, corpus) : positionalTable(corpus, passagesOf(corpus));
  const state = shared(indexes, table, corpus, lexicon);
  return searcherOver(state, corpus, table, saved.table !== undefined);
}

function savedIndex<T>(index: MiniSearch<T>): SavedIndex<T> {
  const records = savedRecords(index);
  if (records === undefined) return { index: withoutPostings(index), postings: savedPostings(index) };
  return {
    index: withoutRecords(index, () => withoutPostings(index)),
    postings: savedPostings(index),
    records,
  };
}

/** Loads an index saved by `savedIndex`, its postings frozen. Throws an Error when it is not one. */
function loadIndex<T>(saved: Partial<SavedIndex<T>>, options: Options<T>): MiniSearch<T> {
  if (!saved.index || !saved.postings) throw new Error(`saved search index is not in the ${FORMAT} format`);
  const index = MiniSearch.loadJS(saved.index, options);
  restorePostings(index, saved.postings);
  if (saved.records) restoreRecords(index, saved.records);
  else freezeRecordTables(index);
  return index;
}

function shared(indexes: Indexes, table: IndexTable, built: Corpus, lexicon: LexiconLookup): Shared {
  return {
    indexes,
    lexicon,
    expand: rememberLast(createExpander(lexicon)),
    prepare: lazyPreparer(built, lexicon.matcher),
    latest: table,
  };
}

function searcherOver(
  state: Shared,
  corpus: Corpus,
  table: IndexTable,
  updated: boolean,
): PersistentSearcher {
  const { indexes, lexicon, expand } = state;
  const { matcher } = lexicon;
  const { common } = indexes;
  const docs = new Map(corpus.docs.map((doc) => [doc.id, doc]));
  const lead = (docId: string): PassageHit | undefined => {
    const doc = docs.get(docId);
    const first = doc?.paragraphs[0];
    if (!doc || !first) return undefined;
    return {
      docId,
      paragraph: first.index,
      text: first.text,
      lang: doc.lang,
      score: 0,
      terms: [],
      entities: [],
    };
  };

  /**
   * Rankings by the concepts searched: many questions ("fentanyl", "latest on fentanyl", "फेंटानिल के बारे
   * में") search the same concepts, and a popular topic's long posting lists are the costliest to walk.
   */
  const rankings = createLru<string, DocumentHit[]>(REMEMBERED_RANKINGS);
  const passagePass = createCandidateFilter();
  const titlePass = createCandidateFilter();
  let skeletons: StepwiseBuild<SkeletonIndex> | undefined;
  const skeletonBuild = (): StepwiseBuild<SkeletonIndex> => {
    skeletons ??= stepwise(
      skeletonSteps(table.passages.filter((passage): passage is Passage => passage !== undefined)),
    );
    return skeletons;
  };
  const skeletonsOf = (): SkeletonIndex => skeletonBuild().finish();
  /** The plan with each word the thesaurus does not know also spelt as the corpus spells it in other scripts. */
  const plan = (question: string): ExpansionPlan => {
    const planned = expand(question);
    if (!planned.plan.some((concept) => concept.kind === "word" && !isStopword(concept.word, "any")))
      return planned;
    const index = skeletonsOf();
    const added: string[] = [];
    const spellingsOf = planned.plan.map((concept) =>
      concept.kind === "word" && !isStopword(concept.word, "any")
        ? crossScriptSpellings(
            concept.raw ?? concept.word,
            index,
            documentFrequency(indexes.passages, concept.word) === 0,
          )
        : [],
    );
    // Two words in a row may be a name whose parts are too short to match alone ("Jürgen Stock").
    planned.plan.forEach((concept, at) => {
      const next = planned.plan[at + 1];
      if (concept.kind !== "word" || next?.kind !== "word") return;
      if (isStopword(concept.word, "any") || isStopword(next.word, "any")) return;
      const [firsts, seconds] = crossScriptPair(concept.raw ?? concept.word, next.raw ?? next.word, index);
      spellingsOf[at]?.push(...firsts);
      spellingsOf[at + 1]?.push(...seconds);
    });
    const concepts = planned.plan.map((concept, at): Concept => {
      if (concept.kind !== "word") return concept;
      const most =
        SPELLING_RATIO * Math.max(SPELLING_FLOOR, documentFrequency(indexes.passages, concept.word));
      // A name is never a function word: "les", "kuhusu" or "पर" sharing a skeleton with it would only bring
      // in their posting lists, the longest of the index.
      const spellings = [...new Set(spellingsOf[at] ?? [])]
        .filter(
          (spelling) => !isStopword(spelling, "any") && documentFrequency(indexes.passages, spelling) <= most,
        )
        .slice(0, MAX_SPELLINGS);
      if (spellings.length === 0) return concept;
      added.push(...spellings);
      return { ...concept, spellings };
    });
    const groups = planned.concepts.map((group) => {
      const at = planned.plan.findIndex((concept) => concept.kind === "word" && concept.word === group[0]);
      const word = at >= 0 ? concepts[at] : undefined;
      return word?.kind === "word" ? [...group, ...(word.spellings ?? [])] : group;
    });
    return added.length === 0
      ? planned
      : { ...planned, plan: concepts, concepts: groups, expansions: [...planned.expansions, ...added] };
  };

  const run = (
    concepts: readonly Concept[],
    candidates: number,
    limit: number,
    otherLanguages: number,
  ): Found => {
    const owners = conceptOwners(concepts, common.entities);
    const hits: PassageHit[] = [];
    const crowded = new Set(
      concepts.flatMap((concept) =>
        concept.kind === "entity" && documentFrequency(indexes.passages, concept.entityId) >= candidates
          ? [concept.entityId]
          : [],
      ),
    );
    const scored = candidates * SCORED_PER_CANDIDATE;
    const query = passageQuery(concepts, owners, crowded);
    const results = passagePass.search(indexes.passages, query, owners, scored, candidates);
    for (const result of results.slice(0, candidates)) {
      const passage = table.passages[result.id as number];
      if (passage)
        hits.push(passageHit(passage, coordinatedScore(result, owners), result.terms, result.match));
    }
    // A title counts only for a document that can be returned: one scoring at least as the returned do, a
    // score its passages and title make (aggregate.ts).
    const fromPassages = passageScores(hits);
    const floorOf = (results: readonly SearchResult[]): number => {
      const least = new Map(fromPassages);
      for (const result of results) {
        const docId = table.titleDocs[result.id as number];
        if (docId === undefined) continue;
        least.set(docId, (least.get(docId) ?? 0) + TITLE_WEIGHT * coordinatedScore(result, owners));
      }
      return returnableFloor(Float64Array.from(least.values()), limit, otherLanguages > 0) / TITLE_WEIGHT;
    };
    const titleResults = titlePass.searchAbove(
      indexes.titles,
      titleQuery(concepts),
      owners,
      (id) => (fromPassages.get(table.titleDocs[id as number] ?? "") ?? 0) / TITLE_WEIGHT,
      limit * TITLES_FIRST_PER_SLOT,
      floorOf,
    );
    const titles = new Map<string, number>();
    for (const result of titleResults) {
      const docId = table.titleDocs[result.id as number];
      if (docId !== undefined) titles.set(docId, TITLE_WEIGHT * coordinatedScore(result, owners));
    }
    return { hits, titles };
  };

  /** The searcher as saved, in pieces (see jsonPieces). */
  const savedPieces = (): Iterable<string> => {
    const saved: Saved = {
      format: FORMAT,
      corpus: corpusFingerprint(corpus),
      lexicon: lexiconFingerprint(lexicon),
      common: { words: [...common.words], entities: [...common.entities] },
      passages: savedIndex(indexes.passages),
      titles: savedIndex(indexes.titles),
      ...(updated ? { table: saveTable(table) } : {}),
    };
    return jsonPieces(saved);
  };

  return {
    expand(question) {
      const { text, terms, entityIds, expansions, concepts, apart, words } = plan(question);
      return {
        text,
        terms: [...terms],
        entityIds: [...entityIds],
        expansions: [...expansions],
        concepts: concepts.map((group) => [...group]),
        apart: apart.map((group) => [...group]),
        words: [...words],
      };
    },
    search(question, options: SearchOptions = {}): DocumentHit[] {
      const planned = plan(question);
      if (planned.plan.length === 0) return [];
      const limit = options.limit ?? DEFAULT_LIMIT;
      const perDoc = options.passages ?? DEFAULT_PASSAGES;
      const candidates = Math.max(MIN_CANDIDATES, limit * perDoc * CANDIDATES_PER_SLOT);
      const tiers = searchTiers(planned.plan, common);
      // Once the indexes moved on, this searcher's rankings would still show what they no longer hold.
      const current = state.latest === table;
      const otherLanguages = options.otherLanguages ?? 0;
      const key = `${limit}\u0000${perDoc}\u0000${otherLanguages}\u0000${JSON.stringify(tiers)}`;
      let ranked = current ? rankings.get(key) : undefined;
      if (!ranked) {
        let found: Found = { hits: [], titles: new Map() };
        for (const tier of tiers) {
          found = run(tier, candidates, limit, otherLanguages);
          if (found.hits.length > 0 || found.titles.size > 0) break;
        }
        ranked = aggregateByDocument(found.hits, found.titles, {
          limit,
          passages: perDoc,
          otherLanguages,
          info: (docId) => ({ title: docs.get(docId)?.title ?? docId, lang: docs.get(docId)?.lang ?? "und" }),
          lead,
        });
        if (current) rankings.set(key, ranked);
      }
      const named = new Set(planned.entityIds);
      return ranked.map((doc) => ({
        ...doc,
        passages: doc.passages.map((passage) => withSpelledTerms(passage, matcher, named)),
      }));
    },
    prepare: (budgetMs) => skeletonBuild().advance(budgetMs),
    toJSON() {
      return [...savedPieces()].join("");
    },
    jsonPieces: () => savedPieces(),
    update(change) {
      // The indexes moved on since this searcher was made: its table no longer describes them.
      if (state.latest !== table) return createSearcher(change.corpus, lexicon);
      state.latest = applyChange(indexes, table, change, state.prepare);
      return searcherOver(state, change.corpus, state.latest, true);
    },
  };
}

/** Items of a long array stringified together: pieces of some tens of kilobytes. */
const PIECE_ITEMS = 1000;

/**
 * Yields the JSON text of a value (plain objects, arrays and JSON scalars, as MiniSearch's toJSON gives)
 * in pieces: plain objects key by key and long arrays PIECE_ITEMS items at a time, so a large index never
 * becomes one string. Joined, the pieces are JSON.stringify(value).
 */
function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length <= PIECE_ITEMS) {
      yield JSON.stringify(value);
      return;
    }
    yield "[";
    for (let at = 0; at < value.length; at += PIECE_ITEMS) {
      const part = JSON.stringify(value.slice(at, at + PIECE_ITEMS));
      yield `${at === 0 ? "" : ","}${part.slice(1, -1)}`;
    }
    yield "]";
    return;
  }
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    yield JSON.stringify(value);
    return;
  }
  yield "{";
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === "function") continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    yield* jsonPieces(field);
    first = false;
  }
  yield "}";
}

function passageHit(
  passage: Passage,
  score: number,
  terms: readonly string[],
  match: Readonly<Record<string, readonly string[]>>,
): PassageHit {
  return {
    docId: passage.docId,
    paragraph: passage.paragraph,
    text: passage.text,
    lang: passage.lang,
    score,
    terms: terms.filter((term) => (match[term] ?? []).includes("body")),
    entities: terms.filter((term) => (match[term] ?? []).includes("entities")),
  };
}

/**
 * Returns the passage with the words that spell an entry the question names added to its terms (an entity
 * match leaves only its id in MiniSearch's matched terms): the tokens of each span naming one of those entries.
 */
function withSpelledTerms(
  passage: PassageHit,
  matcher: PhraseMatcher,
  entityIds: ReadonlySet<string>,
): PassageHit {
  const terms = new Set(passage.terms);
  const tokens = matchTokens(passage.text);
  for (const match of matcher.match(tokens, "all")) {
    if (!match.ids.some((id) => entityIds.has(id))) continue;
    for (let at = match.start; at < match.end; at++) terms.add((tokens[at] as MatchToken).norm);
  }
  return {
    ...passage,
    terms: [...terms],
    entities: passage.entities.filter((id) => entityIds.has(id)),
  };
}

/** Plans remembered per searcher: an answer expands its question, then searches it, which expands it again. */
const REMEMBERED_PLANS = 64;

/** Returns the expander remembering its last plans; plans are shared, so nothing may change them. */
function rememberLast(expand: (question: string) => ExpansionPlan): (question: string) => ExpansionPlan {
  const plans = createLru<string, ExpansionPlan>(REMEMBERED_PLANS);
  return (question) => {
    const known = plans.get(question);
    if (known) return known;
    const plan = expand(question);
    plans.set(question, plan);
    return plan;
  };
}

/**
 * The concept sets to search, each tried when the one before found nothing: the rare concepts, then every
 * concept but function words; a question of function words only is searched as it is. A question whose
 * rare words match nothing is not answered from its function words: "news about <unknown name>" is not
 * found rather than answered with every passage saying "about".
 */
function searchTiers(concepts: readonly Concept[], common: CommonKeys): Concept[][] {
  const topical = concepts.filter((concept) => !isFunctionWord(concept) && !framesQuestion(concept));
  const rare = topical.filter((concept) => !isCommon(concept, common));
  const tiers = [rare, topical.length > 0 ? topical : [...concepts]];
  return tiers.filter((tier, at) => tier.length > (at === 0 ? 0 : (tiers[at - 1] as Concept[]).length));
}

function isFunctionWord(concept: Concept): boolean {
  return concept.kind === "word" && isStopword(concept.word, "any");
}

/**
 * Whether a concept only frames the question ("what was decided about …", "novità su …"): searched, it
 * ranks the reports written in the asker's language above those on the topic in others, more so the
 * larger the archive (at 100,000 documents every source of such a question was in its language).
 */
function framesQuestion(concept: Concept): boolean {
  return concept.kind === "word" && isQuestionWord(concept.word);
}

/** Whether a concept is in so many passages that it is left out of a question that has rarer ones. */
function isCommon(concept: Concept, common: CommonKeys): boolean {
  return concept.kind === "word" ? common.words.has(concept.word) : common.entities.has(concept.entityId);
}
