import type { ReplyLang } from "../core/index.ts";
import { asReplyLang } from "../core/index.ts";
import type { Doc } from "../corpus/index.ts";
import { consonantSignature, isQuestionWord, normalise } from "../corpus/index.ts";
import type { Decision, Meeting } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { DocumentHit, ExpandedQuery } from "../search/index.ts";
import { briefFigures } from "./figures.ts";
import { lookupsOf } from "./lookups.ts";
import { entityLabel, meetingName, nearness, personName, placeName, uniqueBy } from "./naming.ts";
import { recency } from "./order.ts";
import {
  createDocumentReader,
  type DocumentReader,
  overlaps,
  type PlacedSentence,
  quoteOf,
  sentencesOf,
  type TopicTerms,
  topicScore,
  topicTerms,
} from "./relevance.ts";
import { closest } from "./suggest.ts";
import type {
  Appearance,
  BriefAnswer,
  Citation,
  ComposedSummary,
  ExtractedSummary,
  HelpAnswer,
  Quote,
  Summary,
} from "./types.ts";
import { fieldWordsOf, vocabularyOf, wordForms } from "./vocabulary.ts";

const HIT_LIMIT = 8;
const PASSAGES_PER_DOC = 3;
/** Places kept for the best reports in other languages: a briefing says where else the topic came up. */
const OTHER_LANGUAGE_SOURCES = 2;
/** Hits scoring below this share of the best hit are noise for a briefing. */
const MIN_RELATIVE_SCORE = 0.2;
const SUMMARY_MAX = 5;
const QUOTES_MAX = 3;
const DECISIONS_MAX = 5;
const SPEAKERS_MAX = 6;
const CITED_PASSAGES = 2;
const EXAMPLE_TOPICS = 2;
/** A report must name at least this share of the concepts the best report names. */
const MIN_CONCEPT_SHARE = 0.6;
/** A topic named in one sentence and not in the title is mentioned in passing. */
const PASSING_MENTION = 1;
/** Shorter words are too often abbreviations or inflection stubs to tell a topic apart. */
const MIN_DISTINCT_WORD = 4;
/** A paragraph naming the asked entry outranks sentences sharing one of its words ("drugs" in a body's name). */
const ENTRY_NAMED_BONUS = 3;

/** One matched document with what the briefing needs from it. */
interface Source {
  doc: Doc;
  hit: DocumentHit;
  meeting?: Meeting;
  /** Paragraphs the search matched, best first. */
  paragraphs: number[];
}

/**
 * Returns the data of a /brief reply: summary, appearances, decisions and citations, or not-found with the
 * closest topics, or the help answer for an empty question. Pure.
 * @example answerBrief("fentanyl", "en", knowledge, now).kind // "brief"
 */
export function answerBrief(query: string, lang: ReplyLang, knowledge: Knowledge, _now: Date): BriefAnswer {
  const question = query.trim();
  if (question === "") return helpAnswer(knowledge, lang);
  const expanded = knowledge.search.expand(question);
  const reader = createDocumentReader();
  const sources = onTopic(sourcesFor(question, knowledge), expanded, reader);
  if (sources.length === 0 || asksAboutSomethingElse(expanded, sources, knowledge, reader)) {
    return { kind: "not-found", query: question, suggestions: closest(question, lang, knowledge) };
  }
  const terms = topicTerms(expanded);
  const topic = topicLabel(expanded, lang, knowledge, question);
  const decisions = relatedDecisions(sources, terms, lang, knowledge);
  const summary =
    extractedSummary(sources, terms, lang) ??
    composedSummary(sources, terms, topic, decisions.length, lang, knowledge);
  return {
    kind: "brief",
    query: question,
    topic,
    summary,
    appearances: appearances(sources, lang, knowledge),
    decisions,
    figures: briefFigures(
      sources.map((source) => ({ ...source, group: source.meeting?.slug ?? source.doc.id })),
      { ...terms, asked: question },
      lang,
      knowledge,
    ),
    citations: citations(sources, summary, decisions),
  };
}

/**
 * Returns the help answer, with example command lines built from what the documents cover.
 * @example helpAnswer(knowledge, "en").examples[0] // "/brief fentanyl"
 */
export function helpAnswer(knowledge: Knowledge, lang: ReplyLang): HelpAnswer {
  const { topicsByUse, newest } = helpSourcesOf(knowledge);
  const topics: string[] = [];
  for (const id of topicsByUse) {
    if (topics.length >= EXAMPLE_TOPICS) break;
    const label = entityLabel(knowledge.lexicon, id, lang);
    if (label) topics.push(`/brief ${label}`);
  }
  const meeting = newest ? [`/meeting ${newest.aliases[0] ?? newest.slug}`] : [];
  return { kind: "help", examples: [...topics, ...meeting, "/meeting"] };
}

/** What the help examples are drawn from; walking every document's facts per question costs too much. */
interface HelpSources {
  /** Topic ids, the most documents first. */
  topicsByUse: string[];
  /** The meeting with the latest date (the first of equals). */
  newest: Meeting | undefined;
}

const helpSources = new WeakMap<Knowledge, HelpSources>();

function helpSourcesOf(knowledge: Knowledge): HelpSources {
  const known = helpSources.get(knowledge);
  if (known) return known;
  const topicCounts = new Map<string, number>();
  for (const outline of knowledge.outlines.values()) {
    for (const id of outline.topics) topicCounts.set(id, (topicCounts.get(id) ?? 0) + 1);
  }
  const topicsByUse = [...topicCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  let newest: Meeting | undefined;
  for (const meeting of knowledge.meetings) {
    if (!newest || recency(meeting.dates) > recency(newest.dates)) newest = meeting;
  }
  const built = { topicsByUse, newest };
  helpSources.set(knowledge, built);
  return built;
}

function sourcesFor(question: string, knowledge: Knowledge): Source[] {
  const hits = knowledge.search.search(question, {
    limit: HIT_LIMIT,
    passages: PASSAGES_PER_DOC,
    otherLanguages: OTHER_LANGUAGE_SOURCES,
  });
  const best = hits[0]?.score ?? 0;
  const { docById, meetingOfDoc } = lookupsOf(knowledge);
  // The versions of one report stand or fall together: a translation scores lower on the asker's words.
  const groupBest = new Map<string, number>();
  const groupOf = (docId: string): string => meetingOfDoc.get(docId)?.slug ?? docId;
  for (const hit of hits)
    groupBest.set(groupOf(hit.docId), Math.max(groupBest.get(groupOf(hit.docId)) ?? 0, hit.score));
  return hits
    .filter((hit) => (groupBest.get(groupOf(hit.docId)) ?? 0) >= best * MIN_RELATIVE_SCORE)
    .flatMap((hit): Source[] => {
      const doc = docById.get(hit.docId);
      if (!doc) return [];
      const meeting = meetingOfDoc.get(doc.id);
      const paragraphs = hit.passages.map((passage) => passage.paragraph);
      return [meeting ? { doc, hit, meeting, paragraphs } : { doc, hit, paragraphs }];
    });
}

/**
 * Keeps the documents that are about the question, not hits on shared generic words: a report (all its
 * versions together) counts the concepts its best version names, and those naming fewer than 60 % of the
 * most any report names are left out; a report naming them only once in passing is left out too when
 * another report is about them. With nothing named there is nothing to brief on.
 */
function onTopic(sources: Source[], expanded: ExpandedQuery, reader: DocumentReader): Source[] {
  const concepts = expanded.concepts;
  if (concepts.length === 0) return sources;
  // A plain word is matched in its own language only; a thesaurus entry in every language.
  const isEntry = (spellings: readonly string[]): boolean => !expanded.words.includes(spellings[0] ?? "");
  const entries = concepts.filter(isEntry);
  const entryApart = expanded.apart.filter((_, at) => isEntry(concepts[at] ?? []));
  const coverage = new Map<string, number>();
  const entryCoverage = new Map<string, number>();
  const weight = new Map<string, number>();
  const groupOf = (source: Source): string => source.meeting?.slug ?? source.doc.id;
  const keepMax = (map: Map<string, number>, group: string, value: number): void => {
    map.set(group, Math.max(map.get(group) ?? 0, value));
  };
  for (const source of sources) {
    const group = groupOf(source);
    // Glued words ("الاصطناعيةخاصة") hide a spelling from the text but not from the index's split parts.
    const indexed = entitiesNamedIn(source).size;
    keepMax(coverage, group, Math.max(reader.conceptCoverage(source.doc, concepts, expanded.apart), indexed));
    keepMax(entryCoverage, group, Math.max(reader.conceptCoverage(source.doc, entries, entryApart), indexed));
    keepMax(weight, group, Math.max(reader.topicWeight(source.doc, concepts, expanded.apart), indexed));
  }
  const best = Math.max(0, ...coverage.values());
  const bestEntries = Math.max(0, ...entryCoverage.values());
  const needed = Math.max(1, Math.ceil(best * MIN_CONCEPT_SHARE));
  // A report in another language naming every entry the best report names lacks only the asker's words.
  const covering = sources.filter(
    (source) =>
      (coverage.get(groupOf(source)) ?? 0) >= needed ||
      (bestEntries > 0 && (entryCoverage.get(groupOf(source)) ?? 0) >= bestEntries),
  );
  const about = covering.filter((source) => (weight.get(groupOf(source)) ?? 0) > PASSING_MENTION);
  return about.length > 0 ? about : covering;
}

/**
 * A question naming no thesaurus entry the found documents name, with a word of its own that no found
 * passage has in any form and the archive never uses, asks about something the documents do not cover
 * ("traffico di organi" where only arms trafficking is reported): the hits are on its other, generic words.
 * Words that only frame a question ("latest on", "novità su") say nothing about its subject.
 */
function asksAboutSomethingElse(
  expanded: ExpandedQuery,
  sources: readonly Source[],
  knowledge: Knowledge,
  reader: DocumentReader,
): boolean {
  const concepts = expanded.concepts;
  const entityNamed = concepts.some(
    (spellings) =>
      !expanded.words.includes(spellings[0] ?? "") &&
      sources.some((source) => reader.conceptCoverage(source.doc, [spellings]) > 0),
  );
  if (entityNamed || sources.some((source) => entitiesNamedIn(source).size > 0)) return false;
  const found = new Set(
    sources.flatMap((source) => [
      ...source.hit.passages.flatMap((passage) => passage.terms),
      ...normalise(source.doc.title).split(" "),
    ]),
  );
  const vocabulary = vocabularyOf(knowledge);
  // A word the archive uses elsewhere ("Lyon" in other reports) is no unknown subject.
  const archiveKnows = (word: string): boolean =>
    wordForms(word).some((form) => vocabulary.languagesOf.has(form) || vocabulary.names.has(form));
  const subjectWords = expanded.words.filter(
    (word) => !/^\p{N}+$/u.test(word) && word.length >= MIN_DISTINCT_WORD && !isQuestionWord(word),
  );
  // One word alone is what the search found or failed to find: nothing to weigh it against.
  if (subjectWords.length < 2) return false;
  const isPresent = (word: string): boolean => {
    if (archiveKnows(word)) return true;
    const [own = word, ...others] = concepts.find((group) => group[0] === word) ?? [word];
    // Another script's spelling was found by a loose skeleton; as evidence it must have the same one.
    const skeleton = consonantSignature(own);
    return (
      [...found].some((term) => sameWord(term, own)) ||
      others.some((other) => found.has(other) && consonantSignature(other) === skeleton)
    );
  };
  const present = subjectWords.filter(isPresent);
  // A found word of its own (a name, a rare term) is what the question is about; only when every found word
  // is the field's common vocabulary ("traffico", "smuggling") does a missing one mean another subject.
  const field = fieldWordsOf(knowledge);
  if (present.some((word) => !field.has(word))) return false;
  return present.length < subjectWords.length;
}

/** One word in two inflections: equal, or sharing all but their last two letters ("attacco", "attacchi"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_DISTINCT_WORD + 1 || Math.abs(a.length - b.length) > 2) return false;
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared += 1;
  return shared >= Math.max(a.length, b.length) - 3;
}

/** Paragraphs whose passage names an entry of the question, as the search's index read them. */
function namingParagraphs(source: Source): Set<number> {
  return new Set(
    source.hit.passages.filter((passage) => passage.entities.length > 0).map((passage) => passage.paragraph),
  );
}

/** The entries of the question that the search found named in a source's passages. */
function entitiesNamedIn(source: Source): Set<string> {
  return new Set(source.hit.passages.flatMap((passage) => passage.entities));
}

function topicLabel(
  expanded: ExpandedQuery,
  lang: ReplyLang,
  knowledge: Knowledge,
  question: string,
): string {
  const labels = expanded.entityIds.map((id) => entityLabel(knowledge.lexicon, id, lang));
  return labels.find((label) => label !== undefined) ?? question;
}

/** Scores each sentence for the topic, with a bonus inside the paragraphs the search matched. */
function rankedSentences(
  source: Source,
  terms: TopicTerms,
): { placed: PlacedSentence; score: number; onTopic: number }[] {
  return sentencesOf(source.doc)
    .map((placed) => {
      const onTopic = topicScore(placed.sentence.text, terms);
      const matched = source.paragraphs.includes(placed.paragraph) ? 1 : 0;
      // The index saw the asked entry in this paragraph, even where glued words hide it from the text.
      const named = namingParagraphs(source).has(placed.paragraph) ? ENTRY_NAMED_BONUS : 0;
      return { placed, score: onTopic * 2 + matched + named, onTopic };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || readingOrder(a.placed, b.placed));
}

function readingOrder(a: PlacedSentence, b: PlacedSentence): number {
  return a.paragraph - b.paragraph || a.sentence.index - b.sentence.index;
}

function extractedSummary(
  sources: Source[],
  terms: TopicTerms,
  lang: ReplyLang,
): ExtractedSummary | undefined {
  const source = sources.find((candidate) => asReplyLang(candidate.doc.lang) === lang);
  if (!source) return undefined;
  const ranked = rankedSentences(source, terms);
  // Sentences naming the topic; where glued words hide it from every sentence, the best of its paragraph.
  const naming = ranked.filter((entry) => entry.onTopic > 0);
  const candidates = naming.length > 0 ? naming : ranked.slice(0, 1);
  const picked: PlacedSentence[] = [];
  for (const { placed } of candidates) {
    if (picked.length >= SUMMARY_MAX) break;
    if (picked.some((other) => overlaps(other.sentence.text, placed.sentence.text))) continue;
    picked.push(placed);
  }
  if (picked.length === 0) return undefined;
  const sentences = picked.sort(readingOrder).map((placed) => quoteOf(source.doc, placed));
  return {
    kind: "extracted",
    docId: source.doc.id,
    title: source.doc.title,
    lang: source.doc.lang,
    sentences,
  };
}

function composedSummary(
  sources: Source[],
  terms: TopicTerms,
  topic: string,
  decisions: number,
  lang: ReplyLang,
  knowledge: Knowledge,
): ComposedSummary {
  const meeting = sources.find((source) => source.meeting)?.meeting;
  // A question naming the meeting itself ("JUMBO") is not "discussed at" that meeting.
  const named = meeting && normalise(meetingName(meeting, lang)).includes(normalise(topic));
  const people = speakers(sources, lang, knowledge);
  const facts = {
    topic,
    people,
    decisions,
    documents: sources.length,
    ...(meeting && !named ? { meeting: meetingName(meeting, lang) } : {}),
    ...(meeting?.dates ? { dates: meeting.dates } : {}),
    ...optionalPlace(placeName(knowledge.lexicon, meeting?.place, lang)),
  };
  return {
    kind: "composed",
    facts,
    sourceLangs: uniqueBy(sources, (source) => source.doc.lang).map((source) => source.doc.lang),
    quotes: quotes(sources, terms, lang),
  };
}

function optionalPlace(place: string | undefined): { place?: string } {
  return place ? { place } : {};
}

/** The best sentence of each matched document, one language at a time, so each version is heard once. */
function quotes(sources: Source[], terms: TopicTerms, lang: ReplyLang): Quote[] {
  // The asker's language first, then a version in the asker's script, then the others (stable sort).
  const distinct = uniqueBy(sources, (source) => source.doc.lang).sort(
    (a, b) => nearness(b.doc.lang, lang) - nearness(a.doc.lang, lang),
  );
  return distinct.slice(0, QUOTES_MAX).flatMap((source) => {
    const best = rankedSentences(source, terms)[0];
    return best ? [quoteOf(source.doc, best.placed)] : [];
  });
}

function speakers(sources: Source[], lang: ReplyLang, knowledge: Knowledge): string[] {
  const names = sources.flatMap((source) => {
    const people = knowledge.facts.get(source.doc.id)?.people ?? [];
    return people
      .filter((person) => source.paragraphs.includes(person.ref.paragraph))
      .map((person) => ({
        key: person.entityId ?? person.name,
        name: personName(knowledge.lexicon, person, lang),
      }));
  });
  return uniqueBy(names, (entry) => entry.key)
    .map((entry) => entry.name)
    .slice(0, SPEAKERS_MAX);
}

/**
 * Decisions on the topic; a meeting's translations state the same decisions, so each meeting contributes
 * the decisions of one version, the reply language's when it has one.
 */
function relatedDecisions(
  sources: Source[],
  terms: TopicTerms,
  lang: ReplyLang,
  knowledge: Knowledge,
): Quote[] {
  const ordered = [...sources].sort((a, b) => nearness(b.doc.lang, lang) - nearness(a.doc.lang, lang));
  const usedGroups = new Set<string>();
  const found: Quote[] = [];
  for (const source of ordered) {
    const group = source.meeting?.slug ?? source.doc.id;
    if (usedGroups.has(group)) continue;
    const relevant = (knowledge.facts.get(source.doc.id)?.decisions ?? []).filter((decision) =>
      isRelevantDecision(decision, source, terms),
    );
    if (relevant.length === 0) continue;
    usedGroups.add(group);
    found.push(...relevant.map((decision) => decisionQuote(decision, source.doc)));
  }
  return found.slice(0, DECISIONS_MAX);
}

function isRelevantDecision(decision: Decision, source: Source, terms: TopicTerms): boolean {
  return source.paragraphs.includes(decision.ref.paragraph) || topicScore(decision.text, terms) > 0;
}

function decisionQuote(decision: Decision, doc: Doc): Quote {
  return {
    text: decision.text,
    docId: doc.id,
    title: doc.title,
    lang: doc.lang,
    paragraph: decision.ref.paragraph,
  };
}

function appearances(sources: Source[], lang: ReplyLang, knowledge: Knowledge): Appearance[] {
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const key = source.meeting ? `meeting:${source.meeting.slug}` : `doc:${source.doc.id}`;
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const items = [...groups.values()].map((group) => appearanceOf(group, lang, knowledge));
  return items.sort((a, b) => recency(b.dates, b.published) - recency(a.dates, a.published));
}

function appearanceOf(group: Source[], lang: ReplyLang, knowledge: Knowledge): Appearance {
  const first = group[0] as Source;
  const meeting = first.meeting;
  const published = group
    .map((source) => source.doc.published)
    .filter((date): date is string => date !== undefined)
    .sort()[0];
  const dates = meeting?.dates ?? knowledge.facts.get(first.doc.id)?.dates[0];
  const place = placeName(knowledge.lexicon, meeting?.place, lang);
  return {
    title: meeting ? meetingName(meeting, lang) : first.doc.title,
    ...(meeting ? { meetingSlug: meeting.slug } : {}),
    docIds: group.map((source) => source.doc.id),
    langs: uniqueBy(group, (source) => source.doc.lang).map((source) => source.doc.lang),
    ...(dates ? { dates } : {}),
    ...(published ? { published } : {}),
    ...optionalPlace(place),
    speakers: speakers(group, lang, knowledge),
  };
}

/** Every document the reply draws on, with the paragraphs it draws, in the order the search ranked them. */
function citations(sources: Source[], summary: Summary, decisions: Quote[]): Citation[] {
  const used = summary.kind === "extracted" ? summary.sentences : summary.quotes;
  const paragraphsOf = new Map<string, Set<number>>();
  const note = (docId: string, paragraph: number): void => {
    const set = paragraphsOf.get(docId) ?? new Set<number>();
    set.add(paragraph);
    paragraphsOf.set(docId, set);
  };
  for (const quote of [...used, ...decisions]) note(quote.docId, quote.paragraph);
  for (const source of sources) {
    for (const paragraph of source.paragraphs.slice(0, CITED_PASSAGES)) note(source.doc.id, paragraph);
  }
  return sources.map((source) => ({
    docId: source.doc.id,
    title: source.doc.title,
    lang: source.doc.lang,
    paragraphs: [...(paragraphsOf.get(source.doc.id) ?? [])].sort((a, b) => a - b),
  }));
}
