import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  const many = reading.languages.length > 1;
  return `the ${list(reading.languages)} ${many ? "versions give" : "version gives"} ${reading.value}`;
}

/** English strings. */
export const messages: Messages = {
  languageName: "English",
  languageNames: { en: "English", ar: "Arabic", sw: "Swahili", hi: "Hindi", it: "Italian", fr: "French" },
  common: {
    list,
    more: (count) => `…and ${count} more`,
    shortened: (source) => `… (shortened — the full text is in ${source})`,
    otherLanguage: (code) => `language “${code}”`,
  },
  help: {
    title: "Briefbot — how to ask",
    intro: "I answer from the documents I have read, in the language you ask in, and I cite my sources.",
    brief: "`/brief <topic>` — a short, cited briefing on a topic, person or organisation.",
    meeting: "`/meeting <name>` — the card of a meeting: dates, place, people, decisions, versions.",
    meetingList: "`/meeting` — every meeting in the documents, newest first.",
    digest:
      "`/digest on [HH:MM] [time zone] [language]`, `/digest off`, `/digest status`, `/digest topics add|remove <topic>`, `/digest preview` — a daily digest in this channel.",
    language: "Add `lang:xx` to choose the reply language: en, ar, sw, hi, it, fr.",
    examplesTitle: "Try:",
  },
  brief: {
    headline: (topic) => `Briefing: ${topic}`,
    summaryTitle: "Summary",
    extractedFrom: (language, title) => `Summary taken from the ${language} version, “${title}”.`,
    composedFrom: (languages) =>
      `No English version exists; this summary is written from facts found in the ${list(languages)} sources.`,
    what: (facts) =>
      facts.meeting
        ? `${facts.topic} was discussed at “${facts.meeting}”.`
        : `${facts.topic} is mentioned in ${facts.documents} ${facts.documents === 1 ? "document" : "documents"}.`,
    where: (place) => `The meeting took place in ${place}.`,
    when: (dates) => `The dates given are ${dates}.`,
    who: (people) => `Those who spoke to it include ${list(people)}.`,
    decided: (count) =>
      count === 1
        ? "The sources record one related decision."
        : `The sources record ${count} related decisions.`,
    quotesTitle: "From the sources",
    quoteSource: (language, title, paragraph) => `${language} — ${title}, paragraph ${paragraph}`,
    appearancesTitle: "Where it came up",
    spokeToIt: "Spoke to it",
    decisionsTitle: "Related decisions",
    citationsTitle: "Sources",
    citation: (title, language, paragraphs) =>
      paragraphs.length === 0
        ? `${title} (${language})`
        : `${title} (${language}, ${paragraphs.length === 1 ? "paragraph" : "paragraphs"} ${paragraphs.join(", ")})`,
    notFound: (query) => `I found nothing about “${query}” in the documents.`,
    closestTitle: "Closest topics and meetings",
    nothingClose: "Nothing close either — try `/meeting` to see what the documents cover.",
  },
  meeting: {
    dates: "Dates",
    datesUnknown: "not stated",
    place: "Place",
    venue: "Venue",
    organisers: "Organisers",
    chairs: "Chairs",
    participants: "Participants",
    organisations: "Organisations",
    agenda: "Agenda",
    decisions: "Decisions",
    followUps: "Follow-up events",
    versions: "Language versions",
    conflicts: "Where the versions disagree",
    conflict: (subject, readings) => `${subject}: ${readings.map(reading).join("; ")}.`,
    listTitle: "Meetings in the documents",
    listEmpty: "The documents mention no meetings yet.",
    listHint: "Ask `/meeting <name>` for the full card of one meeting.",
    notFound: (query) => `I know no meeting called “${query}”.`,
    closestTitle: "Closest matches",
  },
  dates: {
    yearNotGiven: "year not given",
    yearInferred: "year inferred",
  },
  slack: {
    shareButton: "Share in channel",
    sharedBy: (user) => `Shared by ${user}`,
    showInPlaceholder: "Show in…",
    apology: (errorId) => `Sorry, something went wrong (error id ${errorId}).`,
    expired: "This request has expired — please ask again.",
  },
};
