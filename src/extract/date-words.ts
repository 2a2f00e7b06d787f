import { normaliseToken } from "../corpus/index.ts";

/** The little words around dates, per language, as normalised keys (see `normaliseToken`). */
function keys(...words: string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseToken(word)));
}

/** Punctuation that joins the two ends of a range: "2-4", "2–4", "2 — 4". */
export const RANGE_DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‒", "−", "~"]);

/** Words that join the two ends of a range: "2 to 4", "dal 2 al 4", "du 2 au 4", "2 hadi 4", "2 से 4". */
export const RANGE_WORDS = keys(
  "to",
  "till",
  "until",
  "through",
  "thru",
  "al",
  "all",
  "au",
  "à",
  "hadi",
  "mpaka",
  "إلى",
  "الى",
  "حتى",
  "لغاية",
  "से",
);

/** Words that join listed days: "17 and 18", "17 e 18", "17 et 18", "17 و 18", "17 na 18", "17 और 18". */
export const LIST_WORDS = keys("and", "&", "e", "ed", "et", "و", "na", "और", "तथा", "एवं");

/** Commas that separate listed days, Latin and Arabic. */
export const LIST_COMMAS: ReadonlySet<string> = new Set([",", "،"]);

/** Words before a pair of days that make "and" mean a range: "between 2 and 4", "tra il 2 e il 4", "بين 2 و 4". */
export const RANGE_PREFIXES = keys("between", "tra", "fra", "entre", "بين", "kati");

/** Words before the first day of a range, kept in its surface: "from 2 to 4", "dal 2 al 4", "du 2 au 4", "من 2 إلى 4". */
export const FROM_PREFIXES = keys("from", "dal", "dall", "da", "du", "de", "من", "kuanzia", "tangu");

/** Articles that may stand before a day: "the 2nd", "il 17", "le 2", "l'11". */
export const DAY_ARTICLES = keys("the", "il", "l", "le", "les", "lo", "ya");

/** Ordinal endings written straight after a day: "1st", "2nd", "1er", "1re". */
export const ORDINAL_SUFFIXES = keys("st", "nd", "rd", "th", "er", "re");

/** Ordinal signs written straight after a day: "1°", "1º". */
export const ORDINAL_SIGNS: ReadonlySet<string> = new Set(["°", "º"]);

/** Words that may stand between a day and its month: "2nd of October", "18 من شهر نوفمبر", "2 mwezi Oktoba". */
export const DAY_MONTH_FILLERS = keys("of", "من", "شهر", "mwezi");

/** Words that may stand between a month and its year: "نوفمبر من عام 2022", "Oktoba mwaka 2024", "ottobre del 2024". */
export const MONTH_YEAR_FILLERS = keys("of", "من", "عام", "العام", "لعام", "سنة", "mwaka", "wa", "del");

/** Words that make a lone four-digit number a year when they stand before it: "in 2021", "في عام 2021". */
export const YEAR_CUES_BEFORE = keys(
  "in",
  "since",
  "during",
  "until",
  "year",
  "عام",
  "لعام",
  "سنة",
  "منذ",
  "في",
  "خلال",
  "حتى",
  "mwaka",
  "mnamo",
  "tangu",
  "katika",
  "nel",
  "dal",
  "anno",
  "entro",
  "fino",
  "en",
  "depuis",
  "année",
  "an",
  "वर्ष",
  "साल",
  "सन",
);

/** Hindi postpositions that make a lone four-digit number a year when they follow it: "2021 में". */
export const YEAR_CUES_AFTER = keys("में", "से", "तक");

/** Articles that may stand between a year cue and the year: "in the year 2021", "entro il 2030". */
export const YEAR_ARTICLES = keys("the", "il", "l", "al");
