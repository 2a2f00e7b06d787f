/**
 * Names and loanwords across scripts: a word is transliterated to ASCII (any-ascii) and reduced to its
 * consonant skeleton, the way name-matching systems compare spellings from scripts that drop short vowels.
 * "captagon", "الكبتاغون" and "कैप्टागन" all reduce to "kbtgn".
 */
import anyAscii from "any-ascii";
import { memoised } from "../core/index.ts";
import { editDistance } from "./edit-distance.ts";
import { scriptOf } from "./script.ts";
import type { Script } from "./types.ts";

/** Digraphs that spell one consonant, folded before vowels are dropped. */
const DIGRAPHS: readonly [RegExp, string][] = [
  [/ph/g, "f"],
  [/gh/g, "g"],
  [/kh/g, "k"],
  [/th/g, "t"],
  [/sh/g, "s"],
  [/dh/g, "d"],
  [/ck/g, "k"],
  [/qu/g, "k"],
];
/** Letters no script here tells apart reliably: Arabic has no p or v, Latin c and q sound as k. */
const FOLDS: Readonly<Record<string, string>> = { p: "b", v: "f", c: "k", q: "k", z: "s", x: "ks", j: "g" };
/** Vowels, and the letters scripts use as vowels (Arabic و ي, Devanagari's long-vowel marks as h). */
const VOWELS = /[aeiouyhw']/g;
const ARABIC_ARTICLE = /^ال(?=\p{L}{3})/u;
/** Devanagari's anusvara is the nasal of the consonant after it: m before a labial, n elsewhere. */
const ANUSVARA_LABIAL = /ं(?=[पफबभम])/gu;
const ANUSVARA = /ं/gu;

/**
 * Returns a word's consonant skeleton in ASCII, for comparing spellings across scripts.
 * @example consonantSignature("الكبتاغون") // "kbtgn"
 */
export function consonantSignature(word: string): string {
  return foldedLetters(word)
    .replace(VOWELS, "")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Returns a word's consonant skeleton keeping a consonant each time it is written again after a vowel, as
 * search tells names apart: "roramune" and "روراموني" are rrmn, where consonantSignature gives both the rmn
 * of "Roman" and "ramen". A doubled letter is still one ("Mohammed" and "محمد" are mmd).
 * @example spelledSkeleton("روراموني") // "rrmn"
 */
export function spelledSkeleton(word: string): string {
  return foldedLetters(word)
    .replace(/(.)\1+/g, "$1")
    .replace(VOWELS, "");
}

/**
 * Returns a word's ASCII spelling with its vowels kept as far as the scripts agree on them, for short names
 * whose skeleton is too short to tell ("Modi", "मोदी" and "مودي" are all "mudi"): a is dropped, since
 * Devanagari leaves it unwritten after a consonant and any-ascii drops Arabic's alef; e, i and y are one
 * vowel, o, u and w another, as Arabic writes each pair with one letter (ي, و).
 * @example voweledSpelling("كونولي") // "kunuli"
 */
export function voweledSpelling(word: string): string {
  return foldedLetters(word)
    .replace(/[ah']/g, "")
    .replace(/[eiy]/g, "i")
    .replace(/[ouw]/g, "u")
    .replace(/(.)\1+/g, "$1");
}

/**
 * Words whose folded letters are remembered: the words of meetings' titles recur from meeting to meeting,
 * and a question's words are compared with many (the first /meeting at 10k: 0.93–1.01 s, 1.05–1.12 without).
 */
const FOLDED_WORDS = 50_000;
const foldedLetters = memoised(FOLDED_WORDS, foldedLettersOf);

/** The word in ASCII letters, digraphs and letters no script tells apart folded. */
function foldedLettersOf(word: string): string {
  const script = scriptOf(word);
  const bare =
    script === "arabic"
      ? word.replace(ARABIC_ARTICLE, "")
      : script === "devanagari"
        ? word.replace(ANUSVARA_LABIAL, "म्").replace(ANUSVARA, "न्")
        : word;
  let ascii = anyAscii(bare)
    .toLowerCase()
    .replace(/[^a-z']/g, "");
  for (const [pattern, replacement] of DIGRAPHS) ascii = ascii.replace(pattern, replacement);
  let folded = "";
  for (const letter of ascii) folded += FOLDS[letter] ?? letter;
  return folded;
}

/** Edits allowed between two skeletons: one per this many consonants (vowel-less scripts blur a few). */
const CONSONANTS_PER_EDIT = 5;

/** A name read once, to be compared with many others by sameSpelledName. */
export interface NameSpelling {
  script: Script;
  /** Case, accents and punctuation folded: how two names of one script compare. */
  plain: string;
  skeleton: string;
  /** The consonant skeletons of its words, those of two consonants or more. */
  wordSkeletons: readonly string[];
}

/**
 * Returns what sameSpelledName compares of a name, worked out once.
 * @example spellingOfName("Nasser Mubarak").wordSkeletons // ["nsr", "mbrk"]
 */
export function spellingOfName(name: string): NameSpelling {
  return {
    script: scriptOf(name),
    plain: plainName(name),
    skeleton: consonantSignature(name),
    wordSkeletons: name
      .split(/[\s\-–]+/u)
      .map(consonantSignature)
      .filter((skeleton) => skeleton.length >= 2),
  };
}

/**
 * Returns whether two spellings name the same person or place: equal after folding case and accents in one
 * script, close consonant skeletons across scripts — the whole names, or every word of a name of two words
 * or more within the other (a version may keep a title: "ब्रिगेडियर नासिर मुबारक" and "Nasser Mubarak").
 * @example sameSpelledName(spellingOfName("Stefano Gambacurta"), spellingOfName("ستيفانو غامباكورتا")) // true
 */
export function sameSpelledName(a: NameSpelling, b: NameSpelling): boolean {
  if (a.script === b.script) return a.plain === b.plain;
  if (closeSkeletons(a.skeleton, b.skeleton)) return true;
  const [shorter, longer] =
    a.wordSkeletons.length <= b.wordSkeletons.length
      ? [a.wordSkeletons, b.wordSkeletons]
      : [b.wordSkeletons, a.wordSkeletons];
  return shorter.length >= 2 && shorter.every((word) => longer.some((other) => closeSkeletons(word, other)));
}

/**
 * Returns whether two spellings name the same person or place (sameSpelledName, for a single comparison;
 * two names of one script are only folded).
 * @example sameNameAcrossScripts("Stefano Gambacurta", "ستيفانو غامباكورتا") // true
 */
export function sameNameAcrossScripts(a: string, b: string): boolean {
  if (scriptOf(a) === scriptOf(b)) return plainName(a) === plainName(b);
  return sameSpelledName(spellingOfName(a), spellingOfName(b));
}

function plainName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function closeSkeletons(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 3) return x === y && x !== "";
  const allowed = Math.floor(Math.max(x.length, y.length) / CONSONANTS_PER_EDIT);
  return editDistance(x, y, allowed) <= allowed;
}
