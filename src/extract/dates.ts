import type { LangCode } from "../corpus/types.ts";
import type { Chain } from "./date-chains.ts";
import { dayChainAt, monthChainAt, monthDayChainAt, yearChainAt } from "./date-chains.ts";
import { numericDates } from "./date-numeric.ts";
import { settleWritten } from "./date-resolve.ts";
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
  const found: LocatedDate[] = [];
  const numeric = numericDates(text, context.lang);
  for (const date of numeric) {
    for (const span of settleWritten(date.written, text.slice(date.start, date.end), context.year)) {
      found.push({ span, start: date.start, end: date.end });
    }
  }
  const covered = (token: DateToken | undefined): boolean =>
    token !== undefined && numeric.some((date) => token.start < date.end && token.end > date.start);
  const tokens = dateTokens(text);
  let index = 0;
  while (index < tokens.length) {
    const chain = covered(tokens[index]) ? undefined : firstChain(tokens, index);
    if (chain === undefined || tokens.slice(chain.first, chain.next).some(covered)) {
      index += 1;
      continue;
    }
    const start = tokens[chain.first]?.start ?? 0;
    const end = tokens[chain.next - 1]?.end ?? start;
    for (const span of settleWritten(chain, text.slice(start, end), context.year))
      found.push({ span, start, end });
    index = chain.next;
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
