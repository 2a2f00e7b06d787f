import stopwords from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { normaliseToken } from "../corpus/normalise.ts";
import type { LangCode } from "../corpus/types.ts";

const LISTS: Readonly<Record<string, readonly string[]>> = stopwords;
const cache = new Map<string, ReadonlySet<string>>();

/** The languages whose function words guard the name patterns of Latin-script text. */
const LATIN_GUARD_LANGS = ["en", "it", "fr", "es", "de", "pt", "sw", "nl"] as const;

function setFor(lang: LangCode): ReadonlySet<string> {
  const known = cache.get(lang);
  if (known) return known;
  const words =
    lang === "latin" ? LATIN_GUARD_LANGS.flatMap((code) => LISTS[code] ?? []) : (LISTS[lang] ?? []);
  const set = new Set(words.map((word) => normaliseToken(word)));
  cache.set(lang, set);
  return set;
}

/**
 * Returns whether a word is a function word of the language ("latin" checks the common Latin-script ones).
 * @example isStopword("della", "latin") // true
 */
export function isStopword(word: string, lang: LangCode): boolean {
  return setFor(lang).has(normaliseToken(word));
}
