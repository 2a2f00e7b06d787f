import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} na ${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  return reading.languages.length > 1
    ? `matoleo ya ${list(reading.languages)} yanataja ${reading.value}`
    : `toleo la ${list(reading.languages)} linataja ${reading.value}`;
}

/** Swahili strings. */
export const messages: Messages = {
  languageName: "Kiswahili",
  languageNames: {
    en: "Kiingereza",
    ar: "Kiarabu",
    sw: "Kiswahili",
    hi: "Kihindi",
    it: "Kiitaliano",
    fr: "Kifaransa",
  },
  common: {
    list,
    more: (count) => `…na mengine ${count}`,
    shortened: (source) => `… (imefupishwa — maandishi kamili yako katika ${source})`,
    otherLanguage: (code) => `lugha “${code}”`,
  },
  help: {
    title: "Briefbot — jinsi ya kuuliza",
    intro: "Ninajibu kutoka kwa nyaraka nilizosoma, kwa lugha unayoulizia, na ninataja vyanzo vyangu.",
    brief: "`/brief <mada>` — muhtasari mfupi wenye vyanzo kuhusu mada, mtu au shirika.",
    meeting: "`/meeting <jina>` — kadi ya mkutano: tarehe, mahali, watu, maamuzi na matoleo ya lugha.",
    meetingList: "`/meeting` — mikutano yote iliyo katika nyaraka, ya karibuni kwanza.",
    digest:
      "`/digest on [HH:MM] [saa za eneo] [lugha]`, `/digest off`, `/digest status`, `/digest topics add|remove <mada>`, `/digest preview` — taarifa ya kila siku katika chaneli hii.",
    language: "Ongeza `lang:xx` kuchagua lugha ya jibu: en, ar, sw, hi, it, fr.",
    examplesTitle: "Jaribu:",
  },
  brief: {
    headline: (topic) => `Muhtasari: ${topic}`,
    summaryTitle: "Kwa ufupi",
    extractedFrom: (language, title) => `Muhtasari umetolewa kutoka toleo la ${language}, “${title}”.`,
    composedFrom: (languages) =>
      `Hakuna toleo la Kiswahili; muhtasari huu umeandikwa kutokana na taarifa zilizopatikana katika vyanzo vya ${list(languages)}.`,
    what: (facts) =>
      facts.meeting
        ? `Suala la ${facts.topic} lilijadiliwa katika “${facts.meeting}”.`
        : `Suala la ${facts.topic} limetajwa katika ${facts.documents === 1 ? "hati moja" : `hati ${facts.documents}`}.`,
    where: (place) => `Mkutano ulifanyika ${place}.`,
    when: (dates) => `Tarehe zilizotajwa ni ${dates}.`,
    who: (people) => `Waliozungumzia suala hili ni pamoja na ${list(people)}.`,
    decided: (count) =>
      count === 1
        ? "Vyanzo vinarekodi uamuzi mmoja unaohusiana."
        : `Vyanzo vinarekodi maamuzi ${count} yanayohusiana.`,
    quotesTitle: "Kutoka kwa vyanzo",
    quoteSource: (language, title, paragraph) => `${language} — ${title}, aya ya ${paragraph}`,
    appearancesTitle: "Ilipojitokeza",
    spokeToIt: "Walioizungumzia",
    decisionsTitle: "Maamuzi yanayohusiana",
    citationsTitle: "Vyanzo",
    citation: (title, language, paragraphs) =>
      paragraphs.length === 0
        ? `${title} (${language})`
        : `${title} (${language}, aya ${paragraphs.join(", ")})`,
    notFound: (query) => `Sikupata chochote kuhusu “${query}” katika nyaraka.`,
    closestTitle: "Mada na mikutano iliyo karibu zaidi",
    nothingClose: "Hakuna kilicho karibu pia — jaribu `/meeting` kuona nyaraka zinahusu nini.",
  },
  meeting: {
    dates: "Tarehe",
    datesUnknown: "hazijatajwa",
    place: "Mahali",
    venue: "Ukumbi",
    organisers: "Waandaaji",
    chairs: "Wenyeviti",
    participants: "Washiriki",
    organisations: "Mashirika",
    agenda: "Ajenda",
    decisions: "Maamuzi",
    followUps: "Matukio yanayofuata",
    versions: "Matoleo ya lugha",
    conflicts: "Matoleo yanapotofautiana",
    conflict: (subject, readings) => `${subject}: ${readings.map(reading).join("; ")}.`,
    listTitle: "Mikutano iliyo katika nyaraka",
    listEmpty: "Nyaraka bado hazitaji mkutano wowote.",
    listHint: "Uliza `/meeting <jina>` kupata kadi kamili ya mkutano mmoja.",
    notFound: (query) => `Sijui mkutano wowote unaoitwa “${query}”.`,
    closestTitle: "Yanayokaribiana zaidi",
  },
  dates: {
    yearNotGiven: "mwaka haujatajwa",
    yearInferred: "mwaka umekisiwa",
  },
  slack: {
    shareButton: "Shiriki kwenye chaneli",
    sharedBy: (user) => `Imeshirikiwa na ${user}`,
    showInPlaceholder: "Onyesha kwa…",
    apology: (errorId) => `Samahani, hitilafu imetokea (kitambulisho cha hitilafu ${errorId}).`,
    expired: "Ombi hili limepitwa na wakati — tafadhali uliza tena.",
  },
};
