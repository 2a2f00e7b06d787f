import { yearAt } from "./date-atoms.ts";
import { dateTokens } from "./date-tokens.ts";
import { readDates, type YearSource } from "./dates.ts";
import type { DateSpan } from "./types.ts";

/** A title number counts as a year only in this range, so "Top 1000" is not read as a year. */
const TITLE_YEAR_MIN = 1900;
const TITLE_YEAR_MAX = 2100;

function onlyOne(years: readonly number[]): number | undefined {
  const distinct = new Set(years);
  return distinct.size === 1 ? years[0] : undefined;
}

function standaloneYears(text: string, min: number, max: number): number[] {
  const tokens = dateTokens(text);
  return tokens
    .map((_, index) => yearAt(tokens, index)?.value)
    .filter((year): year is number => year !== undefined && year >= min && year <= max);
}

/**
 * Returns the year a document's undated days belong to, from its own context only, in this order:
 * 1. the publication date (its first four-digit year);
 * 2. the title, when it states exactly one year (1900–2100), e.g. "G7 Italia 2024";
 * 3. the text, when every day- or month-precise date in it that states a year states the same one
 *    ("١٨ نوفمبر، ٢٠٢٢" and "كانون الثاني/يناير 2022" → 2022). Bare years ("in 2021") do not count: they
 *    usually recall the past rather than date the document.
 * Several different years, or none, give undefined: a year is never guessed.
 * @example contextYear("Mkutano wa G7 Italia 2024", undefined, "… tarehe 2 - 4 Oktoba.") // { year: 2024, source: "title" }
 */
export function contextYear(
  title: string,
  published: string | undefined,
  bodyText: string,
): { year: number; source: YearSource } | undefined {
  return contextYearOf(title, published, statedYears(readDates(bodyText)));
}

/**
 * Returns the years that day- or month-precise dates state, the text evidence `contextYear` weighs.
 * @example statedYears(readDates("١٨ نوفمبر، ٢٠٢٢")) // [2022]
 */
export function statedYears(spans: readonly DateSpan[]): number[] {
  return spans
    .filter((span) => span.yearStatus === "stated" && span.precision !== "year")
    .flatMap((span) => [span.start.year, span.end?.year])
    .filter((year): year is number => year !== undefined);
}

/**
 * Returns what `contextYear` returns, with the text's evidence given as the years its dates state (see
 * `statedYears`), for a caller that has read the dates already.
 * @example contextYearOf("G7 Italia 2024", undefined, [])?.source // "title"
 */
export function contextYearOf(
  title: string,
  published: string | undefined,
  stated: readonly number[],
): { year: number; source: YearSource } | undefined {
  if (published !== undefined) {
    const [year] = standaloneYears(published.replace(/[-/.T]/g, " "), TITLE_YEAR_MIN, TITLE_YEAR_MAX);
    if (year !== undefined) return { year, source: "publication" };
  }
  const titleYear = onlyOne(standaloneYears(title, TITLE_YEAR_MIN, TITLE_YEAR_MAX));
  if (titleYear !== undefined) return { year: titleYear, source: "title" };
  const textYear = onlyOne(stated);
  return textYear === undefined ? undefined : { year: textYear, source: "text" };
}
