import type { ReplyLang } from "../core/index.ts";
import { asReplyLang } from "../core/index.ts";
import type { Doc } from "../corpus/index.ts";
import { unitOf } from "../corpus/index.ts";
import type { CountFact } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { type TopicTerms, topicScore } from "./relevance.ts";
import type { Figure } from "./types.ts";

const FIGURES_MAX = 8;

/** A document a brief draws on, with the paragraphs the search matched and the meeting it reports. */
export interface FigureSource {
  doc: Doc;
  paragraphs: readonly number[];
  /** The merged meeting's slug: translations of one report state the same counts once. */
  group: string;
}

/**
 * Returns the counts stated in the sentences about the topic, in the paragraphs the search matched, or
 * anywhere in a document whose title names the topic; the
 * reply language's version first, each value and thing counted once across the versions of one report.
 * @example briefFigures(sources, terms, "en", knowledge)[0]?.value // 68 for "68 countries contribute"
 */
export function briefFigures(
  sources: readonly FigureSource[],
  terms: TopicTerms,
  lang: ReplyLang,
  knowledge: Knowledge,
): Figure[] {
  const ordered = [...sources].sort(
    (a, b) => Number(asReplyLang(b.doc.lang) === lang) - Number(asReplyLang(a.doc.lang) === lang),
  );
  const seen = new Set<string>();
  const ranked: { figure: Figure; closeness: number; group: string }[] = [];
  for (const source of ordered) {
    const wholeDocument = topicScore(source.doc.title, terms) > 0;
    for (const count of knowledge.facts.get(source.doc.id)?.counts ?? []) {
      const closeness = closenessToTopic(count, source, terms);
      if (closeness === 0 && !wholeDocument) continue;
      const key = `${source.group}|${count.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ranked.push({ figure: figureOf(count, source.doc, lang), closeness, group: source.group });
    }
  }
  // Stable: within one closeness, the reply language's version and the search's order come first.
  ranked.sort((a, b) => b.closeness - a.closeness);
  return takeInTurns(ranked, FIGURES_MAX).map((entry) => entry.figure);
}

/** The best of each report in turn, so one report's many counts do not crowd out the others'. */
function takeInTurns<T extends { group: string }>(ranked: readonly T[], max: number): T[] {
  const queues = new Map<string, T[]>();
  for (const entry of ranked) queues.set(entry.group, [...(queues.get(entry.group) ?? []), entry]);
  const taken: T[] = [];
  while (taken.length < max && [...queues.values()].some((queue) => queue.length > 0)) {
    for (const queue of queues.values()) {
      const next = queue.shift();
      if (next && taken.length < max) taken.push(next);
    }
  }
  return taken;
}

/** 2 when the count's sentence names the topic, 1 when it sits in a paragraph the search matched, else 0. */
function closenessToTopic(count: CountFact, source: FigureSource, terms: TopicTerms): number {
  if (topicScore(count.ref.text, terms) > 0) return 2;
  return source.paragraphs.includes(count.ref.paragraph) ? 1 : 0;
}

function figureOf(count: CountFact, doc: Doc, lang: ReplyLang): Figure {
  const unit = unitOf(count.noun);
  const label = count.value === 1 ? unit?.singular[lang] : unit?.labels[lang];
  return {
    value: count.value,
    ...(count.qualifier ? { qualifier: count.qualifier } : {}),
    noun: count.noun,
    ...(label ? { unit: label } : {}),
    source: {
      text: count.ref.text.trim(),
      docId: doc.id,
      title: doc.title,
      lang: doc.lang,
      paragraph: count.ref.paragraph,
    },
  };
}
