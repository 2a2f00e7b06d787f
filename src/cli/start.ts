import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import type { Logger } from "@slack/bolt";
import type { Scheduler } from "../digest/scheduler.ts";
import type { CorpusWatch } from "../knowledge/corpus-watch.ts";
import type { KnowledgeSource } from "../knowledge/source.ts";
import type { SlackApp } from "../slack/app.ts";
import type { LogSink } from "../slack/logger.ts";
import { type RunMode, selectMode } from "../slack/mode.ts";
import type { DigestStore } from "../store/types.ts";

/** The environment Briefbot reads (process.env in the CLI). */
export type Env = Record<string, string | undefined>;

/** What startBriefbot touches outside itself; the defaults are the real process. */
export interface StartIo {
  clock?: () => Date;
  logSink?: LogSink;
  /** Where SIGTERM and SIGINT arrive. */
  signals?: Pick<NodeJS.EventEmitter, "on">;
  exit?: (code: number) => void;
  /** Longest wait for replies in flight at shutdown. */
  drainMs?: number;
  /** Called once Slack is connected and the knowledge loaded, e.g. to start the digest scheduler. */
  onStarted?: (started: StartedBriefbot) => void;
}

/** A running Slack Briefbot. */
export interface StartedBriefbot {
  mode: Exclude<RunMode["kind"], "console">;
  /** The bound HTTP port; undefined in Socket Mode. */
  port: number | undefined;
  slack: SlackApp;
  /** Swap in a rescanned corpus with knowledge.set(); replies read it from then on. */
  knowledge: KnowledgeSource;
  store: DigestStore;
  /** Rescans the corpus folder every BRIEFBOT_RESCAN_SECONDS and before each digest. */
  corpusWatch: CorpusWatch;
  /** Posts due digests every minute. */
  scheduler: Scheduler;
  logger: Logger;
  /** Stops taking work, finishes replies in flight, closes the store; resolves with the exit code. */
  shutdown(signal: string): Promise<number>;
}

/**
 * Fills the variables of `<cwd>/.env` that `env` does not already set (as Node's --env-file does) and
 * returns the names it filled; nothing happens without a .env file.
 */
export function loadEnvFile(env: Env, cwd: string): string[] {
  const file = join(cwd, ".env");
  if (!existsSync(file)) return [];
  const filled: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) {
    if (env[name] === undefined) {
      env[name] = value;
      filled.push(name);
    }
  }
  return filled;
}

/**
 * Starts Briefbot in the mode the environment selects (Socket Mode, HTTP, or "console" for the caller to run)
 * and returns that mode. In Slack modes the process then runs until SIGTERM/SIGINT, which stop new work,
 * wait for replies in flight, close the store and exit 0.
 */
export async function startBriefbot(env: Env, cwd: string, io: StartIo = {}): Promise<RunMode["kind"]> {
  loadEnvFile(env, cwd);
  const mode = selectMode(env);
  if (mode.kind === "console") return "console";
  // Bolt, the store drivers and the scheduler load only here: the console never needs them.
  const { startSlack } = await import("../slack/start.ts");
  const started = await startSlack(env, cwd, mode, io);
  const exit = io.exit ?? ((code: number) => process.exit(code));
  const signals = io.signals ?? process;
  let stopping = false;
  const onSignal = (signal: string): void => {
    if (stopping) {
      // A second Ctrl-C means "now": give up waiting for replies in flight.
      started.logger.warn(`${signal} again: exiting without waiting`);
      exit(1);
      return;
    }
    stopping = true;
    started.shutdown(signal).then(exit, (error: unknown) => {
      started.logger.error("shutdown failed:", error);
      exit(1);
    });
  };
  signals.on("SIGTERM", () => onSignal("SIGTERM"));
  signals.on("SIGINT", () => onSignal("SIGINT"));
  io.onStarted?.(started);
  return mode.kind;
}
