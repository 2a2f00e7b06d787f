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
    unsupportedLang: (code) => `I cannot answer in “${code}”; here is the answer in English.`,
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
    what: (facts) => {
      const at = [facts.place ? `in ${facts.place}` : "", facts.dates ?? ""].filter(Boolean).join(", ");
      return facts.meeting
        ? `${facts.topic} came up at “${facts.meeting}”${at ? `, ${at}` : ""}.`
        : `${facts.topic} comes up in ${facts.documents === 1 ? "one document" : `${facts.documents} documents`}.`;
    },
    who: (people) => `Speakers on the subject included ${list(people)}.`,
    decided: (count) =>
      count === 1 ? "One related decision is recorded." : `${count} related decisions are recorded.`,
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
    figuresTitle: "Figures",
    inQuotes: (text) => `“${text}”`,
    figure: (number, noun, qualifier) =>
      `${qualifier === "more-than" ? "more than " : qualifier === "about" ? "about " : qualifier === "less-than" ? "fewer than " : ""}${number} ${noun}`,
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
    choose: (query) => `Several meetings match “${query}” — which one do you mean?`,
    closestTitle: "Closest matches",
  },
  dates: {
    yearNotGiven: "year not given",
    yearInferred: "year inferred",
  },
  translation: {
    mark: "machine translation",
    showOriginal: "Show original",
    showTranslation: "Show translation",
  },
  slack: {
    shareButton: "Share in channel",
    sharedBy: (user) => `Shared by ${user}`,
    showInPlaceholder: "Show in…",
    apology: (errorId) => `Sorry, something went wrong (error id ${errorId}).`,
    expired: "This request has expired — please ask again.",
    busy: "I'm answering a lot of questions right now — please try again in a moment.",
  },
  digest: {
    headline: (date) => `Daily digest — ${date}`,
    newTitle: "New documents",
    upcomingTitle: "Coming up in the next 14 days",
    topicTitle: (label) => `Watching: ${label}`,
    noMentions: "No document mentions it yet.",
    newMark: "new",
    inDays: (days) => (days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`),
    ongoing: "under way",
    added: (date) => `added ${date}`,
    nothingNew: "Nothing new today, and nothing coming up in the next 14 days.",
    previewNote: "Preview of today's digest — only you can see this.",
    quietSkip: "This channel is quiet, so on a day like this no digest is posted.",
    subscribed: (time, tz, language) =>
      `Daily digest on for this channel: every day at ${time} (${tz}), in ${language}.`,
    firstDigest: (date, time) => `The first one comes on ${date} at ${time}.`,
    quietNote: "Quiet: nothing is posted on days with nothing new and nothing coming up.",
    unsubscribed: "Daily digest off for this channel. Its watched topics are cleared.",
    notSubscribed: "This channel has no daily digest. Turn it on with `/digest on`.",
    statusTitle: "Daily digest in this channel",
    timeLabel: "Time",
    zoneLabel: "Time zone",
    languageLabel: "Language",
    quietLabel: "Quiet",
    topicsLabel: "Watched topics",
    nextLabel: "Next digest",
    pausedLabel: "Paused",
    yes: "yes",
    no: "no",
    noTopics: "none",
    tokenRefused:
      "every digest is paused: Slack refused the bot's token — an administrator must put a valid one in SLACK_BOT_TOKEN",
    paused: {
      channel_not_found: "the channel could not be found — run `/digest on` again once it is back",
      not_in_channel: "I am not a member of this channel — invite me, then run `/digest on` again",
      is_archived: "the channel is archived — unarchive it, then run `/digest on` again",
    },
    at: (date, time) => `${date} at ${time}`,
    topicAdded: (label) => `Now watching “${label}”: its newest mentions will appear in every digest.`,
    topicExists: (label) => `“${label}” is already watched here.`,
    topicRemoved: (label) => `No longer watching “${label}”.`,
    topicAbsent: (label) => `“${label}” is not among this channel's watched topics.`,
    badTime: (value) =>
      `“${value}” is not a time. Use HH:MM on the 24-hour clock, from 00:00 to 23:59 (for example 08:30).`,
    badZone: (value) =>
      `“${value}” is not a time zone I know. Use an IANA name such as Europe/Rome, Africa/Nairobi, Asia/Kolkata or UTC.`,
    badLang: (value, accepted) =>
      `“${value}” is not a language I can write the digest in. Accepted: ${accepted}.`,
    badArgument: (value) =>
      `I don't understand “${value}”. After \`/digest on\` give a time, a time zone, a language and \`quiet\`, each at most once and all optional.`,
    unknownSubcommand: (value) => `“${value}” is not a /digest command.`,
    missingTopic: "Say which topic, for example `/digest topics add fentanyl`.",
    nothingSaved: "Nothing was saved.",
    usageTitle: "What /digest accepts",
    usage: [
      "`/digest on [HH:MM] [time zone] [language] [quiet]` — a digest in this channel every day (defaults: 08:00, your Slack time zone, the channel's language)",
      "`/digest off` — stop the digest",
      "`/digest status` — the settings and when the next digest comes",
      "`/digest topics add <topic>`, `/digest topics remove <topic>` — watch a topic, or stop watching it",
      "`/digest preview` — today's digest now, only for you",
      "Languages: en, ar, sw, hi, it, fr · times: 00:00–23:59 · time zones: IANA names such as Europe/Rome",
    ],
  },
};
