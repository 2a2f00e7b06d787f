/**
 * Cold start: from spawning `node bin/briefbot.js start` in HTTP mode on the seeds to the first
 * GET /healthz that answers 200 (the index is ready), over several runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./generate.ts";
import { freePort, httpModeEnv, startNode, stopServer, waitForOk } from "./processes.ts";
import { startSlackSink } from "./slack-sink.ts";
import { median, round } from "./stats.ts";

/** Every run's time to a healthy /healthz, and their median. */
export interface ColdStartResult {
  runsMs: number[];
  medianMs: number;
}

/** Starts the bot `runs` times, one after another, and times each start until /healthz answers 200. */
export async function runColdStart(runs: number, log: (line: string) => void): Promise<ColdStartResult> {
  const sink = await startSlackSink();
  const dbDir = mkdtempSync(join(tmpdir(), "briefbot-cold-"));
  const runsMs: number[] = [];
  try {
    // The first fetch of a process loads its HTTP client; do that before any clock starts.
    await (await fetch(`${sink.apiUrl}auth.test`, { method: "POST" })).arrayBuffer();
    for (let run = 0; run < runs; run++) {
      const port = await freePort();
      const started = performance.now();
      const server = startNode(
        [join(ROOT, "bin", "briefbot.js"), "start"],
        httpModeEnv(port, sink.apiUrl, join(ROOT, "seeds"), join(dbDir, `cold-${run}.sqlite`)),
        ROOT,
      );
      try {
        const ms = await waitForOk(`http://127.0.0.1:${port}/healthz`, server, started, 60_000, 5);
        runsMs.push(round(ms, 1));
        log(`cold start ${run + 1}/${runs}: ${round(ms, 0)} ms`);
      } finally {
        await stopServer(server);
      }
    }
  } finally {
    await sink.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
  return { runsMs, medianMs: round(median(runsMs), 1) };
}
