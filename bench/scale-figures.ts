/** What the corpus-scale benchmark reports for one corpus size (written by a child process as JSON). */

import type { BotCode } from "./bot-code.ts";

/** Latency percentiles of one pass over the question set, in ms. */
export interface LatencyPass {
  p50: number;
  p99: number;
}

/** The bot's timings and reply quality, measured in the scale child before the baseline is built. */
export interface BotTimings {
  /** createSearcher over the loaded corpus (the index the bot rebuilds when the corpus changed). */
  searcherBuildMs: number;
  searcherBuildRunsMs: number[];
  /** buildKnowledge: search index, facts and meetings, as the bot builds them at start. */
  knowledgeBuildMs: number;
  /** Heap after the knowledge build in the scale child (which also holds the bench's own data). */
  heapAfterBuildInBenchMb: number;
  persistedBytes: number;
  /** Reading the persisted index file, parsing it and loadSearcher. */
  persistedLoadMs: number;
  persistedLoadRunsMs: number[];
  /** searcherBuildMs / persistedLoadMs. */
  loadSpeedup: number;
  brief: LatencyPass;
  briefRuns: LatencyPass[];
  /** Share of questions whose reply cites at least one document. */
  answeredShare: number;
  /** Share of cited documents that are about the topic asked. */
  citedPrecision: number;
  /** Share of lexicon-topic questions whose reply cites a relevant document in another language. */
  crossLanguageShare: number;
}

/** What a fresh process that only starts the bot (loadKnowledge) and answers every question once measures. */
export interface StartFigures {
  /** loadKnowledge: corpus load, lexicon, knowledge build (or reuse of the cache), cache written. */
  startMs: number;
  docs: number;
  heapAfterStartMb: number;
  heapPerDocKb: number;
  /** Peak RSS when the start had finished, before any question. */
  peakRssAtStartMb: number;
  /** Peak RSS after every question was answered once. */
  peakRssMb: number;
  peakRssPerDocKb: number;
  /** prepareAnswers after the start: the tables a first question would otherwise build. */
  prepareMs: number;
  /** The whole /brief answer path over every question once, in this process holding the bot alone. */
  brief: LatencyPass;
}

/** The bot's figures: timings from the scale child, memory from a fresh child of its own, cold and warm starts. */
export interface BotScale extends BotTimings {
  /** Heap of the fresh cold-start child after loadKnowledge (knowledge only). */
  heapAfterBuildMb: number;
  /** Peak RSS of the fresh cold-start child, start and every question included. */
  peakRssMb: number;
  heapPerDocKb?: number;
  peakRssPerDocKb?: number;
  /** loadKnowledge in a fresh process with an empty knowledge cache. */
  coldStartMs?: number;
  /** loadKnowledge in a fresh process from the cache the cold start wrote. */
  warmStartMs?: number;
  /** Peak RSS of the warm-start child, every question included. */
  warmPeakRssMb?: number;
  /** /brief in the warm-start child, which holds the bot alone, once its tables are prepared. */
  warmBrief?: LatencyPass;
  /** prepareAnswers in the warm-start child. */
  warmPrepareMs?: number;
}

/** The plain-MiniSearch baseline's figures over the same corpus and questions. */
export interface BaselineScale {
  buildMs: number;
  buildRunsMs: number[];
  heapMb: number;
  search: LatencyPass;
  searchRuns: LatencyPass[];
  /** Share of the top ten results that are about the topic asked. */
  precisionAt10: number;
  /** Share of all documents a question returns. */
  returnedShare: { median: number; p90: number };
}

/** Headline figures of a size's previous measurement, kept beside the new one for before/after. */
export interface PreviousFigures {
  measuredAt?: string;
  corpusLoadMs: number;
  knowledgeBuildMs: number;
  heapAfterBuildMb: number;
  peakRssMb: number;
  briefP99Ms: number;
  warmStartMs?: number;
  heapPerDocKb?: number;
}

/** Everything measured for one corpus size. */
export interface ScaleResult {
  size: number;
  /** When this size was measured (sizes not re-run keep their earlier figures). */
  measuredAt?: string;
  /** The bot's code the children ran: the build in dist/, as `npm start` runs it, or the sources (bench/bot.ts). */
  code?: BotCode;
  docsLoaded: number;
  corpusLoadMs: number;
  heapCorpusMb: number;
  questions: number;
  questionLangs: Record<string, number>;
  topicShare: { median: number; p90: number; max: number };
  bot: BotScale;
  baseline: BaselineScale;
  /** Bot p99 / baseline p99 and p50 / p50, median over the passes of one process, paired in order. */
  p99Ratio: number;
  p50Ratio: number;
  /** Peak RSS of the scale child: repeated builds and the baseline index included. */
  peakRssMb: number;
  /** The headline figures this size had before this measurement, when it had been measured. */
  previous?: PreviousFigures;
}

/** What the scale child reports: everything but the fresh children's memory and start figures. */
export interface ScaleFigures extends Omit<ScaleResult, "bot" | "measuredAt" | "previous"> {
  bot: BotTimings;
}
