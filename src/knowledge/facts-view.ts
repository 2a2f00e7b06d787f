/**
 * Facts per document read when asked for: a ReadonlyMap over the corpus's document ids whose values come
 * from a reader (the fact shelf, or an earlier view with some documents read again), with the last few kept.
 * Iterating reads every document's facts once, keeping none of them.
 */
import { createLru, type Lru } from "../core/index.ts";
import type { DocumentFacts } from "../extract/index.ts";

/** Documents whose facts are kept once read: an answer reads a few dozen. */
const REMEMBERED_FACTS = 256;

/** Facts per document id, read when asked for. */
export class FactsView implements ReadonlyMap<string, DocumentFacts> {
  readonly #ids: readonly string[];
  readonly #known: ReadonlySet<string>;
  readonly #memo: Lru<string, DocumentFacts> = createLru(REMEMBERED_FACTS);
  readonly #stored: (id: string) => DocumentFacts | undefined;
  /** Facts read again since the stored ones were written, by document id; they win over the stored. */
  readonly #fresh: ReadonlyMap<string, DocumentFacts>;

  /**
   * A view of the facts of `ids`, in that order: `fresh` ones first, else as `stored` reads them.
   * @example new FactsView(["a"], (id) => shelved(id)).get("a")?.lang // "sw"
   */
  constructor(
    ids: readonly string[],
    stored: (id: string) => DocumentFacts | undefined,
    fresh: ReadonlyMap<string, DocumentFacts> = new Map(),
  ) {
    this.#ids = ids;
    this.#known = new Set(ids);
    this.#stored = stored;
    this.#fresh = fresh;
  }

  /**
   * Returns the view of another set of documents with these facts read again: they and the ones read again
   * before win over the stored ones. Views made one from another keep one layer, however many.
   */
  withFresh(fresh: ReadonlyMap<string, DocumentFacts>, ids: readonly string[]): FactsView {
    const known = new Set(ids);
    const merged = new Map([...this.#fresh].filter(([id]) => known.has(id)));
    for (const [id, facts] of fresh) merged.set(id, facts);
    return new FactsView(ids, this.#stored, merged);
  }

  #read(id: string): DocumentFacts | undefined {
    return this.#fresh.get(id) ?? this.#stored(id);
  }

  get size(): number {
    return this.#ids.length;
  }

  /** Returns a document's facts, read now unless read lately. */
  get(id: string): DocumentFacts | undefined {
    if (!this.#known.has(id)) return undefined;
    const known = this.#memo.get(id);
    if (known) return known;
    const facts = this.#read(id);
    if (facts) this.#memo.set(id, facts);
    return facts;
  }

  /** Whether the view has the document (every document of the corpus it was made for has facts). */
  has(id: string): boolean {
    return this.#known.has(id);
  }

  *entries(): MapIterator<[string, DocumentFacts]> {
    for (const id of this.#ids) {
      const facts = this.#memo.get(id) ?? this.#read(id);
      if (facts) yield [id, facts];
    }
  }

  *keys(): MapIterator<string> {
    yield* this.#ids;
  }

  *values(): MapIterator<DocumentFacts> {
    for (const [, facts] of this.entries()) yield facts;
  }

  forEach(each: (facts: DocumentFacts, id: string, map: ReadonlyMap<string, DocumentFacts>) => void): void {
    for (const [id, facts] of this.entries()) each(facts, id, this);
  }

  [Symbol.iterator](): MapIterator<[string, DocumentFacts]> {
    return this.entries();
  }
}
