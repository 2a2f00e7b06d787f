/**
 * A cheap first pass over a passage query, so MiniSearch scores only the passages that can reach the top.
 * MiniSearch makes a result object (score, terms, match) for every posting a query reaches and sorts them
 * all: a topic named in a tenth of an archive made a hundred thousand of them per question at 100,000
 * documents, most promoted to the old heap before they died, and the collections they caused were most of
 * /brief's slowest answers. The first pass walks the same postings through MiniSearch's own query planning
 * (terms, prefix and fuzzy derivations, boosts and weights) but adds each posting's BM25 score into typed
 * arrays reused from question to question. The passages whose estimate is among the best `keep` are then
 * the only ones MiniSearch scores: `search` hands it those passages' postings alone, `gate` gives the
 * `boostDocument` gate that lets only them through.
 *
 * When the caller reads only the top `take` results, the estimate is MiniSearch's own score: the sum, times the
 * query terms matched, with the words of an AND (the split phrase of a lexicon entry) counted only where they
 * all are. Then little more than `take` passages are scored, and they rank exactly as when MiniSearch scored
 * them all (the 1,200 bench questions at 100k, byte for byte). A query this cannot follow (several ANDs, a
 * word both ANDed and searched apart) keeps `keep` passages by an estimate that can only rate a passage
 * higher: every word apart, with the coordination search uses (concepts matched). Both passes replace
 * MiniSearch's `termResults` for their duration, and the first its `executeQuery` (to know what an AND
 * holds): this reaches into MiniSearch 7 as frozen-postings.ts does, and tests/search/top-candidates.test.ts
 * holds it to MiniSearch's own ranking.
 *
 * The title pass reads every result above a floor instead of the top ones (`searchAbove`): a title counts only
 * for a document that can be returned, which scores at least as the documents returned. There the estimate is a
 * bound on the coordinated score, the titles rated best are scored first to find the floor, and after them only
 * the titles whose bound, with what their document scores by its passages, reaches it. At 100,000 documents
 * the title pass had MiniSearch score up to 4,000 titles a question.
 */
import type MiniSearch from "minisearch";
import type { Query, SearchResult } from "minisearch";
import { type Chosen, eachPosting, eachPostingAmong } from "./frozen-postings.ts";
import type { Owners } from "./query.ts";

/** MiniSearch's BM25+ parameters, as it passes them to termResults. */
interface Bm25 {
  k: number;
  b: number;
  d: number;
}

/** The private parts of a MiniSearch 7 index the pass reads. */
interface IndexInternals {
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, unknown>;
  termResults?: TermResults;
}

type TermResults = (
  sourceTerm: string,
  derivedTerm: string,
  termWeight: number,
  termBoost: number,
  fieldTermData: Map<number, Map<number, number>> | undefined,
  fieldBoosts: Record<string, number>,
  boostDocument: unknown,
  bm25: Bm25,
  results?: Map<number, unknown>,
) => Map<number, unknown>;

/** Gates MiniSearch's scoring: 1 for a record id among the candidates, 0 for the rest. */
export type CandidateGate = (id: unknown) => number;

/** A first pass with its working arrays, kept for the life of a searcher. */
export interface CandidateFilter {
  /**
   * Returns the gate letting through the `keep` passages the query rates best, or undefined when the query
   * reaches no more than `keep` passages (MiniSearch may then score them all).
   */
  gate(index: MiniSearch, query: Query, owners: Owners, keep: number): CandidateGate | undefined;
  /**
   * Returns MiniSearch's results for the query, scored only for the passages `gate` lets through; the fuzzy
   * matches of its words are looked up once for both passes. With `take`, the caller reads only that many
   * results from the top: when the query's estimate is MiniSearch's own score (the module's comment says when), only the
   * passages that can rank among them are scored, however many `keep` allows.
   */
  search<T>(index: MiniSearch<T>, query: Query, owners: Owners, keep: number, take?: number): SearchResult[];
  /**
   * Returns MiniSearch's results for the query over the records a caller can need when it keeps only those
   * whose coordinated score (query.ts), plus what the record's document scores `besides` (by record id, 0 for
   * nothing), reaches a floor it finds in results: the `first` records rated best are scored, then those that
   * can still reach the floor `floorOf` finds in them. A record's bound (every word apart, times every concept
   * it touches) tells which can.
   */
  searchAbove<T>(
    index: MiniSearch<T>,
    query: Query,
    owners: Owners,
    besides: (id: unknown) => number,
    first: number,
    floorOf: (results: readonly SearchResult[]) => number,
  ): SearchResult[];
}

/** The term tree of a MiniSearch 7 index, as far as the fuzzy look-up. */
interface TermTree {
  fuzzyGet(term: string, maxDistance: number): Map<string, unknown>;
}

/**
 * Returns a first pass whose arrays grow to the largest index it is run on and are reused.
 * @example createCandidateFilter().gate(passages, passageQuery(concepts, owners), owners, 4000)
 */
export function createCandidateFilter(): CandidateFilter {
  let scores = new Float64Array(0);
  let concepts = new Int32Array(0);
  // The query terms each passage matched, as bits: MiniSearch multiplies a score by how many it matched.
  let termBits = new Int32Array(0);
  // What the words a query ANDs added, apart: only a passage holding them all has it in MiniSearch's score.
  let andScores = new Float64Array(0);
  let andBits = new Int32Array(0);
  let seen = new Uint8Array(0);
  // Where MiniSearch's results list a passage touched outside an AND, for one an AND dropped (see order).
  let outsideAt = new Int32Array(0);
  let touched: Int32Array<ArrayBuffer> = new Int32Array(1024);
  // Reused too: a fresh array per question was megabytes outside the heap each time, which V8 counts
  // towards its next full collection.
  let ranking = new Float64Array(1024);
  let allowed = new Uint8Array(0);
  let count = 0;
  const filter: CandidateFilter = {
    search(index, query, owners, keep, take) {
      return withFuzzyRemembered(index, () => {
        const chosen = select(index as unknown as MiniSearch, query, owners, keep, take);
        return chosen === undefined ? index.search(query) : narrowedSearch(index, query, chosen);
      });
    },
    searchAbove(index, query, owners, besides, first, floorOf) {
      return withFuzzyRemembered(index, () => {
        if (!ownedByFirstConcepts(owners)) return index.search(query);
        const { reached } = walk(index as unknown as MiniSearch, query, owners);
        try {
          if (reached <= first) return index.search(query);
          for (let at = 0; at < reached; at++) {
            const shortId = touched[at] as number;
            const bound = upperBound(shortId);
            scores[shortId] = bound;
            ranking[at] = bound;
          }
          const edge = kthLargest(ranking.subarray(0, reached), first);
          const ids = (index as unknown as IndexInternals)._documentIds;
          const chosen: number[] = [];
          const rest: number[] = [];
          for (let at = 0; at < reached; at++) {
            const shortId = touched[at] as number;
            // Any records will do to find the floor: ties at the edge past `first` wait for it like the rest.
            const bound = scores[shortId] as number;
            if (bound > edge || (bound === edge && chosen.length < first)) chosen.push(shortId);
            else rest.push(shortId);
          }
          const results = narrowedSearch(index, query, chosen);
          const floor = floorOf(results) * (1 - BOUND_SLACK);
          const more = rest.filter(
            (shortId) => (scores[shortId] as number) + besides(ids.get(shortId)) >= floor,
          );
          return more.length === 0 ? results : [...results, ...narrowedSearch(index, query, more)];
        } finally {
          clear(reached);
        }
      });
    },
    gate(index, query, owners, keep) {
      const chosen = select(index, query, owners, keep);
      if (chosen === undefined) return undefined;
      const internals = index as unknown as IndexInternals;
      const ids = new Set(chosen.map((shortId) => internals._documentIds.get(shortId)));
      return (id) => (ids.has(id) ? 1 : 0);
    },
  };
  /** Runs `search` with the fuzzy matches of each word looked up once, for every walk of the query in it. */
  const withFuzzyRemembered = <R>(index: object, search: () => R): R => {
    const terms = (index as { _index: TermTree })._index;
    const own = terms.fuzzyGet;
    const found = new Map<string, Map<string, unknown>>();
    // A copy each time: MiniSearch deletes the prefix matches from the map it is given.
    const remembered = (term: string, maxDistance: number): Map<string, unknown> => {
      const key = `${maxDistance}\u0000${term}`;
      let matches = found.get(key);
      if (!matches) {
        matches = own.call(terms, term, maxDistance);
        found.set(key, matches);
      }
      return new Map(matches);
    };
    const restore = replaced(terms, "fuzzyGet", remembered);
    try {
      return search();
    } finally {
      restore();
    }
  };
  /** MiniSearch's results for the query, scored for the chosen records (short ids) alone. */
  const narrowedSearch = <T>(
    index: MiniSearch<T>,
    query: Query,
    chosen: readonly number[],
  ): SearchResult[] => {
    for (const shortId of chosen) allowed[shortId] = 1;
    const among: Chosen = { sorted: Int32Array.from(chosen).sort(), allowed };
    const internals = index as unknown as IndexInternals & { termResults: TermResults };
    const inherited = internals.termResults;
    // MiniSearch is handed only the chosen records' postings (their count stays the list's, for the idf),
    // instead of visiting every posting to ask a gate.
    const narrowed: TermResults = (sourceTerm, derived, weight, boost, data, fields, _gate, bm25, results) =>
      inherited.call(
        index,
        sourceTerm,
        derived,
        weight,
        boost,
        data && chosenOnly(data, among),
        fields,
        undefined,
        bm25,
        results,
      );
    const unnarrow = replaced(internals, "termResults", narrowed);
    try {
      return index.search(query);
    } finally {
      unnarrow();
      for (const shortId of chosen) allowed[shortId] = 0;
    }
  };
  /**
   * Walks the query's postings into the arrays, each posting's BM25 score added as MiniSearch adds it; returns
   * how many records it reached (listed in `touched`) and the bits of the terms an AND holds (see andedTerms).
   */
  const walk = (
    index: MiniSearch,
    query: Query,
    owners: Owners,
  ): { reached: number; node: number | undefined } => {
    const internals = index as unknown as IndexInternals;
    if (scores.length < internals._nextId) {
      scores = new Float64Array(internals._nextId);
      concepts = new Int32Array(internals._nextId);
      termBits = new Int32Array(internals._nextId);
      andScores = new Float64Array(internals._nextId);
      andBits = new Int32Array(internals._nextId);
      seen = new Uint8Array(internals._nextId);
      outsideAt = new Int32Array(internals._nextId);
      allowed = new Uint8Array(internals._nextId);
    }
    const masks = conceptMasks(owners);
    const termAt = new Map<string, number>();
    const anded = andedTerms(index);
    count = 0;
    const add: TermResults = (
      sourceTerm,
      _derived,
      termWeight,
      termBoost,
      data,
      fieldBoosts,
      _gate,
      bm25,
    ) => {
      let at = termAt.get(sourceTerm);
      if (at === undefined) {
        at = termAt.size;
        termAt.set(sourceTerm, at);
      }
      const termBit = at < 31 ? 1 << at : 0;
      const inAnd = anded.note(termBit);
      if (data === undefined) return new Map();
      const mask = masks.get(sourceTerm) ?? 0;
      const into = inAnd ? andScores : scores;
      const bits = inAnd ? andBits : termBits;
      for (const [field, fieldBoost] of Object.entries(fieldBoosts)) {
        const fieldId = internals._fieldIds[field];
        const postings = fieldId === undefined ? undefined : data.get(fieldId);
        if (fieldId === undefined || postings === undefined) continue;
        const average = internals._avgFieldLength[fieldId] ?? 1;
        const matching = postings.size;
        const idf = Math.log(1 + (internals._documentCount - matching + 0.5) / (matching + 0.5));
        const weight = termWeight * termBoost * fieldBoost * idf;
        eachPosting(postings, (shortId, freq) => {
          const length = internals._fieldLength.get(shortId)?.[fieldId];
          if (length === undefined) return;
          if (seen[shortId] === 0) {
            seen[shortId] = 1;
            if (count === touched.length) touched = grown(touched);
            touched[count++] = shortId;
            if (!inAnd) outsideAt[shortId] = 2 * count - 1;
          } else if (!inAnd && outsideAt[shortId] === 0) outsideAt[shortId] = 2 * count;
          const relative = bm25.k * (1 - bm25.b + (bm25.b * length) / average);
          into[shortId] =
            (into[shortId] as number) + weight * (bm25.d + (freq * (bm25.k + 1)) / (freq + relative));
          concepts[shortId] = (concepts[shortId] as number) | mask;
          bits[shortId] = (bits[shortId] as number) | termBit;
        });
      }
      return new Map();
    };
    const restore = replaced(internals, "termResults", add);
    try {
      index.search(query);
    } finally {
      restore();
      anded.restore();
    }
    if (ranking.length < count) ranking = new Float64Array(Math.max(count, ranking.length * 2));
    return { reached: count, node: anded.exactMask() };
  };
  /**
   * An estimate a record's score cannot exceed, once walked: every word apart (an AND's whether held or not),
   * times every concept any of them owns.
   */
  const upperBound = (shortId: number): number =>
    ((scores[shortId] as number) + (andScores[shortId] as number)) *
    Math.max(1, bitCount(concepts[shortId] as number));
  /** Clears what a walk left in the arrays for the records it reached. */
  const clear = (reached: number): void => {
    for (let at = 0; at < reached; at++) {
      const shortId = touched[at] as number;
      scores[shortId] = 0;
      andScores[shortId] = 0;
      concepts[shortId] = 0;
      termBits[shortId] = 0;
      andBits[shortId] = 0;
      seen[shortId] = 0;
      outsideAt[shortId] = 0;
    }
  };
  /** The short ids of the passages worth scoring, or undefined when no more than `keep` are reached. */
  const select = (
    index: MiniSearch,
    query: Query,
    owners: Owners,
    keep: number,
    take?: number,
  ): number[] | undefined => {
    const { reached, node } = walk(index, query, owners);
    const exact = take !== undefined && node !== undefined;
    const kept = exact ? Math.min(keep, take + Math.ceil(take * EXACT_MARGIN)) : keep;
    // Exact: MiniSearch's own score, an AND's words counting only where they all are. Else an estimate that
    // can only rate a passage higher: every word apart, with the concepts matched.
    const estimate = exact
      ? (shortId: number): number => {
          const held = node !== 0 && ((andBits[shortId] as number) & node) === node;
          const score = (scores[shortId] as number) + (held ? (andScores[shortId] as number) : 0);
          return (
            score *
            Math.max(1, bitCount((termBits[shortId] as number) | (held ? (andBits[shortId] as number) : 0)))
          );
        }
      : upperBound;
    // Exact, MiniSearch ranks passages of equal scores as its results list them: the first ones are enough.
    const order = exact
      ? (shortId: number, at: number): number => {
          if (node === 0 || ((andBits[shortId] as number) & node) === node) return 2 * at + 1;
          return (outsideAt[shortId] as number) || Number.POSITIVE_INFINITY;
        }
      : undefined;
    const chosen =
      reached > kept ? best(estimate, scores, ranking, touched.subarray(0, reached), kept, order) : undefined;
    clear(reached);
    return chosen;
  };
  return filter;
}

/** Gives `holder` its own `key` for a while; returns what puts back the one it had (its own or inherited). */
function replaced<H extends object, K extends keyof H>(holder: H, key: K, value: H[K]): () => void {
  const own = Object.hasOwn(holder, key);
  const before = holder[key];
  holder[key] = value;
  return () => {
    if (own) holder[key] = before;
    else delete holder[key];
  };
}

/** Each query term's concepts as bits (the first 31 concepts; a question has a handful). */
function conceptMasks(owners: Owners): Map<string, number> {
  const masks = new Map<string, number>();
  for (const [term, list] of owners) {
    let mask = 0;
    for (const at of list) if (at < 31) mask |= 1 << at;
    masks.set(term, mask);
  }
  return masks;
}

/**
 * A record whose bound falls short of a floor by less than this share is scored all the same: the bound and
 * MiniSearch's score add the same terms in another order, which can differ in their last bits.
 */
const BOUND_SLACK = 1e-9;

/** Whether every concept owning a query term is among the first 31, which the concept bits count. */
function ownedByFirstConcepts(owners: Owners): boolean {
  for (const list of owners.values()) for (const at of list) if (at >= 31) return false;
  return true;
}

/**
 * Share of `take` scored beyond it when the estimate is MiniSearch's own score: the same sums, added in
 * another order, can differ in their last bits.
 */
const EXACT_MARGIN = 0.125;

/** Where a first pass is in a query's ANDs, while MiniSearch walks it. */
interface AndedTerms {
  /** Notes a term's bit as met where the walk is now; returns whether that is inside an AND. */
  note(termBit: number): boolean;
  /**
   * The bits of the terms the query ANDs (0 when it ANDs none), when its estimate can be made MiniSearch's own
   * score: one AND at most, of plain words, none of them also met outside it, no term beyond the 31st.
   */
  exactMask(): number | undefined;
  /** Gives the index its own query walk back. */
  restore(): void;
}

/** Follows MiniSearch's walk of a query (its `executeQuery`, called for every part) to tell ANDed terms apart. */
function andedTerms(index: MiniSearch): AndedTerms {
  const walker = index as unknown as {
    executeQuery: (query: Query, options?: { combineWith?: string }) => unknown;
  };
  const inherited = walker.executeQuery;
  let depth = 0;
  let ands = 0;
  let plain = true;
  let inside = 0;
  let outside = 0;
  let overflow = false;
  const restore = replaced(walker, "executeQuery", (query, options = {}) => {
    const combination = typeof query === "object" ? query : undefined;
    const opens =
      combination !== undefined &&
      (combination.combineWith ?? options.combineWith ?? "OR").toUpperCase() !== "OR";
    if (opens) {
      ands++;
      plain &&= depth === 0 && combination.queries.every((part) => typeof part === "string");
      depth++;
    }
    try {
      return inherited.call(walker, query, options);
    } finally {
      if (opens) depth--;
    }
  });
  return {
    note(termBit) {
      if (termBit === 0) overflow = true;
      if (depth > 0) inside |= termBit;
      else outside |= termBit;
      return depth > 0;
    },
    exactMask: () => (ands <= 1 && plain && !overflow && (inside & outside) === 0 ? inside : undefined),
    restore,
  };
}

/**
 * The short ids of the `keep` passages with the best estimates. Ties at the edge all pass, unless an `order`
 * (of a passage and its place among those touched) tells which of them MiniSearch ranks first: a word in every
 * passage of a popular topic's entry scores thousands of passages alike. Leaves each touched passage's estimate
 * in `scores`, and reorders `ranking`.
 */
function best(
  estimate: (shortId: number) => number,
  scores: Float64Array,
  ranking: Float64Array,
  touched: Int32Array,
  keep: number,
  order?: (shortId: number, at: number) => number,
): number[] {
  for (let at = 0; at < touched.length; at++) {
    const shortId = touched[at] as number;
    const value = estimate(shortId);
    scores[shortId] = value;
    ranking[at] = value;
  }
  const edge = kthLargest(ranking.subarray(0, touched.length), keep);
  const chosen: number[] = [];
  const ties: [shortId: number, place: number][] = [];
  for (let at = 0; at < touched.length; at++) {
    const shortId = touched[at] as number;
    const value = scores[shortId] as number;
    if (value > edge) chosen.push(shortId);
    else if (value === edge) ties.push([shortId, order ? order(shortId, at) : at]);
  }
  if (order) ties.sort((a, b) => a[1] - b[1]).splice(Math.max(0, keep - chosen.length));
  for (const [shortId] of ties) chosen.push(shortId);
  return chosen;
}

/** A term's postings in each field, as far as the chosen passages: MiniSearch reads `size`, `keys` and `get`. */
function chosenOnly(
  data: Map<number, Map<number, number>>,
  chosen: Chosen,
): Map<number, Map<number, number>> {
  const fields = new Map<number, Map<number, number>>();
  for (const [fieldId, postings] of data)
    fields.set(fieldId, new ChosenPostings(postings, chosen) as unknown as Map<number, number>);
  return fields;
}

/**
 * The postings of the chosen passages, with the whole list's size. Found when MiniSearch first reads them:
 * it reads only the fields the query searches, the keys first, then the frequency of each key in turn.
 */
class ChosenPostings {
  readonly #postings: Map<number, number>;
  readonly #chosen: Chosen;
  #ids: number[] = [];
  #freqs: number[] = [];
  #next = 0;

  constructor(postings: Map<number, number>, chosen: Chosen) {
    this.#postings = postings;
    this.#chosen = chosen;
  }

  get size(): number {
    return this.#postings.size;
  }

  keys(): IterableIterator<number> {
    const ids: number[] = [];
    const freqs: number[] = [];
    eachPostingAmong(this.#postings, this.#chosen, (shortId, freq) => {
      ids.push(shortId);
      freqs.push(freq);
    });
    this.#ids = ids;
    this.#freqs = freqs;
    this.#next = 0;
    return ids.values();
  }

  get(shortId: number): number | undefined {
    if (this.#ids[this.#next] === shortId) return this.#freqs[this.#next++];
    return this.#postings.get(shortId);
  }
}

/** The `k`-th largest value (1-based) of `values`, which it reorders (quickselect). */
function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let left = low;
    let right = high;
    while (left <= right) {
      while ((values[left] as number) > pivot) left++;
      while ((values[right] as number) < pivot) right--;
      if (left <= right) {
        const swap = values[left] as number;
        values[left] = values[right] as number;
        values[right] = swap;
        left++;
        right--;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else break;
  }
  return values[target] as number;
}

function bitCount(mask: number): number {
  let bits = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) bits++;
  return bits;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
