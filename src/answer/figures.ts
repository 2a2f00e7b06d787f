import type { ReplyLang } from "../core/index.ts";
import { asReplyLang } from "../core/index.ts";
import type { Doc } from "../corpus/index.ts";
import { unitOf } from "../corpus/index.ts";
import type { CountFact } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { nearness } from "./naming.ts";
import { type TopicTerms, topicScore } from "./relevance.ts";
import type { Figure } from "./types.ts";

const FIGURES_MAX = 10;

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
  terms: TopicTerms & { asked?: string },
  lang: ReplyLang,
  knowledge: Knowledge,
): Figure[] {
  const askedUnits = unitsNamedIn(terms.asked ?? "");
  const ordered = [...sources].sort((a, b) => nearness(b.doc.lang, lang) - nearness(a.doc.lang, lang));
  const seen = new Set<string>();
  const ranked: { figure: Figure; closeness: number; weight: number; group: string }[] = [];
  for (const source of ordered) {
    const wholeDocument = topicScore(source.doc.title, terms) > 0;
    for (const count of knowledge.facts.get(source.doc.id)?.counts ?? []) {
      const closeness = closenessToTopic(count, source, terms);
      if (closeness === 0 && !wholeDocument) continue;
      const key = `${source.group}|${count.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const figure = figureOf(count, source.doc, lang);
      const asked = askedUnits.has(unitOf(count.noun)?.id ?? "") ? ASKED_UNIT_WEIGHT : 0;
      ranked.push({ figure, closeness: closeness + asked, weight: weightOf(count), group: source.group });
    }
  }
  // Stable: within one closeness and weight, the reply language's version and the search's order come first.
  ranked.sort((a, b) => b.closeness - a.closeness || b.weight - a.weight);
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

/** "How many countries …": counts of what the question names come before any other. */
const ASKED_UNIT_WEIGHT = 10;

/** The units a question names ("suspects" in "how many suspects were arrested"). */
function unitsNamedIn(question: string): Set<string> {
  const units = new Set<string>();
  for (const word of question.split(/\s+/u)) {
    const unit = word.length > 2 ? unitOf(word) : undefined;
    if (unit) units.add(unit.id);
  }
  return units;
}

/** Counts of a known unit say most; a bare number less; a span of time ("within 72 hours") least. */
function weightOf(count: CountFact): number {
  if (count.noun === "") return 1;
  const unit = unitOf(count.noun);
  if (!unit) return 1;
  return unit.kind === "time" ? 0 : 2;
}

function figureOf(count: CountFact, doc: Doc, lang: ReplyLang): Figure {
  const unit = count.noun === "" ? undefined : unitOf(count.noun);
  // The source's own noun reads well in a reply in the source's language ("some 250 practitioners").
  const sameLanguage = asReplyLang(doc.lang) === lang && count.noun !== "";
  const label =
    (count.value === 1 ? unit?.singular[lang] : unit?.labels[lang]) ??
    (sameLanguage ? count.noun : undefined);
  return {
    value: count.value,
    ...(count.qualifier ? { qualifier: count.qualifier } : {}),
    noun: count.noun,
    ...(label ? { unit: label } : {}),
    ...(unit?.id === "percent" ? { percent: true } : {}),
    context: contextOf(count),
    source: {
      text: count.ref.text.trim(),
      docId: doc.id,
      title: doc.title,
      lang: doc.lang,
      paragraph: count.ref.paragraph,
    },
  };
}

const CONTEXT_WORDS = 7;
/** Where a clause ends: a comma, semicolon, colon or dash followed by a space, a bracket, the Arabic comma. */
const CLAUSE_BREAK = /[,;:،؛]\s|\s[—–-]\s|[()]/gu;

/**
 * The words around the number in its own clause, at most seven on each side, with "…" where cut: what the
 * number counts when the source does not say it next to the number ("in Italia se ne sono contati 47").
 */
function contextOf(count: CountFact): string {
  const text = count.ref.text;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= count.at) from = at + match[0].length;
    else if (at >= count.at + count.written.length) {
      to = at;
      break;
    }
  }
  const before = text.slice(from, count.at).split(/\s+/u).filter(Boolean);
  const after = text
    .slice(count.at + count.written.length, to)
    .split(/\s+/u)
    .filter(Boolean);
  const head = before.slice(-CONTEXT_WORDS);
  const tail = after.slice(0, CONTEXT_WORDS);
  const cutHead = head.length < before.length || from > 0;
  const cutTail = tail.length < after.length || to < text.length;
  const words = [...head, count.written, ...tail].join(" ").replace(/[.!?।۔]+$/u, "");
  return `${cutHead ? "…" : ""}${words}${cutTail ? "…" : ""}`;
}
