/**
 * Writes one synthetic archive document: a meeting report in one language, with its own people, places,
 * organisations, dates written the way that language writes them, and a few Zipf-drawn topics.
 */
import {
  type Day,
  DOC_LANG_WEIGHTS,
  type GenLang,
  type GenScript,
  LANGUAGE_KITS,
  type LanguageKit,
} from "./languages.ts";
import { createRng, createZipf, intBetween, pick, pickWeighted, type Rng, type Zipf } from "./prng.ts";
import { vocabularyWord, writeWord } from "./syllables.ts";
import type { TopicDef } from "./topics.ts";

/** A generated document and what the generator knows about it (the ground truth for questions). */
export interface GeneratedDoc {
  fileName: string;
  lang: GenLang;
  text: string;
  /** Topic ranks the document is about. */
  topics: number[];
}

/** Sizes and skews of the archive's pools of names, places, organisations and words. */
export interface ArchiveShape {
  seed: number;
  topics: readonly TopicDef[];
  topicZipf: Zipf;
  people: Zipf;
  places: Zipf;
  orgs: Zipf;
  words: Zipf;
  /** Each language's subject nouns minus any that spell a topic, so the ground truth stays true. */
  nouns: Record<GenLang, readonly string[]>;
}

/**
 * Topic list length and its Zipf–Mandelbrot law: a long tail, and a head flattened by the offset so that
 * the commonest topic is in about one document in ten, not one in three, as in a news archive.
 */
export const TOPIC_COUNT = 5000;
const TOPIC_EXPONENT = 1.1;
const TOPIC_OFFSET = 5;

function nounsOutsideTopics(topics: readonly TopicDef[]): Record<GenLang, readonly string[]> {
  const spelled = new Set(
    topics.flatMap((topic) => Object.values(topic.docForms).flat()).map((form) => form.toLowerCase()),
  );
  const nouns = {} as Record<GenLang, readonly string[]>;
  for (const kit of Object.values(LANGUAGE_KITS)) {
    nouns[kit.lang] = kit.nouns.filter((noun) => !spelled.has(noun.toLowerCase()));
  }
  return nouns;
}

/** Returns the archive's pools for a seed and topic list. */
export function archiveShape(seed: number, topics: readonly TopicDef[]): ArchiveShape {
  return {
    nouns: nounsOutsideTopics(topics),
    seed,
    topics,
    topicZipf: createZipf(topics.length, TOPIC_EXPONENT, TOPIC_OFFSET),
    people: createZipf(50_000, 0.8),
    places: createZipf(5_000, 0.9),
    orgs: createZipf(800, 1.0),
    words: createZipf(60_000, 1.05),
  };
}

const PERSON_SALT = 0x1001;
const PLACE_SALT = 0x2002;
const ORG_SALT = 0x3003;
const WORD_SALT = 0x4004;
const LETTERS = "ABCDEFGHIKLMNOPRSTUVW";

/** Returns the person of a pool rank, named the way documents in the language write them. */
function personName(shape: ArchiveShape, rank: number, kit: LanguageKit): string {
  const rng = createRng((shape.seed ^ Math.imul(rank + 1, PERSON_SALT)) >>> 0);
  const givenIndex = Math.floor(rng.next() * 1000);
  const surname = writeWord(vocabularyWord(shape.seed + PERSON_SALT, rank, 2, 3), kit.script, true);
  return `${kit.givenNames[givenIndex % kit.givenNames.length]} ${surname}`;
}

/** Returns the place of a pool rank, written in a script. */
export function placeName(shape: ArchiveShape, rank: number, script: GenScript): string {
  return writeWord(vocabularyWord(shape.seed + PLACE_SALT, rank, 2, 3), script, true);
}

function orgName(shape: ArchiveShape, rank: number): string {
  const rng = createRng((shape.seed ^ Math.imul(rank + 1, ORG_SALT)) >>> 0);
  const length = intBetween(rng, 3, 5);
  let acronym = "";
  for (let i = 0; i < length; i++) acronym += pick(rng, [...LETTERS]);
  return acronym;
}

function fillerWord(shape: ArchiveShape, rng: Rng, script: GenScript): string {
  return writeWord(vocabularyWord(shape.seed + WORD_SALT, shape.words.sample(rng), 2, 4), script);
}

function digits(text: string, zero: number | undefined): string {
  if (zero === undefined) return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
}

function monthName(kit: LanguageKit, month: number, rng: Rng): string {
  const set = kit.months.length > 1 && rng.next() < 0.2 ? kit.months[1] : kit.months[0];
  return set?.[month - 1] ?? "";
}

function writeDate(kit: LanguageKit, day: Day, rng: Rng, zero: number | undefined): string {
  const form = pick(rng, kit.dateForms);
  const d = kit.lang === "fr" && day.day === 1 ? "1er" : String(day.day);
  return digits(
    form
      .replace("{d}", d)
      .replace("{m}", monthName(kit, day.month, rng))
      .replace("{y}", String(day.year)),
    zero,
  );
}

function writeRange(
  kit: LanguageKit,
  start: Day,
  lastDay: number,
  rng: Rng,
  zero: number | undefined,
): string {
  return digits(
    pick(rng, kit.rangeForms)
      .replace("{d1}", String(start.day))
      .replace("{d2}", String(lastDay))
      .replace("{m}", monthName(kit, start.month, rng))
      .replace("{y}", String(start.year)),
    zero,
  );
}

/** Everything one document's sentences are filled from. */
interface DocCast {
  kit: LanguageKit;
  topicForms: string[];
  people: string[];
  places: string[];
  orgs: string[];
  date: string;
  range: string;
  zero: number | undefined;
}

function drawDistinct(rng: Rng, zipf: Zipf, count: number): number[] {
  const drawn = new Set<number>();
  for (let tries = 0; drawn.size < count && tries < count * 20; tries++) drawn.add(zipf.sample(rng));
  return [...drawn];
}

function castFor(shape: ArchiveShape, rng: Rng, lang: GenLang, topicRanks: number[]): DocCast {
  const kit = LANGUAGE_KITS[lang];
  const zero = kit.nativeDigits && rng.next() < kit.nativeDigits.share ? kit.nativeDigits.zero : undefined;
  const topicForms = topicRanks.map((rank) => {
    const forms = shape.topics[rank]?.docForms[lang] ?? [];
    return forms.length > 1 && rng.next() < 0.25 ? pick(rng, forms.slice(1)) : (forms[0] ?? "");
  });
  const meeting: Day = {
    year: intBetween(rng, 2015, 2025),
    month: intBetween(rng, 1, 12),
    day: intBetween(rng, 1, 26),
  };
  const next: Day = {
    year: meeting.month === 12 ? meeting.year + 1 : meeting.year,
    month: (meeting.month % 12) + 1,
    day: intBetween(rng, 1, 25),
  };
  return {
    kit,
    topicForms,
    people: drawDistinct(rng, shape.people, intBetween(rng, 2, 4)).map((r) => personName(shape, r, kit)),
    places: drawDistinct(rng, shape.places, 2).map((r) => placeName(shape, r, kit.script)),
    orgs: drawDistinct(rng, shape.orgs, 2).map((r) => orgName(shape, r)),
    date: writeDate(kit, meeting, rng, zero),
    range: writeRange(kit, next, next.day + intBetween(rng, 1, 3), rng, zero),
    zero,
  };
}

/** Fills a template; each {topic} takes the document's next topic in turn so every topic is written. */
function fill(
  template: string,
  cast: DocCast,
  rng: Rng,
  shape: ArchiveShape,
  topicTurn: { next: number },
): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "topic":
      case "topic2": {
        const form = cast.topicForms[topicTurn.next % cast.topicForms.length] ?? "";
        topicTurn.next++;
        return form;
      }
      case "place":
        return cast.places[0] ?? "";
      case "place2":
        return cast.places[1] ?? cast.places[0] ?? "";
      case "person":
        return pick(rng, cast.people);
      case "role":
        return pick(rng, cast.kit.roles);
      case "org":
        return pick(rng, cast.orgs);
      case "date":
        return cast.date;
      case "range":
        return cast.range;
      case "count":
        return digits(String(intBetween(rng, 20, 400)), cast.zero);
      case "countries":
        return digits(String(intBetween(rng, 5, 80)), cast.zero);
      case "words":
        return `${pick(rng, shape.nouns[cast.kit.lang])} ${fillerWord(shape, rng, cast.kit.script)}`;
      default:
        return "";
    }
  });
}

const utf8 = new TextEncoder();

/** Returns the items in a random order, so a document uses every template once before repeating one. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

/** Returns document number `index` of the archive; the same seed and index always give the same text. */
export function writeDocument(shape: ArchiveShape, index: number): GeneratedDoc {
  const rng = createRng((shape.seed ^ Math.imul(index + 1, 0x27d4eb2d)) >>> 0);
  const lang = pickWeighted(rng, DOC_LANG_WEIGHTS);
  const topicRanks = drawDistinct(rng, shape.topicZipf, intBetween(rng, 2, 4));
  const cast = castFor(shape, rng, lang, topicRanks);
  const turn = { next: 0 };
  const title = fill(pick(rng, cast.kit.titles), cast, rng, shape, turn);
  turn.next = 0;
  const targetBytes = intBetween(rng, 1200, 1800);
  const [opening, ...rest] = cast.kit.sentences;
  const paragraphs: string[][] = [[fill(opening ?? "", cast, rng, shape, turn)]];
  let bytes = utf8.encode(`${title}${paragraphs[0]?.[0] ?? ""}`).length;
  let paragraphLength = intBetween(rng, 2, 4);
  let bag: string[] = [];
  while (bytes < targetBytes) {
    if (bag.length === 0) bag = shuffled(rng, rest);
    const sentence = fill(bag.pop() ?? "", cast, rng, shape, turn);
    let current = paragraphs[paragraphs.length - 1];
    if (!current || current.length >= paragraphLength) {
      current = [];
      paragraphs.push(current);
      paragraphLength = intBetween(rng, 2, 4);
    }
    current.push(sentence);
    bytes += utf8.encode(sentence).length + 1;
  }
  const body = paragraphs.map((sentences) => sentences.join(" ")).join("\n\n");
  return {
    fileName: `${String(index).padStart(6, "0")}_${lang}.txt`,
    lang,
    text: `${title}\n\n${body}\n`,
    topics: topicRanks,
  };
}
