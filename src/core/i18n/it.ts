import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} e ${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  return reading.languages.length > 1
    ? `le versioni in ${list(reading.languages)} riportano ${reading.value}`
    : `la versione in ${list(reading.languages)} riporta ${reading.value}`;
}

/** Italian strings. */
export const messages: Messages = {
  languageName: "Italiano",
  languageNames: { en: "inglese", ar: "arabo", sw: "swahili", hi: "hindi", it: "italiano", fr: "francese" },
  common: {
    list,
    more: (count) => `…e altri ${count}`,
    shortened: (source) => `… (testo abbreviato — il testo completo è in ${source})`,
    otherLanguage: (code) => `lingua «${code}»`,
    unsupportedLang: (code) => `Non posso rispondere in «${code}»; ecco la risposta in italiano.`,
  },
  help: {
    title: "Briefbot — come chiedere",
    intro: "Rispondo in base ai documenti che ho letto, nella lingua in cui chiedi, e cito le fonti.",
    brief:
      "`/brief <argomento>` — un breve briefing con le fonti su un argomento, una persona o un'organizzazione.",
    meeting: "`/meeting <nome>` — la scheda di una riunione: date, luogo, persone, decisioni, versioni.",
    meetingList: "`/meeting` — tutte le riunioni presenti nei documenti, dalla più recente.",
    digest:
      "`/digest on [HH:MM] [fuso orario] [lingua]`, `/digest off`, `/digest status`, `/digest topics add|remove <argomento>`, `/digest preview` — un riepilogo quotidiano in questo canale.",
    language: "Aggiungi `lang:xx` per scegliere la lingua della risposta: en, ar, sw, hi, it, fr.",
    examplesTitle: "Prova:",
  },
  brief: {
    headline: (topic) => `Il punto su: ${topic}`,
    summaryTitle: "In sintesi",
    extractedFrom: (language, title) => `Sintesi tratta dalla versione in ${language}, «${title}».`,
    composedFrom: (languages) =>
      `Non esiste una versione in italiano; questa sintesi è scritta a partire dai fatti trovati nelle fonti in ${list(languages)}.`,
    what: (facts) => {
      const at = [facts.place ? `a ${facts.place}` : "", facts.dates ?? ""].filter(Boolean).join(", ");
      return facts.meeting
        ? `Il tema «${facts.topic}» è stato discusso durante «${facts.meeting}»${at ? `, ${at}` : ""}.`
        : `Il tema «${facts.topic}» compare in ${facts.documents === 1 ? "un documento" : `${facts.documents} documenti`}.`;
    },
    who: (people) => `Ne hanno parlato, tra gli altri, ${list(people)}.`,
    decided: (count) =>
      count === 1 ? "È registrata una decisione collegata." : `Sono registrate ${count} decisioni collegate.`,
    quotesTitle: "Dalle fonti",
    quoteSource: (language, title, paragraph) => `${language} — ${title}, paragrafo ${paragraph}`,
    appearancesTitle: "Dove se ne è parlato",
    spokeToIt: "Ne hanno parlato",
    decisionsTitle: "Decisioni collegate",
    citationsTitle: "Fonti",
    citation: (title, language, paragraphs) =>
      paragraphs.length === 0
        ? `${title} (${language})`
        : `${title} (${language}, ${paragraphs.length === 1 ? "paragrafo" : "paragrafi"} ${paragraphs.join(", ")})`,
    notFound: (query) => `Non ho trovato nulla su «${query}» nei documenti.`,
    closestTitle: "Argomenti e riunioni più vicini",
    nothingClose: "Niente di simile — prova `/meeting` per vedere di cosa parlano i documenti.",
    figuresTitle: "Cifre",
    inQuotes: (text) => `«${text}»`,
    figure: (number, noun, qualifier) =>
      `${qualifier === "more-than" ? "più di " : qualifier === "about" ? "circa " : qualifier === "less-than" ? "meno di " : ""}${number} ${noun}`,
  },
  meeting: {
    dates: "Date",
    datesUnknown: "non indicate",
    place: "Luogo",
    venue: "Sede",
    organisers: "Organizzatori",
    chairs: "Presidenza",
    participants: "Partecipanti",
    organisations: "Organizzazioni",
    agenda: "Ordine del giorno",
    decisions: "Decisioni",
    followUps: "Eventi successivi",
    versions: "Versioni linguistiche",
    conflicts: "Dove le versioni non concordano",
    conflict: (subject, readings) => `${subject}: ${readings.map(reading).join("; ")}.`,
    listTitle: "Riunioni nei documenti",
    listEmpty: "I documenti non menzionano ancora alcuna riunione.",
    listHint: "Chiedi `/meeting <nome>` per la scheda completa di una riunione.",
    notFound: (query) => `Non conosco nessuna riunione chiamata «${query}».`,
    choose: (query) => `Più riunioni corrispondono a «${query}»: quale cerchi?`,
    closestTitle: "Risultati più vicini",
  },
  dates: {
    yearNotGiven: "anno non indicato",
    yearInferred: "anno dedotto",
  },
  translation: {
    mark: "traduzione automatica",
    showOriginal: "Mostra l’originale",
    showTranslation: "Mostra la traduzione",
  },
  slack: {
    shareButton: "Condividi nel canale",
    sharedBy: (user) => `Condiviso da ${user}`,
    showInPlaceholder: "Mostra in…",
    apology: (errorId) => `Spiacenti, qualcosa è andato storto (codice errore ${errorId}).`,
    expired: "Questa richiesta è scaduta — chiedi di nuovo.",
    busy: "Sto rispondendo a molte domande in questo momento — riprova tra poco.",
  },
  digest: {
    headline: (date) => `Riepilogo quotidiano — ${date}`,
    newTitle: "Nuovi documenti",
    upcomingTitle: "In arrivo nei prossimi 14 giorni",
    topicTitle: (label) => `Argomento seguito: ${label}`,
    noMentions: "Nessun documento lo menziona ancora.",
    newMark: "nuovo",
    inDays: (days) => (days === 0 ? "oggi" : days === 1 ? "domani" : `tra ${days} giorni`),
    ongoing: "in corso",
    added: (date) => `aggiunto il ${date}`,
    nothingNew: "Niente di nuovo oggi e nulla in programma nei prossimi 14 giorni.",
    previewNote: "Anteprima del riepilogo di oggi — solo tu puoi vederla.",
    quietSkip:
      "Questo canale è in modalità silenziosa: in un giorno come questo non viene pubblicato alcun riepilogo.",
    subscribed: (time, tz, language) =>
      `Riepilogo quotidiano attivato per questo canale: ogni giorno alle ${time} (${tz}), in ${language}.`,
    firstDigest: (date, time) => `Il primo arriverà ${date} alle ${time}.`,
    quietNote: "Modalità silenziosa: nei giorni senza novità né eventi in arrivo non viene pubblicato nulla.",
    unsubscribed:
      "Riepilogo quotidiano disattivato per questo canale. I suoi argomenti seguiti sono stati cancellati.",
    notSubscribed: "Questo canale non ha un riepilogo quotidiano. Attivalo con `/digest on`.",
    statusTitle: "Riepilogo quotidiano di questo canale",
    timeLabel: "Orario",
    zoneLabel: "Fuso orario",
    languageLabel: "Lingua",
    quietLabel: "Silenzioso",
    topicsLabel: "Argomenti seguiti",
    nextLabel: "Prossimo riepilogo",
    pausedLabel: "In pausa",
    yes: "sì",
    no: "no",
    noTopics: "nessuno",
    tokenRefused:
      "tutti i riepiloghi sono in pausa: Slack ha rifiutato il token del bot — un amministratore deve inserirne uno valido in SLACK_BOT_TOKEN",
    paused: {
      channel_not_found: "il canale non è stato trovato — esegui di nuovo `/digest on` quando sarà tornato",
      not_in_channel: "non sono membro di questo canale — invitami, poi esegui di nuovo `/digest on`",
      is_archived: "il canale è archiviato — ripristinalo, poi esegui di nuovo `/digest on`",
    },
    at: (date, time) => `${date} alle ${time}`,
    topicAdded: (label) =>
      `Ora seguo «${label}»: le sue menzioni più recenti compariranno in ogni riepilogo.`,
    topicExists: (label) => `«${label}» è già seguito qui.`,
    topicRemoved: (label) => `Non seguo più «${label}».`,
    topicAbsent: (label) => `«${label}» non è tra gli argomenti seguiti da questo canale.`,
    badTime: (value) =>
      `«${value}» non è un orario valido. Usa HH:MM nel formato 24 ore, da 00:00 a 23:59 (per esempio 08:30).`,
    badZone: (value) =>
      `«${value}» non è un fuso orario che conosco. Usa un nome IANA come Europe/Rome, Africa/Nairobi, Asia/Kolkata o UTC.`,
    badLang: (value, accepted) =>
      `«${value}» non è una lingua in cui posso scrivere il riepilogo. Lingue accettate: ${accepted}.`,
    badArgument: (value) =>
      `Non capisco «${value}». Dopo \`/digest on\` indica un orario, un fuso orario, una lingua e \`quiet\`, tutti facoltativi e ciascuno al massimo una volta.`,
    unknownSubcommand: (value) => `«${value}» non è un comando di /digest.`,
    missingTopic: "Indica l'argomento, per esempio `/digest topics add fentanyl`.",
    nothingSaved: "Non è stato salvato nulla.",
    usageTitle: "Che cosa accetta /digest",
    usage: [
      "`/digest on [HH:MM] [fuso orario] [lingua] [quiet]` — un riepilogo in questo canale ogni giorno (predefiniti: 08:00, il tuo fuso orario su Slack, la lingua del canale)",
      "`/digest off` — interrompe il riepilogo",
      "`/digest status` — le impostazioni e quando arriva il prossimo riepilogo",
      "`/digest topics add <argomento>`, `/digest topics remove <argomento>` — segui un argomento o smetti di seguirlo",
      "`/digest preview` — il riepilogo di oggi subito, solo per te",
      "Lingue: en, ar, sw, hi, it, fr · orari: 00:00–23:59 · fusi orari: nomi IANA come Europe/Rome",
    ],
  },
};
