import { isStopword, normaliseToken } from "../corpus/index.ts";
import { parseNumeral } from "./numerals.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { CountFact } from "./types.ts";

type Qualifier = NonNullable<CountFact["qualifier"]>;

const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F]";
/**
 * Indian grouping in lakhs ("2,38,000"); grouped thousands ("31,000", "3 100", "1.150"), then an optional
 * decimal part of one or two digits ("3,6").
 */
const NUMBER = `${DIGIT}{1,2}(?:,${DIGIT}{2})+,${DIGIT}{3}(?!${DIGIT})|${DIGIT}{1,3}(?:[,.\\u066C\\u202F ]${DIGIT}{3})+(?:[.,\\u066B]${DIGIT}{1,2})?(?!${DIGIT})|${DIGIT}+(?:[.,\\u066B]${DIGIT}{1,2}(?!${DIGIT}))?`;
/** Multipliers written after a number, or alone meaning one of them ("أكثر من مليون سجل"). */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  mila: 1e3,
  mille: 1e3,
  mil: 1e3,
  elfu: 1e3,
  ألف: 1e3,
  آلاف: 1e3,
  हज़ार: 1e3,
  हजार: 1e3,
  लाख: 1e5,
  करोड़: 1e7,
  million: 1e6,
  millions: 1e6,
  milione: 1e6,
  milioni: 1e6,
  millones: 1e6,
  millionen: 1e6,
  مليون: 1e6,
  ملايين: 1e6,
  मिलियन: 1e6,
  billion: 1e9,
  billions: 1e9,
  miliardo: 1e9,
  miliardi: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  bilioni: 1e9,
  مليار: 1e9,
  بليون: 1e9,
  बिलियन: 1e9,
};
const SCALE_WORDS = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Qualifier phrases before a number, per language; Hindi writes its own after the number. */
const QUALIFIERS: ReadonlyArray<readonly [Qualifier, string]> = [
  [
    "more-than",
    "more than|over|at least|upwards of|più di|oltre|almeno|plus de|au moins|más de|mehr als|über|zaidi ya|angalau|أكثر من|ما يزيد على|ما يزيد عن|أزيد من",
  ],
  [
    "about",
    "about|around|approximately|nearly|almost|some|circa|quasi|environ|près de|presque|quelque|cerca de|casi|rund|etwa|fast|takriban|karibu|نحو|حوالي|حوالى|ما يقرب من|قرابة|زهاء",
  ],
  [
    "less-than",
    "less than|fewer than|under|meno di|moins de|menos de|weniger als|chini ya|أقل من|تقل عن|दون",
  ],
];
const HINDI_AFTER: ReadonlyArray<readonly [Qualifier, string]> = [
  ["more-than", "से अधिक|से ज़्यादा|से ज्यादा|से अधिक की"],
  ["about", "लगभग|करीब"],
  ["less-than", "से कम"],
];
const QUALIFIER_ALTERNATION = QUALIFIERS.map(([, words]) => words).join("|");
/** "a million", "un milione": one of a scale word, written with an article or the word for one. */
const ONE = "a|an|one|un|une|uno|una|moja|एक|واحد";
const COUNT = new RegExp(
  `(?:(${QUALIFIER_ALTERNATION})\\s+)?(?<![\\p{L}\\p{M}\\p{N}/.,])(?:و|ب)?(?:(${NUMBER})|(?:(?:${ONE})\\s+)?(?=${SCALE_WORDS}))(?:\\s*(${SCALE_WORDS}))?(?![\\p{N}/])(?![\\p{L}])`,
  "giu",
);
/** A share written after the number: "38 %", "38 per cent", "٣٨ في المائة", "38 प्रतिशत". */
const PERCENT_AFTER =
  /^\s*(%|٪|per\s?cent|pour\s?cent|per\s?cento|por\s?ciento|في\s+المائة|في\s+المئة|بالمائة|بالمئة|प्रतिशत|फ़ीसदी|फीसदी)(?![\p{L}\p{M}])/iu;
/** Swahili writes the share first: "asilimia 38". */
const PERCENT_BEFORE = /(?:^|\s)(asilimia)\s+$/iu;
/**
 * Words before a number that make it a name or an ordinal, not a count: "Resolution 2396", "Article 5",
 * Swahili "Mkutano wa 25" (the 25th meeting). Only a count without a counted noun is checked.
 */
const NOT_A_COUNT_BEFORE =
  /(?:^|[\s(])(?:article|articolo|paragraph|paragraphe|section|resolution|résolution|risoluzione|rule|no\.?|n\.|nº|numero|numéro|number|phase|fase|level|livello|niveau|chapter|chapitre|capitolo|page|pagina|wa|la|ya|cha|vya|za|kwa|رقم|المادة|الفقرة|संख्या|अनुच्छेद|धारा)\s+$/iu;
/** Nouns of time: "13 years ago" is a duration, not a count of things. */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  [
    "year",
    "years",
    "day",
    "days",
    "hour",
    "hours",
    "month",
    "months",
    "week",
    "weeks",
    "anni",
    "anno",
    "giorni",
    "ans",
    "jours",
    "años",
    "días",
    "jahre",
    "tage",
    "miaka",
    "siku",
    "saa",
    "عام",
    "عاما",
    "أعوام",
    "سنة",
    "سنوات",
    "يوم",
    "يوما",
    "أيام",
    "ساعة",
    "شهر",
    "أشهر",
    "साल",
    "वर्ष",
    "वर्षों",
    "दिन",
    "घंटे",
  ].map(normaliseToken),
);
const NOUN_WORDS = 2;
const SWAHILI_NOUN_BEFORE = /(?:^|[\s(])(\p{L}{3,})\s+(?:zaidi\s+ya\s+|takriban\s+|karibu\s+)?$/u;
/** The word linking a scale word to what it counts: "milioni di euro", "millions of dollars", "milliards d'". */
const SCALE_LINK = /^\s*(?:di|de|of|d['’]|من|ya|za)\s*/iu;
/** Words that cannot be a counted noun; the large stop lists also hold nouns such as "member". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    "and",
    "or",
    "of",
    "from",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "the",
    "a",
    "an",
    "per",
    "percent",
    "e",
    "di",
    "da",
    "su",
    "con",
    "et",
    "de",
    "du",
    "des",
    "pour",
    "avec",
    "y",
    "o",
    "und",
    "von",
    "aus",
    "mit",
    "na",
    "ya",
    "wa",
    "za",
    "kutoka",
    "katika",
    "من",
    "في",
    "و",
    "على",
    "إلى",
    "عن",
    "أو",
    "के",
    "की",
    "का",
    "से",
    "में",
    "और",
    "को",
    "ने",
    "पर",
  ].map(normaliseToken),
);
/** A count needs digits or a scale word; a sentence with neither is not matched at every position. */
const MAY_COUNT = new RegExp(`${DIGIT}|${SCALE_WORDS}`, "iu");
const WORD = /^\s*((?:\p{L}|\p{M}|\u200C|\u200D|['’-])+)/u;

/**
 * Returns the counts stated in a sentence: value (digits in any script, scale words applied), qualifier,
 * and the counted noun as written. `dateSurfaces` are spans already read as dates, which are not counts.
 * @example extractCounts(ctx("more than 70 speakers from 40 countries"), []) // [{ value: 70, qualifier: "more-than", noun: "speakers" }, { value: 40, noun: "countries" }]
 */
export function extractCounts(ctx: SentenceContext, dateSurfaces: readonly string[]): CountFact[] {
  const text = ctx.ref.text;
  const found: CountFact[] = [];
  if (!MAY_COUNT.test(text)) return found;
  for (const match of text.matchAll(COUNT)) {
    const [whole, qualifierWords, digits, scaleWord] = match;
    if (!digits && !scaleWord) continue;
    const base = digits ? parseNumeral(digits) : 1;
    if (base === undefined) continue;
    if (digits && dateSurfaces.some((surface) => surface.includes(digits))) continue;
    const start = match.index ?? 0;
    const end = start + whole.length;
    const before = text.slice(0, start);
    const hindi = ctx.script === "devanagari" ? hindiQualifier(text.slice(end)) : undefined;
    const after = text.slice(end + (hindi?.length ?? 0));
    const noun =
      percentNoun(before, after) ??
      (ctx.lang === "sw" ? nounBefore(before) : undefined) ??
      nounAfter(ctx, after, scaleWord !== undefined);
    if (noun && TIME_NOUNS.has(normaliseToken(noun.split(" ")[0] ?? ""))) continue;
    if (!noun && !standsAlone(before, after, base, scaleWord)) continue;
    const value = base * (scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? 1) : 1);
    const numberStart = start + (qualifierWords ? whole.indexOf(digits ?? scaleWord ?? "") : 0);
    const count: CountFact = {
      value,
      noun: noun ?? "",
      written: text.slice(numberStart, end).trim(),
      at: numberStart,
      ref: ctx.ref,
    };
    const qualifier = qualifierWords ? qualifierOf(qualifierWords) : hindi?.qualifier;
    if (qualifier) count.qualifier = qualifier;
    found.push(count);
  }
  return found;
}

/** A bare number in the range of years is a year ("losses in 2024"), not a count. */
function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** The share word right after the number ("%", "per cent") or, in Swahili, right before it ("asilimia"). */
function percentNoun(before: string, after: string): string | undefined {
  return PERCENT_AFTER.exec(after)?.[1] ?? PERCENT_BEFORE.exec(before)?.[1];
}

/**
 * A number whose counted thing is not written next to it ("se ne sono contati 47") is still a figure of
 * its sentence, unless it names or orders something ("Article 5", "Mkutano wa 25"), is a single digit, or
 * is followed by a hyphenated or slashed part ("24/7" is caught earlier).
 */
function standsAlone(before: string, after: string, base: number, scaleWord: string | undefined): boolean {
  if (scaleWord) return true;
  if (base < 10 || NOT_A_COUNT_BEFORE.test(before) || isYear(base)) return false;
  return !/^[-–‑:]\p{N}/u.test(after);
}

function qualifierOf(words: string): Qualifier | undefined {
  const lower = words.toLowerCase();
  return QUALIFIERS.find(([, alternatives]) => alternatives.split("|").includes(lower))?.[0];
}

function hindiQualifier(rest: string): { qualifier: Qualifier; length: number } | undefined {
  for (const [qualifier, alternatives] of HINDI_AFTER) {
    for (const words of alternatives.split("|")) {
      const match = new RegExp(`^\\s*${words}(?![\\p{L}\\p{M}])`, "u").exec(rest);
      if (match) return { qualifier, length: match[0].length };
    }
  }
  return undefined;
}

/** Swahili writes the counted noun first ("waathiriwa 312", "nchi 68"): the word right before the number. */
function nounBefore(before: string): string | undefined {
  const word = SWAHILI_NOUN_BEFORE.exec(before)?.[1];
  return word && !FUNCTION_WORDS.has(normaliseToken(word)) && !isStopword(word, "sw") ? word : undefined;
}

/**
 * The counted noun: up to two words after the number, stopping at function words ("speakers from"); after a
 * scale word the noun may follow "of" ("31 milioni di euro", "4,6 milliards d'euros").
 */
function nounAfter(ctx: SentenceContext, rest: string, scaled: boolean): string | undefined {
  const words: string[] = [];
  let remaining = scaled ? rest.replace(SCALE_LINK, "") : rest;
  while (words.length < NOUN_WORDS) {
    const match = WORD.exec(remaining);
    if (!match?.[1]) break;
    const word = match[1];
    const stop =
      words.length === 0
        ? FUNCTION_WORDS.has(normaliseToken(word))
        : isStopword(word, ctx.lang) || isStopword(word, "latin");
    if (stop || word.length < 2) break;
    words.push(word);
    remaining = remaining.slice(match[0].length);
    // "member countries" is one noun; after a plural ("countries helped") the next word is a verb.
    if (!/^ /.test(remaining) || ctx.script !== "latin" || /s$/u.test(word)) break;
  }
  return words.length > 0 ? words.join(" ") : undefined;
}
