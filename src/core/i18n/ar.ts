import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("، ")} و${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  const many = reading.languages.length > 1;
  return `${many ? "النسخ" : "النسخة"} ${list(reading.languages)} تذكر ${reading.value}`;
}

/** "in n days" with Arabic number agreement: dual for 2, plural for 3–10, singular accusative for 11–99. */
function inDays(days: number): string {
  if (days === 0) return "اليوم";
  if (days === 1) return "غدًا";
  if (days === 2) return "بعد يومين";
  const lastTwo = days % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `بعد ${days} أيام`;
  if (lastTwo >= 11) return `بعد ${days} يومًا`;
  return `بعد ${days} يوم`;
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
    unsupportedLang: (code) => `لا يمكنني الرد بلغة «${code}»؛ إليك الرد بالعربية.`,
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
    what: (facts) => {
      const at = [facts.place ? `في ${facts.place}` : "", facts.dates ?? ""].filter(Boolean).join("، ");
      return facts.meeting
        ? `نوقش موضوع ${facts.topic} في «${facts.meeting}»${at ? `، ${at}` : ""}.`
        : `يرد موضوع ${facts.topic} في ${facts.documents} ${facts.documents === 1 ? "وثيقة" : "وثائق"}.`;
    },
    who: (people) => `ومن المتحدثين في الموضوع ${list(people)}.`,
    decided: (count) => (count === 1 ? "سُجّل قرار واحد ذو صلة." : `سُجّلت ${count} قرارات ذات صلة.`),
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
    figuresTitle: "أرقام",
    inQuotes: (text) => `«${text}»`,
    figure: (number, noun, qualifier) =>
      `${qualifier === "more-than" ? "أكثر من " : qualifier === "about" ? "نحو " : qualifier === "less-than" ? "أقل من " : ""}${number} ${noun}`,
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
    choose: (query) => `تطابق عدة اجتماعات «${query}» — أيها تقصد؟`,
    closestTitle: "أقرب النتائج",
  },
  dates: {
    yearNotGiven: "السنة غير مذكورة",
    yearInferred: "السنة مستنتجة",
  },
  translation: {
    mark: "ترجمة آلية",
    showOriginal: "عرض النص الأصلي",
    showTranslation: "عرض الترجمة",
  },
  slack: {
    shareButton: "مشاركة في القناة",
    sharedBy: (user) => `شاركه ${user}`,
    showInPlaceholder: "اعرض بلغة…",
    apology: (errorId) => `عذرًا، حدث خطأ ما (رقم الخطأ ${errorId}).`,
    expired: "انتهت صلاحية هذا الطلب — يرجى السؤال مرة أخرى.",
    busy: "أجيب على أسئلة كثيرة في هذه اللحظة — يرجى المحاولة مرة أخرى بعد قليل.",
  },
  digest: {
    headline: (date) => `الموجز اليومي — ${date}`,
    newTitle: "وثائق جديدة",
    upcomingTitle: "ما هو مرتقب خلال الأيام الأربعة عشر المقبلة",
    topicTitle: (label) => `موضوع متابَع: ${label}`,
    noMentions: "لا تذكره أي وثيقة حتى الآن.",
    newMark: "جديد",
    inDays,
    ongoing: "جارٍ الآن",
    added: (date) => `أُضيفت في ${date}`,
    nothingNew: "لا جديد اليوم، ولا شيء مرتقب خلال الأيام الأربعة عشر المقبلة.",
    previewNote: "معاينة لموجز اليوم — لا يراها أحد سواك.",
    quietSkip: "هذه القناة في الوضع الهادئ، لذا لا يُنشر موجز في يوم كهذا.",
    subscribed: (time, tz, language) =>
      `تم تفعيل الموجز اليومي في هذه القناة: كل يوم في الساعة ${time} (${tz})، باللغة ${language}.`,
    firstDigest: (date, time) => `يصل الموجز الأول يوم ${date} في الساعة ${time}.`,
    quietNote: "الوضع الهادئ: لا يُنشر شيء في الأيام التي لا جديد فيها ولا شيء مرتقب.",
    unsubscribed: "تم إيقاف الموجز اليومي في هذه القناة، وحُذفت مواضيعها المتابَعة.",
    notSubscribed: "لا يوجد موجز يومي في هذه القناة. فعّله بالأمر `/digest on`.",
    statusTitle: "الموجز اليومي في هذه القناة",
    timeLabel: "الوقت",
    zoneLabel: "المنطقة الزمنية",
    languageLabel: "اللغة",
    quietLabel: "الوضع الهادئ",
    topicsLabel: "المواضيع المتابَعة",
    nextLabel: "الموجز التالي",
    pausedLabel: "متوقف مؤقتًا",
    yes: "نعم",
    no: "لا",
    noTopics: "لا شيء",
    tokenRefused:
      "كل الموجزات متوقفة مؤقتًا: رفض Slack رمز البوت — على أحد المسؤولين وضع رمز صالح في SLACK_BOT_TOKEN",
    paused: {
      channel_not_found: "تعذّر العثور على القناة — أعد تنفيذ `/digest on` بعد عودتها",
      not_in_channel: "لست عضوًا في هذه القناة — ادعُني إليها ثم أعد تنفيذ `/digest on`",
      is_archived: "القناة مؤرشفة — ألغِ أرشفتها ثم أعد تنفيذ `/digest on`",
    },
    at: (date, time) => `${date} في الساعة ${time}`,
    topicAdded: (label) => `تجري الآن متابعة «${label}»: ستظهر أحدث الإشارات إليه في كل موجز.`,
    topicExists: (label) => `«${label}» متابَع هنا بالفعل.`,
    topicRemoved: (label) => `توقفت متابعة «${label}».`,
    topicAbsent: (label) => `«${label}» ليس من المواضيع المتابَعة في هذه القناة.`,
    badTime: (value) =>
      `«${value}» ليس وقتًا صالحًا. استخدم الصيغة HH:MM بنظام 24 ساعة، من 00:00 إلى 23:59 (مثلًا 08:30).`,
    badZone: (value) =>
      `«${value}» ليست منطقة زمنية أعرفها. استخدم اسمًا من قاعدة IANA مثل Europe/Rome أو Africa/Nairobi أو Asia/Kolkata أو UTC.`,
    badLang: (value, accepted) =>
      `«${value}» ليست لغة أستطيع كتابة الموجز بها. اللغات المقبولة: ${accepted}.`,
    badArgument: (value) =>
      `لم أفهم «${value}». بعد \`/digest on\` اذكر وقتًا ومنطقة زمنية ولغة و\`quiet\`، كلها اختيارية وكل منها مرة واحدة على الأكثر.`,
    unknownSubcommand: (value) => `«${value}» ليس من أوامر /digest.`,
    missingTopic: "اذكر الموضوع، مثلًا `/digest topics add الفنتانيل`.",
    nothingSaved: "لم يُحفظ أي شيء.",
    usageTitle: "ما يقبله الأمر /digest",
    usage: [
      "`/digest on [HH:MM] [المنطقة الزمنية] [اللغة] [quiet]` — موجز في هذه القناة كل يوم (الافتراضي: 08:00، ومنطقتك الزمنية في Slack، ولغة القناة)",
      "`/digest off` — إيقاف الموجز",
      "`/digest status` — الإعدادات وموعد الموجز التالي",
      "`/digest topics add <موضوع>`، `/digest topics remove <موضوع>` — متابعة موضوع أو التوقف عن متابعته",
      "`/digest preview` — موجز اليوم الآن، لك وحدك",
      "اللغات: en، ar، sw، hi، it، fr · الأوقات: 00:00–23:59 · المناطق الزمنية: أسماء IANA مثل Europe/Rome",
    ],
  },
};
