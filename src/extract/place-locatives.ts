import { isStopword, normaliseToken } from "../corpus/index.ts";
import { CAP_WORD } from "./latin-names.ts";
import { keyedWords } from "./meeting-words.ts";
import { cityPlace } from "./place-names.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { Place } from "./types.ts";

/** A city read after (or, in Hindi, before) a locative word, with where it stands in the sentence. */
export interface Locative {
  place: Place;
  start: number;
  end: number;
}

/**
 * "in Halifax", "a Trieste", "à Lyon", "mjini Roma", "jijini Arusha", "huko Mombasa", "in the city of X",
 * "nella città di X", "dans la ville de X", "katika mji wa X": a capitalised name after a locative word.
 */
const LATIN_LOCATIVE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:in|In|a|à|À|en|nach|mjini|Mjini|jijini|Jijini|huko|Huko|katika\\s+(?:mji|jiji)\\s+(?:wa|la))\\s+` +
    `(?:(?:the\\s+)?(?:city|town)\\s+of\\s+|(?:la\\s+)?città\\s+di\\s+|(?:la\\s+)?ville\\s+de\\s+)?` +
    `(${CAP_WORD}(?:\\s+${CAP_WORD}){0,2})`,
  "gu",
);

function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseToken(word)));
}

/** Nouns that follow في without being a place: "في مجال", "في إطار", "في الأيام الأخيرة" … */
const ARABIC_NOT_CITY = keys([
  "مجال",
  "مجالات",
  "إطار",
  "ظل",
  "سياق",
  "ضوء",
  "نطاق",
  "مواجهة",
  "مكافحة",
  "ختام",
  "بداية",
  "نهاية",
  "أعقاب",
  "حين",
  "وقت",
  "أيام",
  "يوم",
  "يومي",
  "عام",
  "شهر",
  "أسبوع",
  "منطقة",
  "مناطق",
  "بلدان",
  "دول",
  "عالم",
  "قطاع",
  "مختلف",
  "جميع",
  "كل",
  "عدة",
  "عدد",
  "مقدمة",
  "طليعة",
  "فترة",
  "غضون",
  "حالة",
  "مرحلة",
  "سبيل",
  "صدد",
  "شأن",
  "موضوع",
  "مسألة",
  "قضية",
  "تعزيز",
  "دعم",
  "تطوير",
  "مجموعة",
  "داخل",
  "خارج",
  "هامش",
  "جلسة",
  "جلسات",
  "أعمال",
  "إدارة",
  "مجلس",
  "وزارة",
  "مقر",
  "قاعة",
  "فندق",
  "مركز",
  "جامعة",
  "مدرسة",
  "أكاديمية",
  "قصر",
  "مبنى",
  "معهد",
  "تنظيم",
  "حضور",
  "مشاركة",
  "مجال",
  "ميدان",
  "بلد",
  "البلاد",
  "مدينة",
  "عاصمة",
  "ماضي",
  "مقبل",
  "حالي",
  "أمس",
  "سجن",
  "شبكة",
  "حجم",
  "دولة",
  "مكتب",
  "دائرة",
  "هيئة",
  "لجنة",
  "مديرية",
  "شرطة",
  "قوات",
  "جهاز",
  "وحدة",
  "إشارة",
  "مجتمع",
  "عمل",
  "مواجهة",
  "الوقت",
]);
/** Arabic verbal nouns of the تفعيل and مفاعلة patterns ("تقليص", "مكافحة") and words with a possessive
 * suffix ("تنظيمه"): common nouns, never a city. */
const ARABIC_VERBAL_NOUN =
  /^(?:ت[\u0621-\u064A]{2}ي[\u0621-\u064A]|م[\u0621-\u064A]ا[\u0621-\u064A]{2}ة)$|(?:ه|هم)$/u;
/** Words that lead to the city without being it: "في مدينة X", "في العاصمة الأردنية عمّان". */
const ARABIC_CITY_LEADS = keys(["مدينة", "عاصمة"]);
const ARABIC_FI = normaliseToken("في");
const ARABIC_NISBA = /ية$/u;
const ARABIC_LETTERS = /^[\u0600-\u06FF]+$/u;

/** Postpositions, conjunctions and nouns that end a Hindi place name read backwards from "में". */
const DEVANAGARI_STOPPERS = keys([
  "का",
  "की",
  "के",
  "को",
  "ने",
  "से",
  "पर",
  "तक",
  "में",
  "और",
  "एवं",
  "तथा",
  "द्वारा",
  "आज",
  "कल",
  "यहां",
  "यहाँ",
  "राजधानी",
  "शहर",
  "नगर",
  "हाल",
  "जो",
  "जिसमें",
  "इस",
  "उस",
]);
/** Nouns before "में" that are not a place: "के क्षेत्र में", "के दौरान में", "हाल के दिनों में" … */
const DEVANAGARI_NOT_CITY = keys([
  "क्षेत्र",
  "दिशा",
  "संबंध",
  "रूप",
  "बारे",
  "दौरान",
  "बीच",
  "साथ",
  "तरह",
  "मामले",
  "अवसर",
  "ढांचे",
  "प्रयास",
  "समय",
  "वर्ष",
  "साल",
  "महीने",
  "सप्ताह",
  "विषय",
  "अंत",
  "शुरुआत",
  "सत्र",
  "कार्यक्रम",
  "उपस्थिति",
  "अध्यक्षता",
  "नेतृत्व",
  "संदर्भ",
  "परिप्रेक्ष्य",
  "स्तर",
  "मंच",
  "सेंटर",
  "हॉल",
  "सभागार",
  "भवन",
  "होटल",
  "केंद्र",
  "जेल",
  "नेटवर्क",
  "देश",
  "राज्य",
  "भाग",
  "हिस्से",
  "प्रकार",
  "आकार",
  "सहयोग",
  "समर्थन",
  "उपयोग",
  "लड़ाई",
  "इलाके",
  "क्षेत्रफल",
]);
const DEVANAGARI_ME = normaliseToken("में");
/** Hindi nouns that make the words before them a building or institution one meets in. */
export const DEVANAGARI_VENUE_HEADS =
  "मंत्रालय|विद्यालय|स्कूल|मुख्यालय|भवन|होटल|अकादमी|विश्वविद्यालय|केंद्र|संस्थान|सेंटर|हॉल|सभागार|सभागृह|परिसर";
/** "कोलकाता के बिस्वा बांग्ला कन्वेंशन सेंटर में": after "के" or "स्थित", a venue of up to five words. */
const DEVANAGARI_VENUE_AHEAD = new RegExp(
  String.raw`^\s+(?:[^\s,।()\d०-९]+\s+){0,5}?(?:${DEVANAGARI_VENUE_HEADS})\s+(?:में|पर)(?![\p{L}\p{M}])`,
  "u",
);
const DEVANAGARI_OF = keys(["के", "स्थित"]);
const DEVANAGARI_PLURAL_OBLIQUE = /ों$/u;
const DEVANAGARI_LETTERS = /^[\u0900-\u097F]+$/u;
const MAX_CITY_WORDS = 2;
const SPACE_ONLY = /^\s+$/u;

/**
 * Returns the cities a sentence names after a locative word: Latin "in/a/à/mjini/jijini X", Arabic
 * "في X" (not a common noun such as "في مجال"), Hindi "X में" (not "के क्षेत्र में") or "X के <venue> में".
 * `isTowny` rules out
 * months and people's names.
 * @example locatives(ctx("La conferenza si è svolta a Trieste"), () => true)[0]?.place.name // "Trieste"
 */
export function locatives(ctx: SentenceContext, isTowny: (name: string) => boolean): Locative[] {
  if (ctx.script === "arabic") return arabicLocatives(ctx);
  if (ctx.script === "devanagari") return devanagariLocatives(ctx);
  if (ctx.script === "latin") return latinLocatives(ctx, isTowny);
  return [];
}

function latinLocatives(ctx: SentenceContext, isTowny: (name: string) => boolean): Locative[] {
  const found: Locative[] = [];
  for (const match of ctx.ref.text.matchAll(LATIN_LOCATIVE)) {
    const written = match[1] ?? "";
    // Keep the name's words up to the first that is a month, a person, a function word or a lexicon entry.
    const words: string[] = [];
    for (const word of written.split(/\s+/)) {
      if (isStopword(word, "latin") || !isTowny(word) || cityPlace(ctx, word) === undefined) break;
      words.push(word);
    }
    if (words.length === 0) continue;
    const name = words.join(" ");
    if (!isTowny(name)) continue;
    const place = cityPlace(ctx, name);
    const start = match.index + match[0].length - written.length;
    if (place) found.push({ place, start, end: start + name.length });
  }
  return found;
}

function arabicLocatives(ctx: SentenceContext): Locative[] {
  const text = ctx.ref.text;
  const words = keyedWords(text);
  const found: Locative[] = [];
  const adjacent = (i: number): boolean => {
    const a = words[i - 1];
    const b = words[i];
    return a !== undefined && b !== undefined && SPACE_ONLY.test(text.slice(a.end, b.start));
  };
  words.forEach((word, index) => {
    if (word.text !== "في" && word.key !== ARABIC_FI) return;
    let at = index + 1;
    if (!adjacent(at)) return;
    if (ARABIC_CITY_LEADS.has(words[at]?.key ?? "")) {
      at += 1;
      if (ARABIC_NISBA.test(words[at]?.text ?? "") && adjacent(at + 1)) at += 1;
      if (!adjacent(at)) return;
    }
    const parts: typeof words = [];
    while (parts.length < MAX_CITY_WORDS && words[at] !== undefined && (parts.length === 0 || adjacent(at))) {
      const part = words[at];
      if (part === undefined || !ARABIC_LETTERS.test(part.text) || ARABIC_NOT_CITY.has(part.key)) break;
      if (ARABIC_VERBAL_NOUN.test(part.text)) break;
      if (isStopword(part.text, "ar")) break;
      parts.push(part);
      at += 1;
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first === undefined || last === undefined) return;
    const place = cityPlace(ctx, text.slice(first.start, last.end));
    const short = parts.length > 1 ? cityPlace(ctx, first.text) : undefined;
    const chosen = place ?? short;
    if (chosen) found.push({ place: chosen, start: first.start, end: first.start + chosen.name.length });
  });
  return found;
}

function devanagariLocatives(ctx: SentenceContext): Locative[] {
  const text = ctx.ref.text;
  const words = keyedWords(text);
  const found: Locative[] = [];
  words.forEach((word, index) => {
    const beforeVenue = DEVANAGARI_OF.has(word.key) && DEVANAGARI_VENUE_AHEAD.test(text.slice(word.end));
    if (word.key !== DEVANAGARI_ME && !beforeVenue) return;
    const parts: typeof words = [];
    let at = index - 1;
    while (parts.length < MAX_CITY_WORDS && at >= 0) {
      const part = words[at];
      const next = words[at + 1];
      if (part === undefined || next === undefined || !SPACE_ONLY.test(text.slice(part.end, next.start)))
        break;
      if (!DEVANAGARI_LETTERS.test(part.text) || DEVANAGARI_STOPPERS.has(part.key)) break;
      if (isStopword(part.text, "hi") || cityPlace(ctx, part.text) === undefined) break;
      parts.unshift(part);
      at -= 1;
    }
    const head = parts[parts.length - 1];
    const first = parts[0];
    if (head === undefined || first === undefined) return;
    if (DEVANAGARI_NOT_CITY.has(head.key) || DEVANAGARI_PLURAL_OBLIQUE.test(head.text)) return;
    const place = cityPlace(ctx, text.slice(first.start, head.end));
    if (place) found.push({ place, start: first.start, end: head.end });
  });
  return found;
}
