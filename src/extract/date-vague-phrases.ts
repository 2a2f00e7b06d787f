import type { LangCode } from "../corpus/index.ts";
import type { VagueTime } from "./types.ts";

/** Vague time phrases per language and kind, as written; matched after normalisation, apostrophes ignored. */
export const VAGUE_PHRASES: Readonly<
  Record<LangCode, Readonly<Partial<Record<VagueTime["kind"], readonly string[]>>>>
> = {
  en: {
    recent: [
      "in recent days",
      "in recent weeks",
      "in the past few days",
      "in the last few days",
      "over the past few days",
      "recently",
      "lately",
    ],
    "this-year": ["this year"],
    other: ["last year", "next year", "last month", "next month", "last week", "next week"],
  },
  ar: {
    recent: [
      "خلال الأيام الأخيرة",
      "في الأيام الأخيرة",
      "خلال الأيام الماضية",
      "في الأيام الماضية",
      "في الآونة الأخيرة",
      "مؤخرًا",
    ],
    "this-year": ["هذا العام", "العام الحالي", "العام الجاري", "هذه السنة", "السنة الحالية"],
    other: [
      "العام الماضي",
      "العام المقبل",
      "السنة الماضية",
      "الشهر الماضي",
      "الشهر المقبل",
      "الأسبوع الماضي",
    ],
  },
  sw: {
    recent: ["siku za hivi karibuni", "siku chache zilizopita", "hivi karibuni", "hivi majuzi"],
    "this-year": ["mwaka huu"],
    other: ["mwaka jana", "mwaka ujao", "mwezi uliopita", "mwezi ujao", "wiki iliyopita", "wiki ijayo"],
  },
  hi: {
    recent: ["हाल के दिनों में", "पिछले कुछ दिनों में", "पिछले दिनों", "हाल ही में", "हाल में"],
    "this-year": ["इस साल", "इस वर्ष"],
    other: ["पिछले साल", "अगले साल", "पिछले महीने", "अगले महीने", "पिछले सप्ताह", "अगले सप्ताह"],
  },
  it: {
    recent: [
      "nei giorni scorsi",
      "negli ultimi giorni",
      "nelle scorse settimane",
      "di recente",
      "recentemente",
    ],
    "this-year": ["quest'anno", "questo anno", "nell'anno in corso"],
    other: ["l'anno scorso", "l'anno prossimo", "il mese scorso", "il mese prossimo", "la settimana scorsa"],
  },
  fr: {
    recent: [
      "ces derniers jours",
      "au cours des derniers jours",
      "ces dernières semaines",
      "récemment",
      "dernièrement",
    ],
    "this-year": ["cette année", "l'année en cours"],
    other: ["l'année dernière", "l'an dernier", "l'année prochaine", "le mois dernier", "le mois prochain"],
  },
};

/** Words that may lead a month named alone and belong to its surface: "in September", "في شهر أيلول", "nel mese di settembre". */
export const MONTH_LEADS: readonly string[] = [
  "in",
  "during",
  "since",
  "until",
  "by",
  "early",
  "late",
  "mid",
  "month",
  "of",
  "في",
  "وفي",
  "منذ",
  "ومنذ",
  "خلال",
  "وخلال",
  "حتى",
  "شهر",
  "mwezi",
  "wa",
  "katika",
  "tangu",
  "mnamo",
  "nel",
  "a",
  "da",
  "dal",
  "entro",
  "mese",
  "di",
  "en",
  "depuis",
  "dès",
  "mois",
  "de",
  "d",
];

/** Hindi postpositions after a month named alone, kept in its surface: "सितंबर में". */
export const MONTH_TRAILS: readonly string[] = ["में", "से", "तक"];
