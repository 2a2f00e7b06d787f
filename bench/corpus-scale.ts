/**
 * The corpus-scale benchmark for one size, run in a child process of its own (`node --expose-gc`) so sizes
 * do not pollute each other's heap: loads the generated corpus with the bot's loader, builds the bot's
 * search index and knowledge, persists and reloads the index, and times the whole /brief answer path
 * against plain MiniSearch over the same questions. Writes a ScaleResult as JSON to --out.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "../src/corpus/lexicon.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import type { Corpus } from "../src/corpus/types.ts";
import { buildKnowledge } from "../src/knowledge/build.ts";
import type { Knowledge } from "../src/knowledge/types.ts";
import { replyTo } from "../src/render/reply.ts";
import { createSearcher, loadSearcher } from "../src/search/searcher.ts";
import { baselineDocs, buildBaseline } from "./baseline.ts";
import { ensureCorpus } from "./generate.ts";
import { collectGarbage, heapAfterGcMb, peakRssMb, timed, timedAsync } from "./measure.ts";
import type { BenchQuestion } from "./questions.ts";
import type { BotScale, LatencyPass, ScaleResult } from "./scale-figures.ts";
import { median, quantile, round } from "./stats.ts";

/** The clock every reply sees, so runs are comparable. */
const NOW = new Date("2025-06-02T08:00:00Z");
const WARM_UP_QUESTIONS = 200;

function pass(samples: readonly number[]): LatencyPass {
  return { p50: round(quantile(samples, 0.5), 3), p99: round(quantile(samples, 0.99), 3) };
}

function langOfId(id: string): string {
  return id.slice(id.lastIndexOf("_") + 1);
}

/** How the bot's replies measure up against the ground truth. */
interface ReplyQuality {
  answeredShare: number;
  citedPrecision: number;
  crossLanguageShare: number;
}

function briefPass(
  knowledge: Knowledge,
  questions: readonly BenchQuestion[],
  truth: Readonly<Record<string, number[]>>,
): { samples: number[]; quality: ReplyQuality } {
  const samples: number[] = [];
  let answered = 0;
  let cited = 0;
  let relevant = 0;
  let lexiconQuestions = 0;
  let crossLanguage = 0;
  for (const question of questions) {
    const { ms, value: reply } = timed(() =>
      replyTo("brief", question.text, { knowledge, now: NOW, defaultLang: "en" }),
    );
    samples.push(ms);
    const sources = reply.message.metadata.event_payload.sources;
    if (sources.length > 0) answered++;
    const about = sources.filter((id) => truth[id]?.includes(question.topic));
    cited += sources.length;
    relevant += about.length;
    if (question.topicId.startsWith("lex:")) {
      lexiconQuestions++;
      if (about.some((id) => langOfId(id) !== question.lang)) crossLanguage++;
    }
  }
  return {
    samples,
    quality: {
      answeredShare: round(answered / questions.length, 3),
      citedPrecision: round(cited === 0 ? 0 : relevant / cited, 3),
      crossLanguageShare: round(lexiconQuestions === 0 ? 0 : crossLanguage / lexiconQuestions, 3),
    },
  };
}

async function measure(size: number, runs: number, indexFile: string): Promise<ScaleResult> {
  const generated = ensureCorpus(size);
  const { questions, truth } = generated;
  const lexicon = createLexiconLookup(loadLexiconFiles(lexiconPaths(generated.docsDir)));
  const loaded = await timedAsync(() => loadCorpus(generated.docsDir));
  const corpus: Corpus = loaded.value;
  const heapCorpusMb = heapAfterGcMb();

  const searcherBuildRunsMs: number[] = [];
  // The persisted index goes to disk at once: held as a string it would weigh on every figure after it.
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const built = timed(() => createSearcher(corpus, lexicon));
    searcherBuildRunsMs.push(built.ms);
    writeFileSync(indexFile, built.value.toJSON());
  }
  const persistedBytes = statSync(indexFile).size;
  collectGarbage();
  const builtKnowledge = timed(() => buildKnowledge(corpus, lexicon, { now: NOW }));
  const knowledge = builtKnowledge.value;
  const heapAfterBuildMb = heapAfterGcMb();

  const persistedLoadRunsMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    persistedLoadRunsMs.push(timed(() => loadSearcher(readFileSync(indexFile, "utf8"), corpus, lexicon)).ms);
  }

  briefPass(knowledge, questions.slice(0, WARM_UP_QUESTIONS), truth);
  const botPeakRssMb = peakRssMb();

  const docs = baselineDocs(corpus);
  const baselineBuildRunsMs: number[] = [];
  let baseline = buildBaseline([]);
  const heapBeforeBaseline = heapAfterGcMb();
  for (let run = 0; run < runs; run++) {
    baseline = buildBaseline([]);
    collectGarbage();
    const built = timed(() => buildBaseline(docs));
    baselineBuildRunsMs.push(built.ms);
    baseline = built.value;
  }
  const baselineHeapMb = heapAfterGcMb() - heapBeforeBaseline;
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) baseline.search(question.text);

  const briefRuns: LatencyPass[] = [];
  const searchRuns: LatencyPass[] = [];
  const p99Ratios: number[] = [];
  const p50Ratios: number[] = [];
  let quality: ReplyQuality = { answeredShare: 0, citedPrecision: 0, crossLanguageShare: 0 };
  let precisionAt10 = 0;
  let returnedShares: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A fresh Knowledge object and searcher per pass: the bot memoises answers per Knowledge and rankings per
    // searcher, and a pass that reuses the previous pass's memos would measure look-ups, not answers.
    const fresh: Knowledge = {
      ...knowledge,
      search: loadSearcher(readFileSync(indexFile, "utf8"), corpus, lexicon),
    };
    collectGarbage();
    const bot = briefPass(fresh, questions, truth);
    quality = bot.quality;
    collectGarbage();
    const samples: number[] = [];
    let relevant = 0;
    let shown = 0;
    returnedShares = [];
    for (const question of questions) {
      const { ms, value: results } = timed(() => baseline.search(question.text));
      samples.push(ms);
      returnedShares.push(results.length / corpus.docs.length);
      const top = results.slice(0, 10);
      shown += top.length;
      relevant += top.filter((hit) => truth[String(hit.id)]?.includes(question.topic)).length;
    }
    precisionAt10 = shown === 0 ? 0 : relevant / shown;
    const botPass = pass(bot.samples);
    const basePass = pass(samples);
    briefRuns.push(botPass);
    searchRuns.push(basePass);
    p99Ratios.push(botPass.p99 / basePass.p99);
    p50Ratios.push(botPass.p50 / basePass.p50);
  }

  const searcherBuildMs = median(searcherBuildRunsMs);
  const persistedLoadMs = median(persistedLoadRunsMs);
  const botScale: BotScale = {
    searcherBuildMs: round(searcherBuildMs, 1),
    searcherBuildRunsMs: searcherBuildRunsMs.map((ms) => round(ms, 1)),
    knowledgeBuildMs: round(builtKnowledge.ms, 1),
    heapAfterBuildMb: round(heapAfterBuildMb, 1),
    persistedBytes,
    persistedLoadMs: round(persistedLoadMs, 1),
    persistedLoadRunsMs: persistedLoadRunsMs.map((ms) => round(ms, 1)),
    loadSpeedup: round(searcherBuildMs / persistedLoadMs, 2),
    brief: { p50: median(briefRuns.map((r) => r.p50)), p99: median(briefRuns.map((r) => r.p99)) },
    briefRuns,
    ...quality,
    peakRssMb: round(botPeakRssMb, 1),
  };
  const questionLangs: Record<string, number> = {};
  for (const question of questions) questionLangs[question.lang] = (questionLangs[question.lang] ?? 0) + 1;
  return {
    size,
    docsLoaded: corpus.docs.length,
    corpusLoadMs: round(loaded.ms, 1),
    heapCorpusMb: round(heapCorpusMb, 1),
    questions: questions.length,
    questionLangs,
    topicShare: generated.manifest.topicShare,
    bot: botScale,
    baseline: {
      buildMs: round(median(baselineBuildRunsMs), 1),
      buildRunsMs: baselineBuildRunsMs.map((ms) => round(ms, 1)),
      heapMb: round(baselineHeapMb, 1),
      search: { p50: median(searchRuns.map((r) => r.p50)), p99: median(searchRuns.map((r) => r.p99)) },
      searchRuns,
      precisionAt10: round(precisionAt10, 3),
      returnedShare: {
        median: round(median(returnedShares), 4),
        p90: round(quantile(returnedShares, 0.9), 4),
      },
    },
    p99Ratio: round(median(p99Ratios), 3),
    p50Ratio: round(median(p50Ratios), 3),
    peakRssMb: round(peakRssMb(), 1),
  };
}

const { values } = parseArgs({
  options: { size: { type: "string" }, runs: { type: "string", default: "3" }, out: { type: "string" } },
});
if (!values.size || !values.out)
  throw new Error("usage: corpus-scale.ts --size N --out result.json [--runs 3]");
const result = await measure(Number(values.size), Number(values.runs), `${values.out}.index.json`);
writeFileSync(values.out, JSON.stringify(result, null, 2));
