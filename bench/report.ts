/** Turns measured figures into target checks, results.json content and the README's markdown table. */

import type { BotCode } from "./bot-code.ts";
import type { ColdStartResult } from "./cold-start.ts";
import type { E2eResult } from "./e2e.ts";
import type { MeetingScaleFigure } from "./meetings.ts";
import type { ScaleResult } from "./scale-figures.ts";
import { round } from "./stats.ts";

/** The machine a run was measured on. */
export interface Machine {
  cpuModel: string;
  cpus: number;
  totalMemMb: number;
  node: string;
  platform: string;
}

/** Everything results.json holds; each section carries the date it was last measured. */
export interface BenchResults {
  machine: Machine;
  date: string;
  command: string;
  scale?: { date: string; runs: number; sizes: ScaleResult[] };
  meetings?: { date: string; sizes: MeetingScaleFigure[] };
  e2e?: { date: string } & E2eResult;
  coldStart?: { date: string } & ColdStartResult;
  targets: TargetCheck[];
}

/** One target and whether the figure meets it; `missBy` says by how much when it does not. */
export interface TargetCheck {
  name: string;
  figure: number;
  unit: string;
  target: string;
  pass: boolean;
  missBy?: string;
  why?: string;
}

/** The corpus size the scale targets are set for. */
export const TARGET_SIZE = 100_000;
const MAX_BRIEF_P99_MS = 50;
const MIN_LOAD_SPEEDUP = 3;
const MAX_PEAK_MB = 1536;
const MIN_E2E_RATIO = 0.5;
const MAX_ACK_P99_MS = 50;
const MAX_COLD_START_MS = 1500;
const MAX_HEAP_AFTER_BUILD_MB = 700;
const MAX_KNOWLEDGE_BUILD_MS = 120_000;
const MAX_WARM_START_MS = 10_000;

function atMost(name: string, figure: number, limit: number, unit: string, why?: string): TargetCheck {
  const pass = figure <= limit;
  const over = figure - limit;
  return {
    name,
    figure,
    unit,
    target: `≤ ${limit} ${unit}`.trim(),
    pass,
    ...(pass
      ? {}
      : {
          missBy: `${round(over, 2)} ${unit} over (${round((over / limit) * 100, 0)} %)`.replace("  ", " "),
        }),
    ...(pass || !why ? {} : { why }),
  };
}

function atLeast(name: string, figure: number, limit: number, unit: string, why?: string): TargetCheck {
  const pass = figure >= limit;
  const under = limit - figure;
  return {
    name,
    figure,
    unit,
    target: `≥ ${limit} ${unit}`.trim(),
    pass,
    ...(pass
      ? {}
      : {
          missBy: `${round(under, 2)} ${unit} short (${round((under / limit) * 100, 0)} %)`.replace(
            "  ",
            " ",
          ),
        }),
    ...(pass || !why ? {} : { why }),
  };
}

function scaleChecks(scale: ScaleResult): TargetCheck[] {
  const at = scale.size === TARGET_SIZE ? "at 100k" : `at ${scale.size} (targets are for 100k)`;
  const { bot, baseline } = scale;
  return [
    atMost(
      `/brief p99 ${at}`,
      bot.brief.p99,
      MAX_BRIEF_P99_MS,
      "ms",
      `p50 is ${bot.brief.p50} ms; the plain-MiniSearch baseline's p99 is ${baseline.search.p99} ms on the same questions${bot.warmBrief === undefined ? "" : `; in a process holding the bot alone (warm start, tables prepared) p50 / p99 are ${bot.warmBrief.p50} / ${bot.warmBrief.p99} ms`}.`,
    ),
    atMost(
      `/brief p99 ÷ baseline p99 ${at}`,
      scale.p99Ratio,
      1,
      "",
      `bot p99 ${bot.brief.p99} ms against baseline p99 ${baseline.search.p99} ms: the bot expands, searches passages, extracts facts and renders.`,
    ),
    atLeast(
      `persisted index load speed-up over rebuild ${at}`,
      bot.loadSpeedup,
      MIN_LOAD_SPEEDUP,
      "×",
      `rebuild ${bot.searcherBuildMs} ms, load ${bot.persistedLoadMs} ms for ${round(bot.persistedBytes / 1024 / 1024, 1)} MB of JSON.`,
    ),
    atMost(
      `peak RSS ${at}`,
      bot.peakRssMb,
      MAX_PEAK_MB,
      "MB",
      `heap after build ${bot.heapAfterBuildMb} MB, of which the loaded corpus is ${scale.heapCorpusMb} MB.`,
    ),
    atMost(
      `heap after build ${at}`,
      bot.heapAfterBuildMb,
      MAX_HEAP_AFTER_BUILD_MB,
      "MB",
      `${bot.heapPerDocKb ?? "?"} KB per document; the loaded corpus alone is ${scale.heapCorpusMb} MB.`,
    ),
    atMost(
      `knowledge build (cold) ${at}`,
      bot.knowledgeBuildMs,
      MAX_KNOWLEDGE_BUILD_MS,
      "ms",
      `corpus load before it: ${scale.corpusLoadMs} ms.`,
    ),
    ...(bot.warmStartMs === undefined
      ? []
      : [
          atMost(
            `warm start from the knowledge cache ${at}`,
            bot.warmStartMs,
            MAX_WARM_START_MS,
            "ms",
            `cold start ${bot.coldStartMs ?? "?"} ms.`,
          ),
        ]),
  ];
}

function e2eChecks(e2e: E2eResult): TargetCheck[] {
  const littleMs = round((e2e.connections / e2e.bot.requestsPerSecond) * 1000, 1);
  return [
    atLeast(
      "end to end: bot ÷ bare Bolt app, replies/s",
      e2e.ratio,
      MIN_E2E_RATIO,
      "",
      `the bot acks ${e2e.bot.requestsPerSecond} req/s (bare ${e2e.bare.requestsPerSecond}) but posts only ${e2e.bot.repliesPerSecond} replies/s (bare ${e2e.bare.repliesPerSecond}); answers queue behind the acks, so the reply p50 is ${e2e.bot.replyP50Ms} ms.`,
    ),
    atMost(
      "end to end: bot p99 ack",
      e2e.bot.ackP99Ms,
      MAX_ACK_P99_MS,
      "ms",
      `at a fixed concurrency of ${e2e.connections} a saturated server queues requests: mean latency = ${e2e.connections} ÷ throughput = ${littleMs} ms (Little's law) for the bot; the bare Bolt app's own p99 ack is ${e2e.bare.ackP99Ms} ms.`,
    ),
  ];
}

/** Returns every target check the figures allow, the scale ones for the largest size measured. */
export function evaluateTargets(results: Omit<BenchResults, "targets">): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const sizes = results.scale?.sizes ?? [];
  const largest = sizes.reduce<ScaleResult | undefined>(
    (best, s) => (!best || s.size > best.size ? s : best),
    undefined,
  );
  if (largest) checks.push(...scaleChecks(largest));
  if (results.e2e) checks.push(...e2eChecks(results.e2e));
  if (results.coldStart) {
    checks.push(
      atMost(
        "cold start on the seeds (median)",
        results.coldStart.medianMs,
        MAX_COLD_START_MS,
        "ms",
        `runs: ${results.coldStart.runsMs.join(", ")} ms.`,
      ),
    );
  }
  return checks;
}

/** What each code a bench child may run is called in the table. */
const CODE_NAMES: Readonly<Record<BotCode, string>> = {
  dist: "dist/ build, as `npm start`",
  src: "sources through tsx",
};

const mb = (bytes: number): string => `${round(bytes / 1024 / 1024, 1)} MB`;
const ms = (value: number): string => `${round(value, value < 10 ? 2 : 1)} ms`;
const pct = (share: number): string => `${round(share * 100, 2)} %`;

function scaleTable(sizes: readonly ScaleResult[]): string[] {
  const header = `| | ${sizes.map((s) => `${s.size.toLocaleString("en")} docs`).join(" | ")} |`;
  const rule = `|---|${sizes.map(() => "---:").join("|")}|`;
  const row = (label: string, cell: (s: ScaleResult) => string): string =>
    `| ${label} | ${sizes.map(cell).join(" | ")} |`;
  return [
    header,
    rule,
    row(
      "topic share of a question: median / p90",
      (s) => `${pct(s.topicShare.median)} / ${pct(s.topicShare.p90)}`,
    ),
    row("corpus load (bot's loader)", (s) => ms(s.corpusLoadMs)),
    row("search index build (createSearcher)", (s) => ms(s.bot.searcherBuildMs)),
    row("knowledge build (index + facts + meetings)", (s) => ms(s.bot.knowledgeBuildMs)),
    row("cold / warm start (loadKnowledge, fresh process)", (s) =>
      s.bot.warmStartMs === undefined ? "—" : `${ms(s.bot.coldStartMs ?? 0)} / ${ms(s.bot.warmStartMs)}`,
    ),
    row(
      "heap after build, fresh process (per document)",
      (s) =>
        `${s.bot.heapAfterBuildMb} MB${s.bot.heapPerDocKb === undefined ? "" : ` (${s.bot.heapPerDocKb} KB)`}`,
    ),
    row("persisted index size", (s) => mb(s.bot.persistedBytes)),
    row("persisted index load / speed-up", (s) => `${ms(s.bot.persistedLoadMs)} / ${s.bot.loadSpeedup}×`),
    row(
      "**/brief p50 / p99** (whole answer path)",
      (s) => `**${ms(s.bot.brief.p50)} / ${ms(s.bot.brief.p99)}**`,
    ),
    row("/brief p50 / p99, bot alone (warm start, tables prepared)", (s) =>
      s.bot.warmBrief === undefined ? "—" : `${ms(s.bot.warmBrief.p50)} / ${ms(s.bot.warmBrief.p99)}`,
    ),
    row("baseline MiniSearch build", (s) => ms(s.baseline.buildMs)),
    row("baseline search p50 / p99", (s) => `${ms(s.baseline.search.p50)} / ${ms(s.baseline.search.p99)}`),
    row("bot ÷ baseline: p50 / p99", (s) => `${s.p50Ratio} / ${s.p99Ratio}`),
    row(
      "replies citing a document / cited precision",
      (s) => `${pct(s.bot.answeredShare)} / ${pct(s.bot.citedPrecision)}`,
    ),
    row("lexicon questions answered across languages", (s) => pct(s.bot.crossLanguageShare)),
    row(
      "baseline precision@10 / share returned (median)",
      (s) => `${pct(s.baseline.precisionAt10)} / ${pct(s.baseline.returnedShare.median)}`,
    ),
    row(
      "peak RSS: bot only, fresh process (per document) / bench with baseline",
      (s) =>
        `${s.bot.peakRssMb} MB${s.bot.peakRssPerDocKb === undefined ? "" : ` (${s.bot.peakRssPerDocKb} KB)`} / ${s.peakRssMb} MB`,
    ),
    row("peak RSS of the warm start", (s) =>
      s.bot.warmPeakRssMb === undefined ? "—" : `${s.bot.warmPeakRssMb} MB`,
    ),
    row("measured", (s) => s.measuredAt?.slice(0, 16).replace("T", " ") ?? "—"),
    row("bot's code measured", (s) => CODE_NAMES[s.code ?? "src"]),
    row("before: measured", (s) => s.previous?.measuredAt?.slice(0, 16).replace("T", " ") ?? "—"),
    row("before: corpus load / knowledge build", (s) =>
      s.previous === undefined ? "—" : `${ms(s.previous.corpusLoadMs)} / ${ms(s.previous.knowledgeBuildMs)}`,
    ),
    row("before: heap after build / peak RSS", (s) =>
      s.previous === undefined ? "—" : `${s.previous.heapAfterBuildMb} MB / ${s.previous.peakRssMb} MB`,
    ),
    row("before: warm start / /brief p99", (s) =>
      s.previous === undefined
        ? "—"
        : `${s.previous.warmStartMs === undefined ? "—" : ms(s.previous.warmStartMs)} / ${ms(s.previous.briefP99Ms)}`,
    ),
  ];
}

function e2eTable(e2e: E2eResult): string[] {
  const row = (label: string, cell: (f: E2eResult["bot"]) => string): string =>
    `| ${label} | ${cell(e2e.bot)} | ${cell(e2e.bare)} |`;
  return [
    `| concurrency ${e2e.connections}, ${e2e.durationS} s × ${e2e.rounds.length} rounds | Briefbot | bare Bolt app |`,
    "|---|---:|---:|",
    row("acked requests/s", (f) => String(f.requestsPerSecond)),
    row("replies posted/s (first request → last reply)", (f) => String(f.repliesPerSecond)),
    row("ack p50 / p99", (f) => `${ms(f.ackP50Ms)} / ${ms(f.ackP99Ms)}`),
    row("response_url post p50 / p99", (f) => `${ms(f.replyP50Ms)} / ${ms(f.replyP99Ms)}`),
    row("replies received (of requests queued)", (f) => pct(f.replyShare)),
    row("turned away at once with the busy note", (f) => String(f.busy)),
    row("non-2xx / errors / timeouts", (f) => `${f.non2xx} / ${f.errors} / ${f.timeouts}`),
    `| **ratio bot ÷ bare: replies/s** (acks/s) | **${e2e.ratio}** (${e2e.ackRatio}) | |`,
  ];
}

/** Returns the README section: the machine, the tables, the targets and the command that reproduces them. */
export function markdownReport(results: BenchResults): string {
  const { machine } = results;
  const lines: string[] = [
    "## Benchmarks",
    "",
    `Measured ${results.date.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel}, ${round(machine.totalMemMb / 1024, 1)} GB, Node ${machine.node}.`,
    "Reproduce with `npm run bench` (all parts; or one part, e.g. `npm run bench -- --only scale --sizes 1000,10000`,",
    "`--only e2e`, `--only cold`). It writes `bench/results.json` (every figure, the machine, pass/fail per target);",
    `corpora are generated once into \`bench/corpora/\` and reused while their hash matches. Last command: \`${results.command}\`.`,
    "Absolute times are medians of at least three runs; ratios are measured within one run.",
    "",
  ];
  if (results.scale) {
    lines.push(
      "### Corpus scale",
      "",
      "Generated multilingual archives (en, it, fr, es, de, ar, sw, hi; ~1.5 KB per document, one meeting each, Zipf-distributed topics, lexicon topics among them), " +
        `${results.scale.sizes[0]?.questions ?? 0} /brief questions in eight languages. The baseline is plain MiniSearch with default options over title and text.`,
      "",
      ...scaleTable(results.scale.sizes),
      "",
    );
  }
  if (results.meetings) {
    lines.push(
      "### Meeting resolution",
      "",
      "`/meeting rome` over synthetic meetings that all take place in Rome and share five organisations (median of three runs):",
      "",
      "| meetings | resolve |",
      "|---:|---:|",
      ...results.meetings.sizes.map((figure) => `| ${figure.meetings} | ${ms(figure.resolveMs)} |`),
      "",
    );
  }
  if (results.e2e) lines.push("### End to end (signed /brief over HTTP)", "", ...e2eTable(results.e2e), "");
  if (results.coldStart) {
    lines.push(
      "### Cold start",
      "",
      `\`briefbot start\` in HTTP mode on the seeds until \`GET /healthz\` answers 200: median **${ms(results.coldStart.medianMs)}** (runs: ${results.coldStart.runsMs.map(ms).join(", ")}).`,
      "",
    );
  }
  lines.push("### Targets", "", "| target | figure | goal | met? |", "|---|---:|---:|---|");
  for (const check of results.targets) {
    const verdict = check.pass ? "yes" : `**no**: ${check.missBy}${check.why ? `. ${check.why}` : ""}`;
    lines.push(
      `| ${check.name} | ${check.figure}${check.unit ? ` ${check.unit}` : ""} | ${check.target} | ${verdict} |`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
