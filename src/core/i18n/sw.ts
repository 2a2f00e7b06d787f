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
    unsupportedLang: (code) => `Siwezi kujibu kwa “${code}”; hili ndilo jibu kwa Kiswahili.`,
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
    what: (facts) => {
      const at = [facts.place ? `mjini ${facts.place}` : "", facts.dates ?? ""].filter(Boolean).join(", ");
      return facts.meeting
        ? `Suala la ${facts.topic} lilijadiliwa katika “${facts.meeting}”${at ? `, ${at}` : ""}.`
        : `Suala la ${facts.topic} limetajwa katika ${facts.documents === 1 ? "hati moja" : `hati ${facts.documents}`}.`;
    },
    who: (people) => `Waliozungumzia suala hili ni pamoja na ${list(people)}.`,
    decided: (count) =>
      count === 1 ? "Uamuzi mmoja unaohusiana umerekodiwa." : `Maamuzi ${count} yanayohusiana yamerekodiwa.`,
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
    figuresTitle: "Takwimu",
    inQuotes: (text) => `“${text}”`,
    figure: (number, noun, qualifier) =>
      `${noun} ${qualifier === "more-than" ? "zaidi ya " : qualifier === "about" ? "takriban " : qualifier === "less-than" ? "chini ya " : ""}${number}`,
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
    choose: (query) => `Mikutano kadhaa inalingana na “${query}” — unamaanisha upi?`,
    closestTitle: "Yanayokaribiana zaidi",
  },
  dates: {
    yearNotGiven: "mwaka haujatajwa",
    yearInferred: "mwaka umekisiwa",
  },
  translation: {
    mark: "tafsiri ya mashine",
    showOriginal: "Onyesha maandishi asili",
    showTranslation: "Onyesha tafsiri",
  },
  slack: {
    shareButton: "Shiriki kwenye chaneli",
    sharedBy: (user) => `Imeshirikiwa na ${user}`,
    showInPlaceholder: "Onyesha kwa…",
    apology: (errorId) => `Samahani, hitilafu imetokea (kitambulisho cha hitilafu ${errorId}).`,
    expired: "Ombi hili limepitwa na wakati — tafadhali uliza tena.",
    busy: "Ninajibu maswali mengi kwa sasa — tafadhali jaribu tena baada ya muda mfupi.",
  },
  digest: {
    headline: (date) => `Muhtasari wa kila siku — ${date}`,
    newTitle: "Nyaraka mpya",
    upcomingTitle: "Yanayokuja katika siku 14 zijazo",
    topicTitle: (label) => `Mada inayofuatiliwa: ${label}`,
    noMentions: "Bado hakuna hati inayoitaja.",
    newMark: "mpya",
    inDays: (days) => (days === 0 ? "leo" : days === 1 ? "kesho" : `baada ya siku ${days}`),
    ongoing: "inaendelea sasa",
    added: (date) => `iliongezwa ${date}`,
    nothingNew: "Hakuna jipya leo, wala hakuna kinachokuja katika siku 14 zijazo.",
    previewNote: "Onyesho la awali la muhtasari wa leo — ni wewe tu unayeliona.",
    quietSkip: "Chaneli hii iko kimya, kwa hiyo siku kama hii hakuna muhtasari unaochapishwa.",
    subscribed: (time, tz, language) =>
      `Muhtasari wa kila siku umewashwa kwenye chaneli hii: kila siku saa ${time} (${tz}), kwa ${language}.`,
    firstDigest: (date, time) => `Muhtasari wa kwanza utafika ${date} saa ${time}.`,
    quietNote: "Kimya: hakuna kinachochapishwa siku ambazo hakuna jipya wala kinachokuja.",
    unsubscribed: "Muhtasari wa kila siku umezimwa kwenye chaneli hii. Mada zake zilizofuatiliwa zimefutwa.",
    notSubscribed: "Chaneli hii haina muhtasari wa kila siku. Uwashe kwa `/digest on`.",
    statusTitle: "Muhtasari wa kila siku kwenye chaneli hii",
    timeLabel: "Saa",
    zoneLabel: "Saa za eneo",
    languageLabel: "Lugha",
    quietLabel: "Kimya",
    topicsLabel: "Mada zinazofuatiliwa",
    nextLabel: "Muhtasari ujao",
    pausedLabel: "Umesitishwa",
    yes: "ndiyo",
    no: "hapana",
    noTopics: "hakuna",
    tokenRefused:
      "muhtasari wote umesitishwa: Slack imekataa tokeni ya boti — msimamizi lazima aweke tokeni halali katika SLACK_BOT_TOKEN",
    paused: {
      channel_not_found: "chaneli haikupatikana — endesha `/digest on` tena itakaporudi",
      not_in_channel: "mimi si mwanachama wa chaneli hii — nialike, kisha endesha `/digest on` tena",
      is_archived: "chaneli imewekwa kwenye kumbukumbu — iondoe huko, kisha endesha `/digest on` tena",
    },
    at: (date, time) => `${date} saa ${time}`,
    topicAdded: (label) =>
      `Sasa ninafuatilia “${label}”: marejeo yake mapya zaidi yataonekana katika kila muhtasari.`,
    topicExists: (label) => `“${label}” tayari inafuatiliwa hapa.`,
    topicRemoved: (label) => `Sifuatilii tena “${label}”.`,
    topicAbsent: (label) => `“${label}” si mojawapo ya mada zinazofuatiliwa kwenye chaneli hii.`,
    badTime: (value) =>
      `“${value}” si saa sahihi. Tumia HH:MM kwa mfumo wa saa 24, kuanzia 00:00 hadi 23:59 (kwa mfano 08:30).`,
    badZone: (value) =>
      `“${value}” si saa za eneo ninazozijua. Tumia jina la IANA kama Europe/Rome, Africa/Nairobi, Asia/Kolkata au UTC.`,
    badLang: (value, accepted) =>
      `“${value}” si lugha ninayoweza kuandika muhtasari kwayo. Zinazokubalika: ${accepted}.`,
    badArgument: (value) =>
      `Sielewi “${value}”. Baada ya \`/digest on\` taja saa, saa za eneo, lugha na \`quiet\` — vyote ni hiari, na kila kimoja mara moja tu.`,
    unknownSubcommand: (value) => `“${value}” si amri ya /digest.`,
    missingTopic: "Taja mada, kwa mfano `/digest topics add fentanyl`.",
    nothingSaved: "Hakuna kilichohifadhiwa.",
    usageTitle: "Kile ambacho /digest inakubali",
    usage: [
      "`/digest on [HH:MM] [saa za eneo] [lugha] [quiet]` — muhtasari kwenye chaneli hii kila siku (chaguo-msingi: 08:00, saa za eneo lako kwenye Slack, lugha ya chaneli)",
      "`/digest off` — simamisha muhtasari",
      "`/digest status` — mipangilio, na lini muhtasari ujao utafika",
      "`/digest topics add <mada>`, `/digest topics remove <mada>` — fuatilia mada, au acha kuifuatilia",
      "`/digest preview` — muhtasari wa leo sasa hivi, kwa ajili yako tu",
      "Lugha: en, ar, sw, hi, it, fr · saa: 00:00–23:59 · saa za eneo: majina ya IANA kama Europe/Rome",
    ],
  },
};
