/**
 * Words of the question that the thesaurus does not know are also searched in the corpus's other scripts:
 * "captagon" finds "الكبتاغون" and "कैप्टागन" when their consonant skeletons agree, and a skeleton of five
 * consonants or more may differ in one ("Wiesbaden" wsbdn, "فيسبادن" fsbdn).
 */
import type { Script } from "../corpus/index.ts";
import {
  consonantSignature,
  editDistance,
  isStopword,
  type MatchToken,
  matchTokens,
  scriptOf,
} from "../corpus/index.ts";
import type { Passage } from "./passages.ts";

/** Skeletons this short ("d", "kn", "kln") join unrelated words; names and loanwords are longer. */
const MIN_SIGNATURE = 4;
/** From this length a skeleton may differ by one consonant (scripts render some sounds differently). */
const ONE_EDIT_FROM = 5;
const MIN_WORD_LENGTH = 4;

/** One corpus word, or two in a row (a name: "يورغن شتوك"), with its script and skeleton. */
interface Spelling {
  words: readonly string[];
  script: Script;
  signature: string;
}

/** The corpus's words, and pairs of words in a row, by skeleton and by each skeleton less one consonant. */
export interface SkeletonIndex {
  words: ReadonlyMap<string, readonly Spelling[]>;
  pairs: ReadonlyMap<string, readonly Spelling[]>;
}

function deletions(signature: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < signature.length; at++) out.push(signature.slice(0, at) + signature.slice(at + 1));
  return out;
}

/** A corpus skeleton is filed as itself and, when long enough, as "-" and itself less each consonant. */
function filedKeys(signature: string): string[] {
  if (signature.length < ONE_EDIT_FROM) return [signature];
  return [signature, ...deletions(signature).map((key) => `-${key}`)];
}

/**
 * A question's skeleton looks for the same skeleton, one with a consonant more ("-" and itself), one with a
 * consonant less (itself less one), or one with a consonant changed ("-" and itself less one).
 */
function lookupKeys(signature: string): string[] {
  const keys = [signature, `-${signature}`];
  if (signature.length >= ONE_EDIT_FROM) for (const key of deletions(signature)) keys.push(key, `-${key}`);
  return keys;
}

/**
 * Returns the index of the passages' normalised words by consonant skeleton.
 * @example skeletonIndex(passages).get("kbtgn")?.[0]?.word // "كبتاغون"
 */
export function skeletonIndex(passages: readonly Passage[]): SkeletonIndex {
  const words = new Map<string, Spelling[]>();
  const pairs = new Map<string, Spelling[]>();
  const file = (index: Map<string, Spelling[]>, spelling: Spelling): void => {
    for (const key of filedKeys(spelling.signature)) {
      const list = index.get(key) ?? [];
      list.push(spelling);
      index.set(key, list);
    }
  };
  const seen = new Set<string>();
  // A word recurs throughout the corpus; its skeleton and script are worked out at its first occurrence.
  const signatureOf = new Map<string, string>();
  const skeleton = (raw: string): string => {
    let signature = signatureOf.get(raw);
    if (signature === undefined) {
      signature = consonantSignature(raw);
      signatureOf.set(raw, signature);
    }
    return signature;
  };
  for (const passage of passages) {
    const tokens = matchTokens(passage.text);
    // The written form keeps what normalisation strips as clitics ("باليرمو" normalises to "يرمو").
    const signatures = tokens.map((token) => skeleton(token.raw));
    tokens.forEach((token, at) => {
      const signature = signatures[at] ?? "";
      const next = tokens[at + 1];
      const pair = next ? `${token.raw} ${next.raw}` : "";
      if (
        next &&
        !seen.has(pair) &&
        signature.length >= 2 &&
        (signatures[at + 1] ?? "").length >= 2 &&
        mayBeName(token) &&
        mayBeName(next)
      ) {
        seen.add(pair);
        const joined = signature + (signatures[at + 1] ?? "");
        file(pairs, { words: [token.norm, next.norm], script: scriptOf(token.raw), signature: joined });
      }
      if (seen.has(token.raw) || token.raw.length < MIN_WORD_LENGTH || signature.length < MIN_SIGNATURE)
        return;
      seen.add(token.raw);
      file(words, { words: [token.norm], script: scriptOf(token.raw), signature });
    });
  }
  return { words, pairs };
}

const CAPITAL = /^\p{Lu}/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

/**
 * Whether a word may be part of a name: not a function word of any language and, in a script with capitals,
 * capitalised. Pairs of other words are most of a corpus's pairs (140 MB at 10k documents) and name nothing.
 */
function mayBeName(token: MatchToken): boolean {
  if (isStopword(token.norm, "any")) return false;
  return !CASED.test(token.raw) || CAPITAL.test(token.raw);
}

/**
 * Returns the corpus words (normalised, as indexed) of other scripts that spell a question word as written,
 * for words long enough to tell.
 * @example crossScriptSpellings("captagon", index) // ["كبتاغون", "कैप्टागन"]
 */
export function crossScriptSpellings(written: string, index: SkeletonIndex): string[] {
  if (written.length < MIN_WORD_LENGTH) return [];
  const signature = consonantSignature(written);
  if (signature.length < MIN_SIGNATURE) return [];
  return matches(signature, scriptOf(written), index.words).map((spelling) => spelling.words[0] ?? "");
}

/**
 * Returns, for two question words in a row that may be a name ("Jürgen Stock"), the pairs of corpus words
 * of other scripts whose joined skeletons agree: [first words, second words].
 * @example crossScriptPair("Jürgen", "Stock", index) // [["يورغن"], ["شتوك"]]
 */
export function crossScriptPair(first: string, second: string, index: SkeletonIndex): [string[], string[]] {
  const parts = [consonantSignature(first), consonantSignature(second)];
  if (parts.some((part) => part.length < 2)) return [[], []];
  const signature = parts.join("");
  if (signature.length < ONE_EDIT_FROM) return [[], []];
  const found = matches(signature, scriptOf(first), index.pairs);
  return [found.map((spelling) => spelling.words[0] ?? ""), found.map((spelling) => spelling.words[1] ?? "")];
}

function matches(signature: string, script: Script, index: SkeletonIndex["words"]): Spelling[] {
  const found = new Map<string, Spelling>();
  for (const key of lookupKeys(signature)) {
    for (const other of index.get(key) ?? []) {
      const id = other.words.join(" ");
      if (other.script === script || found.has(id)) continue;
      const allowed = Math.max(signature.length, other.signature.length) >= ONE_EDIT_FROM ? 1 : 0;
      if (editDistance(signature, other.signature, allowed) <= allowed) found.set(id, other);
    }
  }
  return [...found.values()];
}
