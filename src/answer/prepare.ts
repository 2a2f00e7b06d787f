import { isEnglishWord } from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { lookupsOf } from "./lookups.ts";
import { trigramBuild } from "./suggest.ts";
import { fieldWordsOf, vocabularyBuild } from "./vocabulary.ts";

/** Work done between two turns of the event loop: short enough for a Slack request to be acknowledged. */
const SLICE_MS = 20;

/** How preparing answers shares the event loop, and when it stops. */
export interface PrepareOptions {
  /** Resolves when the event loop has had a turn; a setImmediate unless given. */
  pause?: () => Promise<void>;
  /** Whether the knowledge is still wanted: preparing one that a newer knowledge replaced stops. */
  wanted?: () => boolean;
  sliceMs?: number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Builds the tables answers read from the whole corpus (documents and meetings by id, the reply languages'
 * vocabulary, the field's words and the English dictionary, the suggestions' letter triples, the search's
 * words by skeleton) ahead of the first question, which would otherwise wait for them (seconds at 10,000
 * documents, half a minute at 100,000). It works in slices of about 20 ms (documents and meetings by id
 * take one slice, 50 ms at 100,000) and gives the event loop a turn between them, so requests are still
 * answered meanwhile; a question that comes first finishes what is left. Calling it again costs nothing.
 * @example await prepareAnswers(knowledge) // the next /brief finds every table built
 */
export async function prepareAnswers(knowledge: Knowledge, options: PrepareOptions = {}): Promise<void> {
  const { pause = nextTurn, wanted = () => true, sliceMs = SLICE_MS } = options;
  const tables: ((budgetMs: number) => boolean)[] = [
    () => {
      lookupsOf(knowledge);
      return true;
    },
    (budgetMs) => vocabularyBuild(knowledge).advance(budgetMs),
    () => {
      fieldWordsOf(knowledge);
      // Its first look-up reads the dictionary.
      isEnglishWord("");
      return true;
    },
    (budgetMs) => trigramBuild(knowledge).advance(budgetMs),
    (budgetMs) => knowledge.search.prepare?.(budgetMs) ?? true,
  ];
  for (const advance of tables) {
    while (wanted() && !advance(sliceMs)) await pause();
    if (!wanted()) return;
  }
}
