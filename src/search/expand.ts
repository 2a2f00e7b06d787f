/**
 * Query expansion through the lexicon. A question is cut into concepts: each lexicon entry it names (in any
 * language, as a phrase or a single word) becomes one concept, searched by its id — the index gives that id
 * to every passage that spells the entry in any way, so the id stands for every spelling at once. Every
 * other word is a concept of its own, searched as written (normalised). Words close to a
 * lexicon spelling (a typo such as "cryptocurency") also name that entry, at a lower weight.
 */
import {
  createPhraseMatcher,
  type MatchToken,
  matchTokens,
  type PhraseMatcher,
  spellingsOf,
} from "../corpus/lexicon-match.ts";
import type { LexiconEntry, LexiconLookup } from "../corpus/lexicon-types.ts";
import { editDistance } from "./edit-distance.ts";
import type { ExpandedQuery } from "./types.ts";

/** Weight of an entry reached through a corrected typo rather than an exact spelling. */
const CORRECTED_WEIGHT = 0.7;
/** Words shorter than this are never corrected: too many short words are one edit apart. */
const MIN_CORRECTABLE_LENGTH = 5;
/** Allowed edits per this many characters, and never more than MAX_EDITS. */
const CHARS_PER_EDIT = 5;
const MAX_EDITS = 2;

/** One thing the question asks about: a lexicon entry, or a word outside the lexicon. */
export type Concept =
  | {
      kind: "entity";
      entityId: string;
      weight: number;
      related: string[];
    }
  | { kind: "word"; word: string };

/** A question's expansion with the concepts the searcher turns into a query. */
export interface ExpansionPlan extends ExpandedQuery {
  concepts: Concept[];
}

/**
 * Returns the allowed number of edits for a word of this length (0 below the minimum).
 * @example allowedEdits("fentanil") // 1
 */
export function allowedEdits(word: string): number {
  if (word.length < MIN_CORRECTABLE_LENGTH) return 0;
  return Math.min(MAX_EDITS, Math.floor(word.length / CHARS_PER_EDIT));
}

/**
 * Returns a function expanding a question through the lexicon.
 * @example createExpander(lexicon)("criptovalute").entityIds // ["cryptocurrencies"]
 */
export function createExpander(
  lexicon: LexiconLookup,
  matcher: PhraseMatcher = createPhraseMatcher(lexicon.entries),
): (question: string) => ExpansionPlan {
  const spellings = new Map(lexicon.entries.map((entry) => [entry.id, spellingsFor(entry)]));
  const byLength = new Map<number, string[]>();
  for (const word of matcher.vocabulary) {
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }

  const correct = (word: string): string | undefined => {
    const max = allowedEdits(word);
    if (max === 0 || matcher.vocabulary.has(word)) return undefined;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const distance = editDistance(word, candidate, max);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best;
  };

  return (question) => {
    const tokens = matchTokens(question);
    const concepts: Concept[] = [];
    const seen = new Set<string>();
    const addEntity = (id: string, weight: number): void => {
      const entry = lexicon.byId(id);
      if (!entry || seen.has(`entity:${id}`)) return;
      seen.add(`entity:${id}`);
      concepts.push({ kind: "entity", entityId: id, weight, related: entry.related ?? [] });
    };

    const covered = new Uint8Array(tokens.length);
    // Names first, then meeting aliases: "G7 Rome/Lyon" is the G7 and the Rome/Lyon Group, and also spells
    // the alias of their meeting.
    for (const aliases of [false, true]) {
      for (const match of matcher.match(tokens, "longest", { aliases })) {
        covered.fill(1, match.start, match.end);
        for (const id of match.ids) addEntity(id, 1);
      }
    }
    const corrected: MatchToken[] = tokens.map((token, at) => {
      const fixed = covered[at] ? undefined : correct(token.norm);
      return fixed ? { ...token, norm: fixed, raw: fixed } : token;
    });
    for (const match of matcher.match(corrected, "longest")) {
      const span = corrected.slice(match.start, match.end);
      if (span.some((token, i) => token !== tokens[match.start + i]))
        for (const id of match.ids) addEntity(id, CORRECTED_WEIGHT);
    }

    tokens.forEach((token, at) => {
      if (covered[at] || seen.has(`word:${token.norm}`)) return;
      seen.add(`word:${token.norm}`);
      concepts.push({ kind: "word", word: token.norm });
    });

    const expansions = new Set<string>();
    for (const concept of concepts) {
      if (concept.kind === "word") {
        expansions.add(concept.word);
        continue;
      }
      for (const spelling of spellings.get(concept.entityId) ?? []) expansions.add(spelling);
    }
    return {
      text: question,
      terms: tokens.map((token) => token.norm),
      entityIds: concepts.flatMap((concept) => (concept.kind === "entity" ? [concept.entityId] : [])),
      expansions: [...expansions],
      concepts,
    };
  };
}

/** An entry's spellings, normalised: one string per spelling, its words joined by single spaces. */
function spellingsFor(entry: LexiconEntry): string[] {
  const out = new Set<string>();
  for (const spelling of spellingsOf(entry)) {
    const tokens = matchTokens(spelling);
    if (tokens.length > 0) out.add(tokens.map((token) => token.norm).join(" "));
  }
  return [...out];
}
