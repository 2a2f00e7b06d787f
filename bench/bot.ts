/**
 * The bot's modules as a corpus-scale child measures them: from dist/ or src/, whichever bench/run.ts chose
 * (bot-code.ts).
 */
import type * as Prepare from "../src/answer/prepare.ts";
import type * as HeapGrowth from "../src/core/heap-growth.ts";
import type * as Lexicon from "../src/corpus/lexicon.ts";
import type * as Load from "../src/corpus/load.ts";
import type * as Build from "../src/knowledge/build.ts";
import type * as FactsHelper from "../src/knowledge/facts-helper.ts";
import type * as Reply from "../src/render/reply.ts";
import type * as Searcher from "../src/search/searcher.ts";
import { type BotCode, botCodeIn } from "./bot-code.ts";

/** The code this process measures. */
export const botCode: BotCode = botCodeIn(process.env);

async function botModule<T>(path: string): Promise<T> {
  const file = botCode === "dist" ? `../dist/${path}.js` : `../src/${path}.ts`;
  return (await import(new URL(file, import.meta.url).href)) as T;
}

export const { prepareAnswers } = await botModule<typeof Prepare>("answer/prepare");
export const { fitHeapGrowth, holdHeapGrowth } = await botModule<typeof HeapGrowth>("core/heap-growth");
export const { createLexiconLookup, lexiconPaths, loadLexiconFiles } =
  await botModule<typeof Lexicon>("corpus/lexicon");
export const { loadCorpus } = await botModule<typeof Load>("corpus/load");
export const { buildKnowledge, loadKnowledge } = await botModule<typeof Build>("knowledge/build");
export const { factsHelperFor } = await botModule<typeof FactsHelper>("knowledge/facts-helper");
export const { replyTo } = await botModule<typeof Reply>("render/reply");
export const { createSearcher, loadSearcher } = await botModule<typeof Searcher>("search/searcher");
