/**
 * The benchmark's /brief questions: topics drawn by the same Zipf law as the documents (people ask about
 * what the archive talks about), asked in several languages with each language's own phrasing.
 */

import type { ArchiveShape } from "./document.ts";
import { placeName } from "./document.ts";
import { type GenLang, LANGUAGE_KITS, QUESTION_LANG_WEIGHTS } from "./languages.ts";
import { createRng, pick, pickWeighted } from "./prng.ts";

/** One question and the ground truth it is measured against. */
export interface BenchQuestion {
  /** The /brief text, e.g. "latest on fentanyl". */
  text: string;
  lang: GenLang;
  /** Rank of the topic asked about. */
  topic: number;
  topicId: string;
  /** Share of all documents that are about the topic. */
  share: number;
}

/** Returns `count` questions for a corpus whose documents per topic rank are counted in `docsPerTopic`. */
export function makeQuestions(
  shape: ArchiveShape,
  docsPerTopic: ArrayLike<number>,
  docCount: number,
  count: number,
): BenchQuestion[] {
  const rng = createRng((shape.seed ^ 0x51ed270b) >>> 0);
  const questions: BenchQuestion[] = [];
  while (questions.length < count) {
    const rank = shape.topicZipf.sample(rng);
    const matching = docsPerTopic[rank] ?? 0;
    const topic = shape.topics[rank];
    if (matching === 0 || !topic) continue;
    const lang = pickWeighted(rng, QUESTION_LANG_WEIGHTS);
    const kit = LANGUAGE_KITS[lang];
    const text = pick(rng, kit.questionFrames)
      .replace("{topic}", topic.questionForm[lang])
      .replace("{place}", placeName(shape, shape.places.sample(rng), kit.script));
    questions.push({ text, lang, topic: rank, topicId: topic.id, share: matching / docCount });
  }
  return questions;
}
