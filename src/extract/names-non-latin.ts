/**
 * Names in scripts without capital letters, read next to a trigger word (a title, a role or a chairing
 * cue), the way press monitors find them: after the trigger, past its affiliation, two to four name-like
 * words, stopping at punctuation, a preposition, a relative word, another title, a number or a known body.
 */
import type { Script } from "../corpus/index.ts";
import { isStopword, normaliseToken, stopwordList } from "../corpus/index.ts";
import { findTitles } from "./roles.ts";
import type { SentenceContext } from "./sentence-context.ts";

/** A name read from text, with offsets into the sentence and the affiliation written before it. */
export interface NameReading {
  name: string;
  start: number;
  end: number;
  affiliation?: string;
}

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** Commas an affiliation may run across before its holder's name ("الأمين العام للإنتربول، يورغن شتوك"). */
const MAX_COMMAS = 2;
/** Letters of an abbreviated title written with a full stop ("د.", "م.", "मि."). */
const MAX_ABBREVIATION = 3;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-–][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const PUNCTUATION = /^[^\p{L}\p{M}\p{N}]$/u;
const LATIN_CAPITAL = /^\p{Lu}/u;
const LATIN = /\p{Script=Latin}/u;

/** Nouns of units, bodies and offices: the words of a role phrase, never of a name. */
const UNIT_WORDS: Readonly<Partial<Record<Script, readonly string[]>>> = {
  arabic: [
    "إدارة",
    "مديرية",
    "دائرة",
    "وزارة",
    "مكتب",
    "وحدة",
    "قسم",
    "هيئة",
    "جهاز",
    "قوات",
    "قوة",
    "شرطة",
    "مجلس",
    "لجنة",
    "منظمة",
    "مركز",
    "شعبة",
    "فرع",
    "قيادة",
    "أمن",
    "مكافحة",
    "حكومة",
    "سفارة",
    "بعثة",
    "وفد",
    "مصلحة",
    "مؤسسة",
    "أكاديمية",
    "مدرسة",
    "جامعة",
    "نيابة",
    "محكمة",
    "فريق",
    "شبكة",
    "تنظيم",
    "جماعة",
    "مسؤول",
    "مسؤولي",
    "ممثلو",
    "ممثلي",
    "خبير",
    "خبراء",
    "ضابط",
    "ضباط",
    "عن",
    "دولة",
    "جمهورية",
    "مملكة",
    "شؤون",
    "الداخلية",
    "الخارجية",
  ],
  devanagari: [
    "मंत्रालय",
    "विभाग",
    "निदेशालय",
    "पुलिस",
    "ब्यूरो",
    "आयोग",
    "परिषद",
    "संगठन",
    "कार्यालय",
    "बल",
    "समूह",
    "सरकार",
    "प्राधिकरण",
    "एजेंसी",
    "केंद्र",
    "संस्थान",
    "दल",
    "प्रतिनिधिमंडल",
    "अधिकारियों",
    "अधिकारी",
    "सुरक्षा",
    "गृह",
    "विदेश",
    "राज्य",
    "राष्ट्रीय",
    "अंतरराष्ट्रीय",
    "अंतर्राष्ट्रीय",
    "सीमा",
    "शुल्क",
    "सीमाशुल्क",
    "राजस्व",
    "खुफिया",
    "जांच",
    "नियंत्रण",
    "स्वापक",
    "मादक",
    "पदार्थ",
    "प्रभारी",
  ],
};

/** Words inside Arabic names that bind to the next word (bin, bint, Abd, Abu, Al). */
const ARABIC_CONNECTORS = new Set(["بن", "بنت", "ابن", "أبو", "أبي", "عبد", "آل", "أبا"]);
/** Postpositions and conjunctions that end a Devanagari name (most are in the stopword list). */
const DEVANAGARI_STOPS = new Set(["द्वारा", "सहित", "समेत", "तथा", "एवं", "व", "जी", "ने", "की", "के", "का"]);
/** Second halves of compound given names: "جمال الدين", "عبد الله", "سيف الإسلام". */
/** Connectors that may also open a name: "عبد الرحيم", "أبو بكر". */
const NAME_OPENERS = new Set(["عبد", "أبو"]);
const NAME_COMPOUNDS = new Set(["الدين", "الله", "الرحمن", "الإسلام", "الهدى"]);
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)/u;

const unitSets = new Map<Script, ReadonlySet<string>>();
let arabicStopwords: ReadonlySet<string> | undefined;

/**
 * Function words as written: Arabic is compared unnormalised, since folding ى into ي would make the
 * name "علي" the preposition "على".
 */
function isFunctionWord(word: string, ctx: SentenceContext): boolean {
  if (ctx.script !== "arabic") return isStopword(word, ctx.lang) || DEVANAGARI_STOPS.has(word);
  arabicStopwords ??= new Set(stopwordList("ar"));
  return arabicStopwords.has(word) || (/^[وف]/u.test(word) && arabicStopwords.has(word.slice(1)));
}

function isUnitWord(word: string, script: Script): boolean {
  let set = unitSets.get(script);
  if (!set) {
    set = new Set((UNIT_WORDS[script] ?? []).map((unit) => normaliseToken(unit)));
    unitSets.set(script, set);
  }
  if (set.has(normaliseToken(word))) return true;
  if (script !== "arabic") return false;
  // Arabic glues prepositions and conjunctions to the noun: "لشرطة", "وبوزارة".
  const bare = word.replace(/^(?:وب|ول|وك|و|ف|ب|ل|ك)(?=\p{L}{3})/u, "");
  return bare !== word && set.has(normaliseToken(bare));
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensFrom(text: string, from: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(from).matchAll(WORD)) {
    const start = from + (match.index ?? 0);
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** Offsets of known bodies, places and topics: a name never runs into them. */
function knownSpans(ctx: SentenceContext): (at: number) => boolean {
  return (at) => ctx.mentions.some((mention) => mention.start <= at && at < mention.end);
}

/** Where titles start in the sentence, and whether each is only a form of address. */
function titleStarts(ctx: SentenceContext): ReadonlyMap<number, boolean> {
  return new Map(
    findTitles(ctx.ref.text, ctx.script).map((title) => [title.start, title.honorific === true]),
  );
}

/**
 * Returns the name written after a trigger word ending at `from`, in Arabic or Devanagari text, with the
 * affiliation written between them; undefined when only a role or unit phrase follows.
 * @example readNameAfter(ctx("الأمين العام للإنتربول، يورغن شتوك، الاجتماع"), 10) // { name: "يورغن شتوك", affiliation: "الإنتربول", … }
 */
export function readNameAfter(ctx: SentenceContext, from: number): NameReading | undefined {
  const tokens = tokensFrom(ctx.ref.text, from);
  const known = knownSpans(ctx);
  const titles = titleStarts(ctx);
  const arabic = ctx.script === "arabic";
  const affiliation: Token[] = [];
  const name: Token[] = [];
  let commas = 0;
  let bound = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const word = token.text;
    if (PUNCTUATION.test(word)) {
      const previous = tokens[index - 1];
      if (
        word === "." &&
        name.length === 1 &&
        previous !== undefined &&
        previous === name[0] &&
        previous.text.length <= MAX_ABBREVIATION
      ) {
        name.pop();
        continue;
      }
      if (name.length > 0) break;
      if (/^[,،]$/u.test(word) && commas < MAX_COMMAS) {
        commas++;
        continue;
      }
      break;
    }
    if (/\p{N}/u.test(word)) break;
    if (bound) {
      name.push(token);
      bound = false;
      continue;
    }
    if (arabic && ARABIC_CONNECTORS.has(word) && (name.length > 0 || NAME_OPENERS.has(word))) {
      name.push(token);
      bound = true;
      continue;
    }
    const honorific = titles.get(token.start);
    if (honorific !== undefined) {
      // A second title right after a comma is in apposition: "مدير المكتب، السفير عامر …".
      const apposition = commas > 0 && /^[,،]$/u.test(tokens[index - 1]?.text ?? "");
      if (name.length > 0 || !(honorific || apposition)) break;
      continue;
    }
    if (LATIN.test(word)) {
      if (!LATIN_CAPITAL.test(word)) break;
      name.push(token);
      continue;
    }
    if (isFunctionWord(word, ctx)) {
      if (name.length === 0 || !particleInName(ctx, tokens, index)) break;
      name.push(token);
      continue;
    }
    if (known(token.start) || isUnitWord(word, ctx.script)) {
      if (name.length > 0) break;
      if (commas === 0) affiliation.push(token);
      continue;
    }
    if (arabic && ARABIC_ARTICLE.test(word)) {
      if (name.length === 0) {
        if (commas === 0) affiliation.push(token);
        continue;
      }
      // A family name with the article ends the name: "المنصوري", or "الخطيب" where the sentence pauses.
      if (
        nameWords(name) >= MAX_NAME_WORDS ||
        !(nisbaSurname(word) || NAME_COMPOUNDS.has(word) || endsClause(tokens, index))
      )
        break;
      name.push(token);
      if (NAME_COMPOUNDS.has(word)) continue;
      break;
    } else if (arabic && name.length === 0 && bodyAfterPreposition(tokens, index)) {
      if (commas === 0) affiliation.push(token);
      continue;
    } else if (arabic && name.length === 0 && affiliation.length > 0 && /^و/u.test(word)) {
      if (commas === 0) affiliation.push(token);
      continue;
    } else if (arabic && name.length > 0 && /^و/u.test(word)) break;
    if (nameWords(name) >= MAX_NAME_WORDS) break;
    name.push(token);
  }
  if (bound) name.pop();
  return reading(ctx, name, affiliation);
}

/**
 * A short function word inside a name ("كارلو لو كاسيو", "Lo" of Carlo Lo Cascio written in Arabic): kept
 * when one plain word follows it and then the name visibly ends (punctuation or the end of the sentence).
 */
function particleInName(ctx: SentenceContext, tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  if (!next || PUNCTUATION.test(next.text) || isFunctionWord(next.text, ctx)) return false;
  if (ARABIC_ARTICLE.test(next.text) || isUnitWord(next.text, ctx.script)) return false;
  return after === undefined || PUNCTUATION.test(after.text);
}

/**
 * "لأوروبا وسياسة …", "لمجلس التعاون": a word with the preposition ل ("of", "for") is the body a role
 * belongs to when the phrase goes on (an article, "and", punctuation), not a name such as "ليلى حسن".
 */
function bodyAfterPreposition(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.text ?? "";
  if (!/^ل\p{L}{3,}/u.test(word)) return false;
  const next = tokens[index + 1]?.text;
  return next === undefined || PUNCTUATION.test(next) || ARABIC_ARTICLE.test(next) || /^و/u.test(next);
}

/** Words of a name, not counting the connectors bin, Abd, Al that bind two of them. */
function nameWords(name: readonly Token[]): number {
  return name.filter((token) => !ARABIC_CONNECTORS.has(token.text)).length;
}

/** Whether the word at `index` is the last before punctuation or the end of the sentence. */
function endsClause(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next === undefined || PUNCTUATION.test(next.text);
}

/** A family name formed on a place or tribe ("المنصوري", "النوري"): article, stem, final yā'. */
function nisbaSurname(word: string): boolean {
  return /^ال\p{L}{2,}ي$/u.test(word);
}

function reading(
  ctx: SentenceContext,
  name: readonly Token[],
  affiliation: readonly Token[],
): NameReading | undefined {
  if (name.length < MIN_NAME_WORDS) return undefined;
  const first = name[0] as Token;
  const last = name.at(-1) as Token;
  const text = ctx.ref.text;
  const found: NameReading = { name: text.slice(first.start, last.end), start: first.start, end: last.end };
  if (affiliation.length > 0) {
    const phrase = text.slice((affiliation[0] as Token).start, (affiliation.at(-1) as Token).end);
    found.affiliation = ctx.script === "arabic" ? withoutPreposition(phrase) : phrase;
  }
  return found;
}

/** "للإنتربول" → "الإنتربول", "لمجلس التعاون" → "مجلس التعاون": the body without the preposition ل. */
function withoutPreposition(phrase: string): string {
  if (phrase.startsWith("لل")) return `ال${phrase.slice(2)}`;
  if (/^ل(?!ل)\p{L}{3,}/u.test(phrase) && !phrase.startsWith("ال")) return phrase.slice(1);
  return phrase;
}
