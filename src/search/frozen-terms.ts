/**
 * A compact term index for a built MiniSearch index. MiniSearch keeps its terms in a radix tree whose every
 * node is a Map: at 10,000 documents the trees were 10.6 MB of the searcher's 33 MB once the postings were
 * frozen. A FrozenTermIndex holds the terms as one sorted array beside their values, and answers what
 * MiniSearch asks of the tree when searching: get, has, prefix and fuzzy matches, iteration. The first
 * write that adds or removes a term (an update, a vacuum) turns it back into MiniSearch's own tree.
 *
 * This reaches into MiniSearch's private `_index` (version 7); tests/search/frozen-terms.test.ts holds it
 * to MiniSearch's own results.
 */
import type MiniSearch from "minisearch";

/** What MiniSearch keeps per term: field id → postings. */
type TermData = Map<number, Map<number, number>>;

/** MiniSearch's radix tree, as much of it as this module calls. */
interface TermTree extends Iterable<[string, TermData]> {
  readonly size: number;
  get(term: string): TermData | undefined;
  has(term: string): boolean;
  set(term: string, data: TermData): unknown;
  delete(term: string): unknown;
  fetch(term: string, initial: () => TermData): TermData;
  update(term: string, fn: (data: TermData | undefined) => TermData): unknown;
  clear(): void;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  entries(): Iterable<[string, TermData]>;
  keys(): Iterable<string>;
  values(): Iterable<TermData>;
  forEach(each: (data: TermData, term: string, map: TermTree) => void): void;
}

type TreeMaker = new () => TermTree;

/** The longest shared beginning a term records: a look-up fills the rows past it again, and skips no term wrongly. */
const MAX_SHARED = 255;

/** Terms in code-unit order, as `<` compares them, so each prefix's terms are one run of the array. */
class FrozenTermIndex implements TermTree {
  readonly #terms: string[];
  readonly #data: TermData[];
  /**
   * How many first characters each term shares with the one before it (at most 255): a fuzzy look-up keeps
   * its rows for them, and passes over a ruled-out prefix's terms without comparing strings.
   */
  readonly #shared: Uint8Array;
  /** Makes an empty radix tree of MiniSearch's, for a thaw. */
  readonly makeTree: TreeMaker;
  #thawed: TermTree | undefined;

  /** `terms` sorted, each with its data at the same position; `makeTree` makes an empty radix tree. */
  constructor(terms: string[], data: TermData[], makeTree: TreeMaker) {
    this.#terms = terms;
    this.#data = data;
    this.#shared = new Uint8Array(terms.length);
    for (let at = 1; at < terms.length; at++) {
      const before = terms[at - 1] as string;
      const term = terms[at] as string;
      let length = 0;
      while (
        length < MAX_SHARED &&
        term.charCodeAt(length) === before.charCodeAt(length) &&
        length < term.length
      )
        length++;
      this.#shared[at] = length;
    }
    this.makeTree = makeTree;
  }

  get size(): number {
    return this.#thawed ? this.#thawed.size : this.#terms.length;
  }

  get(term: string): TermData | undefined {
    if (this.#thawed) return this.#thawed.get(term);
    const at = this.#find(term);
    return this.#terms[at] === term ? this.#data[at] : undefined;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  /** A term already held is given as it is, so MiniSearch can add postings to it without a thaw. */
  fetch(term: string, initial: () => TermData): TermData {
    return this.get(term) ?? this.#thaw().fetch(term, initial);
  }

  set(term: string, data: TermData): this {
    this.#thaw().set(term, data);
    return this;
  }

  delete(term: string): boolean {
    const had = this.has(term);
    if (had) this.#thaw().delete(term);
    return had;
  }

  update(term: string, fn: (data: TermData | undefined) => TermData): this {
    this.#thaw().update(term, fn);
    return this;
  }

  clear(): void {
    this.#thaw().clear();
  }

  *atPrefix(prefix: string): Generator<[string, TermData]> {
    if (this.#thawed) {
      yield* this.#thawed.atPrefix(prefix);
      return;
    }
    for (let at = this.#find(prefix); at < this.#terms.length; at++) {
      const term = this.#terms[at] as string;
      if (!term.startsWith(prefix)) return;
      yield [term, this.#data[at] as TermData];
    }
  }

  /**
   * The terms within `maxDistance` edits of `query`, each with its data and distance. One Levenshtein row
   * per character of a term, kept while the next term shares the characters; a row whose every cell
   * exceeds the distance rules out every term with that prefix, skipped at once.
   */
  fuzzyGet(query: string, maxDistance: number): Map<string, [TermData, number]> {
    if (this.#thawed) return this.#thawed.fuzzyGet(query, maxDistance);
    const results = new Map<string, [TermData, number]>();
    const columns = query.length + 1;
    // A term longer than the query by more than the distance cannot match: rows stop there.
    const rows = columns + maxDistance;
    const matrix = new Uint8Array(rows * columns).fill(maxDistance + 1);
    for (let column = 0; column < columns; column++) matrix[column] = column;
    for (let row = 1; row < rows; row++) matrix[row * columns] = row;
    /** The rows filled for the previous term's first characters. */
    let filled = 0;
    let at = 0;
    while (at < this.#terms.length) {
      const term = this.#terms[at] as string;
      let depth = Math.min(filled, this.#shared[at] as number);
      let ruledOut = false;
      while (depth < term.length && depth + 1 < rows) {
        const row = depth + 1;
        const least = fillRow(matrix, row, columns, maxDistance, term.charCodeAt(depth), query);
        depth = row;
        if (least > maxDistance) {
          ruledOut = true;
          break;
        }
      }
      filled = depth;
      if (ruledOut) {
        // The terms after it that share its first `depth` characters are ruled out with it.
        at++;
        while (at < this.#terms.length && (this.#shared[at] as number) >= depth) at++;
        continue;
      }
      if (depth === term.length) {
        const distance = matrix[depth * columns + columns - 1] as number;
        if (distance <= maxDistance) results.set(term, [this.#data[at] as TermData, distance]);
      }
      at++;
    }
    return results;
  }

  *entries(): Generator<[string, TermData]> {
    if (this.#thawed) {
      yield* this.#thawed.entries();
      return;
    }
    for (let at = 0; at < this.#terms.length; at++)
      yield [this.#terms[at] as string, this.#data[at] as TermData];
  }

  *keys(): Generator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): Generator<TermData> {
    for (const [, data] of this.entries()) yield data;
  }

  forEach(each: (data: TermData, term: string, map: TermTree) => void): void {
    for (const [term, data] of this.entries()) each(data, term, this);
  }

  [Symbol.iterator](): Generator<[string, TermData]> {
    return this.entries();
  }

  /** The position of the first term not before `term`. */
  #find(term: string): number {
    let low = 0;
    let high = this.#terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#terms[middle] as string) < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #thaw(): TermTree {
    if (!this.#thawed) {
      const tree = new this.makeTree();
      for (let at = 0; at < this.#terms.length; at++)
        tree.set(this.#terms[at] as string, this.#data[at] as TermData);
      this.#thawed = tree;
    }
    return this.#thawed;
  }
}

/**
 * Fills one row of the Levenshtein matrix for the term's character `char` at `row`, within the band of
 * cells a match can pass through; returns the row's least cell.
 */
function fillRow(
  matrix: Uint8Array,
  row: number,
  columns: number,
  maxDistance: number,
  char: number,
  query: string,
): number {
  const here = row * columns;
  const above = here - columns;
  let least = matrix[here] as number;
  const first = Math.max(0, row - maxDistance - 1);
  const last = Math.min(columns - 1, row + maxDistance);
  for (let column = first; column < last; column++) {
    const replace = (matrix[above + column] as number) + (char === query.charCodeAt(column) ? 0 : 1);
    const remove = (matrix[above + column + 1] as number) + 1;
    const insert = (matrix[here + column] as number) + 1;
    const cell = Math.min(replace, remove, insert);
    matrix[here + column + 1] = cell;
    if (cell < least) least = cell;
  }
  return least;
}

/**
 * Gives the index these terms, with their data, as a FrozenTermIndex in place of its tree (whatever that
 * holds); returns how many terms it holds. A term given twice keeps its last data, as in a Map.
 */
export function frozenTermsOf<T>(index: MiniSearch<T>, terms: readonly [string, TermData][]): number {
  const holder = index as unknown as { _index: TermTree };
  const makeTree = (
    holder._index instanceof FrozenTermIndex ? holder._index.makeTree : holder._index.constructor
  ) as TreeMaker;
  const entries = [...new Map(terms)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  holder._index = new FrozenTermIndex(
    entries.map(([term]) => term),
    entries.map(([, data]) => data),
    makeTree,
  );
  return entries.length;
}
