import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("، ")} و${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  const many = reading.languages.length > 1;
  return `${many ? "النسخ" : "النسخة"} ${list(reading.languages)} تذكر ${reading.value}`;
}

/** Arabic strings. */
export const messages: Messages = {
  languageName: "العربية",
  languageNames: {
    en: "الإنجليزية",
    ar: "العربية",
    sw: "السواحيلية",
    hi: "الهندية",
    it: "الإيطالية",
    fr: "الفرنسية",
  },
  common: {
    list,
    more: (count) => `…و${count} أخرى`,
    shortened: (source) => `… (نص مختصر — النص الكامل في ${source})`,
    otherLanguage: (code) => `اللغة «${code}»`,
  },
  help: {
    title: "بريفبوت — طريقة السؤال",
    intro: "أجيب من الوثائق التي قرأتها، باللغة التي تسأل بها، مع ذكر المصادر.",
    brief: "`/brief <موضوع>` — إحاطة موجزة موثقة المصادر عن موضوع أو شخص أو منظمة.",
    meeting: "`/meeting <اسم>` — بطاقة اجتماع: التواريخ والمكان والأشخاص والقرارات والنسخ.",
    meetingList: "`/meeting` — جميع الاجتماعات الواردة في الوثائق، الأحدث أولًا.",
    digest:
      "`/digest on [HH:MM] [المنطقة الزمنية] [اللغة]`، `/digest off`، `/digest status`، `/digest topics add|remove <موضوع>`، `/digest preview` — نشرة يومية في هذه القناة.",
    language: "أضف `lang:xx` لاختيار لغة الرد: en، ar، sw، hi، it، fr.",
    examplesTitle: "جرّب:",
  },
  brief: {
    headline: (topic) => `إحاطة: ${topic}`,
    summaryTitle: "الملخص",
    extractedFrom: (language, title) => `الملخص مأخوذ من النسخة ${language}، «${title}».`,
    composedFrom: (languages) =>
      `لا توجد نسخة عربية؛ كُتب هذا الملخص من معلومات وردت في المصادر ${list(languages)}.`,
    what: (facts) =>
      facts.meeting
        ? `نوقش موضوع ${facts.topic} في «${facts.meeting}».`
        : `يرد موضوع ${facts.topic} في ${facts.documents} ${facts.documents === 1 ? "وثيقة" : "وثائق"}.`,
    where: (place) => `عُقد الاجتماع في ${place}.`,
    when: (dates) => `التواريخ المذكورة: ${dates}.`,
    who: (people) => `ومن بين من تحدثوا عنه ${list(people)}.`,
    decided: (count) =>
      count === 1 ? "تسجل المصادر قرارًا واحدًا ذا صلة." : `تسجل المصادر ${count} قرارات ذات صلة.`,
    quotesTitle: "من المصادر",
    quoteSource: (language, title, paragraph) => `${language} — ${title}، الفقرة ${paragraph}`,
    appearancesTitle: "أين ورد الموضوع",
    spokeToIt: "تحدث عنه",
    decisionsTitle: "قرارات ذات صلة",
    citationsTitle: "المصادر",
    citation: (title, language, paragraphs) =>
      paragraphs.length === 0
        ? `${title} (${language})`
        : `${title} (${language}، ${paragraphs.length === 1 ? "الفقرة" : "الفقرات"} ${paragraphs.join("، ")})`,
    notFound: (query) => `لم أجد شيئًا عن «${query}» في الوثائق.`,
    closestTitle: "أقرب المواضيع والاجتماعات",
    nothingClose: "لا يوجد ما هو قريب أيضًا — جرّب `/meeting` لمعرفة ما تتناوله الوثائق.",
  },
  meeting: {
    dates: "التواريخ",
    datesUnknown: "غير مذكورة",
    place: "المكان",
    venue: "مقر الانعقاد",
    organisers: "المنظمون",
    chairs: "الرئاسة",
    participants: "المشاركون",
    organisations: "المنظمات",
    agenda: "جدول الأعمال",
    decisions: "القرارات",
    followUps: "فعاليات لاحقة",
    versions: "النسخ اللغوية",
    conflicts: "أوجه الاختلاف بين النسخ",
    conflict: (subject, readings) => `${subject}: ${readings.map(reading).join("؛ ")}.`,
    listTitle: "الاجتماعات الواردة في الوثائق",
    listEmpty: "لا تذكر الوثائق أي اجتماع حتى الآن.",
    listHint: "اكتب `/meeting <اسم>` لعرض البطاقة الكاملة لاجتماع.",
    notFound: (query) => `لا أعرف اجتماعًا باسم «${query}».`,
    closestTitle: "أقرب النتائج",
  },
  dates: {
    yearNotGiven: "السنة غير مذكورة",
    yearInferred: "السنة مستنتجة",
  },
  slack: {
    shareButton: "مشاركة في القناة",
    sharedBy: (user) => `شاركه ${user}`,
    showInPlaceholder: "اعرض بلغة…",
    apology: (errorId) => `عذرًا، حدث خطأ ما (رقم الخطأ ${errorId}).`,
    expired: "انتهت صلاحية هذا الطلب — يرجى السؤال مرة أخرى.",
  },
};
