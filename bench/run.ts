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
import { runColdStart } from "./cold-start.ts";
import { runE2e } from "./e2e.ts";
import { ensureCorpus, ROOT } from "./generate.ts";
import { runMeetingScale } from "./meetings.ts";
import { type BenchResults, evaluateTargets, type Machine, markdownReport } from "./report.ts";
import type { ScaleResult } from "./scale-figures.ts";

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

function runScaleSize(size: number, runs: number): ScaleResult {
  const started = performance.now();
  const manifest = ensureCorpus(size).manifest;
  log(
    `corpus ${size}: ready in ${Math.round(performance.now() - started)} ms (${manifest.hash}); measuring in a child process`,
  );
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
        "--size",
        String(size),
        "--runs",
        String(runs),
        "--out",
        out,
      ],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (child.status !== 0)
      throw new Error(`corpus-scale for ${size} documents exited with ${child.status ?? child.signal}`);
    return JSON.parse(readFileSync(out, "utf8")) as ScaleResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  const measured = sizes.map((size) => ({ ...runScaleSize(size, runs), measuredAt: date }));
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
