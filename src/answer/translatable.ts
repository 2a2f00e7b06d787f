import { asReplyLang, type ReplyLang } from "../core/index.ts";
import type { LangCode } from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { DigestAnswer, NewDocument, TopicMention } from "./digest-types.ts";
import type { Answer, Appearance, BriefFound, Citation, MeetingCard, Quote, Summary } from "./types.ts";

/** A text an answer shows from a document written in another language than the reply's. */
export interface ForeignText {
  text: string;
  /** The document's language, e.g. "ar". */
  lang: LangCode;
}

/** Returns the machine translation of a text from a language into the reply language, or undefined. */
export type TranslationLookup = (text: string, from: LangCode) => string | undefined;

/** What each document is, and which language versions of the same report exist, per knowledge object. */
interface DocIndex {
  docs: Map<string, { lang: LangCode; title: string }>;
  /** Doc ids of every version of the report a document belongs to (itself included). */
  versions: Map<string, string[]>;
}

const indexes = new WeakMap<Knowledge, DocIndex>();

function docIndex(knowledge: Knowledge): DocIndex {
  const known = indexes.get(knowledge);
  if (known) return known;
  const docs = new Map(knowledge.corpus.docs.map((doc) => [doc.id, { lang: doc.lang, title: doc.title }]));
  const versions = new Map<string, string[]>();
  for (const meeting of knowledge.meetings) {
    const ids = meeting.versions.map((version) => version.docId);
    for (const id of ids) versions.set(id, [...new Set([...(versions.get(id) ?? [id]), ...ids])]);
  }
  const index = { docs, versions };
  indexes.set(knowledge, index);
  return index;
}

/** A language code a translation server can be asked about: ISO 639-1, not "und". */
const TRANSLATABLE_CODE = /^[a-z]{2}$/;

interface Walk {
  lang: ReplyLang;
  index: DocIndex;
  visit: TranslationLookup;
}

function isForeign(code: LangCode, walk: Walk): boolean {
  return asReplyLang(code) !== walk.lang && TRANSLATABLE_CODE.test(code);
}

/** Returns the translation of a text written in `from`, or undefined when it stays as written. */
function translated(text: string, from: LangCode, walk: Walk): string | undefined {
  if (text.trim() === "" || !isForeign(from, walk)) return undefined;
  const found = walk.visit(text, from);
  return found !== undefined && found !== text ? found : undefined;
}

/**
 * Returns the language of a title to translate it from: the title is a document's own title among
 * `docIds`, and no version of those documents is written in the reply language; else undefined.
 */
function titleLanguage(title: string, docIds: readonly string[], walk: Walk): LangCode | undefined {
  const { docs, versions } = walk.index;
  const related = [...new Set(docIds.flatMap((id) => versions.get(id) ?? [id]))];
  if (related.some((id) => asReplyLang(docs.get(id)?.lang) === walk.lang)) return undefined;
  return related.map((id) => docs.get(id)).find((doc) => doc?.title === title)?.lang;
}

function translatedTitle(title: string, docIds: readonly string[], walk: Walk): string | undefined {
  const from = titleLanguage(title, docIds, walk);
  return from === undefined ? undefined : translated(title, from, walk);
}

function mapQuote(quote: Quote, walk: Walk, parts: { text: boolean } = { text: true }): Quote {
  const text = parts.text ? translated(quote.text, quote.lang, walk) : undefined;
  const title = translatedTitle(quote.title, [quote.docId], walk);
  if (text === undefined && title === undefined) return quote;
  return {
    ...quote,
    ...(text === undefined ? {} : { text, machineText: true }),
    ...(title === undefined ? {} : { title, machineTitle: true }),
  };
}

function mapCitation(citation: Citation, walk: Walk): Citation {
  const title = translatedTitle(citation.title, [citation.docId], walk);
  return title === undefined ? citation : { ...citation, title, machineTitle: true };
}

function mapAppearance(appearance: Appearance, walk: Walk): Appearance {
  const title = translatedTitle(appearance.title, appearance.docIds, walk);
  return title === undefined ? appearance : { ...appearance, title, machineTitle: true };
}

/** `docIds`: the documents the answer cites, whose titles a composed summary may name its meeting by. */
function mapSummary(summary: Summary, docIds: readonly string[], walk: Walk): Summary {
  if (summary.kind === "extracted")
    return { ...summary, sentences: summary.sentences.map((sentence) => mapQuote(sentence, walk)) };
  const meeting = summary.facts.meeting && translatedTitle(summary.facts.meeting, docIds, walk);
  return {
    ...summary,
    ...(meeting ? { facts: { ...summary.facts, meeting, machineMeeting: true } } : {}),
    quotes: summary.quotes.map((quote) => mapQuote(quote, walk)),
  };
}

function mapBrief(brief: BriefFound, walk: Walk): BriefFound {
  const cited = brief.citations.map((citation) => citation.docId);
  return {
    ...brief,
    summary: mapSummary(brief.summary, cited, walk),
    appearances: brief.appearances.map((appearance) => mapAppearance(appearance, walk)),
    decisions: brief.decisions.map((decision) => mapQuote(decision, walk)),
    // A figure shows its source's label, never the sentence: only the title is worth translating.
    figures: brief.figures.map((figure) => ({
      ...figure,
      source: mapQuote(figure.source, walk, { text: false }),
    })),
    citations: brief.citations.map((citation) => mapCitation(citation, walk)),
  };
}

function mapCard(card: MeetingCard, walk: Walk): MeetingCard {
  const name = translatedTitle(
    card.name,
    card.versions.map((version) => version.docId),
    walk,
  );
  return {
    ...card,
    ...(name === undefined ? {} : { name, machineName: true }),
    decisions: card.decisions.map((decision) => mapQuote(decision, walk)),
    citations: card.citations.map((citation) => mapCitation(citation, walk)),
  };
}

function mapAnswer(answer: Answer, walk: Walk): Answer {
  if (answer.command === "brief" && answer.answer.kind === "brief")
    return { command: "brief", answer: mapBrief(answer.answer, walk) };
  if (answer.command === "meeting" && answer.answer.kind === "card")
    return { command: "meeting", answer: mapCard(answer.answer, walk) };
  return answer;
}

function mapNewDocument(item: NewDocument, walk: Walk): NewDocument {
  const title = translatedTitle(item.title, item.docIds, walk);
  return {
    ...item,
    ...(title === undefined ? {} : { title, machineTitle: true }),
    ...(item.summary ? { summary: mapQuote(item.summary, walk) } : {}),
  };
}

function mapMention(mention: TopicMention, walk: Walk): TopicMention {
  return { ...mention, quote: mapQuote(mention.quote, walk) };
}

function mapDigest(answer: DigestAnswer, walk: Walk): DigestAnswer {
  if (answer.kind === "nothing") return answer;
  return {
    ...answer,
    newDocuments: answer.newDocuments.map((item) => mapNewDocument(item, walk)),
    topics: answer.topics.map((topic) => ({
      ...topic,
      mentions: topic.mentions.map((mention) => mapMention(mention, walk)),
    })),
  };
}

function collector(): { visit: TranslationLookup; found: ForeignText[] } {
  const seen = new Set<string>();
  const found: ForeignText[] = [];
  return {
    found,
    visit: (text, lang) => {
      const key = `${lang}\u0000${text}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push({ text, lang });
      }
      return undefined;
    },
  };
}

/**
 * Returns the texts of an answer a reader of `lang` would need translated, each once: quotes, decisions and
 * summary sentences from documents in another language, and titles of documents with no version in `lang`.
 * Interface strings and text of a version in `lang` are never among them.
 * @example foreignTexts(ironBrief, "en", knowledge) // [{ text: "أشاد وزراء…", lang: "ar" }, …]
 */
export function foreignTexts(answer: Answer, lang: ReplyLang, knowledge: Knowledge): ForeignText[] {
  const { visit, found } = collector();
  mapAnswer(answer, { lang, index: docIndex(knowledge), visit });
  return found;
}

/**
 * Returns the answer with the texts foreignTexts lists replaced by their translations where `lookup` has
 * one, each marked as machine translation (machineText, machineTitle); the answer itself is not changed.
 */
export function withTranslations(
  answer: Answer,
  lang: ReplyLang,
  knowledge: Knowledge,
  lookup: TranslationLookup,
): Answer {
  return mapAnswer(answer, { lang, index: docIndex(knowledge), visit: lookup });
}

/** Returns the texts of a digest its channel's readers would need translated, as foreignTexts does. */
export function digestForeignTexts(answer: DigestAnswer, knowledge: Knowledge): ForeignText[] {
  const { visit, found } = collector();
  mapDigest(answer, { lang: answer.lang, index: docIndex(knowledge), visit });
  return found;
}

/** Returns the digest with its foreign texts translated where `lookup` has a translation, as withTranslations. */
export function digestWithTranslations(
  answer: DigestAnswer,
  knowledge: Knowledge,
  lookup: TranslationLookup,
): DigestAnswer {
  return mapDigest(answer, { lang: answer.lang, index: docIndex(knowledge), visit: lookup });
}

/** Returns whether an answer shows any machine-translated text. */
export function hasMachineText(answer: Answer): boolean {
  const quoteMarked = (quote: Quote): boolean => Boolean(quote.machineText || quote.machineTitle);
  if (answer.command === "brief" && answer.answer.kind === "brief") {
    const brief = answer.answer;
    const summaryQuotes = brief.summary.kind === "extracted" ? brief.summary.sentences : brief.summary.quotes;
    return (
      (brief.summary.kind === "composed" && Boolean(brief.summary.facts.machineMeeting)) ||
      summaryQuotes.some(quoteMarked) ||
      brief.decisions.some(quoteMarked) ||
      brief.figures.some((figure) => quoteMarked(figure.source)) ||
      brief.appearances.some((appearance) => appearance.machineTitle) ||
      brief.citations.some((citation) => citation.machineTitle)
    );
  }
  if (answer.command === "meeting" && answer.answer.kind === "card") {
    const card = answer.answer;
    return (
      Boolean(card.machineName) ||
      card.decisions.some(quoteMarked) ||
      card.citations.some((citation) => citation.machineTitle)
    );
  }
  return false;
}
