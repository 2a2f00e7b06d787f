import { normaliseToken } from "./normalise.ts";

/**
 * Words people wrap a question in ("latest on …", "what was decided about …", "novità su …"), in the reply
 * languages and the other languages questions arrive in: they ask how, not about what.
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  [
    "latest",
    "news",
    "update",
    "updates",
    "decided",
    "decision",
    "decisions",
    "discussed",
    "said",
    "happened",
    "summary",
    "overview",
    "brief",
    "briefing",
    "tell",
    "novità",
    "aggiornamenti",
    "aggiornamento",
    "deciso",
    "decisa",
    "decisioni",
    "discusso",
    "sintesi",
    "nouveautés",
    "nouvelles",
    "décidé",
    "décidée",
    "décisions",
    "discuté",
    "résumé",
    "novedades",
    "decidió",
    "decisiones",
    "neues",
    "beschlüsse",
    "beschlossen",
    "habari",
    "mpya",
    "maamuzi",
    "iliamuliwa",
    "kiliamuliwa",
    "kilichoamuliwa",
    "kimeamuliwa",
    "yaliamuliwa",
    "nini",
    "kuhusu",
    "taarifa",
    "ताज़ा",
    "ताजा",
    "जानकारी",
    "निर्णय",
    "फैसला",
    "फ़ैसला",
    "क्या",
    "लिया",
    "लिए",
    "गया",
    "गए",
    "गई",
    "बारे",
    "جديد",
    "آخر",
    "المستجدات",
    "مستجدات",
    "قرار",
    "قرارات",
    "ماذا",
    "تقرر",
    "بشأن",
    "حول",
  ].map(normaliseToken),
);

/**
 * Returns whether a normalised word only frames a question ("latest", "décisions", "novità").
 * @example isQuestionWord("latest") // true
 */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(normaliseToken(word));
}
