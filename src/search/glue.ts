/**
 * Glued tokens: scraped text drops spaces ("الإنتربولالمكتب", "INTERPOLUNODC", "syntetiskhasa",
 * "لـiARMS"), hiding the words inside. A rare long token is split where both sides are known words — seen
 * standalone in the corpus or spelled in the lexicon — and a token mixing scripts is split where the script
 * changes. The parts are indexed beside the token, never instead of it.
 */
import { normaliseToken } from "../corpus/index.ts";

/** Tokens shorter than this are never split: two real words of the minimum part length. */
const MIN_GLUED_LENGTH = 8;
/** A part known only from the corpus must be at least this long (short corpus words make spurious splits). */
const MIN_CORPUS_PART = 4;
/** A part spelled in the lexicon may be shorter. */
const MIN_LEXICON_PART = 3;
/** Only rare tokens are split; a word used in several passages is a word. */
const MAX_GLUED_FREQUENCY = 2;
/** A lexicon word glued to an unknown remainder is split only when the lexicon word is this long. */
const MIN_LONE_LEXICON_PART = 5;

/** Letters of the scripts a normalised token may mix (Latin is lower-case ASCII after normalisation). */
const SCRIPT_LETTERS: readonly RegExp[] = [/[a-z]/, /[\u0600-\u06FF]/, /[\u0900-\u097F]/, /[\u0400-\u04FF]/];
const SCRIPT_RUN = /[a-z]+|[\u0600-\u06FF]+|[\u0900-\u097F]+|[\u0400-\u04FF]+/g;
const NON_ASCII = /[^\p{ASCII}]/u;

/** How often each normalised token occurs, in passages, across the corpus. */
export type Frequencies = ReadonlyMap<string, number>;

/**
 * Returns a function giving the known words inside a normalised token, or undefined when the token is not
 * glued. `lexiconWords` are normalised tokens of lexicon spellings.
 * @example createGlueSplitter(freq, words)("interpolunodc") // ["interpol", "unodc"]
 */
export function createGlueSplitter(
  frequencies: Frequencies,
  lexiconWords: ReadonlySet<string>,
): (token: string) => string[] | undefined {
  const known = (part: string, whole: string): boolean => {
    if (part === whole) return false;
    if (lexiconWords.has(part)) return part.length >= MIN_LEXICON_PART;
    return part.length >= MIN_CORPUS_PART && (frequencies.get(part) ?? 0) > 0;
  };

  const splitKnown = (token: string, depth: number): string[] | undefined => {
    // A word the thesaurus spells is a word, however rare in the corpus ("ransomware" is not ransom + ware).
    if (lexiconWords.has(token)) return undefined;
    if (token.length < MIN_GLUED_LENGTH || (frequencies.get(token) ?? 0) > MAX_GLUED_FREQUENCY)
      return undefined;
    let best: string[] | undefined;
    let bestShortest = 0;
    let lone: string[] | undefined;
    for (let at = MIN_LEXICON_PART; at <= token.length - MIN_LEXICON_PART; at++) {
      const left = token.slice(0, at);
      const right = normaliseToken(token.slice(at));
      if (right === "") continue;
      const leftKnown = known(left, token);
      const rightKnown = known(right, token);
      if (leftKnown && rightKnown) {
        const shortest = Math.min(left.length, right.length);
        if (shortest > bestShortest) {
          best = [left, right];
          bestShortest = shortest;
        }
        continue;
      }
      if (leftKnown && depth > 0) {
        const rest = splitKnown(right, depth - 1);
        if (rest && !best) best = [left, ...rest];
      }
      if (!lone && isLoneLexiconPart(leftKnown ? left : rightKnown ? right : "", lexiconWords)) {
        lone = [left, right];
      }
    }
    return best ?? lone;
  };

  return (token) => {
    if (NON_ASCII.test(token) && SCRIPT_LETTERS.filter((letters) => letters.test(token)).length > 1) {
      const runs = token.match(SCRIPT_RUN) ?? [];
      const parts = runs.map(normaliseToken).filter((part) => part.length >= MIN_LEXICON_PART);
      return parts.flatMap((part) => splitKnown(part, 1) ?? [part]);
    }
    return splitKnown(token, 1);
  };
}

function isLoneLexiconPart(part: string, lexiconWords: ReadonlySet<string>): boolean {
  return part.length >= MIN_LONE_LEXICON_PART && lexiconWords.has(part);
}
