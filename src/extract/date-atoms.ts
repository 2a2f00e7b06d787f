import { MAX_YEAR, MIN_YEAR } from "./date-calendar.ts";
import { LONGEST_MONTH_WORDS, type MonthNameUse, monthsForKey, startsMonthName } from "./date-months.ts";
import type { DateToken } from "./date-tokens.ts";
import {
  LIST_COMMAS,
  LIST_WORDS,
  ORDINAL_SIGNS,
  ORDINAL_SUFFIXES,
  RANGE_DASHES,
  RANGE_WORDS,
} from "./date-words.ts";

/** A number, month or connector found at a token index; `next` is the index just after it. */
export interface Atom<T> {
  value: T;
  next: number;
}

/** A month name found in the tokens, with how freely it may be read and whether it is English. */
export interface MonthAtom {
  month: number;
  use: MonthNameUse;
  english: boolean;
  /** Whether the name is also an ordinary word read as a month only when capitalised ("May"). */
  capitalised: boolean;
}

/** How two days or months are joined: a range ("2–4") or a list ("17 and 18"). */
export type Joint = "range" | "list";

/** Punctuation that glues digits into one number ("24/7", "1.5", "10:30"): such digits are never a day or year. */
const NUMBER_GLUE = new Set(["/", ".", ":", "%", "\\"]);
const APOSTROPHES = new Set(["'", "’"]);
const SLASH = "/";
const ABBREVIATION_DOT = ".";

function glued(tokens: readonly DateToken[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && !token.spaced;
}

/** Whether the number at `index` is part of a longer written number or a word ("G7", "24/7", "31,000", "3G"). */
function embeddedNumber(tokens: readonly DateToken[], index: number, allowSuffix: boolean): boolean {
  const before = tokens[index - 1];
  if (before !== undefined && glued(tokens, index)) {
    if (before.kind === "num") return true;
    if (before.kind === "word" && !LIST_WORDS.has(before.key)) return true;
    if (NUMBER_GLUE.has(before.text) && tokens[index - 2]?.kind === "num" && glued(tokens, index - 1))
      return true;
  }
  const after = tokens[index + 1];
  if (after !== undefined && glued(tokens, index + 1)) {
    if (
      after.kind === "word" &&
      !(allowSuffix && ORDINAL_SUFFIXES.has(after.key)) &&
      !LIST_WORDS.has(after.key)
    ) {
      return true;
    }
    if (after.text === "%") return true;
    if (NUMBER_GLUE.has(after.text) && tokens[index + 2]?.kind === "num" && glued(tokens, index + 2))
      return true;
    if (
      LIST_COMMAS.has(after.text) &&
      /^\d{3}$/.test(tokens[index + 2]?.text ?? "") &&
      glued(tokens, index + 2)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Returns the day of the month written at `index` (1–31, with an optional ordinal ending), if any.
 * @example dayAt(dateTokens("1er octobre"), 0) // { value: 1, next: 2 }
 */
export function dayAt(tokens: readonly DateToken[], index: number): Atom<number> | undefined {
  const token = tokens[index];
  if (token?.kind !== "num" || token.text.length > 2 || embeddedNumber(tokens, index, true)) return undefined;
  const day = Number(token.text);
  if (day < 1 || day > 31) return undefined;
  let next = index + 1;
  const after = tokens[next];
  if (after !== undefined && glued(tokens, next)) {
    if ((after.kind === "word" && ORDINAL_SUFFIXES.has(after.key)) || ORDINAL_SIGNS.has(after.text))
      next += 1;
  }
  return { value: day, next };
}

/**
 * Returns the four-digit year written at `index`, if any.
 * @example yearAt(dateTokens("٢٠٢٢"), 0) // { value: 2022, next: 1 }
 */
export function yearAt(tokens: readonly DateToken[], index: number): Atom<number> | undefined {
  const token = tokens[index];
  if (token?.kind !== "num" || token.text.length !== 4 || embeddedNumber(tokens, index, false))
    return undefined;
  const year = Number(token.text);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return { value: year, next: index + 1 };
}

function singleMonthAt(tokens: readonly DateToken[], index: number): Atom<MonthAtom> | undefined {
  const head = tokens[index];
  if (head?.kind !== "word" || !startsMonthName(head.key)) return undefined;
  for (let length = LONGEST_MONTH_WORDS; length >= 1; length -= 1) {
    const words = tokens.slice(index, index + length);
    if (words.length < length || words.some((word) => word.kind !== "word")) continue;
    const key = words.map((word) => word.key).join(" ");
    const first = words[0]?.text ?? "";
    const name = monthsForKey(key).find(
      (candidate) => !candidate.capitalised || first.charAt(0) !== first.charAt(0).toLowerCase(),
    );
    if (name === undefined) continue;
    let next = index + length;
    if (name.use === "with-number" && tokens[next]?.text === ABBREVIATION_DOT && glued(tokens, next))
      next += 1;
    return {
      value: { month: name.month, use: name.use, english: name.english, capitalised: name.capitalised },
      next,
    };
  }
  return undefined;
}

/**
 * Returns the month named at `index`, including the paired form "أيلول/سبتمبر" (both halves must agree).
 * @example monthAt(dateTokens("كانون الثاني/يناير 2022"), 0) // { value: { month: 1, … }, next: 4 }
 */
export function monthAt(tokens: readonly DateToken[], index: number): Atom<MonthAtom> | undefined {
  const first = singleMonthAt(tokens, index);
  if (first === undefined || tokens[first.next]?.text !== SLASH) return first;
  const second = singleMonthAt(tokens, first.next + 1);
  if (second === undefined || second.value.month !== first.value.month) return first;
  const use: MonthNameUse =
    first.value.use === "free" || second.value.use === "free" ? "free" : "with-number";
  return { value: { ...first.value, use }, next: second.next };
}

/**
 * Returns the range or list joint written at `index`: a dash, "to"/"al"/"au"/"hadi"/"إلى"/"से", a comma,
 * or "and"/"e"/"et"/"و"/"na"/"और" (a comma before "and" counts as one joint).
 * @example jointAt(dateTokens("2 - 4"), 1) // { value: "range", next: 2 }
 */
export function jointAt(tokens: readonly DateToken[], index: number): Atom<Joint> | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (RANGE_DASHES.has(token.text)) return { value: "range", next: index + 1 };
  if (token.kind === "word" && RANGE_WORDS.has(token.key)) {
    const apostrophe = APOSTROPHES.has(tokens[index + 1]?.text ?? "") && glued(tokens, index + 1);
    return { value: "range", next: apostrophe ? index + 2 : index + 1 };
  }
  if (LIST_COMMAS.has(token.text)) {
    const and = tokens[index + 1];
    return { value: "list", next: and !== undefined && LIST_WORDS.has(and.key) ? index + 2 : index + 1 };
  }
  if (LIST_WORDS.has(token.key)) return { value: "list", next: index + 1 };
  return undefined;
}
