import { locateDates } from "./dates.ts";
import { cityPlace } from "./place-names.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { DateFact, Place } from "./types.ts";

/** A news body opens with its dateline within the first few paragraphs (after a date or a subtitle line). */
export const DATELINE_PARAGRAPHS = 3;
const MAX_CITY_WORDS = 3;

/** "Wiesbaden (Germany) –", "فيسبادن (ألمانيا) -": a city, its country in brackets, a dash or colon. */
/** "GÊNES (Italie), 21 mai 2025": a city and its bracketed country before the comma of a dated dateline. */
const CITY_COUNTRY_COMMA =
  /^(\s*[^\s()\-–—:,،"«“\d]+(?:\s+[^\s()\-–—:,،"«“\d]+){0,2}?)\s*\([^()]{2,40}\)\s*(?=[,،])/u;
const CITY_COUNTRY = /^\s*([^\s()\-–—:,،"«“]+(?:\s+[^\s()\-–—:,،"«“]+){0,2})\s*\(([^()]{2,40})\)\s*[-–—:]/u;
/** "Ottawa, 4 October 2025 –", "الدوحة، 21/11/2024 -", "بيروت في ٩ تشرين الثاني ٢٠٢٣ –": a city, a comma
 * (or Arabic "في", Hindi "में"), then the date. */
const CITY_COMMA =
  /^\s*([^\s()\-–—:,،"«“\d]+(?:\s+[^\s()\-–—:,،"«“\d]+){0,2}?)\s*(?:[,،]|\s(?:في|में)(?=\s))\s*/u;
/** "NAIROBI – ", "الدوحة - ": a city and a spaced dash. */
const CITY_DASH = /^\s*([^\s()\-–—:,،"«“\d]+(?:\s+[^\s()\-–—:,،"«“\d]+){0,2})\s+[-–—]\s+/u;
/** After the date: a dash or colon, perhaps after a news agency's tag ("(ومع) –", "(AFP) -"). */
const DASH_AFTER_DATE = /^\s*(?:\([^()]{1,12}\)\s*)?[-–—:]/u;
/** What may stand between a dateline's comma and its date: nothing, or an article ("Lyon, le 6 février"). */
const BEFORE_DATE = /^\s*(?:\p{L}{1,3}\s+)?$/u;
/** "Arusha, Tanzania –": the country after the city's comma, then a dash. */
const COUNTRY_COMMA = /^\s*([^\s,،()\d\-–—:]+(?:\s+[^\s,،()\d\-–—:]+)?)\s*[,،]\s*$/u;
const COUNTRY_DASH = /^([^\s,،()\-–—:]+(?:\s+[^\s,،()\-–—:]+)?)\s*[-–—]\s+/u;
const LATIN_CAPITALISED = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’-]+$/u;

/** The dateline of a news body: the city it was filed from, and the date it carries, if any. */
export interface Dateline {
  place: Place;
  date?: DateFact;
  /** Where the body text after the dateline starts in the sentence. */
  bodyStart: number;
}

/**
 * Returns the dateline opening a sentence (or one of its lines) near the top of a document: "CITY (Country) –",
 * "CITY, 12 June 2025 –", "Lyon, le 6 février 2025 –", "CITY, 21/11/2024", "الرباط في 12 يونيو 2024 (ومع) –",
 * "CITY, Country –", "CITY – ". The city must not be a region, a country, another
 * lexicon entry or a function word, and in Latin script it is capitalised. A dateline date without its
 * year takes `year`, the document's own (marked inferred).
 * @example readDateline(ctx("Ottawa, 4 October 2025 – The ministers met …"))?.place.name // "Ottawa"
 */
export function readDateline(ctx: SentenceContext, year?: number): Dateline | undefined {
  const found = firstDateline(ctx, year);
  return found?.place ? { ...found, place: found.place } : undefined;
}

/**
 * Returns the date a dateline carries even when its "city" is a country's name too ("الجزائر، ١٩ نوفمبر
 * ٢٠٢٥ –" is Algiers or Algeria): the date still dates the document.
 * @example readDatelineDate(ctx("الجزائر، ١٩ نوفمبر ٢٠٢٥ – …"))?.start.year // 2025
 */
export function readDatelineDate(ctx: SentenceContext, year?: number): DateFact | undefined {
  return firstDateline(ctx, year)?.date;
}

type Found = Omit<Dateline, "place"> & { place: Place | undefined };

function firstDateline(ctx: SentenceContext, year: number | undefined): Found | undefined {
  if (ctx.ref.paragraph > DATELINE_PARAGRAPHS || ctx.ref.sentence !== 1) return undefined;
  let offset = 0;
  for (const line of ctx.ref.text.split("\n")) {
    // "GÊNES (Italie), 21 mai 2025 –": the bracketed country is left out and the comma form read.
    const plain = line.replace(CITY_COUNTRY_COMMA, "$1");
    const found = datelineOf(ctx, plain, offset + line.length - plain.length, year);
    if (found) return found;
    offset += line.length + 1;
  }
  return undefined;
}

function datelineOf(
  ctx: SentenceContext,
  line: string,
  offset: number,
  year: number | undefined,
): Found | undefined {
  const bracketed = CITY_COUNTRY.exec(line);
  if (bracketed?.[1]) {
    const place = cityOf(ctx, bracketed[1]);
    return place ? { place, bodyStart: offset + bracketed[0].length } : undefined;
  }
  const comma = CITY_COMMA.exec(line);
  if (comma?.[1]) {
    const rest = line.slice(comma[0].length);
    const [date] = locateDates(rest, year === undefined ? { lang: ctx.lang } : { lang: ctx.lang, year });
    const after = date ? rest.slice(date.end) : "";
    const lead = date ? rest.slice(0, date.start) : "";
    const opens = date !== undefined && (BEFORE_DATE.test(lead) || namesCountry(ctx, lead));
    if (
      date &&
      opens &&
      date.span.precision === "day" &&
      (after.trim() === "" || DASH_AFTER_DATE.test(after))
    ) {
      const dash = DASH_AFTER_DATE.exec(after)?.[0].length ?? 0;
      return {
        place: cityOf(ctx, comma[1]),
        date: { ...date.span, ref: ctx.ref },
        bodyStart: offset + comma[0].length + date.end + dash,
      };
    }
    const country = COUNTRY_DASH.exec(rest);
    if (country?.[1] && ctx.lexicon.find(country[1]).some((entry) => entry.kind === "place")) {
      const place = cityOf(ctx, comma[1]);
      return place ? { place, bodyStart: offset + comma[0].length + country[0].length } : undefined;
    }
  }
  const dashed = CITY_DASH.exec(line);
  if (dashed?.[1]) {
    const place = cityOf(ctx, dashed[1]);
    return place ? { place, bodyStart: offset + dashed[0].length } : undefined;
  }
  return undefined;
}

/** "Uganda, " between the city and the date of "ENTEBBE, Uganda, 26 September 2025 —". */
function namesCountry(ctx: SentenceContext, lead: string): boolean {
  const country = COUNTRY_COMMA.exec(lead)?.[1];
  return country !== undefined && ctx.lexicon.find(country).some((entry) => entry.kind === "place");
}

function cityOf(ctx: SentenceContext, written: string): Place | undefined {
  const words = written.trim().split(/\s+/);
  if (words.length > MAX_CITY_WORDS) return undefined;
  if (ctx.script === "latin" && !words.every((word) => LATIN_CAPITALISED.test(word))) return undefined;
  if (locateDates(written, { lang: ctx.lang }).length > 0) return undefined;
  const name = words.every((word) => ALL_CAPS.test(word) && word.length > 1)
    ? words.map(titleCase).join(" ")
    : words.join(" ");
  return cityPlace(ctx, name);
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
