/** What the corpus-scale benchmark reports for one corpus size (written by a child process as JSON). */

/** Latency percentiles of one pass over the question set, in ms. */
export interface LatencyPass {
  p50: number;
  p99: number;
}

/** The bot's figures: the real index, facts and the whole /brief answer path. */
export interface BotScale {
  /** createSearcher over the loaded corpus (the index the bot rebuilds when the corpus changed). */
  searcherBuildMs: number;
  searcherBuildRunsMs: number[];
  /** buildKnowledge: search index, facts and meetings, as the bot builds them at start. */
  knowledgeBuildMs: number;
  heapAfterBuildMb: number;
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
  /** Peak RSS before the baseline index was built in the same process. */
  peakRssMb: number;
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

/** Everything measured for one corpus size. */
export interface ScaleResult {
  size: number;
  /** When this size was measured (sizes not re-run keep their earlier figures). */
  measuredAt?: string;
  docsLoaded: number;
  corpusLoadMs: number;
  heapCorpusMb: number;
  questions: number;
  questionLangs: Record<string, number>;
  topicShare: { median: number; p90: number; max: number };
  bot: BotScale;
  baseline: BaselineScale;
  /** Bot p99 / baseline p99 and p50 / p50, median over the interleaved passes of one process. */
  p99Ratio: number;
  p50Ratio: number;
  peakRssMb: number;
}
