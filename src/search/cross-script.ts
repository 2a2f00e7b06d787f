/**
 * Words of the question that the thesaurus does not know are also searched in the corpus's other scripts:
 * "captagon" finds "الكبتاغون" and "कैप्टागन" when their consonant skeletons agree, and a skeleton of five
 * consonants or more may differ in one ("Wiesbaden" wsbdn, "فيسبادن" fsbdn). A skeleton of two or three
 * consonants is too short to trust; such a word is matched by its vowelled spelling instead, exactly ("Modi",
 * "मोदी" mudi), and only when its own script never writes it in the corpus.
 */
import type { Script } from "../corpus/index.ts";
import {
  editDistance,
  isStopword,
  type MatchToken,
  matchTokens,
  ownCopy,
  scriptOf,
  spelledSkeleton,
  voweledSpelling,
} from "../corpus/index.ts";
import type { Passage } from "./passages.ts";

/** Skeletons this short ("d", "kn", "kln") join unrelated words; names and loanwords are longer. */
const MIN_SIGNATURE = 4;
/** From this length a skeleton may differ by one consonant (scripts render some sounds differently). */
const ONE_EDIT_FROM = 5;
const MIN_WORD_LENGTH = 4;
/** A short name's vowelled spelling must hold this many letters, vowels included, to be matched on it. */
const MIN_VOWELED = 4;

/** One corpus word, or two in a row (a name: "يورغن شتوك"), with its script and skeleton. */
interface Spelling {
  words: readonly string[];
  script: Script;
  signature: string;
  /** For two words, where the first word's skeleton ends in `signature`. */
  split?: number;
}

/**
 * The spellings filed under one skeleton, flat, FILED_FIELDS values each: script, split (0 for one word),
 * first word, second word ("" for one word). With an object and a words array per spelling, most of them
 * pairs, the index took 33 MB at 10,000 documents; filed flat, 20 MB. The words are shared copies either way.
 */
type Filed = (string | number)[];
const FILED_FIELDS = 4;

/**
 * The corpus's words, and pairs of words in a row, by skeleton, and the letters skeletons are made of. Each
 * spelling is filed once, under its own skeleton; the skeletons one consonant away are made from the
 * question's at look-up. Filing every corpus skeleton less each consonant as well took 140 MB at 10k documents.
 */
export interface SkeletonIndex {
  words: ReadonlyMap<string, Filed>;
  pairs: ReadonlyMap<string, Filed>;
  /** Words whose skeleton is too short to match on, by their vowelled spelling (voweledSpelling). */
  short: ReadonlyMap<string, Filed>;
  letters: readonly string[];
}

/**
 * The skeletons a question's skeleton may match: itself, one with a consonant more and, from ONE_EDIT_FROM
 * consonants, one with a consonant less or changed. A shorter corpus skeleton is only ever equal.
 */
function lookupKeys(signature: string, letters: readonly string[]): string[] {
  const keys = new Set([signature]);
  for (let at = 0; at <= signature.length; at++) {
    const head = signature.slice(0, at);
    const tail = signature.slice(at);
    for (const letter of letters) keys.add(head + letter + tail);
    if (signature.length < ONE_EDIT_FROM || at === signature.length) continue;
    keys.add(head + tail.slice(1));
    for (const letter of letters) keys.add(head + letter + tail.slice(1));
  }
  return [...keys];
}

/**
 * Builds the index of the passages' normalised words by consonant skeleton, yielding after each passage.
 * @example stepwise(skeletonSteps(passages)).finish().words.get("kbtgn")?.[2] // "كبتاغون"
 */
export function* skeletonSteps(passages: readonly Passage[]): Generator<void, SkeletonIndex, void> {
  const words = new Map<string, Filed>();
  const pairs = new Map<string, Filed>();
  const short = new Map<string, Filed>();
  const letters = new Set<string>();
  const file = (index: Map<string, Filed>, spelling: Spelling): void => {
    const [first = "", second = ""] = spelling.words;
    const values = [spelling.script, spelling.split ?? 0, first, second];
    const list = index.get(spelling.signature);
    if (list) list.push(...values);
    else index.set(spelling.signature, values);
    for (const letter of spelling.signature) letters.add(letter);
  };
  const seen = new Set<string>();
  // A token is a piece of its paragraph's working copy, which it would keep alive; a spelling holds one copy
  // of its own of each word and skeleton, shared by all the spellings that use it.
  const copies = new Map<string, string>();
  const keep = (text: string): string => {
    let copy = copies.get(text);
    if (copy === undefined) {
      copy = ownCopy(text);
      copies.set(copy, copy);
    }
    return copy;
  };
  // A word recurs throughout the corpus; its skeleton and script are worked out at its first occurrence.
  const signatureOf = new Map<string, string>();
  const skeleton = (raw: string): string => {
    let signature = signatureOf.get(raw);
    if (signature === undefined) {
      signature = spelledSkeleton(raw);
      signatureOf.set(raw, signature);
    }
    return signature;
  };
  for (const passage of passages) {
    yield;
    const tokens = matchTokens(passage.text);
    // The written form keeps what normalisation strips as clitics ("باليرمو" normalises to "يرمو").
    const signatures = tokens.map((token) => skeleton(token.raw));
    for (const [at, token] of tokens.entries()) {
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
        const joined = keep(signature + (signatures[at + 1] ?? ""));
        const words = [keep(token.norm), keep(next.norm)];
        file(pairs, { words, script: scriptOf(token.raw), signature: joined, split: signature.length });
      }
      if (seen.has(token.raw) || token.raw.length < MIN_WORD_LENGTH || signature.length < 2) continue;
      seen.add(token.raw);
      const script = scriptOf(token.raw);
      if (signature.length >= MIN_SIGNATURE) {
        file(words, { words: [keep(token.norm)], script, signature: keep(signature) });
        continue;
      }
      const voweled = voweledSpelling(token.raw);
      if (voweled.length >= MIN_VOWELED && mayBeName(token))
        file(short, { words: [keep(token.norm)], script, signature: keep(voweled) });
    }
  }
  return { words, pairs, short, letters: [...letters] };
}

/**
 * Whether a word may be part of a name or a loanword: not a function word of any language. Pairs with one are
 * most of a corpus's pairs (140 MB at 10k documents) and name nothing. Pairs of small-letter words stay: a
 * loanword of two words ("dark web") is written in small letters.
 */
function mayBeName(token: MatchToken): boolean {
  return !isStopword(token.norm, "any");
}

/**
 * Returns the corpus words (normalised, as indexed) of other scripts that spell a question word as written:
 * by consonant skeleton for words long enough to tell and, when `unwrittenHere` (its own script never writes
 * it in the corpus, so it is most likely a name written only in other scripts), a word whose skeleton is too
 * short by its vowelled spelling, exactly.
 * @example crossScriptSpellings("captagon", index, false) // ["كبتاغون", "कैप्टागन"]
 * @example crossScriptSpellings("Modi", index, true) // ["मोदी", "مودي"]
 */
export function crossScriptSpellings(
  written: string,
  index: SkeletonIndex,
  unwrittenHere: boolean,
): string[] {
  if (written.length < MIN_WORD_LENGTH) return [];
  const signature = spelledSkeleton(written);
  const script = scriptOf(written);
  if (signature.length >= MIN_SIGNATURE)
    return matches(signature, script, index.words, index.letters).map((spelling) => spelling.words[0] ?? "");
  const voweled = voweledSpelling(written);
  if (!unwrittenHere || signature.length < 2 || voweled.length < MIN_VOWELED) return [];
  return filedSpellings(voweled, index.short.get(voweled))
    .filter((spelling) => spelling.script !== script)
    .map((spelling) => spelling.words[0] ?? "");
}

/**
 * Returns, for two question words in a row that may be a name ("Jürgen Stock"), the pairs of corpus words
 * of other scripts whose joined skeletons agree: [first words, second words].
 * @example crossScriptPair("Jürgen", "Stock", index) // [["يورغن"], ["شتوك"]]
 */
export function crossScriptPair(first: string, second: string, index: SkeletonIndex): [string[], string[]] {
  const parts = [spelledSkeleton(first), spelledSkeleton(second)];
  if (parts.some((part) => part.length < 2)) return [[], []];
  const signature = parts.join("");
  if (signature.length < ONE_EDIT_FROM) return [[], []];
  // The one consonant the joined skeletons may differ by must fall in a part of four or more ("Jürgen" grgn,
  // "يورغن" rgn): else "sovayutu Shimato" (sft smt) takes "شرطه" (srt, police) for its first word.
  const found = matches(signature, scriptOf(first), index.pairs, index.letters).filter((spelling) => {
    const split = spelling.split ?? 0;
    return (
      closeEnough(parts[0] ?? "", spelling.signature.slice(0, split)) &&
      closeEnough(parts[1] ?? "", spelling.signature.slice(split))
    );
  });
  return [found.map((spelling) => spelling.words[0] ?? ""), found.map((spelling) => spelling.words[1] ?? "")];
}

/** Whether the skeletons of two parts of a name agree: equal, or one consonant apart when either has four. */
function closeEnough(a: string, b: string): boolean {
  const allowed = Math.max(a.length, b.length) >= MIN_SIGNATURE ? 1 : 0;
  return editDistance(a, b, allowed) <= allowed;
}

/** The spellings of other scripts whose skeletons agree with `signature`, the equal ones first. */
function matches(
  signature: string,
  script: Script,
  index: SkeletonIndex["words"],
  letters: readonly string[],
): Spelling[] {
  const found = new Map<string, { spelling: Spelling; distance: number }>();
  for (const key of lookupKeys(signature, letters)) {
    for (const other of filedSpellings(key, index.get(key))) {
      const id = other.words.join(" ");
      if (other.script === script || found.has(id)) continue;
      const allowed = Math.max(signature.length, other.signature.length) >= ONE_EDIT_FROM ? 1 : 0;
      const distance = editDistance(signature, other.signature, allowed);
      if (distance <= allowed) found.set(id, { spelling: other, distance });
    }
  }
  return [...found.values()].sort((a, b) => a.distance - b.distance).map(({ spelling }) => spelling);
}

/** The spellings filed under a skeleton, as Spellings again. */
function filedSpellings(signature: string, filed: Filed | undefined): Spelling[] {
  const spellings: Spelling[] = [];
  if (filed === undefined) return spellings;
  for (let at = 0; at + FILED_FIELDS <= filed.length; at += FILED_FIELDS) {
    const script = filed[at] as Script;
    const split = filed[at + 1] as number;
    const first = filed[at + 2] as string;
    const second = filed[at + 3] as string;
    spellings.push(
      split === 0
        ? { words: [first], script, signature }
        : { words: [first, second], script, signature, split },
    );
  }
  return spellings;
}
