/**
 * Function words of the languages the corpus and the questions use, as index terms. They name no topic:
 * a question's stopwords are left out of its search when it has other words, as common words are, which
 * also keeps their long posting lists off the query path.
 */
import stopwords from "stopwords-iso" with { type: "json" };
import { normaliseToken, tokenise } from "../corpus/normalise.ts";

const LANGS = ["en", "fr", "it", "sw", "ar", "hi", "es", "de", "pt"] as const;
const TABLE: Readonly<Record<string, readonly string[] | undefined>> = stopwords;

const STOPWORDS: ReadonlySet<string> = new Set(
  LANGS.flatMap((lang) => TABLE[lang] ?? []).flatMap((word) =>
    tokenise(word).map((token) => normaliseToken(token)),
  ),
);

/**
 * Returns whether a normalised index term is a function word in one of the corpus languages.
 * @example isStopword("the") // true
 */
export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
