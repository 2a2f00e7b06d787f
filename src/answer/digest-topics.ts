import type { ReplyLang } from "../core/index.ts";
import type { Doc, LexiconEntry, LexiconLookup } from "../corpus/index.ts";
import { normalise } from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { documentTitle, meetingOf } from "./digest-documents.ts";
import type { TopicMention, WatchedTopic } from "./digest-types.ts";
import { entityLabel } from "./naming.ts";
import { type PlacedSentence, quoteOf, sentencesOf } from "./relevance.ts";

/** Mentions shown per watched topic. */
export const MENTIONS_PER_TOPIC = 3;

/** Entry kinds a watch most likely means when a spelling names several entries. */
const KIND_PREFERENCE: readonly LexiconEntry["kind"][] = [
  "topic",
  "organisation",
  "meeting",
  "person",
  "place",
];

/**
 * Returns how a watched topic is stored: the lexicon id when the term names an entry (so every spelling is
 * the same watch), else the normalised term; empty when the term has no words.
 * @example watchKey("الفنتانيل", lexicon) // "fentanyl"
 * @example watchKey("Dark  Web", lexicon) // "dark web"
 */
export function watchKey(term: string, lexicon: LexiconLookup): string {
  const byId = lexicon.byId(term.trim());
  if (byId) return byId.id;
  const entries = lexicon.find(term);
  const rank = (entry: LexiconEntry): number => KIND_PREFERENCE.indexOf(entry.kind);
  const best = [...entries].sort((a, b) => rank(a) - rank(b))[0];
  return best ? best.id : normalise(term);
}

/**
 * Returns a stored watch's name in the reply language: the lexicon label when it is an entry, else the term.
 * @example watchLabel("fentanyl", lexicon, "ar") // "الفنتانيل"
 */
export function watchLabel(topic: string, lexicon: LexiconLookup, lang: ReplyLang): string {
  return lexicon.byId(topic) ? (entityLabel(lexicon, topic, lang) ?? topic) : topic;
}

/** Per knowledge object: the lexicon entry ids each sentence names, keyed "docId|paragraph|sentence". */
const mentionIndex = new WeakMap<Knowledge, Map<string, ReadonlySet<string>>>();

function idsMentioned(knowledge: Knowledge): Map<string, ReadonlySet<string>> {
  const cached = mentionIndex.get(knowledge);
  if (cached) return cached;
  const index = new Map<string, ReadonlySet<string>>();
  for (const doc of knowledge.corpus.docs) {
    for (const placed of sentencesOf(doc)) {
      const ids = new Set(
        knowledge.lexicon.mentions(placed.sentence.text).map((mention) => mention.entry.id),
      );
      index.set(`${doc.id}|${placed.paragraph}|${placed.sentence.index}`, ids);
    }
  }
  mentionIndex.set(knowledge, index);
  return index;
}

/**
 * The documents grouped by the report they are versions of (one merged meeting, or the document alone),
 * groups in the order of their first document, the reply-language version first within a group: versions
 * say the same thing, so one mention per report is enough.
 */
function reports(knowledge: Knowledge, docs: readonly Doc[], lang: ReplyLang): Doc[][] {
  const groups = new Map<string, Doc[]>();
  for (const doc of docs) {
    const key = meetingOf(knowledge, doc.id)?.slug || doc.id;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.values()].map((versions) => [
    ...versions.filter((doc) => doc.lang === lang),
    ...versions.filter((doc) => doc.lang !== lang),
  ]);
}

/** Whether the normalised words of the term occur together, in order, in the sentence. */
function containsTerm(text: string, term: string): boolean {
  return ` ${normalise(text)} `.includes(` ${term} `);
}

/**
 * Returns each watched topic with the first sentence naming it in each report (one language version per
 * report, the reply language's when it has one), reports in the order of `docs` (newest first), at most
 * MENTIONS_PER_TOPIC per topic; titles are in the reply language where known.
 */
export function watchedTopics(
  knowledge: Knowledge,
  topics: readonly string[],
  lang: ReplyLang,
  docs: readonly Doc[],
  newDocIds: ReadonlySet<string>,
): WatchedTopic[] {
  return topics.map((topic) => {
    const index = knowledge.lexicon.byId(topic) ? idsMentioned(knowledge) : undefined;
    const names = (docId: string, placed: PlacedSentence): boolean =>
      index
        ? index.get(`${docId}|${placed.paragraph}|${placed.sentence.index}`)?.has(topic) === true
        : containsTerm(placed.sentence.text, topic);
    const mentions: TopicMention[] = [];
    for (const versions of reports(knowledge, docs, lang)) {
      if (mentions.length === MENTIONS_PER_TOPIC) break;
      const found = versions
        .map((doc) => ({ doc, hit: sentencesOf(doc).find((placed) => names(doc.id, placed)) }))
        .find((candidate) => candidate.hit !== undefined);
      if (!found?.hit) continue;
      const quote = { ...quoteOf(found.doc, found.hit), title: documentTitle(knowledge, found.doc, lang) };
      mentions.push({ quote, isNew: newDocIds.has(found.doc.id) });
    }
    return { topic, label: watchLabel(topic, knowledge.lexicon, lang), mentions };
  });
}
