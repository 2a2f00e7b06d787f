/**
 * From concepts to MiniSearch queries, and from MiniSearch results back to scores coordinated by concept.
 *
 * Boosts: in the passage index an entity id (boost 3) outweighs a plain word (boost 1) — an id stands for
 * every spelling in every script and was matched as a whole phrase, so it is the most precise evidence of
 * what a paragraph is about. Titles are searched in their own index and weigh twice a paragraph
 * (TITLE_WEIGHT in index.ts): a title states what the whole document is about.
 */
import type { Query, SearchResult } from "minisearch";
import { allowedEdits, type Concept } from "./expand.ts";

const ENTITY_BOOST = 3;
const WORD_BOOST = 1;
/** Related entries (fentanyl → synthetic drugs) count, but far less than the entry asked about. */
const RELATED_WEIGHT = 0.25;
/** The words of a thesaurus phrase found apart count for less than the phrase. */
const SPLIT_PHRASE_WEIGHT = 0.5;
/** Prefix matching starts at this length: shorter prefixes match a large share of the vocabulary. */
const MIN_PREFIX_LENGTH = 4;

/** For each query term, the concepts (by position) it serves. */
export type Owners = ReadonlyMap<string, readonly number[]>;

/**
 * Returns which concepts each query term serves: an entity's id and its related ids, a word itself.
 * Related ids listed in `skip` (too common to be worth their posting lists) are left out.
 */
export function conceptOwners(
  concepts: readonly Concept[],
  skip: ReadonlySet<string>,
): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  const own = (term: string, at: number): void => {
    const list = owners.get(term) ?? [];
    if (!list.includes(at)) list.push(at);
    owners.set(term, list);
  };
  concepts.forEach((concept, at) => {
    if (concept.kind === "word") {
      own(concept.word, at);
      for (const spelling of concept.spellings ?? []) own(spelling, at);
      return;
    }
    own(concept.entityId, at);
    for (const id of concept.related) if (!skip.has(id)) own(id, at);
  });
  return owners;
}

/**
 * The query over passages: entity ids in `entities`, words (with prefix and fuzzy) in `body`. The words of
 * an entry in `crowded` are not also searched apart: its phrase alone fills every candidate place, and its
 * words are often the commonest of the index ("police", "cooperation").
 */
export function passageQuery(
  concepts: readonly Concept[],
  owners: Owners,
  crowded: ReadonlySet<string> = new Set(),
): Query {
  return {
    combineWith: "OR",
    queries: concepts.map((concept) => {
      if (concept.kind === "word") return wordQuery(concept, "body", WORD_BOOST);
      const related = concept.related.filter((id) => owners.has(id));
      const queries: Query[] = [
        {
          queries: [concept.entityId],
          fields: ["entities"],
          boost: { entities: ENTITY_BOOST * concept.weight },
        },
      ];
      if (related.length > 0) {
        const boost = ENTITY_BOOST * concept.weight * RELATED_WEIGHT;
        queries.push({ queries: related, fields: ["entities"], boost: { entities: boost } });
      }
      if (!crowded.has(concept.entityId)) queries.push(...splitPhrase(concept, "body"));
      return { combineWith: "OR", queries, prefix: false, fuzzy: false };
    }),
  };
}

/** The query over titles: entity ids and words in the one `title` field. */
export function titleQuery(concepts: readonly Concept[]): Query {
  return {
    combineWith: "OR",
    queries: concepts.map((concept) =>
      concept.kind === "word"
        ? wordQuery(concept, "title", WORD_BOOST)
        : {
            combineWith: "OR",
            queries: [
              {
                queries: [concept.entityId],
                fields: ["title"],
                boost: { title: ENTITY_BOOST * concept.weight },
              },
              ...splitPhrase(concept, "title"),
            ],
            prefix: false,
            fuzzy: false,
          },
    ),
  };
}

/**
 * Returns a result's score with MiniSearch's coordination factor (number of query terms matched) replaced
 * by the number of concepts matched: several spellings or related ids of one entry are one concept.
 */
export function coordinatedScore(result: SearchResult, owners: Owners): number {
  return (
    (result.score / Math.max(1, result.queryTerms.length)) * Math.max(1, conceptsMatched(result, owners))
  );
}

/**
 * How many concepts a result's query terms belong to: as bits for the first 31 concepts (a question has a
 * handful), as a set beyond. Scored for every result a question reaches, a set each was a tenth of what
 * /brief allocated at 100,000 documents.
 */
function conceptsMatched(result: SearchResult, owners: Owners): number {
  let bits = 0;
  let beyond: Set<number> | undefined;
  for (const term of result.queryTerms)
    for (const owner of owners.get(term) ?? []) {
      if (owner < 31) {
        bits |= 1 << owner;
        continue;
      }
      beyond ??= new Set();
      beyond.add(owner);
    }
  let count = beyond?.size ?? 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** A text may split the phrase ("traffico di armi e di migranti"): all the question's words, as plain words. */
function splitPhrase(concept: Extract<Concept, { kind: "entity" }>, field: string): Query[] {
  if (concept.surface.length < 2) return [];
  return [
    {
      combineWith: "AND",
      queries: concept.surface,
      fields: [field],
      boost: { [field]: WORD_BOOST * concept.weight * SPLIT_PHRASE_WEIGHT },
    },
  ];
}

/** A word with prefix and fuzzy matching, or'ed with its other-script spellings matched exactly. */
function wordQuery(concept: Extract<Concept, { kind: "word" }>, field: string, boost: number): Query {
  const { word, spellings = [] } = concept;
  const edits = allowedEdits(word);
  const own: Query = {
    queries: [word],
    fields: [field],
    boost: { [field]: boost },
    prefix: word.length >= MIN_PREFIX_LENGTH,
    fuzzy: edits > 0 ? edits : false,
  };
  if (spellings.length === 0) return own;
  const other: Query = {
    queries: spellings,
    fields: [field],
    boost: { [field]: boost },
    prefix: false,
    fuzzy: false,
  };
  return { combineWith: "OR", queries: [own, other] };
}
