import stopwords from "stopwords-iso" with { type: "json" };
import { normaliseToken, tokenise } from "./normalise.ts";
import type { LangCode } from "./types.ts";

const LISTS: Readonly<Record<string, readonly string[] | undefined>> = stopwords;
/** The languages corpora and questions are written in; their function words name no topic. */
const CORPUS_LANGS = ["en", "fr", "it", "sw", "ar", "hi", "es", "de", "pt"] as const;
/** The Latin-script languages whose function words guard the name patterns of Latin-script text. */
const LATIN_GUARD_LANGS = ["en", "it", "fr", "es", "de", "pt", "sw", "nl"] as const;

/** A language, "latin" for the common Latin-script ones, or "any" for every corpus language. */
export type StopwordScope = LangCode | "latin" | "any";

const sets = new Map<StopwordScope, ReadonlySet<string>>();

function langsOf(scope: StopwordScope): readonly string[] {
  if (scope === "latin") return LATIN_GUARD_LANGS;
  if (scope === "any") return CORPUS_LANGS;
  return [scope];
}

function setFor(scope: StopwordScope): ReadonlySet<string> {
  const known = sets.get(scope);
  if (known) return known;
  const set = new Set(
    langsOf(scope)
      .flatMap((lang) => LISTS[lang] ?? [])
      .flatMap((word) => tokenise(word).map((token) => normaliseToken(token))),
  );
  sets.set(scope, set);
  return set;
}

/**
 * Returns the function words of one language as the stopword lists write them.
 * @example stopwordList("it").includes("della") // true
 */
export function stopwordList(lang: LangCode): readonly string[] {
  return LISTS[lang] ?? [];
}

/**
 * Returns whether a word is a function word in the scope (a language, "latin", or "any" corpus language).
 * @example isStopword("della", "latin") // true
 */
export function isStopword(word: string, scope: StopwordScope): boolean {
  return setFor(scope).has(normaliseToken(word));
}
