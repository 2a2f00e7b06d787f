import type { ReplyLang } from "../core/index.ts";
import type { Doc } from "../corpus/index.ts";
import type { Meeting } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { NewDocument } from "./digest-types.ts";
import { lookupsOf } from "./lookups.ts";
import { meetingName } from "./naming.ts";
import { recency } from "./order.ts";
import { quoteOf, sentencesOf } from "./relevance.ts";
import type { Quote } from "./types.ts";

/** A summary sentence is a whole sentence of at least this many words (titles, date lines and captions are shorter). */
const MIN_SUMMARY_WORDS = 8;
/** Sentence-final punctuation in the scripts the corpus uses (Latin, Arabic, Devanagari, CJK). */
const SENTENCE_END = /[.!?؟।॥。！？][\s"'”’»)\]]*$/u;

/** Returns the merged meeting a document is a version of, if any. */
export function meetingOf(knowledge: Knowledge, docId: string): Meeting | undefined {
  return knowledge.meetings.find((meeting) => meeting.versions.some((version) => version.docId === docId));
}

/**
 * Returns a document's title for the reply language: its merged meeting's name as a version in that
 * language or script gives it, else the label of an operator lexicon's meeting its title names, else the
 * title as written.
 * @example documentTitle(knowledge, swahiliRomeLyonReport, "en") // the Swahili version's title
 */
export function documentTitle(knowledge: Knowledge, doc: Doc, lang: ReplyLang): string {
  const meeting = lookupsOf(knowledge).meetingOfDoc.get(doc.id);
  if (meeting) return meetingName(meeting, lang);
  const named = knowledge.lexicon.mentions(doc.title).find((mention) => mention.entry.kind === "meeting");
  return (named && knowledge.lexicon.label(named.entry.id, lang)) || doc.title;
}

/** Returns a number ordering documents by what they report, newest highest (0 when undated). */
export function documentRecency(knowledge: Knowledge, doc: Doc): number {
  const facts = knowledge.facts.get(doc.id);
  return recency(meetingOf(knowledge, doc.id)?.dates ?? facts?.published, doc.published);
}

/**
 * Returns the documents ordered newest first: latest first seen, then latest dated, then by id.
 */
export function newestFirst(knowledge: Knowledge, docs: readonly Doc[]): Doc[] {
  const seen = (doc: Doc): string => knowledge.firstSeen.get(doc.id) ?? "";
  return [...docs].sort(
    (a, b) =>
      seen(b).localeCompare(seen(a)) ||
      documentRecency(knowledge, b) - documentRecency(knowledge, a) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Returns the one-sentence summary of a document: its first whole sentence of some length, else its first
 * sentence. @example summarySentence(doc)?.paragraph // 1
 */
export function summarySentence(doc: Doc): Quote | undefined {
  const sentences = sentencesOf(doc);
  const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
  const whole = sentences.find(
    (placed) =>
      words(placed.sentence.text) >= MIN_SUMMARY_WORDS && SENTENCE_END.test(placed.sentence.text.trim()),
  );
  const chosen =
    whole ?? sentences.find((placed) => words(placed.sentence.text) >= MIN_SUMMARY_WORDS) ?? sentences[0];
  return chosen ? quoteOf(doc, chosen) : undefined;
}

/**
 * Returns the documents first seen in (since, until], one item per report: language versions of one merged
 * meeting share an item, summarised from the reply-language version when there is one. Newest first.
 */
export function newDocuments(
  knowledge: Knowledge,
  lang: ReplyLang,
  since: string,
  until: string,
): { items: NewDocument[]; docs: Doc[] } {
  const [from, to] = [Date.parse(since), Date.parse(until)];
  const fresh = knowledge.corpus.docs.filter((doc) => {
    const seen = Date.parse(knowledge.firstSeen.get(doc.id) ?? "");
    return seen > from && seen <= to;
  });
  const groups = new Map<string, Doc[]>();
  for (const doc of newestFirst(knowledge, fresh)) {
    const key = meetingOf(knowledge, doc.id)?.slug || doc.id;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const items = [...groups.values()].map((versions) => newDocument(knowledge, lang, versions));
  return { items, docs: fresh };
}

function newDocument(knowledge: Knowledge, lang: ReplyLang, versions: Doc[]): NewDocument {
  const own = versions.find((doc) => doc.lang === lang);
  const ordered = own ? [own, ...versions.filter((doc) => doc !== own)] : versions;
  const lead = ordered[0] as Doc;
  const facts = knowledge.facts.get(lead.id);
  const item: NewDocument = {
    title: documentTitle(knowledge, lead, lang),
    docIds: ordered.map((doc) => doc.id),
    langs: [...new Set(ordered.map((doc) => doc.lang))],
    firstSeenAt: ordered.map((doc) => knowledge.firstSeen.get(doc.id) ?? "").sort()[0] ?? "",
  };
  const date = meetingOf(knowledge, lead.id)?.dates ?? facts?.published;
  if (date) item.date = date;
  const summary = summarySentence(lead);
  if (summary) item.summary = { ...summary, title: item.title };
  return item;
}
