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
 * Spellings filed by skeleton and sorted by it: `keys` are the distinct skeletons, and the spellings of
 * `keys[k]` are those from `starts[k]` to `starts[k + 1]` in the columns, in the order the corpus gave them.
 * A Map with a small array per skeleton took 26 MB at 10,000 documents and about 100 MB at 100,000, most of it
 * pairs of words; shelved, 9.6 MB at 10,000, and the live heap of a warm start at 100,000 with its answers
 * prepared went from 921 to 845 MB. That heap is what each full collection marks while questions are answered.
 */
interface Shelf {
  keys: readonly string[];
  starts: Int32Array;
  /** An index into SCRIPTS. */
  scripts: Uint8Array;
  /** Where the first word's skeleton ends in a pair's; 0 for one word. */
  splits: Uint16Array;
  /** Indexes into the index's `spelled` words; a one-word spelling's second is -1. */
  firsts: Int32Array;
  seconds: Int32Array;
}

const SCRIPTS: readonly Script[] = ["latin", "arabic", "devanagari", "cyrillic", "han", "other"];

/**
 * The corpus's words, and pairs of words in a row, by skeleton, and the letters skeletons are made of. Each
 * spelling is filed once, under its own skeleton; the skeletons one consonant away are made from the
 * question's at look-up. Filing every corpus skeleton less each consonant as well took 140 MB at 10k documents.
 */
export interface SkeletonIndex {
  words: Shelf;
  pairs: Shelf;
  /** Words whose skeleton is too short to match on, by their vowelled spelling (voweledSpelling). */
  short: Shelf;
  letters: readonly string[];
  /** The normalised words the shelves name, each once. */
  spelled: readonly string[];
}

/** Collects spellings in the order they come and sorts them onto a shelf once all are in. */
function shelfBuilder(): { file(spelling: Spelling, first: number, second: number): void; finish(): Shelf } {
  const signatures: string[] = [];
  const scripts: number[] = [];
  const splits: number[] = [];
  const firsts: number[] = [];
  const seconds: number[] = [];
  return {
    file(spelling, first, second) {
      signatures.push(spelling.signature);
      scripts.push(SCRIPTS.indexOf(spelling.script));
      splits.push(spelling.split ?? 0);
      firsts.push(first);
      seconds.push(second);
    },
    finish() {
      const order = Int32Array.from(signatures.keys()).sort((a, b) => {
        const left = signatures[a] as string;
        const right = signatures[b] as string;
        return left < right ? -1 : left > right ? 1 : a - b;
      });
      const keys: string[] = [];
      const starts: number[] = [];
      order.forEach((from, at) => {
        const signature = signatures[from] as string;
        if (keys.at(-1) === signature) return;
        keys.push(signature);
        starts.push(at);
      });
      starts.push(order.length);
      const column = <A extends Uint8Array | Uint16Array | Int32Array>(
        into: A,
        values: readonly number[],
      ): A => {
        order.forEach((from, at) => {
          into[at] = values[from] as number;
        });
        return into;
      };
      return {
        keys,
        starts: Int32Array.from(starts),
        scripts: column(new Uint8Array(order.length), scripts),
        splits: column(new Uint16Array(order.length), splits),
        firsts: column(new Int32Array(order.length), firsts),
        seconds: column(new Int32Array(order.length), seconds),
      };
    },
  };
}

/** Returns where `key` is among a shelf's sorted keys, or -1. */
function shelfPlace(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = keys[middle] as string;
    if (at === key) return middle;
    if (at < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
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
 * @example crossScriptSpellings("captagon", stepwise(skeletonSteps(passages)).finish(), false) // ["كبتاغون"]
 */
export function* skeletonSteps(passages: readonly Passage[]): Generator<void, SkeletonIndex, void> {
  const words = shelfBuilder();
  const pairs = shelfBuilder();
  const short = shelfBuilder();
  const letters = new Set<string>();
  const spelled: string[] = [];
  const wordAt = new Map<string, number>();
  const numbered = (word: string): number => {
    let at = wordAt.get(word);
    if (at === undefined) {
      at = spelled.length;
      spelled.push(word);
      wordAt.set(word, at);
    }
    return at;
  };
  const file = (shelf: ReturnType<typeof shelfBuilder>, spelling: Spelling): void => {
    const [first = "", second] = spelling.words;
    shelf.file(spelling, numbered(first), second === undefined ? -1 : numbered(second));
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
  return {
    words: words.finish(),
    pairs: pairs.finish(),
    short: short.finish(),
    letters: [...letters],
    spelled,
  };
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
    return matches(signature, script, index.words, index).map((spelling) => spelling.words[0] ?? "");
  const voweled = voweledSpelling(written);
  if (!unwrittenHere || signature.length < 2 || voweled.length < MIN_VOWELED) return [];
  return filedSpellings(voweled, index.short, index.spelled)
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
  const found = matches(signature, scriptOf(first), index.pairs, index).filter((spelling) => {
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
function matches(signature: string, script: Script, shelf: Shelf, index: SkeletonIndex): Spelling[] {
  const found = new Map<string, { spelling: Spelling; distance: number }>();
  for (const key of lookupKeys(signature, index.letters)) {
    for (const other of filedSpellings(key, shelf, index.spelled)) {
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
function filedSpellings(signature: string, shelf: Shelf, spelled: readonly string[]): Spelling[] {
  const spellings: Spelling[] = [];
  const place = shelfPlace(shelf.keys, signature);
  if (place < 0) return spellings;
  for (let at = shelf.starts[place] as number; at < (shelf.starts[place + 1] as number); at++) {
    const script = SCRIPTS[shelf.scripts[at] as number] as Script;
    const first = spelled[shelf.firsts[at] as number] as string;
    const second = shelf.seconds[at] as number;
    spellings.push(
      second < 0
        ? { words: [first], script, signature }
        : { words: [first, spelled[second] as string], script, signature, split: shelf.splits[at] as number },
    );
  }
  return spellings;
}
