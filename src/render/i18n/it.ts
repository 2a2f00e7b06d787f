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
    what: (facts) =>
      facts.meeting
        ? `Il tema «${facts.topic}» è stato discusso durante «${facts.meeting}».`
        : `Il tema «${facts.topic}» compare in ${facts.documents === 1 ? "un documento" : `${facts.documents} documenti`}.`,
    where: (place) => `La riunione si è svolta a ${place}.`,
    when: (dates) => `Le date indicate sono: ${dates}.`,
    who: (people) => `Tra coloro che ne hanno parlato: ${list(people)}.`,
    decided: (count) =>
      count === 1
        ? "Le fonti riportano una decisione collegata."
        : `Le fonti riportano ${count} decisioni collegate.`,
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
    closestTitle: "Risultati più vicini",
  },
  dates: {
    yearNotGiven: "anno non indicato",
    yearInferred: "anno dedotto",
  },
  slack: {
    shareButton: "Condividi nel canale",
    sharedBy: (user) => `Condiviso da ${user}`,
    showInPlaceholder: "Mostra in…",
    apology: (errorId) => `Spiacenti, qualcosa è andato storto (codice errore ${errorId}).`,
    expired: "Questa richiesta è scaduta — chiedi di nuovo.",
  },
};
