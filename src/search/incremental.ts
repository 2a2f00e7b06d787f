/**
 * Updating built indexes for a rescanned corpus instead of rebuilding them: the records of changed and
 * removed documents are discarded (MiniSearch drops them from results at once and vacuums its postings
 * later), and added and changed documents get records under fresh ids. Left as built: the glue splitter's
 * word frequencies and the common words and entities, which describe the corpus the indexes were built
 * from; a restart rebuilds them. A new word glued to another is therefore split only against the words the
 * first build knew.
 */
import type { Corpus, CorpusChange, LangCode, PhraseMatcher } from "../corpus/index.ts";
import { type Indexes, passageFrequencies, prepare } from "./build.ts";
import { createGlueSplitter } from "./glue.ts";
import { type Passage, passagesOf } from "./passages.ts";

/** What each MiniSearch record id stands for; a hole (undefined) where a record was discarded. */
export interface IndexTable {
  /** Passage by passage record id. */
  passages: readonly (Passage | undefined)[];
  /** Document id by title record id. */
  titleDocs: readonly (string | undefined)[];
}

/** The table as saved beside the indexes: [document id, paragraph] per passage record, null for a hole. */
export interface SavedTable {
  passages: ([string, number] | null)[];
  titles: (string | null)[];
}

/** Index words and entity ids of a text, as build.ts prepares them. */
export type Prepare = (text: string, lang: LangCode) => { words: string[]; entities: string[] };

/**
 * Returns the table of freshly built indexes, whose ids are positions in `passagesOf(corpus)` and
 * `corpus.docs`.
 */
export function positionalTable(corpus: Corpus, passages: readonly Passage[]): IndexTable {
  return { passages, titleDocs: corpus.docs.map((doc) => doc.id) };
}

/**
 * Returns a `Prepare` that splits glued words against the frequencies of `corpus` (the corpus the indexes
 * were built from), computed on first use: a searcher that is never updated never pays for them.
 */
export function lazyPreparer(corpus: Corpus, matcher: PhraseMatcher): Prepare {
  let split: ((token: string) => string[] | undefined) | undefined;
  return (text, lang) => {
    split ??= createGlueSplitter(passageFrequencies(corpus), matcher.vocabulary);
    return prepare(text, matcher, split, lang);
  };
}

/**
 * Discards the records of changed and removed documents from `indexes` and adds records for the added and
 * changed ones; returns the table for the indexes as they now are. Mutates `indexes`, never `table`, so a
 * searcher holding the old table keeps answering, without the documents that changed.
 */
export function applyChange(
  indexes: Indexes,
  table: IndexTable,
  change: CorpusChange,
  prepareText: Prepare,
): IndexTable {
  const incoming = [...change.added, ...change.changed];
  const gone = new Set([...change.removed, ...incoming.map((doc) => doc.id)]);
  const passages = table.passages.slice();
  const titleDocs = table.titleDocs.slice();
  indexes.passages.discardAll(discardWhere(passages, (passage) => gone.has(passage.docId)));
  indexes.titles.discardAll(discardWhere(titleDocs, (docId) => gone.has(docId)));
  for (const doc of incoming) {
    const title = prepareText(doc.title, doc.lang);
    indexes.titles.add({ id: titleDocs.length, title: [...title.words, ...title.entities].join(" ") });
    titleDocs.push(doc.id);
    for (const passage of passagesOf({ ...change.corpus, docs: [doc] })) {
      const body = prepareText(passage.text, passage.lang);
      indexes.passages.add({
        id: passages.length,
        body: body.words.join(" "),
        entities: body.entities.join(" "),
      });
      passages.push(passage);
    }
  }
  return { passages, titleDocs };
}

/** Returns the table in its saved form. */
export function saveTable(table: IndexTable): SavedTable {
  return {
    passages: table.passages.map((passage) => (passage ? [passage.docId, passage.paragraph] : null)),
    titles: table.titleDocs.map((docId) => docId ?? null),
  };
}

/**
 * Returns the table a saved one describes, its passages read from `corpus`. Throws an Error when it names a
 * paragraph the corpus does not have.
 */
export function loadTable(saved: SavedTable, corpus: Corpus): IndexTable {
  const docs = new Map(corpus.docs.map((doc) => [doc.id, doc]));
  const passages = saved.passages.map((entry): Passage | undefined => {
    if (entry === null) return undefined;
    const [docId, index] = entry;
    const doc = docs.get(docId);
    const paragraph = doc?.paragraphs.find((candidate) => candidate.index === index);
    if (!doc || !paragraph) throw new Error(`saved search index names ${docId} ¶${index}, not in the corpus`);
    return { docId, title: doc.title, lang: doc.lang, paragraph: index, text: paragraph.text };
  });
  return { passages, titleDocs: saved.titles.map((docId) => docId ?? undefined) };
}

/** Empties the slots whose value matches, returning their ids. */
function discardWhere<T>(slots: (T | undefined)[], matches: (value: T) => boolean): number[] {
  const ids: number[] = [];
  slots.forEach((value, id) => {
    if (value !== undefined && matches(value)) {
      ids.push(id);
      slots[id] = undefined;
    }
  });
  return ids;
}
