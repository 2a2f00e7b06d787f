import type { LangCode } from "../corpus/index.ts";
import type { Chain } from "./date-chains.ts";
import { dayChainAt, monthChainAt, monthDayChainAt, yearChainAt } from "./date-chains.ts";
import { numericDates } from "./date-numeric.ts";
import { settleWritten, type Written } from "./date-resolve.ts";
import { type DateToken, dateTokens } from "./date-tokens.ts";
import type { DateFact, DateSpan, SourceRef } from "./types.ts";

/** Where a context year came from, for the caller's record: the document's publication date, title or text. */
export type YearSource = "publication" | "title" | "text";

/**
 * What the reader may know about the text around a sentence: its language (orders figure-only dates)
 * and the document's own year (fills a missing year, marked "inferred").
 */
export interface DateContext {
  lang?: LangCode;
  year?: number;
  yearSource?: YearSource;
}

const CHAIN_READERS: readonly ((tokens: readonly DateToken[], index: number) => Chain | undefined)[] = [
  dayChainAt,
  monthDayChainAt,
  monthChainAt,
  yearChainAt,
];

/**
 * Returns every date, range or list of days in a text, in text order, each with its precision and whether
 * its year is stated, inferred from `context.year`, or not given. Impossible dates are never returned.
 * @example readDates("يومي 17 و 18 نوفمبر") // [{ start: { month: 11, day: 17 }, end: { month: 11, day: 18 },
 *   listed: [{ month: 11, day: 17 }, { month: 11, day: 18 }], precision: "day", yearStatus: "not-given", … }]
 */
export function readDates(text: string, context: DateContext = {}): DateSpan[] {
  return locateDates(text, context).map((located) => located.span);
}

/** A date read from a text with the offsets of its surface. */
export interface LocatedDate {
  span: DateSpan;
  start: number;
  end: number;
}

/**
 * Returns the same dates as `readDates`, each with where its surface starts and ends in the text.
 * @example locateDates("on 2 Oktoba")[0]?.start // 3
 */
export function locateDates(text: string, context: DateContext = {}): LocatedDate[] {
  return settleDates(writtenDates(text, dateTokens(text), context.lang), context.year);
}

/** A date as written in a text, before its year is settled, with the offsets of its surface. */
export interface WrittenDate {
  written: Written;
  surface: string;
  start: number;
  end: number;
}

/**
 * Returns the dates written in a text as they are written, in the order `locateDates` settles them: figures
 * first, then words. `tokens` are `dateTokens(text)`, passed in so a caller reading the text twice
 * tokenises it once. Which dates are written does not depend on any year, only on the language.
 * @example writtenDates("2 - 4 Oktoba", dateTokens("2 - 4 Oktoba"))[0]?.written.items // [{ day: 2 }, { day: 4, month: 10 }]
 */
export function writtenDates(text: string, tokens: readonly DateToken[], lang?: LangCode): WrittenDate[] {
  const numeric = numericDates(text, lang);
  const found: WrittenDate[] = numeric.map((date) => ({
    written: date.written,
    surface: text.slice(date.start, date.end),
    start: date.start,
    end: date.end,
  }));
  const covered = (token: DateToken | undefined): boolean =>
    token !== undefined && numeric.some((date) => token.start < date.end && token.end > date.start);
  let index = 0;
  while (index < tokens.length) {
    const chain = covered(tokens[index]) ? undefined : firstChain(tokens, index);
    if (chain === undefined || (numeric.length > 0 && tokens.slice(chain.first, chain.next).some(covered))) {
      index += 1;
      continue;
    }
    const start = tokens[chain.first]?.start ?? 0;
    const end = tokens[chain.next - 1]?.end ?? start;
    found.push({ written: chain, surface: text.slice(start, end), start, end });
    index = chain.next;
  }
  return found;
}

/**
 * Returns the written dates settled against the document's year (see `settleWritten`), in text order;
 * impossible dates are left out.
 * @example settleDates(writtenDates(text, dateTokens(text)), 2024)[0]?.span.yearStatus // "inferred"
 */
export function settleDates(written: readonly WrittenDate[], year?: number): LocatedDate[] {
  const found: LocatedDate[] = [];
  for (const date of written) {
    for (const span of settleWritten(date.written, date.surface, year))
      found.push({ span, start: date.start, end: date.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

function firstChain(tokens: readonly DateToken[], index: number): Chain | undefined {
  for (const read of CHAIN_READERS) {
    const chain = read(tokens, index);
    if (chain !== undefined) return chain;
  }
  return undefined;
}

/**
 * Returns the dates of many sentences, each with the sentence it was read from.
 * @example readDateFacts([{ docId: "d", paragraph: 1, sentence: 1, text: "tarehe 2 - 4 Oktoba" }])[0]?.ref.docId // "d"
 */
export function readDateFacts(refs: readonly SourceRef[], context: DateContext = {}): DateFact[] {
  return refs.flatMap((ref) => readDates(ref.text, context).map((span) => ({ ...span, ref })));
}
