/**
 * Adding records to an empty MiniSearch index straight into frozen postings. MiniSearch's own `add` keeps a
 * Map per term and field, about 80 bytes a posting where a frozen posting takes 6: at 10,000 documents
 * building those Maps added 154 MB to the process's memory, building here 55 MB. MiniSearch still reads
 * each record (ids, field lengths, averages: its own code), but every term it would post goes into flat
 * columns of about 11 bytes a posting, laid out as a frozen pool at the end.
 *
 * This reaches into MiniSearch's private `addTerm` (version 7: called once per processed term with the field
 * id, the document's short id and the term) and `_fieldIds`; tests/search/frozen-build.test.ts holds it to
 * MiniSearch's own index.
 */
import type MiniSearch from "minisearch";
import { installPostings, MAX_FREQ, type PostingRuns } from "./frozen-postings.ts";

/** MiniSearch's per-term hook, as `add` calls it. */
type AddTerm = (fieldId: number, docId: number, term: string) => void;

/** A typed array that doubles when full. */
class Column<A extends Int32Array | Uint16Array | Uint8Array> {
  values: A;
  readonly #make: (length: number) => A;

  constructor(make: (length: number) => A) {
    this.#make = make;
    this.values = make(1024);
  }

  /** Makes room for position `at`. */
  reserve(at: number): void {
    if (at < this.values.length) return;
    const grown = this.#make(this.values.length * 2);
    grown.set(this.values);
    this.values = grown;
  }
}

/** Every posting as MiniSearch's `addTerm` calls come, one column per part. */
class Collector {
  readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  /** Per term, the position of its latest posting (-1: none yet). */
  readonly latest = new Column((length) => new Int32Array(length).fill(-1));
  readonly term = new Column((length) => new Int32Array(length));
  readonly doc = new Column((length) => new Int32Array(length));
  readonly field = new Column((length) => new Uint8Array(length));
  readonly freq = new Column((length) => new Uint16Array(length));
  count = 0;

  add(fieldId: number, docId: number, word: string): void {
    let id = this.termIds.get(word);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(word, id);
      this.terms.push(word);
      this.latest.reserve(id);
    }
    const last = this.latest.values[id] as number;
    // A record's terms come field by field, so a repeat of a term in a field is always its latest posting.
    if (last >= 0 && this.doc.values[last] === docId && this.field.values[last] === fieldId) {
      const freq = this.freq.values[last] as number;
      if (freq < MAX_FREQ) this.freq.values[last] = freq + 1;
      return;
    }
    const at = this.count++;
    this.term.reserve(at);
    this.doc.reserve(at);
    this.field.reserve(at);
    this.freq.reserve(at);
    this.term.values[at] = id;
    this.doc.values[at] = docId;
    this.field.values[at] = fieldId;
    this.freq.values[at] = 1;
    this.latest.values[id] = at;
  }

  /**
   * The postings as a frozen pool: grouped by term, then by field in the order the term was first posted in
   * each (the order of MiniSearch's Map), then by document as they came.
   */
  runs(fields: number): PostingRuns {
    const keys = this.terms.length * fields;
    const counts = new Int32Array(keys);
    const first = new Int32Array(keys).fill(-1);
    for (let at = 0; at < this.count; at++) {
      const key = (this.term.values[at] as number) * fields + (this.field.values[at] as number);
      if (counts[key] === 0) first[key] = at;
      counts[key] = (counts[key] as number) + 1;
    }
    const starts = new Int32Array(keys);
    const terms: PostingRuns["terms"] = [];
    let next = 0;
    this.terms.forEach((word, id) => {
      const fieldIds: number[] = [];
      for (let fieldId = 0; fieldId < fields; fieldId++)
        if (counts[id * fields + fieldId]) fieldIds.push(fieldId);
      fieldIds.sort((a, b) => (first[id * fields + a] as number) - (first[id * fields + b] as number));
      const runs: [number, number, number][] = [];
      for (const fieldId of fieldIds) {
        const count = counts[id * fields + fieldId] as number;
        starts[id * fields + fieldId] = next;
        runs.push([fieldId, next, count]);
        next += count;
      }
      terms.push([word, runs]);
    });
    const docs = new Int32Array(this.count);
    const freqs = new Uint16Array(this.count);
    for (let at = 0; at < this.count; at++) {
      const key = (this.term.values[at] as number) * fields + (this.field.values[at] as number);
      const to = starts[key] as number;
      starts[key] = to + 1;
      docs[to] = this.doc.values[at] as number;
      freqs[to] = this.freq.values[at] as number;
    }
    return { docs, freqs, terms };
  }
}

/**
 * Adds the records to an empty index with MiniSearch's own `add`, its postings going straight into a frozen
 * pool and its terms into a frozen term index; returns how many postings it holds. The index then searches,
 * saves and updates as one built with `addAll`.
 * @example addAllFrozen(new MiniSearch({ fields: ["text"] }), [{ id: 1, text: "fentanyl in Rome" }]) // 3
 */
export function addAllFrozen<T>(index: MiniSearch<T>, records: Iterable<T>): number {
  if (index.documentCount > 0) throw new Error("addAllFrozen: the index already holds documents");
  const collector = new Collector();
  const hook: AddTerm = (fieldId, docId, term) => collector.add(fieldId, docId, term);
  Object.defineProperty(index, "addTerm", { value: hook, configurable: true, writable: true });
  try {
    for (const record of records) index.add(record);
  } finally {
    delete (index as unknown as { addTerm?: AddTerm }).addTerm;
  }
  const fields = Object.keys((index as unknown as { _fieldIds: Record<string, number> })._fieldIds).length;
  installPostings(index, collector.runs(fields));
  return collector.count;
}
