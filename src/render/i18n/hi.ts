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
    what: (facts) =>
      facts.meeting
        ? `“${facts.meeting}” में ${facts.topic} पर चर्चा हुई।`
        : `${facts.topic} का उल्लेख ${facts.documents} दस्तावेज़ों में है।`,
    where: (place) => `बैठक ${place} में हुई।`,
    when: (dates) => `बताई गई तिथियाँ: ${dates}।`,
    who: (people) => `इस पर बोलने वालों में ${list(people)} शामिल हैं।`,
    decided: (count) =>
      count === 1 ? "स्रोतों में एक संबंधित निर्णय दर्ज है।" : `स्रोतों में ${count} संबंधित निर्णय दर्ज हैं।`,
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
    closestTitle: "सबसे निकट परिणाम",
  },
  dates: {
    yearNotGiven: "वर्ष नहीं दिया गया",
    yearInferred: "वर्ष अनुमानित",
  },
  slack: {
    shareButton: "चैनल में साझा करें",
    sharedBy: (user) => `${user} द्वारा साझा किया गया`,
    showInPlaceholder: "इस भाषा में दिखाएँ…",
    apology: (errorId) => `क्षमा करें, कुछ गड़बड़ हो गई (त्रुटि आईडी ${errorId})।`,
    expired: "इस अनुरोध की समय-सीमा समाप्त हो गई है — कृपया फिर से पूछें।",
  },
};
