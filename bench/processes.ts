/** Starting, watching and stopping the server processes the end-to-end and cold-start benchmarks talk to. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

/** A started server process and the last lines it wrote, to explain a failure. */
export interface ServerProcess {
  child: ChildProcess;
  output(): string;
}

const KEPT_OUTPUT = 8_000;

/** Inherited variables that would change how the bot runs; the benchmark sets its own. */
const OWN_VARIABLES = /^(SLACK_|BRIEFBOT_|DATABASE_URL$|PORT$)/;

/** Returns this process's environment without Slack, Briefbot and database settings, plus `env`. */
export function cleanEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !OWN_VARIABLES.test(key));
  return { ...Object.fromEntries(inherited), ...env };
}

/** The signing secret and bot token the benchmark's servers run with (loopback only, never real). */
export const SIGNING_SECRET = "bench-signing-secret";
export const BOT_TOKEN = "xoxb-bench-not-a-token";

/**
 * Returns the environment of a server in HTTP mode against the Slack stand-in. SLACK_APP_TOKEN and
 * DATABASE_URL are set empty so that a developer's .env cannot switch the bot to Socket Mode or PostgreSQL.
 */
export function httpModeEnv(
  port: number,
  slackApiUrl: string,
  seedsDir: string,
  dbFile: string,
): Record<string, string> {
  return {
    PORT: String(port),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_APP_TOKEN: "",
    DATABASE_URL: "",
    SLACK_API_URL: slackApiUrl,
    BRIEFBOT_SEEDS: seedsDir,
    BRIEFBOT_DB: dbFile,
  };
}

/** Starts `node <args>` with a clean environment plus `env`, keeping the tail of its output. */
export function startNode(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  cwd: string,
): ServerProcess {
  const child = spawn(process.execPath, [...args], {
    cwd,
    env: cleanEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString("utf8")).slice(-KEPT_OUTPUT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => tail };
}

/** Returns a TCP port that was free a moment ago on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}

/**
 * Polls GET url every `intervalMs` until it answers 200; returns the ms it took from `since`
 * (a performance.now() reading). Throws when the process exits or the time limit passes.
 */
export async function waitForOk(
  url: string,
  server: ServerProcess,
  since: number,
  limitMs = 60_000,
  intervalMs = 5,
): Promise<number> {
  while (performance.now() - since < limitMs) {
    if (server.child.exitCode !== null) {
      throw new Error(
        `process exited with ${server.child.exitCode} before ${url} answered:\n${server.output()}`,
      );
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - since;
    } catch {
      // Not listening yet: poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${url} did not answer 200 within ${limitMs} ms:\n${server.output()}`);
}

/** Sends SIGTERM and waits for the exit; SIGKILL after `graceMs`. */
export async function stopServer(server: ServerProcess, graceMs = 5_000): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
