/**
 * Compact postings for a built MiniSearch index. MiniSearch keeps each term's postings in a field as a Map
 * from document short id to term frequency: about 80 bytes a posting, 97 of the 102 MB the searcher took at
 * 10,000 documents. An index built (frozen-build.ts) or loaded here has a FrozenPostings in place of every
 * such Map, reading from one shared pair of typed arrays (6 bytes a posting). A FrozenPostings behaves as the
 * Map it replaces: MiniSearch reads it when searching and serialising, and the first write to one (an update
 * adding or discarding documents, a vacuum) turns it back into a Map of its own.
 *
 * This reaches into MiniSearch's private `_index` (version 7: a SearchableMap from term to a Map from field
 * id to these postings). tests/search/frozen-postings.test.ts holds MiniSearch to that layout.
 */
import type MiniSearch from "minisearch";
import { frozenTermsOf } from "./frozen-terms.ts";

/** The postings MiniSearch keeps per term and field: document short id → term frequency. */
type Postings = Map<number, number>;

/** Every posting of a frozen index: document short ids and term frequencies, in runs per term and field. */
interface Pool {
  docs: Int32Array;
  /** A term is never in one passage more often than a Uint16 holds; more would add nothing to its score. */
  freqs: Uint16Array;
}

/** One term's postings in one field: a run of the pool, or its own Map once written to. */
class FrozenPostings implements Postings {
  readonly #pool: Pool;
  readonly #start: number;
  readonly #count: number;
  /** Where the last look-up found its document: MiniSearch reads the keys in order, then gets each. */
  #cursor: number;
  #thawed: Postings | undefined;

  constructor(pool: Pool, start: number, count: number) {
    this.#pool = pool;
    this.#start = start;
    this.#count = count;
    this.#cursor = start;
  }

  get size(): number {
    return this.#thawed ? this.#thawed.size : this.#count;
  }

  get [Symbol.toStringTag](): string {
    return "Map";
  }

  get(docId: number): number | undefined {
    if (this.#thawed) return this.#thawed.get(docId);
    const at = this.#find(docId);
    return at < 0 ? undefined : this.#pool.freqs[at];
  }

  has(docId: number): boolean {
    return this.#thawed ? this.#thawed.has(docId) : this.#find(docId) >= 0;
  }

  set(docId: number, freq: number): this {
    this.#thaw().set(docId, freq);
    return this;
  }

  delete(docId: number): boolean {
    return this.#thaw().delete(docId);
  }

  clear(): void {
    this.#thaw().clear();
  }

  *entries(): MapIterator<[number, number]> {
    if (this.#thawed) {
      yield* this.#thawed.entries();
      return;
    }
    const { docs, freqs } = this.#pool;
    for (let at = this.#start; at < this.#start + this.#count; at++)
      yield [docs[at] as number, freqs[at] as number];
  }

  *keys(): MapIterator<number> {
    if (this.#thawed) {
      yield* this.#thawed.keys();
      return;
    }
    const { docs } = this.#pool;
    for (let at = this.#start; at < this.#start + this.#count; at++) yield docs[at] as number;
  }

  /** Calls `visit` with each posting, read straight from the pool while frozen. */
  visitEach(visit: (docId: number, freq: number) => void): void {
    if (this.#thawed) {
      for (const [docId, freq] of this.#thawed) visit(docId, freq);
      return;
    }
    const { docs, freqs } = this.#pool;
    for (let at = this.#start; at < this.#start + this.#count; at++)
      visit(docs[at] as number, freqs[at] as number);
  }

  /** Calls `visit` with each posting whose document is in `chosen`, in document order. */
  visitAmong(chosen: Chosen, visit: (docId: number, freq: number) => void): void {
    if (this.#thawed) {
      for (const [docId, freq] of this.#thawed) if (chosen.allowed[docId] === 1) visit(docId, freq);
      return;
    }
    const { docs, freqs } = this.#pool;
    const end = this.#start + this.#count;
    const { sorted } = chosen;
    if (this.#count <= sorted.length * WALKED_PER_CHOSEN) {
      for (let at = this.#start; at < end; at++) {
        const docId = docs[at] as number;
        if (chosen.allowed[docId] === 1) visit(docId, freqs[at] as number);
      }
      return;
    }
    let at = this.#start;
    for (let next = 0; next < sorted.length && at < end; next++) {
      const docId = sorted[next] as number;
      // Galloping from where the last document was found: the chosen are few and the run is long.
      let low = at;
      let high = at;
      let step = 1;
      while (high < end && (docs[high] as number) < docId) {
        low = high + 1;
        high = low + step;
        step *= 2;
      }
      if (high > end) high = end;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((docs[middle] as number) < docId) low = middle + 1;
        else high = middle;
      }
      at = low;
      if (at < end && docs[at] === docId) {
        visit(docId, freqs[at] as number);
        at++;
      }
    }
  }

  *values(): MapIterator<number> {
    for (const [, freq] of this.entries()) yield freq;
  }

  forEach(each: (freq: number, docId: number, map: Map<number, number>) => void): void {
    for (const [docId, freq] of this.entries()) each(freq, docId, this);
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  /** The pool position of a document's posting, or -1: the next one after the last found, else a binary search. */
  #find(docId: number): number {
    const { docs } = this.#pool;
    const end = this.#start + this.#count;
    const next = this.#cursor + 1;
    if (next < end && docs[next] === docId) {
      this.#cursor = next;
      return next;
    }
    let low = this.#start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = docs[middle] as number;
      if (found === docId) {
        this.#cursor = middle;
        return middle;
      }
      if (found < docId) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #thaw(): Postings {
    this.#thawed ??= new Map(this.entries());
    return this.#thawed;
  }
}

/** The part of a MiniSearch index this module reads: term → field id → postings. */
type TermIndex = Iterable<[string, Map<number, Postings>]>;

/**
 * Writes postings into the pool from `start`, sorted by document so a look-up can search (MiniSearch adds in
 * id order, but a Map written to after its document's turn need not be); returns where the run ends.
 */
function fillRun(pool: Pool, start: number, postings: Postings): number {
  let at = start;
  let sorted = true;
  for (const [docId, freq] of postings) {
    if (at > start && docId < (pool.docs[at - 1] as number)) sorted = false;
    pool.docs[at] = docId;
    pool.freqs[at] = Math.min(freq, MAX_FREQ);
    at++;
  }
  if (!sorted) sortRun(pool, start, at);
  return at;
}

/** Sorts a run of the pool by document short id, keeping each frequency with its document. */
function sortRun(pool: Pool, start: number, end: number): void {
  const order = Array.from({ length: end - start }, (_, at) => start + at).sort(
    (a, b) => (pool.docs[a] as number) - (pool.docs[b] as number),
  );
  const docs = order.map((at) => pool.docs[at] as number);
  const freqs = order.map((at) => pool.freqs[at] as number);
  pool.docs.set(docs, start);
  pool.freqs.set(freqs, start);
}

/** The highest term frequency a posting keeps. */
export const MAX_FREQ = 0xffff;

/** Postings per chunk of the saved pool: a chunk is one string of the saved index, of about 5 MB. */
const SAVED_CHUNK = 1 << 20;

/**
 * An index's postings as saved beside MiniSearch's own JSON (which is saved without them): each term's runs
 * as [field id, start, count] into the pool, and the pool as base64 chunks of its typed arrays. Parsing
 * this is a few strings where MiniSearch's format is an object per posting.
 */
export interface SavedPostings {
  terms: [term: string, runs: [fieldId: number, start: number, count: number][]][];
  docs: string[];
  freqs: string[];
}

/**
 * Returns the index's postings as saved (frozen or not).
 * @example savedPostings(index).terms[0] // ["fentanyl", [[0, 0, 3]]]
 */
export function savedPostings<T>(index: MiniSearch<T>): SavedPostings {
  const terms: SavedPostings["terms"] = [];
  let total = 0;
  for (const [, fields] of termIndex(index)) for (const postings of fields.values()) total += postings.size;
  const pool: Pool = { docs: new Int32Array(total), freqs: new Uint16Array(total) };
  let at = 0;
  for (const [term, fields] of termIndex(index)) {
    const runs: [number, number, number][] = [];
    for (const [fieldId, postings] of fields) {
      const start = at;
      at = fillRun(pool, at, postings);
      runs.push([fieldId, start, at - start]);
    }
    terms.push([term, runs]);
  }
  return { terms, docs: base64Chunks(pool.docs), freqs: base64Chunks(pool.freqs) };
}

/**
 * Returns MiniSearch's own JSON of the index without its postings (they go in `savedPostings`).
 * @example withoutPostings(index).index // []
 */
export function withoutPostings<T>(index: MiniSearch<T>): ReturnType<MiniSearch<T>["toJSON"]> {
  const holder = index as unknown as { _index: TermIndex };
  const terms = holder._index;
  holder._index = [];
  try {
    return index.toJSON();
  } finally {
    holder._index = terms;
  }
}

/**
 * Gives an index loaded from `withoutPostings` JSON its saved terms and postings, frozen, without ever
 * building MiniSearch's tree of them. Throws an Error when they do not fit together (a pool shorter than a
 * run).
 */
export function restorePostings<T>(index: MiniSearch<T>, saved: SavedPostings): void {
  installPostings(index, {
    docs: new Int32Array(fromBase64Chunks(saved.docs, Int32Array.BYTES_PER_ELEMENT)),
    freqs: new Uint16Array(fromBase64Chunks(saved.freqs, Uint16Array.BYTES_PER_ELEMENT)),
    terms: saved.terms,
  });
}

/** Postings laid out as they are frozen: one pool, and each term's runs in it per field. */
export interface PostingRuns extends Pool {
  terms: SavedPostings["terms"];
}

/**
 * Gives the index these terms and postings, frozen, in place of whatever it held, without ever building
 * MiniSearch's tree or Maps of them. Throws an Error when they do not fit together (a pool shorter than a run).
 */
export function installPostings<T>(index: MiniSearch<T>, runs: PostingRuns): void {
  const pool: Pool = { docs: runs.docs, freqs: runs.freqs };
  if (pool.docs.length !== pool.freqs.length) throw new Error("postings: documents and frequencies differ");
  const terms: [string, Map<number, Postings>][] = [];
  for (const [term, termRuns] of runs.terms) {
    const fields = new Map<number, Postings>();
    for (const [fieldId, start, count] of termRuns) {
      if (start < 0 || count < 1 || start + count > pool.docs.length)
        throw new Error(`postings: the run of "${term}" is outside the pool`);
      fields.set(fieldId, new FrozenPostings(pool, start, count));
    }
    terms.push([term, fields]);
  }
  frozenTermsOf(index, terms);
}

/**
 * Returns in how many documents of the index the term occurs, in the field where it occurs most.
 * @example documentFrequency(passages, "kuhusu") // 41250 at 100,000 documents
 */
export function documentFrequency<T>(index: MiniSearch<T>, term: string): number {
  const fields = (
    index as unknown as { _index: { get(term: string): Map<number, Postings> | undefined } }
  )._index.get(term);
  let most = 0;
  for (const postings of fields?.values() ?? []) most = Math.max(most, postings.size);
  return most;
}

/** Some documents of an index: their short ids in ascending order, and a flag per short id. */
export interface Chosen {
  sorted: Int32Array;
  allowed: Uint8Array;
}

/**
 * A run at most this many times longer than the chosen documents is walked; a longer one is searched for
 * each of them, which costs a few steps a document.
 */
const WALKED_PER_CHOSEN = 8;

/**
 * Calls `visit` with each posting of a term in a field whose document is chosen, in the order `eachPosting`
 * visits them; a frozen run much longer than the chosen is searched for them rather than walked.
 */
export function eachPostingAmong(
  postings: Map<number, number>,
  chosen: Chosen,
  visit: (docId: number, freq: number) => void,
): void {
  if (postings instanceof FrozenPostings) postings.visitAmong(chosen, visit);
  else for (const [docId, freq] of postings) if (chosen.allowed[docId] === 1) visit(docId, freq);
}

/**
 * Calls `visit` with each posting of a term in a field (document short id, term frequency), without the
 * iterator a Map's entries make per posting when the postings are frozen.
 */
export function eachPosting(
  postings: Map<number, number>,
  visit: (docId: number, freq: number) => void,
): void {
  if (postings instanceof FrozenPostings) postings.visitEach(visit);
  else for (const [docId, freq] of postings) visit(docId, freq);
}

function termIndex<T>(index: MiniSearch<T>): TermIndex {
  return (index as unknown as { _index: TermIndex })._index;
}

function base64Chunks(values: Int32Array | Uint16Array): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < values.length; at += SAVED_CHUNK) {
    const part = values.subarray(at, at + SAVED_CHUNK);
    chunks.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString("base64"));
  }
  return chunks;
}

/** The bytes of base64 chunks, in a buffer of their own that a typed array of `width`-byte values can view. */
function fromBase64Chunks(chunks: readonly string[], width: number): ArrayBuffer {
  const buffers = chunks.map((chunk) => Buffer.from(chunk, "base64"));
  const bytes = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  if (bytes % width !== 0) throw new Error("saved postings: a pool cut short");
  // Copied into a buffer of its own: a decoded Buffer may sit at an offset a typed array cannot start at.
  const copy = new ArrayBuffer(bytes);
  const view = new Uint8Array(copy);
  let at = 0;
  for (const buffer of buffers) {
    view.set(buffer, at);
    at += buffer.length;
  }
  return copy;
}
