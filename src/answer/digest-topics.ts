import type { LexiconEntry, LexiconLookup } from "../corpus/lexicon-types.ts";
import { normalise } from "../corpus/normalise.ts";
import type { Doc } from "../corpus/types.ts";
import type { Knowledge } from "../knowledge-types.ts";
import type { ReplyLang } from "../render/types.ts";
import { documentTitle } from "./digest-documents.ts";
import type { TopicMention, WatchedTopic } from "./digest-types.ts";
import { entityLabel } from "./naming.ts";
import { quoteOf, sentencesOf } from "./relevance.ts";

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

/** Whether the normalised words of the term occur together, in order, in the sentence. */
function containsTerm(text: string, term: string): boolean {
  return ` ${normalise(text)} `.includes(` ${term} `);
}

/**
 * Returns each watched topic with the first sentence naming it in each document, in the order of `docs`
 * (newest first), at most MENTIONS_PER_TOPIC per topic; titles are in the reply language where known.
 */
export function watchedTopics(
  knowledge: Knowledge,
  topics: readonly string[],
  lang: ReplyLang,
  docs: readonly Doc[],
  newDocIds: ReadonlySet<string>,
): WatchedTopic[] {
  return topics.map((topic) => {
    const isEntry = knowledge.lexicon.byId(topic) !== undefined;
    const index = isEntry ? idsMentioned(knowledge) : undefined;
    const mentions: TopicMention[] = [];
    for (const doc of docs) {
      if (mentions.length === MENTIONS_PER_TOPIC) break;
      const hit = sentencesOf(doc).find((placed) =>
        index
          ? index.get(`${doc.id}|${placed.paragraph}|${placed.sentence.index}`)?.has(topic)
          : containsTerm(placed.sentence.text, topic),
      );
      if (!hit) continue;
      const quote = { ...quoteOf(doc, hit), title: documentTitle(knowledge, doc, lang) };
      mentions.push({ quote, isNew: newDocIds.has(doc.id) });
    }
    return { topic, label: watchLabel(topic, knowledge.lexicon, lang), mentions };
  });
}
