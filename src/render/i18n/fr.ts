import type { Messages, ReadingText } from "./types.ts";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

function reading(reading: ReadingText): string {
  return reading.languages.length > 1
    ? `les versions en ${list(reading.languages)} donnent ${reading.value}`
    : `la version en ${list(reading.languages)} donne ${reading.value}`;
}

/** French strings. */
export const messages: Messages = {
  languageName: "Français",
  languageNames: { en: "anglais", ar: "arabe", sw: "swahili", hi: "hindi", it: "italien", fr: "français" },
  common: {
    list,
    more: (count) => `…et ${count} de plus`,
    shortened: (source) => `… (texte abrégé — le texte complet se trouve dans ${source})`,
    otherLanguage: (code) => `langue « ${code} »`,
  },
  help: {
    title: "Briefbot — comment poser une question",
    intro:
      "Je réponds à partir des documents que j'ai lus, dans la langue de votre question, en citant mes sources.",
    brief:
      "`/brief <sujet>` — une note de synthèse courte et sourcée sur un sujet, une personne ou une organisation.",
    meeting: "`/meeting <nom>` — la fiche d'une réunion : dates, lieu, personnes, décisions, versions.",
    meetingList:
      "`/meeting` — toutes les réunions présentes dans les documents, de la plus récente à la plus ancienne.",
    digest:
      "`/digest on [HH:MM] [fuseau horaire] [langue]`, `/digest off`, `/digest status`, `/digest topics add|remove <sujet>`, `/digest preview` — un résumé quotidien dans ce canal.",
    language: "Ajoutez `lang:xx` pour choisir la langue de la réponse : en, ar, sw, hi, it, fr.",
    examplesTitle: "Essayez :",
  },
  brief: {
    headline: (topic) => `Note de synthèse : ${topic}`,
    summaryTitle: "Résumé",
    extractedFrom: (language, title) => `Résumé tiré de la version en ${language}, « ${title} ».`,
    composedFrom: (languages) =>
      `Il n'existe pas de version en français ; ce résumé est rédigé à partir des faits relevés dans les sources en ${list(languages)}.`,
    what: (facts) =>
      facts.meeting
        ? `Le sujet « ${facts.topic} » a été abordé lors de « ${facts.meeting} ».`
        : `Le sujet « ${facts.topic} » apparaît dans ${facts.documents === 1 ? "un document" : `${facts.documents} documents`}.`,
    where: (place) => `La réunion s'est tenue à ${place}.`,
    when: (dates) => `Les dates indiquées sont : ${dates}.`,
    who: (people) => `Parmi les personnes qui en ont parlé : ${list(people)}.`,
    decided: (count) =>
      count === 1
        ? "Les sources font état d'une décision liée."
        : `Les sources font état de ${count} décisions liées.`,
    quotesTitle: "Extraits des sources",
    quoteSource: (language, title, paragraph) => `${language} — ${title}, paragraphe ${paragraph}`,
    appearancesTitle: "Où le sujet a été abordé",
    spokeToIt: "En ont parlé",
    decisionsTitle: "Décisions liées",
    citationsTitle: "Sources citées",
    citation: (title, language, paragraphs) =>
      paragraphs.length === 0
        ? `${title} (${language})`
        : `${title} (${language}, ${paragraphs.length === 1 ? "paragraphe" : "paragraphes"} ${paragraphs.join(", ")})`,
    notFound: (query) => `Je n'ai rien trouvé sur « ${query} » dans les documents.`,
    closestTitle: "Sujets et réunions les plus proches",
    nothingClose: "Rien d'approchant non plus — essayez `/meeting` pour voir ce que couvrent les documents.",
  },
  meeting: {
    dates: "Dates",
    datesUnknown: "non indiquées",
    place: "Lieu",
    venue: "Salle",
    organisers: "Organisateurs",
    chairs: "Présidence",
    participants: "Participants",
    organisations: "Organismes",
    agenda: "Ordre du jour",
    decisions: "Décisions",
    followUps: "Événements à venir",
    versions: "Versions linguistiques",
    conflicts: "Divergences entre les versions",
    conflict: (subject, readings) => `${subject} : ${readings.map(reading).join(" ; ")}.`,
    listTitle: "Réunions présentes dans les documents",
    listEmpty: "Les documents ne mentionnent encore aucune réunion.",
    listHint: "Demandez `/meeting <nom>` pour la fiche complète d'une réunion.",
    notFound: (query) => `Je ne connais aucune réunion nommée « ${query} ».`,
    closestTitle: "Résultats les plus proches",
  },
  dates: {
    yearNotGiven: "année non précisée",
    yearInferred: "année déduite",
  },
  slack: {
    shareButton: "Partager dans le canal",
    sharedBy: (user) => `Partagé par ${user}`,
    showInPlaceholder: "Afficher en…",
    apology: (errorId) => `Désolé, une erreur s'est produite (identifiant d'erreur ${errorId}).`,
    expired: "Cette demande a expiré — veuillez la reformuler.",
  },
};
