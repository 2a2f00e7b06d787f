/**
 * `npm run bench`: corpus scale (one child process per size), end to end against a bare Bolt app, and
 * cold start. Writes bench/results.json and bench/README-section.md and prints the markdown table.
 * Flags: --only scale,meetings,e2e,cold  --sizes 1000,10000,100000  --meetings 1000,4000,16000  --runs 3
 * --duration 20  --rounds 3
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BENCH_CODE, type BotCode } from "./bot-code.ts";
import { runColdStart } from "./cold-start.ts";
import { runE2e } from "./e2e.ts";
import { ensureCorpus, ROOT } from "./generate.ts";
import { runMeetingScale } from "./meetings.ts";
import { type BenchResults, evaluateTargets, type Machine, markdownReport } from "./report.ts";
import type { PreviousFigures, ScaleFigures, ScaleResult, StartFigures } from "./scale-figures.ts";

const RESULTS = join(ROOT, "bench", "results.json");
const SECTION = join(ROOT, "bench", "README-section.md");
const SECTIONS = ["scale", "meetings", "e2e", "cold"] as const;
const README = join(ROOT, "README.md");
const README_START = "<!-- bench:start -->";
const README_END = "<!-- bench:end -->";

/** Puts the report between the README's bench markers, so the table there is always the latest run's. */
function updateReadme(section: string): void {
  const text = readFileSync(README, "utf8");
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) return;
  const body = section.replace(/^## Benchmarks\s*/u, "").trim();
  writeFileSync(README, `${text.slice(0, start + README_START.length)}\n${body}\n${text.slice(end)}`);
}
type Section = (typeof SECTIONS)[number];

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function machine(): Machine {
  return {
    cpuModel: cpus()[0]?.model ?? "unknown",
    cpus: cpus().length,
    totalMemMb: Math.round(totalmem() / 1024 / 1024),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

function previous(): Partial<BenchResults> {
  try {
    return JSON.parse(readFileSync(RESULTS, "utf8")) as Partial<BenchResults>;
  } catch {
    return {};
  }
}

/**
 * Builds dist/ from the current sources, as `npm ci` does, and returns the code the scale children are to run:
 * the build, which `npm start` runs, or the sources when it cannot be built.
 */
function buildBot(): BotCode {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (built.status === 0) return "dist";
  log("could not build dist/: measuring the sources through tsx");
  return "src";
}

/** Runs bench/corpus-scale.ts with these arguments in a fresh node process and returns the JSON it wrote. */
function runChild<T>(args: readonly string[], what: string, code: BotCode): T {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-scale-"));
  const out = join(dir, "result.json");
  try {
    const child = spawnSync(
      process.execPath,
      [
        "--expose-gc",
        // Room to finish and report at sizes past the memory target, rather than dying at Node's default limit.
        "--max-old-space-size=12288",
        "--import",
        "tsx",
        join(ROOT, "bench", "corpus-scale.ts"),
        ...args,
        "--out",
        out,
      ],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, [BENCH_CODE]: code } },
    );
    if (child.status !== 0) throw new Error(`${what} exited with ${child.status ?? child.signal}`);
    return JSON.parse(readFileSync(out, "utf8")) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Measures one size in three fresh processes: the timings beside the baseline, a cold start that writes the
 * knowledge cache (the bot's own memory), and a warm start from that cache.
 */
function runScaleSize(
  size: number,
  runs: number,
  code: BotCode,
): Omit<ScaleResult, "measuredAt" | "previous"> {
  const started = performance.now();
  const manifest = ensureCorpus(size).manifest;
  log(
    `corpus ${size}: ready in ${Math.round(performance.now() - started)} ms (${manifest.hash}); measuring in child processes`,
  );
  const scale = runChild<ScaleFigures>(
    ["--mode", "scale", "--size", String(size), "--runs", String(runs)],
    `corpus-scale for ${size} documents`,
    code,
  );
  const cacheDir = mkdtempSync(join(tmpdir(), "briefbot-scale-cache-"));
  try {
    const cold = runChild<StartFigures>(
      ["--mode", "cold", "--size", String(size), "--cache", cacheDir],
      `cold start for ${size} documents`,
      code,
    );
    log(`corpus ${size}: cold start ${cold.startMs} ms, peak RSS ${cold.peakRssMb} MB`);
    const warm = runChild<StartFigures>(
      ["--mode", "warm", "--size", String(size), "--cache", cacheDir],
      `warm start for ${size} documents`,
      code,
    );
    log(`corpus ${size}: warm start ${warm.startMs} ms, peak RSS ${warm.peakRssMb} MB`);
    return {
      ...scale,
      code,
      bot: {
        ...scale.bot,
        heapAfterBuildMb: cold.heapAfterStartMb,
        peakRssMb: cold.peakRssMb,
        heapPerDocKb: cold.heapPerDocKb,
        peakRssPerDocKb: cold.peakRssPerDocKb,
        coldStartMs: cold.startMs,
        warmStartMs: warm.startMs,
        warmPeakRssMb: warm.peakRssMb,
        warmBrief: warm.brief,
        warmPrepareMs: warm.prepareMs,
      },
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** The headline figures of an earlier measurement, for the before/after beside a new one. */
function previousFigures(old: ScaleResult): PreviousFigures {
  return {
    ...(old.measuredAt === undefined ? {} : { measuredAt: old.measuredAt }),
    corpusLoadMs: old.corpusLoadMs,
    knowledgeBuildMs: old.bot.knowledgeBuildMs,
    heapAfterBuildMb: old.bot.heapAfterBuildMb,
    peakRssMb: old.bot.peakRssMb,
    briefP99Ms: old.bot.brief.p99,
    ...(old.bot.warmStartMs === undefined ? {} : { warmStartMs: old.bot.warmStartMs }),
    ...(old.bot.heapPerDocKb === undefined ? {} : { heapPerDocKb: old.bot.heapPerDocKb }),
  };
}

function sectionsFrom(only: string | undefined): Section[] {
  if (!only) return [...SECTIONS];
  const picked = only.split(",").map((name) => name.trim());
  const unknown = picked.filter((name) => !SECTIONS.some((section) => section === name));
  if (unknown.length > 0) throw new Error(`--only takes ${SECTIONS.join(", ")}; got ${unknown.join(", ")}`);
  return SECTIONS.filter((section) => picked.includes(section));
}

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    sizes: { type: "string", default: "1000,10000,100000" },
    meetings: { type: "string", default: "1000,4000,16000" },
    runs: { type: "string", default: "3" },
    duration: { type: "string", default: "20" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
  },
});
const sections = sectionsFrom(values.only);
const runs = Math.max(1, Number(values.runs));
const date = new Date().toISOString();
const before = previous();
const results: Omit<BenchResults, "targets"> = {
  machine: machine(),
  date,
  command: process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(" ")}` : "npm run bench",
  ...(before.scale ? { scale: before.scale } : {}),
  ...(before.meetings ? { meetings: before.meetings } : {}),
  ...(before.e2e ? { e2e: before.e2e } : {}),
  ...(before.coldStart ? { coldStart: before.coldStart } : {}),
};

if (sections.includes("scale")) {
  const sizes = (values.sizes ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const code = buildBot();
  const measured = sizes.map((size): ScaleResult => {
    const old = before.scale?.sizes.find((earlier) => earlier.size === size);
    return {
      ...runScaleSize(size, runs, code),
      measuredAt: date,
      ...(old === undefined ? {} : { previous: previousFigures(old) }),
    };
  });
  const kept = (before.scale?.sizes ?? []).filter((old) => !sizes.includes(old.size));
  results.scale = { date, runs, sizes: [...kept, ...measured].sort((a, b) => a.size - b.size) };
}
if (sections.includes("meetings")) {
  const sizes = (values.meetings ?? "")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  results.meetings = { date, sizes: runMeetingScale(sizes, Math.max(3, runs), log) };
}
if (sections.includes("e2e")) {
  const e2e = await runE2e({
    durationS: Number(values.duration),
    connections: Number(values.connections),
    rounds: Math.max(1, Number(values.rounds)),
    log,
  });
  results.e2e = { date, ...e2e };
}
if (sections.includes("cold")) {
  results.coldStart = { date, ...(await runColdStart(Math.max(3, runs), log)) };
}

const final: BenchResults = { ...results, targets: evaluateTargets(results) };
writeFileSync(RESULTS, `${JSON.stringify(final, null, 2)}\n`);
const section = markdownReport(final);
writeFileSync(SECTION, section);
updateReadme(section);
process.stdout.write(section);
