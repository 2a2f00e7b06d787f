/**
 * Makes (or reuses) the benchmark corpora: `size` documents as .txt files in bench/corpora/<size>/docs, so
 * the bot's own loader reads them, plus the questions and ground truth beside them. A corpus is reused when
 * its manifest's hash (generator sources, lexicon, size, seed) still matches.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { archiveShape, TOPIC_COUNT, writeDocument } from "./document.ts";
import type { GenLang } from "./languages.ts";
import { type BenchQuestion, makeQuestions } from "./questions.ts";
import { median, quantile, round } from "./stats.ts";
import { buildTopics, lexiconTopics, readLexiconText } from "./topics.ts";

/** The repository root and the folders the generator reads and writes. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPORA = join(ROOT, "bench", "corpora");
/** The shipped thesaurus (JSON, which the YAML reader takes too): its topics are the lexicon topics. */
export const LEXICON = join(ROOT, "src", "corpus", "thesaurus", "field.json");
const SOURCES = [
  "generate.ts",
  "document.ts",
  "languages.ts",
  "questions.ts",
  "syllables.ts",
  "topics.ts",
  "prng.ts",
];

/** Default seed and question count. */
export const SEED = 20_240_917;
export const QUESTION_COUNT = 1200;

/** What a generated corpus holds, as recorded in its manifest.json. */
export interface CorpusManifest {
  hash: string;
  seed: number;
  size: number;
  bytes: number;
  docsPerLang: Record<string, number>;
  topicCount: number;
  lexiconTopics: number;
  questions: number;
  /** Share of the corpus's documents about the topic a question asks, over the question set. */
  topicShare: { median: number; p90: number; max: number };
  /** Questions whose topic comes from the lexicon (where cross-language expansion can help). */
  lexiconQuestionShare: number;
  generationMs: number;
}

/** A corpus on disk with its questions and ground truth. */
export interface GeneratedCorpus {
  docsDir: string;
  manifest: CorpusManifest;
  questions: BenchQuestion[];
  /** Topic ranks per file name. */
  truth: Record<string, number[]>;
}

function sourceHash(size: number, seed: number, lexiconText: string): string {
  const hash = createHash("sha256");
  hash.update(`${size}:${seed}:${QUESTION_COUNT}\n`);
  for (const file of SOURCES) hash.update(readFileSync(join(ROOT, "bench", file)));
  hash.update(lexiconText);
  return hash.digest("hex").slice(0, 16);
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Returns the corpus of `size` documents, generating it first unless an identical one is on disk. */
export function ensureCorpus(size: number, seed = SEED): GeneratedCorpus {
  const dir = join(CORPORA, String(size));
  const docsDir = join(dir, "docs");
  const lexiconText = readLexiconText(LEXICON);
  const hash = sourceHash(size, seed, lexiconText);
  const existing = readJson<CorpusManifest>(join(dir, "manifest.json"));
  if (existing?.hash === hash && existsSync(docsDir)) {
    const questions = readJson<BenchQuestion[]>(join(dir, "questions.json"));
    const truth = readJson<Record<string, number[]>>(join(dir, "truth.json"));
    if (questions && truth) return { docsDir, manifest: existing, questions, truth };
  }
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const lexicon = lexiconTopics(lexiconText);
  const shape = archiveShape(seed, buildTopics(seed, TOPIC_COUNT, lexicon));
  const docsPerTopic = new Uint32Array(TOPIC_COUNT);
  const docsPerLang: Partial<Record<GenLang, number>> = {};
  const truth: Record<string, number[]> = {};
  let bytes = 0;
  for (let index = 0; index < size; index++) {
    const doc = writeDocument(shape, index);
    writeFileSync(join(docsDir, doc.fileName), doc.text);
    bytes += Buffer.byteLength(doc.text);
    for (const rank of doc.topics) docsPerTopic[rank] = (docsPerTopic[rank] ?? 0) + 1;
    docsPerLang[doc.lang] = (docsPerLang[doc.lang] ?? 0) + 1;
    truth[doc.fileName.replace(/\.txt$/, "")] = doc.topics;
  }
  const questions = makeQuestions(shape, docsPerTopic, size, QUESTION_COUNT);
  const shares = questions.map((q) => q.share);
  const manifest: CorpusManifest = {
    hash,
    seed,
    size,
    bytes,
    docsPerLang,
    topicCount: TOPIC_COUNT,
    lexiconTopics: lexicon.length,
    questions: questions.length,
    topicShare: {
      median: round(median(shares), 5),
      p90: round(quantile(shares, 0.9), 5),
      max: round(Math.max(...shares), 5),
    },
    lexiconQuestionShare: round(
      questions.filter((q) => q.topicId.startsWith("lex:")).length / questions.length,
      3,
    ),
    generationMs: Math.round(performance.now() - started),
  };
  writeFileSync(join(dir, "questions.json"), JSON.stringify(questions));
  writeFileSync(join(dir, "truth.json"), JSON.stringify(truth));
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { docsDir, manifest, questions, truth };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (process.argv[2] ?? "1000").split(",").map(Number);
  for (const size of sizes) console.log(JSON.stringify(ensureCorpus(size).manifest));
}
