import { normalise } from "./normalise.ts";

/**
 * Words that mark a newsletter, subscription or follow-us call, per language. Matched at the start of a
 * normalised word, so "subscrib" covers subscribe, subscribed and subscription.
 */
const CUES: Readonly<Record<string, readonly string[]>> = {
  en: ["subscrib", "newsletter", "sign up", "follow us", "mailing list", "unsubscrib"],
  it: ["iscriviti", "iscrivit", "abbonati", "seguici", "newsletter"],
  fr: ["abonnez", "abonner", "inscrivez vous", "lettre d information", "infolettre", "suivez nous"],
  es: ["suscrib", "siguenos"],
  de: ["abonnieren", "abonniere", "newsletter", "folgen sie uns", "anmelden"],
  pt: ["inscreva se", "assine", "siga nos"],
  sw: ["jiandikishe", "jisajili", "jarida letu", "tufuate", "jiunge na"],
  ar: ["اشترك", "اشتركوا", "نشرتنا", "النشرة الإخبارية", "النشرة البريدية", "تابعونا", "القائمة البريدية"],
  hi: ["सदस्यता लें", "सब्सक्राइब", "न्यूज़लेटर", "न्यूजलेटर", "फ़ॉलो करें", "हमें फॉलो"],
  ur: ["سبسکرائب", "نیوز لیٹر"],
  fa: ["مشترک شوید", "خبرنامه"],
  ru: ["подпишитесь", "подписаться", "рассылк"],
};

/** Calls to subscribe are short; a long paragraph mentioning a newsletter is content. */
const MAX_BOILERPLATE_WORDS = 12;
/** A closing line may wrap the title in a few words ("Source: <title>"), no more. */
const MAX_EXTRA_TITLE_WORDS = 3;

const normalisedCues = [...new Set(Object.values(CUES).flat().map(normalise))].filter((cue) => cue !== "");

/**
 * Whether a line is a newsletter or subscription call rather than content.
 * @example isBoilerplate("Jiandikishe kwenye jarida letu!") // true
 */
export function isBoilerplate(line: string): boolean {
  const words = normalise(line);
  if (words === "" || words.split(" ").length > MAX_BOILERPLATE_WORDS) return false;
  const padded = ` ${words}`;
  return normalisedCues.some((cue) => padded.includes(` ${cue}`));
}

/**
 * Whether a line repeats the document's title (scraped pages often close with it).
 * @example repeatsTitle("G7 Italia 2024.", "G7 Italia 2024") // true
 */
export function repeatsTitle(line: string, title: string): boolean {
  const lineWords = normalise(line);
  const titleWords = normalise(title);
  if (titleWords === "") return false;
  if (lineWords === titleWords) return true;
  const extra = lineWords.split(" ").length - titleWords.split(" ").length;
  return extra <= MAX_EXTRA_TITLE_WORDS && ` ${lineWords} `.includes(` ${titleWords} `);
}
