/**
 * Where /brief's slowest answers come from, at one size. Not part of `npm run bench`; by hand:
 *   BRIEFBOT_BENCH_CODE=dist node --expose-gc --import tsx bench/answer-gc.ts --size 100000 --cache DIR
 * Starts as the bot does (loadKnowledge with the knowledge cache in DIR, a cold start when DIR is empty, then
 * prepareAnswers, then a full collection unless `--as-started`), answers the bench's questions `--passes` times
 * (the memos are warm from the second on), and prints the peak RSS once loaded and once prepared and, for the
 * last pass, its quantiles, the collections V8 ran during it by kind, and its slowest questions
 * with their places in the pass. A full collection marks the heap over about a second while questions go on
 * being answered, and the questions of that second are slower: the slow questions then come in runs of nearby
 * places, one run per full collection. Add `--trace-gc-nvp` to the node flags for the bytes each scavenge
 * promoted.
 */
import { constants, PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { fitHeapGrowth, holdHeapGrowth, loadKnowledge, prepareAnswers, replyTo } from "./bot.ts";
import { ensureCorpus } from "./generate.ts";
import { heapAfterGcMb, peakRssMb } from "./measure.ts";
import { quantile, round } from "./stats.ts";

const NOW = new Date("2025-06-02T08:00:00Z");
/** Slow questions this many places apart or closer are one run. */
const RUN_GAP = 10;
const SHOWN = 15;

const GC_KINDS: Readonly<Record<number, string>> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "mark-compact",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks",
};

/** One collection as the performance observer reports it. */
interface Collection {
  start: number;
  ms: number;
  kind: string;
}

/** One question of the last pass. */
interface Answered {
  place: number;
  start: number;
  ms: number;
  text: string;
}

function kindOf(detail: unknown): string {
  const kind = typeof detail === "object" && detail !== null && "kind" in detail ? detail.kind : undefined;
  return typeof kind === "number" ? (GC_KINDS[kind] ?? `kind ${kind}`) : "unknown";
}

/** Returns how many runs the places make, places at most RUN_GAP apart being one run. */
function runsOf(places: readonly number[]): number {
  const sorted = [...places].sort((a, b) => a - b);
  let runs = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const place of sorted) {
    if (place - last > RUN_GAP) runs++;
    last = place;
  }
  return runs;
}

const { values } = parseArgs({
  options: {
    size: { type: "string" },
    cache: { type: "string" },
    passes: { type: "string", default: "2" },
    "as-started": { type: "boolean", default: false },
  },
});
if (!values.size || !values.cache)
  throw new Error("usage: answer-gc.ts --size N --cache DIR [--passes 2] [--as-started]");
// Without it the live heap printed would hold the start's garbage.
if (!values["as-started"] && globalThis.gc === undefined) throw new Error("run node with --expose-gc");

holdHeapGrowth();
const generated = ensureCorpus(Number(values.size));
const started = performance.now();
const knowledge = await loadKnowledge(
  { corpusDir: generated.docsDir, maxFileBytes: undefined, cacheDir: values.cache },
  () => NOW,
);
fitHeapGrowth();
const startPeakMb = peakRssMb();
await prepareAnswers(knowledge);
// The bot's first questions meet what loading and preparing left; the bench's scale child collects it first.
const heap = values["as-started"]
  ? `heap in use ${round(process.memoryUsage().heapUsed / 2 ** 20, 1)} MB`
  : `live heap ${round(heapAfterGcMb(), 1)} MB`;
console.log(
  `start ${round((performance.now() - started) / 1000, 1)} s, ${heap}, peak RSS ${round(startPeakMb, 1)} MB loaded and ${round(peakRssMb(), 1)} MB prepared`,
);

const collections: Collection[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    collections.push({
      start: entry.startTime,
      ms: entry.duration,
      kind: kindOf("detail" in entry ? entry.detail : undefined),
    });
});
observer.observe({ entryTypes: ["gc"] });

const passes = Math.max(1, Number(values.passes));
let answered: Answered[] = [];
for (let pass = 0; pass < passes; pass++) {
  answered = [];
  generated.questions.forEach((question, place) => {
    const start = performance.now();
    replyTo("brief", question.text, { knowledge, now: NOW, defaultLang: "en" });
    answered.push({ place, start, ms: performance.now() - start, text: question.text });
  });
}
// The observer reports collections from a task of its own, so those of every pass come in only now.
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();
const lastPass = collections.filter((gc) => gc.start >= (answered[0]?.start ?? 0));

const times = answered.map((question) => question.ms);
const p99 = quantile(times, 0.99);
console.log(
  `last of ${passes} passes, ${answered.length} questions: p50 ${round(quantile(times, 0.5))} ms, ` +
    `p90 ${round(quantile(times, 0.9))} ms, p99 ${round(p99)} ms, max ${round(Math.max(...times))} ms`,
);
const byKind = new Map<string, { count: number; ms: number }>();
for (const { kind, ms } of lastPass) {
  const sum = byKind.get(kind) ?? { count: 0, ms: 0 };
  byKind.set(kind, { count: sum.count + 1, ms: sum.ms + ms });
}
for (const [kind, { count, ms }] of byKind) console.log(`  ${kind}: ${count}, ${round(ms, 1)} ms in all`);
const slow = answered.filter((question) => question.ms >= p99);
console.log(
  `questions at or above p99: ${slow.length}, in ${runsOf(slow.map((question) => question.place))} runs`,
);
const inside = (question: Answered): number =>
  lastPass
    .filter((gc) => gc.start >= question.start && gc.start < question.start + question.ms)
    .reduce((sum, gc) => sum + gc.ms, 0);
for (const question of [...answered].sort((a, b) => b.ms - a.ms).slice(0, SHOWN))
  console.log(
    `  #${question.place} ${round(question.ms, 1)} ms (collections ${round(inside(question), 1)} ms): ${question.text}`,
  );
console.log(`peak RSS ${round(peakRssMb(), 1)} MB`);
