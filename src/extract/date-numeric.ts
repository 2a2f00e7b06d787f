import type { LangCode } from "../corpus/index.ts";
import type { Written } from "./date-resolve.ts";
import { asciiDigits } from "./numerals.ts";

/** A date written in figures only, with its offsets in the text. */
export interface NumericDate {
  written: Written;
  start: number;
  end: number;
}

const ISO = /(?<![\p{L}\p{N}./-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|[-/.]\p{N})/gu;
const DAY_MONTH_YEAR = /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\p{N}]|[-/.]\p{N})/gu;

/** Languages whose figures run day/month/year; English is left out because American text runs month/day/year. */
const DAY_FIRST_LANGS: ReadonlySet<LangCode> = new Set(["ar", "sw", "hi", "it", "fr"]);

/**
 * Returns the dates written in figures: ISO "2024-10-02" always, and "02/10/2024" when the order is
 * certain — the language writes day first, or only one order gives a real month ("25/12/2024").
 * @example numericDates("il 02/10/2024", "it")[0]?.written.items // [{ year: 2024, month: 10, day: 2 }]
 */
export function numericDates(text: string, lang?: LangCode): NumericDate[] {
  const folded = asciiDigits(text);
  const found: NumericDate[] = [];
  for (const match of folded.matchAll(ISO)) {
    const item = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    found.push({
      written: { precision: "day", items: [item], joints: [] },
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  for (const match of folded.matchAll(DAY_MONTH_YEAR)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = Number(match[4]);
    const dayFirst = lang !== undefined && DAY_FIRST_LANGS.has(lang);
    const bothMonths = first <= 12 && second <= 12 && first !== second;
    if (bothMonths && !dayFirst) continue;
    const [day, month] = dayFirst || second <= 12 ? [first, second] : [second, first];
    found.push({
      written: { precision: "day", items: [{ year, month, day }], joints: [] },
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}
