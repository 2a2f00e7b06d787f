/**
 * Query expansion through the lexicon. A question is cut into concepts: each lexicon entry it names (in any
 * language, as a phrase or a single word) becomes one concept, searched by its id — the index gives that id
 * to every passage that spells the entry in any way, so the id stands for every spelling at once. Every
 * other word is a concept of its own, searched as written (normalised). Words close to a
 * lexicon spelling (a typo such as "cryptocurency") also name that entry, at a lower weight.
 */

import type { LexiconEntry, LexiconLookup } from "../corpus/index.ts";
import { editDistance, isStopword, type MatchToken, matchTokens, spellingsOf } from "../corpus/index.ts";
import type { ExpandedQuery } from "./types.ts";

/** Weight of an entry reached through a corrected typo rather than an exact spelling. */
const CORRECTED_WEIGHT = 0.7;
/** Words shorter than this are never corrected: too many short words are one edit apart. */
const MIN_CORRECTABLE_LENGTH = 5;
/** Allowed edits per this many characters, and never more than MAX_EDITS. */
const CHARS_PER_EDIT = 5;
const MAX_EDITS = 2;
/** Weight of an entry whose spelling holds the question's words with a word or two more between them. */
const LOOSE_WEIGHT = 0.8;
/** Words a spelling may add to the question's ("child exploitation" in "child sexual exploitation"). */
const LOOSE_EXTRA_WORDS = 1;
/** Corrections remembered per expander: questions repeat their words, and a miss scans the vocabulary. */
const MAX_REMEMBERED_CORRECTIONS = 10_000;

/** One thing the question asks about: a lexicon entry, or a word outside the lexicon. */
export type Concept =
  | {
      kind: "entity";
      entityId: string;
      weight: number;
      related: string[];
      /** The question's own content words that spelled it ("traffico", "migranti"). */
      surface: string[];
    }
  | {
      kind: "word";
      word: string;
      /** The word as the question writes it, before normalisation strips clitics and accents. */
      raw?: string;
      /** The same word as the corpus spells it in other scripts (see cross-script.ts). */
      spellings?: string[];
    };

/** A question's expansion with the concepts the searcher turns into a query. */
export interface ExpansionPlan extends ExpandedQuery {
  plan: Concept[];
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
export function createExpander(lexicon: LexiconLookup): (question: string) => ExpansionPlan {
  const { matcher } = lexicon;
  const spellings = new Map(lexicon.entries.map((entry) => [entry.id, spellingsFor(entry)]));
  const byLength = new Map<number, { word: string; letters: number }[]>();
  for (const word of matcher.vocabulary) {
    const list = byLength.get(word.length) ?? [];
    list.push({ word, letters: letterMask(word) });
    byLength.set(word.length, list);
  }
  const corrections = new Map<string, string | undefined>();
  const loose = looseIndexOf(spellings);
  // A country's name ("Ivory Coast") does not make "ivory" ambiguous: a lone word names a topic or a body.
  const headWords = headWordsOf(new Map([...spellings].filter(([id]) => lexicon.byId(id)?.kind !== "place")));

  const closestSpelling = (word: string, max: number): string | undefined => {
    const letters = letterMask(word);
    let best: string | undefined;
    let bestDistance = max + 1;
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        // Each letter one word has and the other lacks costs at least one edit: most candidates stop here.
        const limit = bestDistance - 1;
        if (bitCount(letters & ~candidate.letters) > limit || bitCount(candidate.letters & ~letters) > limit)
          continue;
        const distance = editDistance(word, candidate.word, limit);
        if (distance < bestDistance) {
          best = candidate.word;
          bestDistance = distance;
          // A misspelling is never at distance 0 (it is not in the vocabulary): 1 cannot be beaten.
          if (bestDistance === 1) return best;
        }
      }
    }
    return best;
  };

  const correct = (word: string): string | undefined => {
    const max = allowedEdits(word);
    if (max === 0 || matcher.vocabulary.has(word)) return undefined;
    if (corrections.has(word)) return corrections.get(word);
    const fixed = closestSpelling(word, max);
    if (corrections.size >= MAX_REMEMBERED_CORRECTIONS) corrections.clear();
    corrections.set(word, fixed);
    return fixed;
  };

  return (question) => {
    const tokens = matchTokens(question);
    const concepts: Concept[] = [];
    const seen = new Set<string>();
    const addEntity = (id: string, weight: number, start: number, end: number): void => {
      const entry = lexicon.byId(id);
      if (!entry || seen.has(`entity:${id}`)) return;
      seen.add(`entity:${id}`);
      const surface = tokens
        .slice(start, end)
        .map((token) => token.norm)
        .filter((word) => !isStopword(word, "any"));
      concepts.push({ kind: "entity", entityId: id, weight, related: entry.related ?? [], surface });
    };

    const covered = new Uint8Array(tokens.length);
    // Names first, then meeting aliases: "G7 Rome/Lyon" is the G7 and the Rome/Lyon Group, and also spells
    // the alias of their meeting.
    for (const aliases of [false, true]) {
      for (const match of matcher.match(tokens, "longest", { aliases, anyCase: true })) {
        covered.fill(1, match.start, match.end);
        for (const id of match.ids) addEntity(id, 1, match.start, match.end);
      }
    }
    const corrected: MatchToken[] = tokens.map((token, at) => {
      const fixed = covered[at] ? undefined : correct(token.norm);
      return fixed ? { ...token, norm: fixed, raw: fixed } : token;
    });
    for (const match of matcher.match(corrected, "longest", { anyCase: true })) {
      const span = corrected.slice(match.start, match.end);
      if (span.some((token, i) => token !== tokens[match.start + i]))
        for (const id of match.ids) addEntity(id, CORRECTED_WEIGHT, match.start, match.end);
    }

    for (const match of looseMatches(tokens, covered, loose)) {
      covered.fill(1, match.start, match.end);
      addEntity(match.id, LOOSE_WEIGHT, match.start, match.end);
    }
    tokens.forEach((token, at) => {
      const only = covered[at] ? undefined : soleEntryOf(token.norm, headWords);
      if (only === undefined) return;
      covered[at] = 1;
      addEntity(only, LOOSE_WEIGHT, at, at + 1);
    });

    tokens.forEach((token, at) => {
      if (covered[at] || seen.has(`word:${token.norm}`)) return;
      seen.add(`word:${token.norm}`);
      concepts.push({ kind: "word", word: token.norm, raw: token.raw });
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
      concepts: concepts.flatMap((concept) => {
        if (concept.kind === "entity") return [[...(spellings.get(concept.entityId) ?? [])]];
        return isStopword(concept.word, "any") ? [] : [[concept.word]];
      }),
      apart: concepts.flatMap((concept) => {
        if (concept.kind === "entity") return [concept.surface.length > 1 ? concept.surface : []];
        return isStopword(concept.word, "any") ? [] : [[]];
      }),
      words: concepts.flatMap((concept) =>
        concept.kind === "word" && !isStopword(concept.word, "any") ? [concept.word] : [],
      ),
      plan: concepts,
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

/** Returns a 32-bit set of the word's letters, each letter folded onto one bit by its code. */
function letterMask(word: string): number {
  let mask = 0;
  for (let at = 0; at < word.length; at++) mask |= 1 << (word.charCodeAt(at) & 31);
  return mask;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A multi-word spelling of an entry, its words without stopwords. */
interface LooseSpelling {
  id: string;
  words: readonly string[];
}

/** Multi-word spellings by their first content word. */
type LooseIndex = ReadonlyMap<string, readonly LooseSpelling[]>;

function looseIndexOf(spellings: ReadonlyMap<string, readonly string[]>): LooseIndex {
  const index = new Map<string, LooseSpelling[]>();
  for (const [id, list] of spellings) {
    for (const spelling of list) {
      const words = spelling.split(" ").filter((word) => !isStopword(word, "any"));
      const first = words[0];
      if (words.length < 2 || first === undefined) continue;
      index.set(first, [...(index.get(first) ?? []), { id, words }]);
    }
  }
  return index;
}

/** First words of two-word spellings → the entries they spell ("ivory" → ivory trafficking). */
function headWordsOf(
  spellings: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, ReadonlySet<string>> {
  const heads = new Map<string, Set<string>>();
  const anywhere = new Map<string, Set<string>>();
  for (const [id, list] of spellings) {
    for (const spelling of list) {
      const all = spelling.split(" ");
      const words = all.filter((word) => !isStopword(word, "any"));
      if (words.length < 2) continue;
      for (const word of words) anywhere.set(word, (anywhere.get(word) ?? new Set()).add(id));
      // "ivory trafficking": the first of two words with nothing between them says what is trafficked;
      // in "contrabbando di migranti" the first is the trafficking itself.
      const [first] = words;
      if (all.length === 2 && words.length === 2 && first !== undefined)
        heads.set(first, (heads.get(first) ?? new Set()).add(id));
    }
  }
  // A word in several entries' longer spellings is their shared head ("contrabbando"), not a topic's own.
  for (const [word, ids] of anywhere) if (ids.size > 1) heads.delete(word);
  return heads;
}

/**
 * The one entry a lone word is half of a two-word spelling of ("ivory" in "ivory trafficking"); none when
 * the word is in several entries' spellings ("trafficking") or too short to tell.
 */
function soleEntryOf(word: string, heads: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  if (word.length < MIN_CORRECTABLE_LENGTH || isStopword(word, "any")) return undefined;
  const ids = heads.get(word);
  return ids?.size === 1 ? [...ids][0] : undefined;
}

/**
 * The entries whose spelling holds, in order, every content word of a run of the question's words that no
 * exact spelling covered, with at most one word more ("child exploitation" → child sexual exploitation);
 * the longest run first, and for one run the spelling adding the fewest words.
 */
function looseMatches(
  tokens: readonly MatchToken[],
  covered: Uint8Array,
  index: LooseIndex,
): { start: number; end: number; id: string }[] {
  const found: { start: number; end: number; id: string }[] = [];
  let start = 0;
  while (start < tokens.length) {
    let matched = false;
    for (let end = tokens.length; end >= start + 2 && !matched; end--) {
      const run = tokens.slice(start, end);
      if (run.some((_, at) => covered[start + at])) continue;
      const words = run.map((token) => token.norm).filter((word) => !isStopword(word, "any"));
      const first = words[0];
      if (words.length < 2 || first === undefined || isStopword(run[0]?.norm ?? "", "any")) continue;
      const best = (index.get(first) ?? [])
        .filter((spelling) => spelling.words.length <= words.length + LOOSE_EXTRA_WORDS)
        .filter((spelling) => holdsInOrder(spelling.words, words))
        .sort((a, b) => a.words.length - b.words.length)[0];
      if (!best) continue;
      found.push({ start, end, id: best.id });
      start = end;
      matched = true;
    }
    if (!matched) start += 1;
  }
  return found;
}

/** Whether `words` appear in `spelling` in the same order, other words between them allowed. */
function holdsInOrder(spelling: readonly string[], words: readonly string[]): boolean {
  let at = 0;
  for (const word of spelling) if (word === words[at]) at += 1;
  return at === words.length;
}
