/**
 * Compact per-document tables for a built MiniSearch index. MiniSearch keeps three Maps with an entry per
 * indexed record: short id → id, id → short id, and short id → field lengths (an array of its own per
 * record). At about 125 bytes a record they held 77 MB of the passage index at 100,000 documents. Our record
 * ids and short ids are small whole numbers, so each Map is replaced by a DenseMap (an array indexed by the
 * key, 8 bytes a record), and records with the same field lengths share one array.
 *
 * Saved, the tables are two flat arrays (`savedRecords`) instead of MiniSearch's objects keyed by short id:
 * at 100,000 documents turning those objects back into Maps was a quarter of loading the search index.
 *
 * Like frozen-postings.ts this reaches into MiniSearch's private fields (version 7); the tests in
 * tests/search/frozen-documents.test.ts hold MiniSearch to that layout.
 */
import type MiniSearch from "minisearch";

/** A key is kept in the array when it is a whole number below this many more than the keys held. */
const DENSE_SLACK = 1024;

/**
 * A Map from whole numbers, held as an array indexed by the key. MiniSearch reads, writes and iterates it as
 * the Map it replaces (in key order: its keys were inserted in that order, and its JSON sorts them anyway).
 * A key that is not a small whole number turns it into a Map of its own.
 */
class DenseMap<V> implements Map<number, V> {
  #values: (V | undefined)[];
  #size: number;
  #thawed: Map<number, V> | undefined;

  constructor(values: (V | undefined)[], size: number) {
    this.#values = values;
    this.#size = size;
  }

  get size(): number {
    return this.#thawed ? this.#thawed.size : this.#size;
  }

  get [Symbol.toStringTag](): string {
    return "Map";
  }

  get(key: number): V | undefined {
    return this.#thawed ? this.#thawed.get(key) : this.#values[key];
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: V): this {
    if (this.#thawed || !fitsDense(key, this.#size)) {
      this.#thaw().set(key, value);
      return this;
    }
    if (this.#values[key] === undefined) this.#size++;
    this.#values[key] = value;
    return this;
  }

  delete(key: number): boolean {
    if (this.#thawed) return this.#thawed.delete(key);
    if (this.#values[key] === undefined) return false;
    this.#values[key] = undefined;
    this.#size--;
    return true;
  }

  clear(): void {
    this.#thawed = undefined;
    this.#values = [];
    this.#size = 0;
  }

  *entries(): MapIterator<[number, V]> {
    if (this.#thawed) {
      yield* this.#thawed.entries();
      return;
    }
    for (let key = 0; key < this.#values.length; key++) {
      const value = this.#values[key];
      if (value !== undefined) yield [key, value];
    }
  }

  *keys(): MapIterator<number> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(each: (value: V, key: number, map: Map<number, V>) => void): void {
    for (const [key, value] of this.entries()) each(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  #thaw(): Map<number, V> {
    if (!this.#thawed) {
      this.#thawed = new Map(this.entries());
      this.#values = [];
    }
    return this.#thawed;
  }
}

/** Returns a function giving, for field lengths, the first equal array it was given: one array per distinct set. */
function lengthSharer(): (lengths: number[]) => number[] {
  const known = new Map<string, number[]>();
  return (lengths) => {
    const key = lengths.join(",");
    const first = known.get(key);
    if (first) return first;
    known.set(key, lengths);
    return lengths;
  };
}

function fitsDense(key: number, size: number): boolean {
  return Number.isInteger(key) && key >= 0 && key < 2 * size + DENSE_SLACK;
}

/** The array a DenseMap holds for a Map, or undefined when a key does not fit one. */
function denseValues<V>(
  map: ReadonlyMap<unknown, V>,
  shared: (value: V) => V,
): (V | undefined)[] | undefined {
  let last = -1;
  for (const key of map.keys()) {
    if (typeof key !== "number" || !fitsDense(key, map.size)) return undefined;
    last = Math.max(last, key);
  }
  const values = new Array<V | undefined>(last + 1).fill(undefined);
  for (const [key, value] of map) values[key as number] = shared(value);
  return values;
}

/** MiniSearch's per-record tables, as this module reads and replaces them. */
interface RecordTables {
  _documentIds: Map<unknown, unknown>;
  _idToShortId: Map<unknown, unknown>;
  _fieldLength: Map<unknown, number[]>;
}

/**
 * Replaces the index's per-record Maps by DenseMaps, in place, where their keys allow it; records with the
 * same field lengths then share one array. Returns how many tables it replaced (0 to 3). Searching,
 * serialising and updating the index give what they gave before.
 * @example freezeRecordTables(index) // 3
 */
export function freezeRecordTables<T>(index: MiniSearch<T>): number {
  const tables = index as unknown as RecordTables;
  let frozen = 0;
  const same = <V>(value: V): V => value;
  for (const name of ["_documentIds", "_idToShortId"] as const) {
    const values = denseValues(tables[name], same);
    if (values) {
      tables[name] = new DenseMap(values, tables[name].size);
      frozen++;
    }
  }
  const values = denseValues(tables._fieldLength, lengthSharer());
  if (values) {
    tables._fieldLength = new DenseMap(values, tables._fieldLength.size);
    frozen++;
  }
  return frozen;
}

/**
 * The record tables as saved beside MiniSearch's JSON (which then holds none): the id of each short id, -1
 * where there is none, and the field lengths of each short id, `fields` numbers each.
 */
export interface SavedRecords {
  ids: number[];
  lengths: number[];
  fields: number;
}

/**
 * Returns the index's record tables as flat arrays; undefined when a short id or id is not a small whole
 * number, or a record has no field lengths (MiniSearch's own JSON then keeps them).
 * @example savedRecords(index) // { ids: [0, 1, 2], lengths: [16, 2, 26, 0, 23, 1], fields: 2 }
 */
export function savedRecords<T>(index: MiniSearch<T>): SavedRecords | undefined {
  const tables = index as unknown as RecordTables;
  const fields = (index as unknown as { _fieldIds: Record<string, number> })._fieldIds;
  const width = Object.keys(fields).length;
  const shortIds = denseValues(tables._documentIds, (id) => id);
  if (shortIds === undefined) return undefined;
  const ids: number[] = [];
  const lengths: number[] = [];
  for (const [shortId, id] of shortIds.entries()) {
    const length = tables._fieldLength.get(shortId);
    if (id === undefined) {
      ids.push(-1);
      for (let field = 0; field < width; field++) lengths.push(0);
      continue;
    }
    if (typeof id !== "number" || !fitsDense(id, shortIds.length) || length?.length !== width)
      return undefined;
    ids.push(id);
    for (const value of length) lengths.push(value);
  }
  return { ids, lengths, fields: width };
}

/**
 * Returns MiniSearch's own JSON of the index without its record tables, for an index whose tables are saved
 * by `savedRecords`; `json` makes the JSON (MiniSearch's toJSON, or one leaving out more).
 */
export function withoutRecords<T, J>(index: MiniSearch<T>, json: () => J): J {
  const tables = index as unknown as RecordTables;
  const { _documentIds, _fieldLength } = tables;
  tables._documentIds = new Map();
  tables._fieldLength = new Map();
  try {
    return json();
  } finally {
    tables._documentIds = _documentIds;
    tables._fieldLength = _fieldLength;
  }
}

/**
 * Gives an index loaded from JSON without record tables the saved ones, as DenseMaps, records with the same
 * field lengths sharing one array. Throws an Error when they do not fit together.
 */
export function restoreRecords<T>(index: MiniSearch<T>, saved: SavedRecords): void {
  const { ids, lengths, fields } = saved;
  if (lengths.length !== ids.length * fields) throw new Error("saved record tables do not fit together");
  const documentIds: (number | undefined)[] = new Array(ids.length).fill(undefined);
  const fieldLength: (number[] | undefined)[] = new Array(ids.length).fill(undefined);
  const idToShortId: (number | undefined)[] = [];
  const shared = lengthSharer();
  let size = 0;
  for (let shortId = 0; shortId < ids.length; shortId++) {
    const id = ids[shortId] as number;
    if (id < 0) continue;
    if (!fitsDense(id, ids.length)) throw new Error(`saved record id ${id} is out of range`);
    size++;
    documentIds[shortId] = id;
    idToShortId[id] = shortId;
    fieldLength[shortId] = shared(lengths.slice(shortId * fields, (shortId + 1) * fields));
  }
  const tables = index as unknown as RecordTables;
  tables._documentIds = new DenseMap(documentIds, size);
  tables._idToShortId = new DenseMap(idToShortId, size);
  tables._fieldLength = new DenseMap(fieldLength, size);
}
