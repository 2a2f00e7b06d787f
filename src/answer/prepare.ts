import type { Knowledge } from "../knowledge/index.ts";
import { trigramTableOf } from "./suggest.ts";
import { fieldWordsOf, vocabularyOf } from "./vocabulary.ts";

/**
 * Builds the tables answers read from the whole corpus (the reply languages' vocabulary, the field's words, the
 * suggestions' letter triples, the search's words by skeleton) ahead of the first question, which would otherwise wait for
 * them (seconds at 10,000 documents). Each is built once, so calling this again costs nothing.
 * @example prepareAnswers(knowledge) // the next /brief finds both tables built
 */
export function prepareAnswers(knowledge: Knowledge): void {
  vocabularyOf(knowledge);
  fieldWordsOf(knowledge);
  trigramTableOf(knowledge);
  knowledge.search.prepare?.();
}
