import { type Atom, dayAt, type Joint, jointAt, type MonthAtom, monthAt, yearAt } from "./date-atoms.ts";
import type { DateToken } from "./date-tokens.ts";
import {
  DAY_ARTICLES,
  DAY_MONTH_FILLERS,
  FROM_PREFIXES,
  LIST_COMMAS,
  MONTH_YEAR_FILLERS,
  RANGE_PREFIXES,
  YEAR_ARTICLES,
  YEAR_CUES_AFTER,
  YEAR_CUES_BEFORE,
} from "./date-words.ts";
import type { Precision } from "./types.ts";

/** One day, month or year of a written date, as far as the text gives it. */
export interface ChainItem {
  day?: number;
  month?: number;
  year?: number;
}

/**
 * A date as written, before years are filled in and checked: its items in written order, the joints
 * between them, and the token span it covers (`first` to `next`, exclusive).
 */
export interface Chain {
  precision: Precision;
  items: ChainItem[];
  joints: Joint[];
  first: number;
  next: number;
}

const MAX_FILLERS = 2;
const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"]);

function skipWords(tokens: readonly DateToken[], index: number, words: ReadonlySet<string>): number {
  let next = index;
  while (next - index < MAX_FILLERS && tokens[next]?.kind === "word" && words.has(tokens[next]?.key ?? "")) {
    next += 1;
  }
  return next;
}

/** A year after a month: "October 2024", "نوفمبر، ٢٠٢٢", "Oktoba mwaka 2024". */
function yearAfterMonth(tokens: readonly DateToken[], index: number): Atom<number> | undefined {
  const afterComma = LIST_COMMAS.has(tokens[index]?.text ?? "") ? index + 1 : index;
  return yearAt(tokens, skipWords(tokens, afterComma, MONTH_YEAR_FILLERS));
}

function monthAfterDay(tokens: readonly DateToken[], index: number): Atom<MonthAtom> | undefined {
  return monthAt(tokens, index) ?? monthAt(tokens, skipWords(tokens, index, DAY_MONTH_FILLERS));
}

/** One day with its month and year when they follow: "30 September", "2 Oktoba 2024", "7". */
function dayItemAt(tokens: readonly DateToken[], index: number): Atom<ChainItem> | undefined {
  const day = dayAt(tokens, index);
  if (day === undefined) return undefined;
  const month = monthAfterDay(tokens, day.next);
  if (month === undefined) return { value: { day: day.value }, next: day.next };
  const year = yearAfterMonth(tokens, month.next);
  if (year === undefined) return { value: { day: day.value, month: month.value.month }, next: month.next };
  return { value: { day: day.value, month: month.value.month, year: year.value }, next: year.next };
}

/** One English month-first day: "October 2", "Nov. 17th". */
function monthDayItemAt(tokens: readonly DateToken[], index: number): Atom<ChainItem> | undefined {
  const month = monthAt(tokens, index);
  if (month === undefined || !month.value.english) return undefined;
  const day = dayAt(tokens, month.next);
  if (day === undefined) return undefined;
  return { value: { day: day.value, month: month.value.month }, next: day.next };
}

/** One month with its year when it follows: "September", "أيلول/سبتمبر 2022". */
function monthItemAt(tokens: readonly DateToken[], index: number): Atom<ChainItem> | undefined {
  const month = monthAt(tokens, index);
  if (month === undefined) return undefined;
  const year = yearAfterMonth(tokens, month.next);
  if (year === undefined) return { value: { month: month.value.month }, next: month.next };
  return { value: { month: month.value.month, year: year.value }, next: year.next };
}

type ItemReader = (tokens: readonly DateToken[], index: number) => Atom<ChainItem> | undefined;

// Made once: the chains are tried at every token of every sentence.
const DAY_READERS: readonly ItemReader[] = [dayItemAt];
const MONTH_DAY_READERS: readonly ItemReader[] = [monthDayItemAt, dayAtAsItem];
const MONTH_READERS: readonly ItemReader[] = [monthItemAt];
const RANGES_AND_LISTS: ReadonlySet<Joint> = new Set(["range", "list"]);
const RANGES: ReadonlySet<Joint> = new Set(["range"]);

/** Items joined by ranges or lists, read greedily from `index`; the caller trims what it cannot use. */
function readLinks(
  tokens: readonly DateToken[],
  index: number,
  readers: readonly ItemReader[],
  joints: ReadonlySet<Joint>,
): { items: Atom<ChainItem>[]; joints: Joint[] } | undefined {
  const first = firstItem(readers, tokens, index);
  if (first === undefined) return undefined;
  const items = [first];
  const found: Joint[] = [];
  for (;;) {
    const joint = jointAt(tokens, items[items.length - 1]?.next ?? index);
    if (joint === undefined || !joints.has(joint.value)) break;
    const start = skipWords(tokens, joint.next, DAY_ARTICLES);
    const item = firstItem(readers, tokens, start);
    if (item === undefined) break;
    items.push(item);
    found.push(joint.value);
  }
  return { items, joints: found };
}

/** The item the first of the readers that reads one at `index` reads. */
function firstItem(
  readers: readonly ItemReader[],
  tokens: readonly DateToken[],
  index: number,
): Atom<ChainItem> | undefined {
  for (const read of readers) {
    const item = read(tokens, index);
    if (item !== undefined) return item;
  }
  return undefined;
}

function trimTo(
  links: { items: Atom<ChainItem>[]; joints: Joint[] },
  keep: (item: ChainItem) => boolean,
): { items: Atom<ChainItem>[]; joints: Joint[] } {
  const items = [...links.items];
  const joints = [...links.joints];
  while (items.length > 0 && !keep(items[items.length - 1]?.value ?? {})) {
    items.pop();
    joints.pop();
  }
  return { items, joints };
}

/** Steps back over articles and apostrophes ("tra l'11", "entro il 2030") to the word before them. */
function skipBack(tokens: readonly DateToken[], index: number, articles: ReadonlySet<string>): number {
  let at = index;
  for (;;) {
    const token = tokens[at];
    if (token === undefined) return at;
    const article = token.kind === "word" && articles.has(token.key);
    if (!article && !APOSTROPHES.has(token.text)) return at;
    at -= 1;
  }
}

/** The word that opens a range before its first day ("between", "from", "dal", "du", "بين"), if any. */
function rangePrefix(
  tokens: readonly DateToken[],
  index: number,
): { at: number; between: boolean } | undefined {
  const at = skipBack(tokens, index - 1, DAY_ARTICLES);
  const word = tokens[at];
  if (word?.kind !== "word") return undefined;
  if (RANGE_PREFIXES.has(word.key)) return { at, between: true };
  if (FROM_PREFIXES.has(word.key)) return { at, between: false };
  return undefined;
}

/**
 * Reads day-first dates at `index`: "2 - 4 Oktoba", "يومي 7 و2 أكتوبر", "30 September – 2 October 2024",
 * "between 2 and 4 October". Months and years are written on the last items and apply backwards.
 * @example dayChainAt(dateTokens("2 - 4 Oktoba"), 0)?.items // [{ day: 2 }, { day: 4, month: 10 }]
 */
export function dayChainAt(tokens: readonly DateToken[], index: number): Chain | undefined {
  const links = readLinks(tokens, index, DAY_READERS, RANGES_AND_LISTS);
  if (links === undefined) return undefined;
  const { items, joints } = trimTo(links, (item) => item.month !== undefined);
  const last = items[items.length - 1];
  if (last === undefined) return undefined;
  const prefix = joints.length === 1 ? rangePrefix(tokens, index) : undefined;
  const between = prefix?.between === true && joints[0] === "list";
  const ranged = between || (prefix !== undefined && joints[0] === "range");
  return {
    precision: "day",
    items: items.map((item) => item.value),
    joints: between ? ["range"] : joints,
    first: ranged && prefix !== undefined ? prefix.at : index,
    next: last.next,
  };
}

/**
 * Reads English month-first dates at `index`: "October 2, 2024", "October 2–4, 2024", "October 30 – November 2".
 * @example monthDayChainAt(dateTokens("October 2–4, 2024"), 0)?.items // [{ month: 10, day: 2, year: 2024 }, …]
 */
export function monthDayChainAt(tokens: readonly DateToken[], index: number): Chain | undefined {
  const start = monthDayItemAt(tokens, index);
  if (start === undefined) return undefined;
  const links = readLinks(tokens, index, MONTH_DAY_READERS, RANGES_AND_LISTS);
  if (links === undefined) return undefined;
  const last = links.items[links.items.length - 1];
  if (last === undefined) return undefined;
  const year = yearAfterMonth(tokens, last.next);
  const items = links.items.map((item) =>
    year === undefined ? item.value : { ...item.value, year: year.value },
  );
  return { precision: "day", items, joints: links.joints, first: index, next: year?.next ?? last.next };
}

function dayAtAsItem(tokens: readonly DateToken[], index: number): Atom<ChainItem> | undefined {
  const day = dayAt(tokens, index);
  return day === undefined ? undefined : { value: { day: day.value }, next: day.next };
}

/**
 * Reads months with a written year at `index`: "September 2024", "كانون الثاني/يناير 2022",
 * "September – October 2024". A month with no year anywhere is not a date here (see `readVagueTimes`).
 * @example monthChainAt(dateTokens("أيلول/سبتمبر 2022"), 0)?.items // [{ month: 9, year: 2022 }]
 */
export function monthChainAt(tokens: readonly DateToken[], index: number): Chain | undefined {
  // A short number just before the month is a day that failed ("0 October 2024"): no month reading from it.
  const before = tokens[index - 1];
  if (before?.kind === "num" && before.text.length <= 2) return undefined;
  const links = readLinks(tokens, index, MONTH_READERS, RANGES);
  if (links === undefined) return undefined;
  const { items, joints } = trimTo(links, (item) => item.year !== undefined);
  const last = items[items.length - 1];
  if (last === undefined) return undefined;
  return {
    precision: "month",
    items: items.map((item) => item.value),
    joints,
    first: index,
    next: last.next,
  };
}

/**
 * Reads a lone year at `index` when a date word stands before it ("in 2021", "في عام 2021", "mwaka 2021",
 * "nel 2021", "en 2021") or a Hindi postposition after it ("2021 में"). Counts like "2000 people" stay numbers.
 * @example yearChainAt(dateTokens("في عام 2021"), 2)?.items // [{ year: 2021 }]
 */
export function yearChainAt(tokens: readonly DateToken[], index: number): Chain | undefined {
  const year = yearAt(tokens, index);
  if (year === undefined) return undefined;
  const cueBefore = tokens[skipBack(tokens, index - 1, YEAR_ARTICLES)];
  const cueAfter = tokens[year.next];
  const cued =
    (cueBefore?.kind === "word" && YEAR_CUES_BEFORE.has(cueBefore.key)) ||
    (cueAfter?.kind === "word" && YEAR_CUES_AFTER.has(cueAfter.key));
  if (!cued) return undefined;
  return { precision: "year", items: [{ year: year.value }], joints: [], first: index, next: year.next };
}
