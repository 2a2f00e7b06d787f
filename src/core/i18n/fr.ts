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
    unsupportedLang: (code) => `Je ne peux pas répondre en « ${code} » ; voici la réponse en français.`,
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
    what: (facts) => {
      const at = [facts.place ? `à ${facts.place}` : "", facts.dates ?? ""].filter(Boolean).join(", ");
      return facts.meeting
        ? `Le sujet « ${facts.topic} » a été abordé lors de « ${facts.meeting} »${at ? `, ${at}` : ""}.`
        : `Le sujet « ${facts.topic} » apparaît dans ${facts.documents === 1 ? "un document" : `${facts.documents} documents`}.`;
    },
    who: (people) => `Parmi les intervenants sur ce sujet : ${list(people)}.`,
    decided: (count) =>
      count === 1 ? "Une décision liée est consignée." : `${count} décisions liées sont consignées.`,
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
    figuresTitle: "Chiffres",
    inQuotes: (text) => `« ${text} »`,
    figure: (number, noun, qualifier) =>
      `${qualifier === "more-than" ? "plus de " : qualifier === "about" ? "environ " : qualifier === "less-than" ? "moins de " : ""}${number} ${noun}`,
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
    choose: (query) => `Plusieurs réunions correspondent à « ${query} » — laquelle cherchez-vous ?`,
    closestTitle: "Résultats les plus proches",
  },
  dates: {
    yearNotGiven: "année non précisée",
    yearInferred: "année déduite",
  },
  translation: {
    mark: "traduction automatique",
    showOriginal: "Voir l’original",
    showTranslation: "Voir la traduction",
  },
  slack: {
    shareButton: "Partager dans le canal",
    sharedBy: (user) => `Partagé par ${user}`,
    showInPlaceholder: "Afficher en…",
    apology: (errorId) => `Désolé, une erreur s'est produite (identifiant d'erreur ${errorId}).`,
    expired: "Cette demande a expiré — veuillez la reformuler.",
    busy: "Je réponds à beaucoup de questions en ce moment — merci de réessayer dans un instant.",
  },
  digest: {
    headline: (date) => `Synthèse quotidienne — ${date}`,
    newTitle: "Nouveaux documents",
    upcomingTitle: "À venir dans les 14 prochains jours",
    topicTitle: (label) => `Sujet suivi : ${label}`,
    noMentions: "Aucun document ne le mentionne encore.",
    newMark: "nouveau",
    inDays: (days) => (days === 0 ? "aujourd'hui" : days === 1 ? "demain" : `dans ${days} jours`),
    ongoing: "en cours",
    added: (date) => `ajouté le ${date}`,
    nothingNew: "Rien de nouveau aujourd'hui, et rien de prévu dans les 14 prochains jours.",
    previewNote: "Aperçu de la synthèse du jour — vous seul pouvez le voir.",
    quietSkip: "Ce canal est en mode silencieux : un jour comme celui-ci, aucune synthèse n'est publiée.",
    subscribed: (time, tz, language) =>
      `Synthèse quotidienne activée pour ce canal : chaque jour à ${time} (${tz}), en ${language}.`,
    firstDigest: (date, time) => `La première arrivera le ${date} à ${time}.`,
    quietNote: "Mode silencieux : rien n'est publié les jours sans nouveauté ni événement à venir.",
    unsubscribed: "Synthèse quotidienne désactivée pour ce canal. Ses sujets suivis ont été effacés.",
    notSubscribed: "Ce canal n'a pas de synthèse quotidienne. Activez-la avec `/digest on`.",
    statusTitle: "Synthèse quotidienne de ce canal",
    timeLabel: "Heure",
    zoneLabel: "Fuseau horaire",
    languageLabel: "Langue",
    quietLabel: "Silencieux",
    topicsLabel: "Sujets suivis",
    nextLabel: "Prochaine synthèse",
    pausedLabel: "En pause",
    yes: "oui",
    no: "non",
    noTopics: "aucun",
    tokenRefused:
      "toutes les synthèses sont en pause : Slack a refusé le jeton du bot — un administrateur doit en mettre un valide dans SLACK_BOT_TOKEN",
    paused: {
      channel_not_found: "le canal est introuvable — relancez `/digest on` quand il sera de retour",
      not_in_channel: "je ne suis pas membre de ce canal — invitez-moi, puis relancez `/digest on`",
      is_archived: "le canal est archivé — désarchivez-le, puis relancez `/digest on`",
    },
    at: (date, time) => `${date} à ${time}`,
    topicAdded: (label) =>
      `« ${label} » est désormais suivi : ses mentions les plus récentes figureront dans chaque synthèse.`,
    topicExists: (label) => `« ${label} » est déjà suivi ici.`,
    topicRemoved: (label) => `« ${label} » n'est plus suivi.`,
    topicAbsent: (label) => `« ${label} » ne fait pas partie des sujets suivis par ce canal.`,
    badTime: (value) =>
      `« ${value} » n'est pas une heure valide. Utilisez HH:MM au format 24 heures, de 00:00 à 23:59 (par exemple 08:30).`,
    badZone: (value) =>
      `« ${value} » n'est pas un fuseau horaire que je connais. Utilisez un nom IANA comme Europe/Rome, Africa/Nairobi, Asia/Kolkata ou UTC.`,
    badLang: (value, accepted) =>
      `« ${value} » n'est pas une langue dans laquelle je peux rédiger la synthèse. Langues acceptées : ${accepted}.`,
    badArgument: (value) =>
      `Je ne comprends pas « ${value} ». Après \`/digest on\`, indiquez une heure, un fuseau horaire, une langue et \`quiet\`, tous facultatifs et chacun une fois au plus.`,
    unknownSubcommand: (value) => `« ${value} » n'est pas une commande de /digest.`,
    missingTopic: "Indiquez le sujet, par exemple `/digest topics add fentanyl`.",
    nothingSaved: "Rien n'a été enregistré.",
    usageTitle: "Ce qu'accepte /digest",
    usage: [
      "`/digest on [HH:MM] [fuseau horaire] [langue] [quiet]` — une synthèse dans ce canal chaque jour (par défaut : 08:00, votre fuseau horaire Slack, la langue du canal)",
      "`/digest off` — arrête la synthèse",
      "`/digest status` — les réglages et l'heure de la prochaine synthèse",
      "`/digest topics add <sujet>`, `/digest topics remove <sujet>` — suivre un sujet, ou ne plus le suivre",
      "`/digest preview` — la synthèse du jour tout de suite, pour vous seul",
      "Langues : en, ar, sw, hi, it, fr · heures : 00:00–23:59 · fuseaux horaires : noms IANA comme Europe/Rome",
    ],
  },
};
