/**
 * Phrase matching for the lexicon: every spelling becomes a sequence of normalised tokens, and a text is
 * matched token by token, so "والفنتانيل" meets "الفنتانيل" and a spelling in any script is found in one pass.
 */
import type { LexiconEntry } from "./lexicon-types.ts";
import { normaliseToken, tokenise } from "./normalise.ts";

/** A word of a text: its normalised form, the form as written, and where it sits in the text. */
export interface MatchToken {
  norm: string;
  raw: string;
  start: number;
  end: number;
}

/** A span of tokens (end exclusive) naming one or more entries; the first id is the preferred reading. */
export interface PhraseMatch {
  start: number;
  end: number;
  ids: readonly string[];
}

/** How to match. */
export interface MatchOptions {
  /**
   * Whether meeting aliases ("rome-lyon", "g7-rome-lyon") count (default true). Running text that happens
   * to spell an alias ("the G7 Rome/Lyon Group") names the group, not the meeting.
   */
  aliases?: boolean;
  /** Whether a place's name counts in small letters too (default false): questions are typed in any case. */
  anyCase?: boolean;
}

/** Finds lexicon spellings in token sequences. */
export interface PhraseMatcher {
  /**
   * "longest": non-overlapping spans, longer spans chosen first, in text order (for mentions).
   * "all": every span at every position, overlaps included (for indexing, so a name inside a longer
   * name still counts).
   */
  match(tokens: readonly MatchToken[], mode: "longest" | "all", options?: MatchOptions): PhraseMatch[];
  /** Ids of the entries one of whose spellings is exactly this token sequence. */
  lookup(tokens: readonly MatchToken[]): string[];
  /** Every normalised token used by some spelling. */
  readonly vocabulary: ReadonlySet<string>;
}

interface Phrase {
  norms: readonly string[];
  /** Per token: the exact form required (short all-capital acronyms), or undefined for any case. */
  exact: readonly (string | undefined)[];
  primary: string[];
  alias: string[];
  /** A place's name in a script with capitals: in a document it counts only when capitalised ("réunion"). */
  proper: boolean;
}

/** A word starting with a capital, and one starting with a small letter (scripts without case are neither). */
const CAPITALISED = /^\p{Lu}/u;
const LOWER_CASE = /^\p{Ll}/u;
/** One to three capital letters: AI, EU, UN, RCC — ordinary words in other languages when lower-case. */
const SHORT_CAPITALS = /^\p{Lu}{1,3}$/u;

/**
 * Returns the words of a text with their normalised forms and offsets; words that normalise to nothing
 * are dropped.
 * @example matchTokens("والفنتانيل،")[0] // { norm: "فنتانيل", raw: "والفنتانيل", start: 0, end: 10 }
 */
export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  let cursor = 0;
  for (const raw of tokenise(text)) {
    const start = text.indexOf(raw, cursor);
    const end = start + raw.length;
    cursor = end;
    const norm = normaliseToken(raw);
    if (norm !== "") out.push({ norm, raw, start, end });
  }
  return out;
}

/**
 * Whether a written word only counts in this exact form: one to three capitals, an acronym that is an
 * ordinary word in some language once lower-cased.
 * @example isCaseSensitive("AI") // true
 */
export function isCaseSensitive(raw: string): boolean {
  return SHORT_CAPITALS.test(raw);
}

/** Returns every spelling of an entry: labels, variants, acronym and aliases, without duplicates. */
export function spellingsOf(entry: LexiconEntry): string[] {
  const all = [...Object.values(entry.labels), ...entry.variants];
  if (entry.acronym) all.push(entry.acronym);
  return [...new Set([...all, ...(entry.aliases ?? [])])];
}

/** Builds a matcher over all spellings of the entries; earlier entries are preferred for shared spellings. */
export function createPhraseMatcher(entries: readonly LexiconEntry[]): PhraseMatcher {
  const phrases = new Map<string, Phrase>();
  const add = (spelling: string, id: string, isAlias: boolean, kind: LexiconEntry["kind"]): void => {
    const tokens = matchTokens(spelling.normalize("NFKC"));
    if (tokens.length === 0) return;
    const exact = tokens.map((token) => (isCaseSensitive(token.raw) ? token.raw : undefined));
    const norms = tokens.map((token) => token.norm);
    const key = `${norms.join(" ")}|${exact.map((form) => form ?? "").join(" ")}`;
    let phrase = phrases.get(key);
    if (!phrase) {
      phrase = { norms, exact, primary: [], alias: [], proper: false };
      phrases.set(key, phrase);
    }
    if (kind === "place" && CAPITALISED.test(tokens[0]?.raw ?? "")) phrase.proper = true;
    const list = isAlias ? phrase.alias : phrase.primary;
    if (!list.includes(id)) list.push(id);
  };
  for (const entry of entries) {
    const aliases = new Set(entry.aliases ?? []);
    for (const spelling of spellingsOf(entry)) add(spelling, entry.id, aliases.has(spelling), entry.kind);
  }

  const byFirst = new Map<string, Phrase[]>();
  const vocabulary = new Set<string>();
  for (const phrase of phrases.values()) {
    const first = phrase.norms[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
    for (const norm of phrase.norms) vocabulary.add(norm);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norms.length - a.norms.length);

  const idsOf = (phrase: Phrase): string[] => [
    ...phrase.primary,
    ...phrase.alias.filter((id) => !phrase.primary.includes(id)),
  ];

  const matchesAt = (
    tokens: readonly MatchToken[],
    at: number,
    phrase: Phrase,
    anyCase: boolean,
  ): boolean => {
    if (at + phrase.norms.length > tokens.length) return false;
    if (!anyCase && phrase.proper && LOWER_CASE.test((tokens[at] as MatchToken).raw)) return false;
    for (let i = 0; i < phrase.norms.length; i++) {
      const token = tokens[at + i] as MatchToken;
      if (token.norm !== phrase.norms[i]) return false;
      const exact = phrase.exact[i];
      if (exact !== undefined && token.raw.normalize("NFKC") !== exact) return false;
    }
    return true;
  };

  const allMatches = (tokens: readonly MatchToken[], aliases: boolean, anyCase: boolean): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const candidates = byFirst.get((tokens[at] as MatchToken).norm);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (!aliases && phrase.primary.length === 0) continue;
        if (matchesAt(tokens, at, phrase, anyCase)) {
          out.push({
            start: at,
            end: at + phrase.norms.length,
            ids: aliases ? idsOf(phrase) : phrase.primary,
          });
        }
      }
    }
    return out;
  };

  return {
    vocabulary,
    match(tokens, mode, options = {}) {
      const all = allMatches(tokens, options.aliases ?? true, options.anyCase ?? false);
      if (mode === "all") return all;
      const byLength = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken = new Uint8Array(tokens.length);
      const chosen: PhraseMatch[] = [];
      for (const candidate of byLength) {
        let free = true;
        for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
        if (!free) continue;
        taken.fill(1, candidate.start, candidate.end);
        chosen.push(candidate);
      }
      return chosen.sort((a, b) => a.start - b.start);
    },
    lookup(tokens) {
      const first = tokens[0];
      if (!first) return [];
      const ids: string[] = [];
      for (const phrase of byFirst.get(first.norm) ?? []) {
        if (phrase.norms.length !== tokens.length || !matchesAt(tokens, 0, phrase, true)) continue;
        for (const id of idsOf(phrase)) if (!ids.includes(id)) ids.push(id);
      }
      return ids;
    },
  };
}
