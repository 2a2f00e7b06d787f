import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} और ${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  return reading.languages.length > 1
    ? `${list(reading.languages)} संस्करणों में ${reading.value} दिया गया है`
    : `${list(reading.languages)} संस्करण में ${reading.value} दिया गया है`;
}

/** Hindi strings. */
export const messages: Messages = {
  languageName: "हिन्दी",
  languageNames: {
    en: "अंग्रेज़ी",
    ar: "अरबी",
    sw: "स्वाहिली",
    hi: "हिन्दी",
    it: "इतालवी",
    fr: "फ़्रेंच",
  },
  common: {
    list,
    more: (count) => `…और ${count} अन्य`,
    shortened: (source) => `… (संक्षिप्त — पूरा पाठ ${source} में है)`,
    otherLanguage: (code) => `भाषा “${code}”`,
    unsupportedLang: (code) => `मैं “${code}” में उत्तर नहीं दे सकता; यह रहा उत्तर हिंदी में।`,
  },
  help: {
    title: "ब्रीफ़बॉट — कैसे पूछें",
    intro: "मैं अपने पढ़े हुए दस्तावेज़ों से, आपकी पूछी गई भाषा में उत्तर देता हूँ, और अपने स्रोत बताता हूँ।",
    brief: "`/brief <विषय>` — किसी विषय, व्यक्ति या संगठन पर स्रोतों सहित संक्षिप्त जानकारी।",
    meeting: "`/meeting <नाम>` — किसी बैठक का कार्ड: तिथियाँ, स्थान, लोग, निर्णय और भाषा संस्करण।",
    meetingList: "`/meeting` — दस्तावेज़ों में दर्ज सभी बैठकें, सबसे नई पहले।",
    digest:
      "`/digest on [HH:MM] [समय क्षेत्र] [भाषा]`, `/digest off`, `/digest status`, `/digest topics add|remove <विषय>`, `/digest preview` — इस चैनल में दैनिक सारांश।",
    language: "उत्तर की भाषा चुनने के लिए `lang:xx` जोड़ें: en, ar, sw, hi, it, fr।",
    examplesTitle: "आज़माएँ:",
  },
  brief: {
    headline: (topic) => `संक्षिप्त जानकारी: ${topic}`,
    summaryTitle: "सारांश",
    extractedFrom: (language, title) => `सारांश ${language} संस्करण “${title}” से लिया गया है।`,
    composedFrom: (languages) =>
      `हिन्दी संस्करण उपलब्ध नहीं है; यह सारांश ${list(languages)} स्रोतों में मिले तथ्यों से लिखा गया है।`,
    what: (facts) => {
      const at = [facts.place ? `${facts.place} में` : "", facts.dates ?? ""].filter(Boolean).join(", ");
      return facts.meeting
        ? `${at ? `${at} आयोजित ` : ""}“${facts.meeting}” में ${facts.topic} पर चर्चा हुई।`
        : `${facts.topic} का उल्लेख ${facts.documents} दस्तावेज़ों में है।`;
    },
    who: (people) => `इस विषय पर बोलने वालों में ${list(people)} शामिल हैं।`,
    decided: (count) => (count === 1 ? "एक संबंधित निर्णय दर्ज है।" : `${count} संबंधित निर्णय दर्ज हैं।`),
    quotesTitle: "स्रोतों से",
    quoteSource: (language, title, paragraph) => `${language} — ${title}, अनुच्छेद ${paragraph}`,
    appearancesTitle: "यह विषय कहाँ आया",
    spokeToIt: "इस पर बोले",
    decisionsTitle: "संबंधित निर्णय",
    citationsTitle: "स्रोत",
    citation: (title, language, paragraphs) =>
      paragraphs.length === 0
        ? `${title} (${language})`
        : `${title} (${language}, अनुच्छेद ${paragraphs.join(", ")})`,
    notFound: (query) => `दस्तावेज़ों में “${query}” के बारे में कुछ नहीं मिला।`,
    closestTitle: "सबसे निकट विषय और बैठकें",
    nothingClose: "कुछ निकट भी नहीं मिला — दस्तावेज़ों में क्या है, यह देखने के लिए `/meeting` आज़माएँ।",
    figuresTitle: "आँकड़े",
    inQuotes: (text) => `“${text}”`,
    figure: (number, noun, qualifier) =>
      qualifier === "about"
        ? `लगभग ${number} ${noun}`
        : `${number}${qualifier === "more-than" ? " से अधिक" : qualifier === "less-than" ? " से कम" : ""} ${noun}`,
  },
  meeting: {
    dates: "तिथियाँ",
    datesUnknown: "उल्लेख नहीं",
    place: "स्थान",
    venue: "आयोजन स्थल",
    organisers: "आयोजक",
    chairs: "अध्यक्ष",
    participants: "प्रतिभागी",
    organisations: "संगठन",
    agenda: "कार्यसूची",
    decisions: "निर्णय",
    followUps: "आगामी कार्यक्रम",
    versions: "भाषा संस्करण",
    conflicts: "जहाँ संस्करण असहमत हैं",
    conflict: (subject, readings) => `${subject}: ${readings.map(reading).join("; ")}।`,
    listTitle: "दस्तावेज़ों में दर्ज बैठकें",
    listEmpty: "दस्तावेज़ों में अभी किसी बैठक का उल्लेख नहीं है।",
    listHint: "किसी बैठक का पूरा कार्ड देखने के लिए `/meeting <नाम>` पूछें।",
    notFound: (query) => `“${query}” नाम की कोई बैठक मुझे ज्ञात नहीं है।`,
    choose: (query) => `“${query}” से कई बैठकें मेल खाती हैं — आपका मतलब कौन-सी है?`,
    closestTitle: "सबसे निकट परिणाम",
  },
  dates: {
    yearNotGiven: "वर्ष नहीं दिया गया",
    yearInferred: "वर्ष अनुमानित",
  },
  translation: {
    mark: "मशीनी अनुवाद",
    showOriginal: "मूल पाठ दिखाएँ",
    showTranslation: "अनुवाद दिखाएँ",
  },
  slack: {
    shareButton: "चैनल में साझा करें",
    sharedBy: (user) => `${user} द्वारा साझा किया गया`,
    showInPlaceholder: "इस भाषा में दिखाएँ…",
    apology: (errorId) => `क्षमा करें, कुछ गड़बड़ हो गई (त्रुटि आईडी ${errorId})।`,
    expired: "इस अनुरोध की समय-सीमा समाप्त हो गई है — कृपया फिर से पूछें।",
    busy: "मैं इस समय बहुत सारे सवालों के जवाब दे रहा हूँ — कृपया थोड़ी देर बाद फिर से पूछें।",
  },
  digest: {
    headline: (date) => `दैनिक सारांश — ${date}`,
    newTitle: "नए दस्तावेज़",
    upcomingTitle: "अगले 14 दिनों में होने वाले कार्यक्रम",
    topicTitle: (label) => `निगरानी में: ${label}`,
    noMentions: "अभी तक किसी दस्तावेज़ में इसका उल्लेख नहीं है।",
    newMark: "नया",
    inDays: (days) => (days === 0 ? "आज" : days === 1 ? "कल" : `${days} दिन में`),
    ongoing: "अभी जारी है",
    added: (date) => `${date} को जोड़ा गया`,
    nothingNew: "आज कुछ नया नहीं है, और अगले 14 दिनों में कुछ होने वाला नहीं है।",
    previewNote: "आज के सारांश का पूर्वावलोकन — इसे केवल आप देख सकते हैं।",
    quietSkip: "यह चैनल शांत मोड में है, इसलिए ऐसे दिन कोई सारांश पोस्ट नहीं किया जाता।",
    subscribed: (time, tz, language) =>
      `इस चैनल के लिए दैनिक सारांश चालू है: हर दिन ${time} बजे (${tz}), ${language} में।`,
    firstDigest: (date, time) => `पहला सारांश ${date} को ${time} बजे आएगा।`,
    quietNote: "शांत मोड: जिन दिनों कुछ नया या आने वाला नहीं होता, उन दिनों कुछ पोस्ट नहीं किया जाता।",
    unsubscribed: "इस चैनल का दैनिक सारांश बंद कर दिया गया है। इसके निगरानी वाले विषय हटा दिए गए हैं।",
    notSubscribed: "इस चैनल में कोई दैनिक सारांश नहीं है। इसे `/digest on` से चालू करें।",
    statusTitle: "इस चैनल का दैनिक सारांश",
    timeLabel: "समय",
    zoneLabel: "समय क्षेत्र",
    languageLabel: "भाषा",
    quietLabel: "शांत मोड",
    topicsLabel: "निगरानी वाले विषय",
    nextLabel: "अगला सारांश",
    pausedLabel: "रुका हुआ",
    yes: "हाँ",
    no: "नहीं",
    noTopics: "कोई नहीं",
    tokenRefused:
      "सभी सारांश रुके हुए हैं: Slack ने बॉट का टोकन अस्वीकार कर दिया — किसी व्यवस्थापक को SLACK_BOT_TOKEN में मान्य टोकन डालना होगा",
    paused: {
      channel_not_found: "चैनल नहीं मिला — उसके वापस आने पर `/digest on` फिर से चलाएँ",
      not_in_channel: "मैं इस चैनल का सदस्य नहीं हूँ — मुझे आमंत्रित करें, फिर `/digest on` फिर से चलाएँ",
      is_archived: "चैनल आर्काइव किया गया है — उसे अनआर्काइव करें, फिर `/digest on` फिर से चलाएँ",
    },
    at: (date, time) => `${date} को ${time} बजे`,
    topicAdded: (label) => `अब “${label}” की निगरानी हो रही है: हर सारांश में इसके सबसे नए उल्लेख दिखेंगे।`,
    topicExists: (label) => `“${label}” की निगरानी यहाँ पहले से हो रही है।`,
    topicRemoved: (label) => `अब “${label}” की निगरानी नहीं हो रही है।`,
    topicAbsent: (label) => `“${label}” इस चैनल के निगरानी वाले विषयों में नहीं है।`,
    badTime: (value) => `“${value}” मान्य समय नहीं है। 24-घंटे की घड़ी में HH:MM लिखें, 00:00 से 23:59 तक (जैसे 08:30)।`,
    badZone: (value) =>
      `“${value}” कोई ज्ञात समय क्षेत्र नहीं है। Europe/Rome, Africa/Nairobi, Asia/Kolkata या UTC जैसा IANA नाम लिखें।`,
    badLang: (value, accepted) =>
      `“${value}” ऐसी भाषा नहीं है जिसमें मैं सारांश लिख सकूँ। स्वीकार्य भाषाएँ: ${accepted}।`,
    badArgument: (value) =>
      `मैं “${value}” नहीं समझ पाया। \`/digest on\` के बाद समय, समय क्षेत्र, भाषा और \`quiet\` लिखें — सभी वैकल्पिक हैं और हर एक अधिकतम एक बार।`,
    unknownSubcommand: (value) => `“${value}” /digest का कोई आदेश नहीं है।`,
    missingTopic: "विषय बताएँ, जैसे `/digest topics add फेंटानिल`।",
    nothingSaved: "कुछ भी सहेजा नहीं गया।",
    usageTitle: "/digest क्या स्वीकार करता है",
    usage: [
      "`/digest on [HH:MM] [समय क्षेत्र] [भाषा] [quiet]` — इस चैनल में हर दिन सारांश (डिफ़ॉल्ट: 08:00, Slack में आपका समय क्षेत्र, चैनल की भाषा)",
      "`/digest off` — सारांश बंद करें",
      "`/digest status` — सेटिंग्स, और अगला सारांश कब आएगा",
      "`/digest topics add <विषय>`, `/digest topics remove <विषय>` — किसी विषय की निगरानी शुरू या बंद करें",
      "`/digest preview` — आज का सारांश अभी, केवल आपके लिए",
      "भाषाएँ: en, ar, sw, hi, it, fr · समय: 00:00–23:59 · समय क्षेत्र: Europe/Rome जैसे IANA नाम",
    ],
  },
};
