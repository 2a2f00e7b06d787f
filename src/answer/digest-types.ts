import type { ReplyLang } from "../core/index.ts";
import type { LangCode } from "../corpus/index.ts";
import type { DateSpan } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { Quote } from "./types.ts";

/** What a digest is computed from; everything that changes from day to day is passed in. */
export interface DigestRequest {
  knowledge: Knowledge;
  /** The channel's local date, YYYY-MM-DD. */
  localDate: string;
  /** The channel's IANA time zone; places the local day on the timeline for "new since". */
  tz: string;
  lang: ReplyLang;
  /** Watched topics as stored: lexicon ids or normalised terms. */
  topics: readonly string[];
  /** ISO instant of the channel's last digest posted; undefined for the first digest (see answerDigest). */
  since?: string;
  /**
   * ISO instant the digest is composed at; documents first seen later are not new yet. Defaults to (and is
   * never later than) the end of the local date, so a digest for a past date shows what was new by then.
   */
  until?: string;
  /** With nothing new and nothing upcoming, post nothing rather than one short line. */
  quiet: boolean;
}

/** A document, or the language versions of one report, first seen since the last digest. */
export interface NewDocument {
  /** In the reply language where a merged meeting or the lexicon names it; else the source title. */
  title: string;
  /** Doc ids of the versions, reply-language version first. */
  docIds: string[];
  langs: LangCode[];
  /** The reported event's dates, else the publication date, when the document gives one. */
  date?: DateSpan;
  /** Earliest first-seen instant of the versions. */
  firstSeenAt: string;
  /** One sentence, from the reply-language version when there is one. */
  summary?: Quote;
  /** Set when `title` is a machine translation into the reply language. */
  machineTitle?: boolean;
}

/** An event starting within the look-ahead window, or under way on the local date. */
export interface UpcomingEvent {
  /** In the reply language where the lexicon or a merged meeting names it; else as written. */
  name: string;
  place?: string;
  dates: DateSpan;
  /** Calendar days from the local date to the first day: 0 is today; negative never appears. */
  inDays: number;
  /** True when the first day has passed and the last has not: the event is under way. */
  ongoing: boolean;
  /** Where the event is announced or reported. */
  citation: { docId: string; paragraph: number };
  /** Every document that states it. */
  docIds: string[];
}

/** A sentence naming a watched topic, cited by document and paragraph. */
export interface TopicMention {
  quote: Quote;
  /** The document is among the digest's new documents. */
  isNew: boolean;
}

/** A watched topic and its newest mentions, newest first. */
export interface WatchedTopic {
  /** The watch as stored. */
  topic: string;
  /** Its name in the reply language where the lexicon knows it, else the stored term. */
  label: string;
  mentions: TopicMention[];
}

/** The data of a channel's digest for one local date. */
export type DigestAnswer =
  | {
      kind: "digest";
      localDate: string;
      lang: ReplyLang;
      newDocuments: NewDocument[];
      upcoming: UpcomingEvent[];
      topics: WatchedTopic[];
    }
  /** Nothing new and nothing coming up: the digest is one short line. */
  | { kind: "nothing"; localDate: string; lang: ReplyLang };
