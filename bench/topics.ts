/**
 * The archive's topic list: the shipped lexicon's topics (so question expansion matters) interleaved near the
 * head of a long Zipf-ranked list of synthetic topics, each with its spellings per document language.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type GenLang, type GenScript, LANGUAGE_KITS } from "./languages.ts";
import { createRng } from "./prng.ts";
import { vocabularyWord, writeWord } from "./syllables.ts";

/** One topic: how documents in each language spell it, and how a question in each language names it. */
export interface TopicDef {
  id: string;
  source: "lexicon" | "synthetic";
  /** Spellings a document may use, the usual one first. */
  docForms: Record<GenLang, string[]>;
  /** What someone asking in the language types. */
  questionForm: Record<GenLang, string>;
}

/** A lexicon topic as read from the YAML file: only the fields the generator uses. */
interface LexiconTopic {
  id: string;
  labels: Record<string, string>;
  variants: string[];
}

const GEN_LANGS = Object.keys(LANGUAGE_KITS) as GenLang[];

/** Returns the script a spelling is written in, judged by its first letter of a known script. */
export function scriptOf(text: string): GenScript {
  if (/[\u0600-\u06FF]/.test(text)) return "arabic";
  if (/[\u0900-\u097F]/.test(text)) return "devanagari";
  return "latin";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) if (typeof item === "string") out[key] = item;
  return out;
}

/** Returns the topic entries of a lexicon YAML text (a list of entries, or `{ entries: [...] }`). */
export function lexiconTopics(yamlText: string): LexiconTopic[] {
  const parsed: unknown = parse(yamlText);
  const entries: unknown = isRecord(parsed) ? parsed.entries : parsed;
  if (!Array.isArray(entries)) return [];
  const topics: LexiconTopic[] = [];
  for (const entry of entries) {
    if (!isRecord(entry) || entry.kind !== "topic" || typeof entry.id !== "string") continue;
    const labels = stringRecord(entry.labels);
    if (labels.en === undefined) continue;
    const variants = Array.isArray(entry.variants)
      ? entry.variants.filter((v): v is string => typeof v === "string")
      : [];
    topics.push({ id: entry.id, labels, variants });
  }
  return topics;
}

/** Returns the lexicon file's text, or "" when there is none yet. */
export function readLexiconText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function fromLexicon(topic: LexiconTopic): TopicDef {
  const docForms = {} as Record<GenLang, string[]>;
  const questionForm = {} as Record<GenLang, string>;
  for (const lang of GEN_LANGS) {
    const script = LANGUAGE_KITS[lang].script;
    const own = topic.labels[lang];
    const sameScript = [...Object.values(topic.labels), ...topic.variants].filter(
      (form) => scriptOf(form) === script,
    );
    const usual = own ?? sameScript[0] ?? topic.labels.en ?? topic.id;
    docForms[lang] = [usual, ...new Set(sameScript.filter((form) => form !== usual))];
    questionForm[lang] = own ?? topic.labels.en ?? usual;
  }
  return { id: `lex:${topic.id}`, source: "lexicon", docForms, questionForm };
}

function synthetic(seed: number, rank: number): TopicDef {
  const rng = createRng((seed ^ Math.imul(rank + 7, 0x85ebca6b)) >>> 0);
  const words = [vocabularyWord(seed + 1, rank, 3, 4)];
  if (rng.next() < 0.3) words.push(vocabularyWord(seed + 2, rank, 2, 3));
  const docForms = {} as Record<GenLang, string[]>;
  const questionForm = {} as Record<GenLang, string>;
  for (const lang of GEN_LANGS) {
    const written = words.map((word) => writeWord(word, LANGUAGE_KITS[lang].script)).join(" ");
    docForms[lang] = [written];
    questionForm[lang] = written;
  }
  return { id: `syn:${rank}`, source: "synthetic", docForms, questionForm };
}

/** First rank given to a lexicon topic, and the gap between lexicon topics near the head of the list. */
const LEXICON_FIRST_RANK = 1;
const LEXICON_RANK_STEP = 3;

/**
 * Returns `count` topics in Zipf rank order (most frequent first): lexicon topics at ranks 1, 4, 7, …
 * and synthetic ones elsewhere.
 */
export function buildTopics(seed: number, count: number, lexicon: readonly LexiconTopic[]): TopicDef[] {
  const topics: TopicDef[] = [];
  let nextLexicon = 0;
  for (let rank = 0; rank < count; rank++) {
    const lexiconSlot = rank >= LEXICON_FIRST_RANK && (rank - LEXICON_FIRST_RANK) % LEXICON_RANK_STEP === 0;
    const entry = lexiconSlot ? lexicon[nextLexicon] : undefined;
    if (entry) {
      topics.push(fromLexicon(entry));
      nextLexicon++;
    } else {
      topics.push(synthetic(seed, rank));
    }
  }
  return topics;
}
