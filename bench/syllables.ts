/**
 * Made-up words built from consonant-vowel syllables, written consistently in Latin, Arabic and Devanagari
 * script, so synthetic names, places and topics look alike across the languages of the archive.
 */
import type { GenScript } from "./languages.ts";
import { createRng, intBetween, type Rng } from "./prng.ts";

const CONSONANTS = [
  "b",
  "d",
  "f",
  "g",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "sh",
  "ch",
  "y",
  "h",
];
const VOWELS = ["a", "e", "i", "o", "u"];

const ARABIC_CONSONANT: Readonly<Record<string, string>> = {
  b: "ب",
  d: "د",
  f: "ف",
  g: "غ",
  k: "ك",
  l: "ل",
  m: "م",
  n: "ن",
  p: "ب",
  r: "ر",
  s: "س",
  t: "ت",
  v: "ف",
  z: "ز",
  sh: "ش",
  ch: "تش",
  y: "ي",
  h: "ه",
};
const ARABIC_VOWEL: Readonly<Record<string, string>> = { a: "ا", e: "ي", i: "ي", o: "و", u: "و" };

const DEVANAGARI_CONSONANT: Readonly<Record<string, string>> = {
  b: "ब",
  d: "द",
  f: "फ",
  g: "ग",
  k: "क",
  l: "ल",
  m: "म",
  n: "न",
  p: "प",
  r: "र",
  s: "स",
  t: "त",
  v: "व",
  z: "ज",
  sh: "श",
  ch: "च",
  y: "य",
  h: "ह",
};
/** The inherent vowel "a" needs no sign. */
const DEVANAGARI_VOWEL_SIGN: Readonly<Record<string, string>> = { a: "", e: "े", i: "ि", o: "ो", u: "ु" };

/** A made-up word as its syllables, each a consonant and a vowel. */
export type SyllableWord = ReadonlyArray<readonly [string, string]>;

/** Returns a word of minSyl..maxSyl syllables drawn from the generator. */
export function makeWord(rng: Rng, minSyl: number, maxSyl: number): SyllableWord {
  const count = intBetween(rng, minSyl, maxSyl);
  const syllables: Array<readonly [string, string]> = [];
  for (let i = 0; i < count; i++) {
    const consonant = CONSONANTS[Math.floor(rng.next() * CONSONANTS.length)] ?? "k";
    const vowel = VOWELS[Math.floor(rng.next() * VOWELS.length)] ?? "a";
    syllables.push([consonant, vowel]);
  }
  return syllables;
}

/** Returns the k-th word of a fixed, seeded vocabulary: the same k always gives the same word. */
export function vocabularyWord(seed: number, k: number, minSyl: number, maxSyl: number): SyllableWord {
  return makeWord(createRng((seed ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0), minSyl, maxSyl);
}

/** Returns the word written in a script, e.g. [["k","a"],["m","i"]] → "kami", "كامي" or "कमि". */
export function writeWord(word: SyllableWord, script: GenScript, capitalise = false): string {
  if (script === "arabic") {
    return word.map(([c, v]) => (ARABIC_CONSONANT[c] ?? "") + (ARABIC_VOWEL[v] ?? "")).join("");
  }
  if (script === "devanagari") {
    return word.map(([c, v]) => (DEVANAGARI_CONSONANT[c] ?? "") + (DEVANAGARI_VOWEL_SIGN[v] ?? "")).join("");
  }
  const latin = word.map(([c, v]) => c + v).join("");
  return capitalise ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
}
