import type { LangCode } from "./types.ts";

/** Abbreviations a period does not end a sentence after, per language, without the period. */
export interface AbbreviationSet {
  /** Titles and name-like abbreviations, recognised only when capitalised ("Dr. Smith", "On. Rossi"). */
  titles: readonly string[];
  /** Abbreviations recognised in any case ("approx.", "cf."). */
  common: readonly string[];
  /** Abbreviations that introduce a number and only count as such before a digit ("No. 5", "art. 3"). */
  beforeNumber: readonly string[];
}

/** Abbreviations by language; a text is checked against all of them, since documents quote each other. */
export const ABBREVIATIONS: Readonly<Record<LangCode, AbbreviationSet>> = {
  en: {
    titles: [
      "mr",
      "mrs",
      "ms",
      "dr",
      "prof",
      "st",
      "sr",
      "jr",
      "mt",
      "gen",
      "col",
      "lt",
      "sgt",
      "capt",
      "cmdr",
      "adm",
      "gov",
      "sen",
      "rep",
      "hon",
      "rev",
      "amb",
      "pres",
      "supt",
      "insp",
      "min",
      "plen",
      "dept",
      "corp",
      "inc",
      "ltd",
      "co",
      "jan",
      "feb",
      "mar",
      "apr",
      "jun",
      "jul",
      "aug",
      "sep",
      "sept",
      "oct",
      "nov",
      "dec",
    ],
    common: ["vs", "approx", "cf", "al", "esp", "incl", "ca", "viz"],
    beforeNumber: ["no", "nos", "nr", "p", "pp", "vol", "fig", "ch", "sec", "art", "para"],
  },
  it: {
    titles: [
      "sig",
      "sigg",
      "dott",
      "dr",
      "ing",
      "avv",
      "arch",
      "on",
      "sen",
      "gen",
      "col",
      "magg",
      "cap",
      "min",
      "plen",
      "amb",
      "pref",
      "geom",
      "rag",
      "s",
      "ss",
    ],
    common: ["ecc", "cfr", "ca", "rispett", "pag"],
    beforeNumber: ["n", "nr", "art", "pag", "cap", "comma"],
  },
  fr: {
    titles: ["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "gén", "col", "cdt", "amb"],
    common: ["cf", "env", "av", "apr"],
    beforeNumber: ["n", "no", "art", "p", "vol", "chap"],
  },
  es: {
    titles: ["sr", "sra", "srta", "dr", "dra", "ud", "uds", "lic", "ing", "gral"],
    common: ["aprox", "cf", "pág"],
    beforeNumber: ["núm", "n", "art", "pág"],
  },
  de: {
    titles: ["hr", "fr", "dr", "prof", "st"],
    common: ["bzw", "usw", "ca", "evtl", "ggf", "vgl", "bspw", "inkl", "zzgl"],
    beforeNumber: ["nr", "abs", "art", "s"],
  },
  sw: {
    titles: ["bw", "bi", "dkt", "prof", "mhe", "mh"],
    common: ["kny", "taz"],
    beforeNumber: ["kif", "uk"],
  },
  hi: {
    titles: ["डॉ", "प्रो"],
    common: [],
    beforeNumber: ["क्र", "पृ"],
  },
  ar: {
    titles: [],
    common: ["هـ"],
    beforeNumber: ["رقم", "ص"],
  },
};
