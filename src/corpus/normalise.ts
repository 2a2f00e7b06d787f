/**
 * Text normalisation shared by documents and questions: one function decides what counts as "the same
 * word" across spellings, accents, digit systems and Arabic clitics, so index terms and query terms meet.
 */
import { memoised } from "../core/index.ts";

const TOKEN = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
const PLAIN_ASCII = /^[a-z0-9]*$/;
const ANY_ASCII = /^\p{ASCII}*$/u;
const HAS_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const HAS_DEVANAGARI = /[\u0900-\u097F]/;
const HAS_LATIN_MARK = /[\u0300-\u036F]/;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;
/** Where Arabic or Devanagari letters meet Latin ones inside a run: "لـiARMS" is two words. */
const SCRIPT_CHANGE =
  /(?<=[\p{Script=Arabic}\p{Script=Devanagari}][\p{M}\u0640]*)(?=\p{Script=Latin})|(?<=\p{Script=Latin}\p{M}*)(?=[\p{Script=Arabic}\p{Script=Devanagari}])/u;

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g;
const DIGIT_ZERO: readonly number[] = [0x0660, 0x06f0, 0x0966];

const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const LATIN_SPECIAL = /[ßæœøłđðþı]/g;

/** Harakat, shadda, sukun, superscript alef, Quranic annotation marks, and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
/** Persian/Urdu letter shapes that Arabic writes with its own letters (ی ک ھ ہ ۀ). */
const ARABIC_VARIANT_LETTERS: Readonly<Record<string, string>> = {
  "\u06CC": "\u064A",
  "\u06A9": "\u0643",
  "\u06BE": "\u0647",
  "\u06C1": "\u0647",
  "\u06C0": "\u0647",
};
const ARABIC_VARIANT = /[\u06CC\u06A9\u06BE\u06C1\u06C0]/g;

/** Article and attached proclitics, longest first so "وال" wins over "و". */
const ARTICLE_PREFIXES = ["وبال", "وكال", "ولل", "وال", "بال", "فال", "كال", "لل", "ال"] as const;
const MIN_AFTER_ARTICLE = 2;
const MIN_AFTER_WAW = 3;
const WAW = "و";

/**
 * Frequent stems whose first letter is a root و rather than the conjunction "and" (ministry, minister,
 * nation, delegation, agency, means, access, unity, ...). Without them وزارة would index as زاره while
 * ووزارة ("and the ministry") indexes as وزاره, and the two would never meet. Compared after alef unification.
 */
const WAW_ROOT_STEMS: readonly string[] = [
  "وزار",
  "وزير",
  "وزرا",
  "وطن",
  "وفد",
  "وفود",
  "وكال",
  "وكيل",
  "وسائل",
  "وسيل",
  "وسط",
  "وصول",
  "وصل",
  "وحد",
  "وجود",
  "وجه",
  "وضع",
  "واقع",
  "وقائع",
  "وقت",
  "وقف",
  "وثيق",
  "وثائق",
  "ورش",
  "ورق",
  "ولاي",
  "ولد",
  "وعي",
  "وعد",
  "وصف",
  "وظيف",
  "وظائف",
  "وفق",
  "وفا",
  "وقاي",
  "وباء",
  "وسيط",
  "وسطاء",
  "ورد",
  "وزن",
].map((stem) => stem.replace(ALEF_FORMS, "\u0627"));

const NUKTA_COMPOSED: Readonly<Record<string, string>> = {
  "\u0929": "\u0928",
  "\u0931": "\u0930",
  "\u0934": "\u0933",
};
const NUKTA = /[\u093C]/g;
const NUKTA_LETTER = /[\u0929\u0931\u0934]/g;
const CHANDRABINDU = /\u0901/g;
/** A nasal consonant + virama before a stop of any class is written either way: हिन्दी / हिंदी. */
const HALF_NASAL =
  /[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0918\u091A-\u091D\u091F-\u0922\u0924-\u0927\u092A-\u092D])/g;
/** Candra vowels of English loanwords (डॉलर / डालर, बैंक / बॅंक) and their plain spellings. */
const CANDRA_VOWELS: Readonly<Record<string, string>> = {
  "\u0949": "\u093E",
  "\u0911": "\u0906",
  "\u0945": "\u0947",
  "\u090D": "\u090F",
};
const CANDRA = /[\u0949\u0911\u0945\u090D]/g;
const JOINERS = /[\u200C\u200D]/g;

/** Distinct tokens remembered; a corpus's vocabulary repeats far more than it grows. */
const NORMALISED_WORDS = 100_000;
const normaliseMemo = memoised(NORMALISED_WORDS, normaliseUncached);

/**
 * Splits text into raw word tokens (runs of letters, combining marks and digits), not yet normalised.
 * Punctuation, including Arabic ، ؛ ؟ and the danda ।, separates tokens, and so does a change between
 * Latin and Arabic or Devanagari letters.
 * @example tokenise("١٨ نوفمبر، ٢٠٢٢") // ["١٨", "نوفمبر", "٢٠٢٢"]
 */
export function tokenise(text: string): string[] {
  const runs = text.match(TOKEN) ?? [];
  const tokens: string[] = [];
  for (const run of runs) {
    if (
      ANY_ASCII.test(run) ||
      !HAS_LATIN_LETTER.test(run) ||
      !(HAS_ARABIC.test(run) || HAS_DEVANAGARI.test(run))
    ) {
      tokens.push(run);
    } else {
      tokens.push(...run.split(SCRIPT_CHANGE));
    }
  }
  return tokens;
}

/**
 * Returns the index form of one token: NFKC, Latin lowercased without accents, digits in ASCII,
 * Arabic without marks, clitics and letter-shape variants, Devanagari with nukta and nasal variants unified.
 * @example normaliseToken("والفنتانيل") // "فنتانيل"
 */
export function normaliseToken(token: string): string {
  if (PLAIN_ASCII.test(token)) return token;
  if (ANY_ASCII.test(token)) return token.toLowerCase();
  return normaliseMemo(token);
}

/**
 * Returns the whole text normalised token by token, joined by single spaces.
 * @example normalise("Le Préfet Vardé, ١٨ نوفمبر") // "le prefet varde 18 نوفمبر"
 */
export function normalise(text: string): string {
  const out: string[] = [];
  for (const token of tokenise(text)) {
    const normal = normaliseToken(token);
    if (normal !== "") out.push(normal);
  }
  return out.join(" ");
}

function normaliseUncached(token: string): string {
  let text = token.normalize("NFKC").toLowerCase().replace(JOINERS, "");
  text = text.replace(NON_ASCII_DIGIT, asciiDigit);
  if (HAS_ARABIC.test(text)) text = normaliseArabic(text);
  if (HAS_DEVANAGARI.test(text)) text = normaliseDevanagari(text);
  return foldLatin(text);
}

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  for (const zero of DIGIT_ZERO) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return digit;
}

function foldLatin(text: string): string {
  let folded = text.replace(LATIN_SPECIAL, (letter) => LATIN_LETTERS[letter] ?? letter);
  const decomposed = folded.normalize("NFD");
  if (HAS_LATIN_MARK.test(decomposed)) folded = decomposed.replace(/[\u0300-\u036F]/g, "").normalize("NFC");
  return folded;
}

function normaliseArabic(text: string): string {
  // Alef wasla only ever stands for a plain alef (ٱلـ is the article), so it is unified before clitics go.
  const bare = text
    .replace(ARABIC_MARKS, "")
    .replace(/\u0671/g, "\u0627")
    .replace(ARABIC_VARIANT, (letter) => ARABIC_VARIANT_LETTERS[letter] ?? letter);
  return unifyArabicLetters(stripClitics(bare));
}

function unifyArabicLetters(text: string): string {
  const unified = text
    .replace(ALEF_FORMS, "\u0627")
    .replace(/\u0649/g, "\u064A")
    .replace(/\u0629/g, "\u0647");
  // A noun in ة takes a pronoun as ت + ه/ها/هم ("آليته", "his mechanism"): the noun is "آلية" either way.
  return arabicLength(unified) >= MIN_POSSESSED_LETTERS ? unified.replace(POSSESSED_NOUN, "\u0647") : unified;
}

/** The pronoun endings after a noun's ة, which then is written ت. */
const POSSESSED_NOUN = /\u062A(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627|\u0647\u0646)$/u;
/** Shorter words ending in ته are more often a root's ت ("بيته" is his house, not a noun in ة). */
const MIN_POSSESSED_LETTERS = 5;

function arabicLength(text: string): number {
  return text.match(ARABIC_LETTER)?.length ?? 0;
}

function startsWithWawRoot(word: string): boolean {
  const unified = word.replace(ALEF_FORMS, "\u0627");
  return WAW_ROOT_STEMS.some((stem) => unified.startsWith(stem));
}

function stripClitics(word: string): string {
  const wawRoot = startsWithWawRoot(word);
  for (const prefix of ARTICLE_PREFIXES) {
    if (wawRoot && prefix.startsWith(WAW)) continue;
    if (word.startsWith(prefix) && arabicLength(word.slice(prefix.length)) >= MIN_AFTER_ARTICLE) {
      return word.slice(prefix.length);
    }
  }
  if (!wawRoot && word.startsWith(WAW) && arabicLength(word.slice(WAW.length)) >= MIN_AFTER_WAW) {
    return word.slice(WAW.length);
  }
  return word;
}

function normaliseDevanagari(text: string): string {
  return text
    .replace(NUKTA, "")
    .replace(NUKTA_LETTER, (letter) => NUKTA_COMPOSED[letter] ?? letter)
    .replace(CHANDRABINDU, "\u0902")
    .replace(HALF_NASAL, "\u0902")
    .replace(CANDRA, (vowel) => CANDRA_VOWELS[vowel] ?? vowel);
}
