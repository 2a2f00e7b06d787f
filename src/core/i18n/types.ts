import type { ReplyLang } from "../types.ts";

/** One reading of a disputed fact, ready to print: the language names of the versions and the value they give. */
export interface ReadingText {
  /** Names of the versions' languages, in the reply language (e.g. ["Swahili", "Hindi"]). */
  languages: string[];
  value: string;
}

/** Facts a composed summary sentence is written from; every text is already in the reply language. */
export interface ComposedFacts {
  topic: string;
  meeting?: string;
  place?: string;
  dates?: string;
  people: string[];
  decisions: number;
  documents: number;
}

/** Usage lines for every command. */
export interface HelpMessages {
  title: string;
  intro: string;
  brief: string;
  meeting: string;
  meetingList: string;
  digest: string;
  language: string;
  examplesTitle: string;
}

/** Strings of a /brief reply. */
export interface BriefMessages {
  headline: (topic: string) => string;
  summaryTitle: string;
  /** Context line under an extracted summary. */
  extractedFrom: (language: string, title: string) => string;
  /** Context line under a composed summary: no version exists in the reply language. */
  composedFrom: (languages: string[]) => string;
  /** Composed summary: what the topic is and where it came up. */
  what: (facts: ComposedFacts) => string;
  /** Composed summary: who spoke to the topic. */
  who: (people: string[]) => string;
  /** Composed summary: how many related decisions the documents record. */
  decided: (count: number) => string;
  quotesTitle: string;
  /** Label of a quoted source sentence: its language, document and paragraph. */
  quoteSource: (language: string, title: string, paragraph: number) => string;
  appearancesTitle: string;
  spokeToIt: string;
  decisionsTitle: string;
  citationsTitle: string;
  /** One citation: document title, language and paragraph numbers. */
  citation: (title: string, language: string, paragraphs: number[]) => string;
  notFound: (query: string) => string;
  closestTitle: string;
  nothingClose: string;
  figuresTitle: string;
  /** Source words around a figure, in this language's quotation marks. */
  inQuotes: (text: string) => string;
  /** One figure: the number (already written for the language), what is counted, and its qualifier. */
  figure: (number: string, noun: string, qualifier?: "more-than" | "about" | "less-than") => string;
}

/** Strings of a /meeting reply. */
export interface MeetingMessages {
  dates: string;
  datesUnknown: string;
  place: string;
  venue: string;
  organisers: string;
  chairs: string;
  participants: string;
  organisations: string;
  agenda: string;
  decisions: string;
  followUps: string;
  versions: string;
  conflicts: string;
  /** "the Arabic version gives 7 and 2 October; the Swahili and Hindi versions give 2–4 October". */
  conflict: (subject: string, readings: ReadingText[]) => string;
  listTitle: string;
  listEmpty: string;
  listHint: string;
  notFound: (query: string) => string;
  /** Several meetings fit the question about equally. */
  choose: (query: string) => string;
  closestTitle: string;
}

/** Markers for how sure a date's year is. */
export interface DateMessages {
  yearNotGiven: string;
  yearInferred: string;
}

/** Strings the Slack layer shows around a reply. */
export interface SlackMessages {
  shareButton: string;
  /** Context line on a shared reply; `user` is a Slack mention such as "<@U123>". */
  sharedBy: (user: string) => string;
  showInPlaceholder: string;
  apology: (errorId: string) => string;
  expired: string;
  /** Sent at once instead of queueing when so many questions are waiting that the reply would be late. */
  busy: string;
}

/** Strings around machine-translated text. */
export interface TranslationMessages {
  /** Added to the label of a quote, title or citation whose text was machine-translated. */
  mark: string;
  /** Button redrawing the reply with every text as written. */
  showOriginal: string;
  /** Button redrawing the reply with the machine translations again. */
  showTranslation: string;
}

/** Small words and patterns shared by every reply. */
export interface CommonMessages {
  /** Joins names the way the language lists them: "A, B and C". */
  list: (items: string[]) => string;
  /** Said after a list cut short. */
  more: (count: number) => string;
  /** Pointer after text shortened to fit a message. */
  shortened: (source: string) => string;
  /** Name of a language the reply has no name for, e.g. a document in German. */
  otherLanguage: (code: string) => string;
  /** One line when `lang:xx` asks for a language Briefbot does not answer in. */
  unsupportedLang: (code: string) => string;
}

/** Strings of the daily digest and of the /digest command's replies. */
export interface DigestMessages {
  /** Header of a digest: "Daily digest — 30 September 2024". */
  headline: (date: string) => string;
  newTitle: string;
  upcomingTitle: string;
  /** Heading over a watched topic's newest mentions. */
  topicTitle: (label: string) => string;
  /** Under a watched topic no document mentions. */
  noMentions: string;
  /** Marks a mention in a document that is new in this digest. */
  newMark: string;
  /** When an event starts, in calendar days: 0 "today", 1 "tomorrow", n "in n days" (with the language's plural forms). */
  inDays: (days: number) => string;
  /** An event that began before today and has not ended. */
  ongoing: string;
  /** For a document whose text gives no date: when it was first seen. */
  added: (date: string) => string;
  /** The one line of a day with nothing new and nothing coming up. */
  nothingNew: string;
  previewNote: string;
  /** Preview note for a quiet channel on a day with nothing to say. */
  quietSkip: string;
  /** Confirmation of `/digest on`; `language` is already in the reply language. */
  subscribed: (time: string, tz: string, language: string) => string;
  /** When the first digest comes: a weekday and date, and a time, in the channel's zone. */
  firstDigest: (date: string, time: string) => string;
  quietNote: string;
  unsubscribed: string;
  notSubscribed: string;
  statusTitle: string;
  timeLabel: string;
  zoneLabel: string;
  languageLabel: string;
  quietLabel: string;
  topicsLabel: string;
  nextLabel: string;
  pausedLabel: string;
  yes: string;
  no: string;
  noTopics: string;
  /** Why every digest stopped: Slack refused the bot token (invalid_auth), and what to do about it. */
  tokenRefused: string;
  /** Why posting stopped, and what to do about it, per Slack error. */
  paused: { channel_not_found: string; not_in_channel: string; is_archived: string };
  /** A date and a time together: "Tuesday 1 October 2024 at 08:00". */
  at: (date: string, time: string) => string;
  topicAdded: (label: string) => string;
  topicExists: (label: string) => string;
  topicRemoved: (label: string) => string;
  topicAbsent: (label: string) => string;
  badTime: (value: string) => string;
  badZone: (value: string) => string;
  /** `accepted` lists the supported languages with their names. */
  badLang: (value: string, accepted: string) => string;
  badArgument: (value: string) => string;
  unknownSubcommand: (value: string) => string;
  missingTopic: string;
  nothingSaved: string;
  usageTitle: string;
  /** One line per form of the command, then what values are accepted. */
  usage: string[];
}

/**
 * Every user-visible string in one language. A missing string in any language is a type error.
 * The /digest strings (issue 6) are added as a `digest` section here and in each language file.
 */
export interface Messages {
  /** The language's own name, e.g. "Kiswahili", shown in the "Show in…" menu. */
  languageName: string;
  /** The supported languages named in this language, used for document versions and citations. */
  languageNames: Record<ReplyLang, string>;
  common: CommonMessages;
  help: HelpMessages;
  brief: BriefMessages;
  meeting: MeetingMessages;
  dates: DateMessages;
  translation: TranslationMessages;
  slack: SlackMessages;
  digest: DigestMessages;
}
