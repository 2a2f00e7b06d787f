import { ABBREVIATIONS } from "./abbreviations.ts";
import { tokenise } from "./normalise.ts";
import type { LangCode } from "./types.ts";

/** Marks that end a sentence on their own: Latin ! ?, Arabic ؟ and ؛, Urdu ۔, the dandas, CJK stops. */
const STRONG_END = new Set(["!", "?", "؟", "؛", "۔", "।", "॥", "。", "！", "？", "…"]);
const PERIOD = ".";
const CLOSERS = new Set(['"', "'", "”", "’", "»", "›", ")", "]", "}", "」", "』"]);
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const WHITESPACE = /\s/u;
const URL_OR_PATH_CHAR = new Set(["/", "@", ".", ":", "\\"]);

const titles = new Set(Object.values(ABBREVIATIONS).flatMap((set) => set.titles));
const common = new Set(Object.values(ABBREVIATIONS).flatMap((set) => set.common));
const beforeNumber = new Set(Object.values(ABBREVIATIONS).flatMap((set) => set.beforeNumber));

/**
 * Splits a paragraph into sentences at . ! ? ؟ ؛ । ॥ (never at the Arabic comma ،), also where a period is
 * glued to the next sentence, but not after abbreviations, initials, dotted acronyms or inside numbers.
 * @example splitSentences("Dr. Smith arrived.The talks began।") // ["Dr. Smith arrived.", "The talks began।"]
 */
export function splitSentences(paragraph: string, lang?: LangCode): string[] {
  const text = paragraph.replace(/\s+/gu, " ").trim();
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char !== PERIOD && !STRONG_END.has(char)) continue;
    let runEnd = i + 1;
    while (runEnd < text.length && (text.charAt(runEnd) === PERIOD || STRONG_END.has(text.charAt(runEnd)))) {
      runEnd++;
    }
    let end = runEnd;
    while (end < text.length && CLOSERS.has(text.charAt(end))) end++;
    const lonePeriod = char === PERIOD && runEnd === i + 1;
    const boundary = lonePeriod ? periodEnds(text, i, end, lang) : strongEnds(text, end);
    if (boundary) {
      pieces.push(text.slice(start, end).trim());
      start = end;
    }
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") pieces.push(rest);
  return mergeStrayFragments(pieces);
}

function strongEnds(text: string, end: number): boolean {
  const next = nextSignificant(text, end);
  return next === undefined || !isLowercase(next.char);
}

function periodEnds(text: string, at: number, end: number, lang: LangCode | undefined): boolean {
  const word = wordBefore(text, at);
  const next = nextSignificant(text, end);
  if (next === undefined) return true;
  if (isLowercase(next.char)) return false;
  if (isAbbreviation(word, next.char, lang)) return false;
  if (next.gap) return true;
  return endsGluedSentence(text, at, word, next.char);
}

/** "organisations.The" is two sentences; "3.5", "U.S.A", "ASP.NET" and "example.Com" paths are not. */
function endsGluedSentence(text: string, at: number, word: string, next: string): boolean {
  if (!LETTER.test(next) || letterCount(word) < 2) return false;
  if (!LETTER.test(word.charAt(word.length - 1))) return false;
  const hasCase = word.toLowerCase() !== word.toUpperCase();
  if (hasCase && word === word.toUpperCase()) return false;
  const before = text.charAt(at - word.length - 1);
  return !URL_OR_PATH_CHAR.has(before);
}

function isAbbreviation(word: string, next: string, lang: LangCode | undefined): boolean {
  if (word === "") return false;
  const lower = word.toLowerCase();
  if (letterCount(word) === 1 && !DIGIT.test(word)) return true;
  if (DIGIT.test(next) && beforeNumber.has(lower)) return true;
  if (common.has(lower)) return true;
  if (titles.has(lower) && !isLowercase(word.charAt(0))) return true;
  // German writes ordinals with a period: "am 17. November".
  return lang === "de" && /^\d{1,2}$/.test(word);
}

/** A one-word piece after a stray period ("…دول الغرب. البلقان.") belongs to the sentence before it. */
function mergeStrayFragments(pieces: readonly string[]): string[] {
  const merged: string[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous?.endsWith(PERIOD) && piece.endsWith(PERIOD) && tokenise(piece).length === 1) {
      merged[merged.length - 1] = `${previous} ${piece}`;
    } else {
      merged.push(piece);
    }
  }
  return merged;
}

function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && WORD_CHAR.test(text.charAt(from - 1))) from--;
  return text.slice(from, at);
}

function nextSignificant(text: string, from: number): { char: string; gap: boolean } | undefined {
  let at = from;
  while (at < text.length && WHITESPACE.test(text.charAt(at))) at++;
  if (at >= text.length) return undefined;
  return { char: text.charAt(at), gap: at > from };
}

function letterCount(word: string): number {
  let count = 0;
  for (const char of word) if (LETTER.test(char) && char !== "\u0640") count++;
  return count;
}

function isLowercase(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}
