import { normaliseToken } from "../corpus/index.ts";

/** How a month name may be used: freely, or only right next to a day or year number. */
export type MonthNameUse = "free" | "with-number";

/** One written month name: the month (1–12), its words, and how safely it names a month on its own. */
export interface MonthName {
  month: number;
  /** The name split into words as written, e.g. ["تشرين", "الأول"]. */
  words: readonly string[];
  use: MonthNameUse;
  /** English word that is also an ordinary word ("may", "march"): read only when capitalised. */
  capitalised: boolean;
  /** Whether the name is an English one, the only language that writes month before day ("October 2"). */
  english: boolean;
}

type MonthRow = readonly [month: number, names: readonly string[]];

/** Full month names per language, with the spelling variants that occur in the wild. */
const FULL_NAMES: Readonly<Record<string, readonly MonthRow[]>> = {
  en: [
    [1, ["January"]],
    [2, ["February"]],
    [3, ["March"]],
    [4, ["April"]],
    [5, ["May"]],
    [6, ["June"]],
    [7, ["July"]],
    [8, ["August"]],
    [9, ["September"]],
    [10, ["October"]],
    [11, ["November"]],
    [12, ["December"]],
  ],
  // Egyptian/Gulf (يناير…) and Levantine/Iraqi (كانون الثاني…) names, plus Maghrebi spellings.
  ar: [
    [1, ["يناير", "كانون الثاني", "كانون ثاني", "جانفي"]],
    [2, ["فبراير", "شباط", "فيفري"]],
    [3, ["مارس", "آذار"]],
    [4, ["أبريل", "إبريل", "نيسان", "أفريل"]],
    [5, ["مايو", "أيار", "ماي"]],
    [6, ["يونيو", "يونيه", "حزيران", "جوان"]],
    [7, ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز"]],
    [8, ["أغسطس", "آب", "أوت", "غشت"]],
    [9, ["سبتمبر", "أيلول", "شتنبر"]],
    [10, ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول"]],
    [11, ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"]],
    [12, ["ديسمبر", "كانون الأول", "كانون أول", "دجنبر"]],
  ],
  sw: [
    [1, ["Januari"]],
    [2, ["Februari", "Febuari"]],
    [3, ["Machi", "Marchi"]],
    [4, ["Aprili"]],
    [5, ["Mei"]],
    [6, ["Juni"]],
    [7, ["Julai"]],
    [8, ["Agosti"]],
    [9, ["Septemba"]],
    [10, ["Oktoba"]],
    [11, ["Novemba"]],
    [12, ["Desemba", "Disemba"]],
  ],
  hi: [
    [1, ["जनवरी"]],
    [2, ["फ़रवरी", "फरवरी"]],
    [3, ["मार्च"]],
    [4, ["अप्रैल", "अप्रेल"]],
    [5, ["मई"]],
    [6, ["जून"]],
    [7, ["जुलाई", "जुलाइ"]],
    [8, ["अगस्त"]],
    [9, ["सितंबर", "सितम्बर"]],
    [10, ["अक्टूबर", "अक्तूबर", "अक्टोबर"]],
    [11, ["नवंबर", "नवम्बर"]],
    [12, ["दिसंबर", "दिसम्बर"]],
  ],
  it: [
    [1, ["gennaio"]],
    [2, ["febbraio"]],
    [3, ["marzo"]],
    [4, ["aprile"]],
    [5, ["maggio"]],
    [6, ["giugno"]],
    [7, ["luglio"]],
    [8, ["agosto"]],
    [9, ["settembre"]],
    [10, ["ottobre"]],
    [11, ["novembre"]],
    [12, ["dicembre"]],
  ],
  fr: [
    [1, ["janvier"]],
    [2, ["février"]],
    [3, ["mars"]],
    [4, ["avril"]],
    [5, ["mai"]],
    [6, ["juin"]],
    [7, ["juillet"]],
    [8, ["août"]],
    [9, ["septembre"]],
    [10, ["octobre"]],
    [11, ["novembre"]],
    [12, ["décembre"]],
  ],
};

/** Abbreviations: they read as months only next to a number ("2 Oct 2024", "Oct. 2"). */
const ABBREVIATIONS: Readonly<Record<string, readonly MonthRow[]>> = {
  en: [
    [1, ["Jan"]],
    [2, ["Feb"]],
    [3, ["Mar"]],
    [4, ["Apr"]],
    [6, ["Jun"]],
    [7, ["Jul"]],
    [8, ["Aug"]],
    [9, ["Sep", "Sept"]],
    [10, ["Oct"]],
    [11, ["Nov"]],
    [12, ["Dec"]],
  ],
  it: [
    [1, ["gen"]],
    [5, ["mag"]],
    [6, ["giu"]],
    [7, ["lug"]],
    [8, ["ago"]],
    [9, ["set"]],
    [10, ["ott"]],
    [12, ["dic"]],
  ],
  fr: [
    [1, ["janv"]],
    [2, ["févr", "fevr"]],
    [4, ["avr"]],
    [7, ["juil"]],
    [12, ["déc"]],
  ],
};

/** Arabic names that are also ordinary words: آب ("father" once normalised), مارس ("practised"). */
const COMMON_WORDS = new Set(["اب", "مارس"]);
/** English names that are also ordinary words ("may", "march"): months only when capitalised. */
const CAPITALISED_ONLY = new Set(["may", "march"]);

function toMonthNames(
  table: Readonly<Record<string, readonly MonthRow[]>>,
  abbreviated: boolean,
): MonthName[] {
  const names: MonthName[] = [];
  for (const [lang, rows] of Object.entries(table)) {
    for (const [month, spellings] of rows) {
      for (const spelling of spellings) {
        const words = spelling.split(" ");
        const key = monthWordKey(spelling);
        names.push({
          month,
          words,
          use: abbreviated || COMMON_WORDS.has(key) ? "with-number" : "free",
          capitalised: CAPITALISED_ONLY.has(key),
          english: lang === "en",
        });
      }
    }
  }
  return names;
}

/**
 * Returns the matching key of a written month word or phrase: normalised word by word, joined by spaces.
 * @example monthWordKey("تشرين الأول") // "تشرين اول"
 */
export function monthWordKey(written: string): string {
  return written
    .split(" ")
    .map((word) => normaliseToken(word))
    .join(" ");
}

/** Every month name the reader knows, in every language. */
export const MONTH_NAMES: readonly MonthName[] = [
  ...toMonthNames(FULL_NAMES, false),
  ...toMonthNames(ABBREVIATIONS, true),
];

const BY_KEY = new Map<string, MonthName[]>();
for (const name of MONTH_NAMES) {
  const key = monthWordKey(name.words.join(" "));
  const list = BY_KEY.get(key) ?? [];
  list.push(name);
  BY_KEY.set(key, list);
}

/** Normalised first words of every month name: a token that is none of them starts no month. */
const FIRST_KEYS: ReadonlySet<string> = new Set([...BY_KEY.keys()].map((key) => key.split(" ")[0] ?? key));

/**
 * Returns whether some month name starts with this normalised word.
 * @example startsMonthName("oktoba") // true
 */
export function startsMonthName(key: string): boolean {
  return FIRST_KEYS.has(key);
}

/** The longest month name, in words, so callers know how far to look ahead. */
export const LONGEST_MONTH_WORDS = Math.max(...MONTH_NAMES.map((name) => name.words.length));

/**
 * Returns the month names written as the given normalised key (one or more words joined by spaces).
 * @example monthsForKey("oktoba") // [{ month: 10, words: ["Oktoba"], … }]
 */
export function monthsForKey(key: string): readonly MonthName[] {
  return BY_KEY.get(key) ?? [];
}
