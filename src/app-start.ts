import { existsSync, readFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import type { Logger } from "@slack/bolt";
import { defaultLangFrom } from "./answer/language.ts";
import { corpusDir, maxFileBytes } from "./corpus/load.ts";
import { type CorpusWatch, createCorpusWatch, rescanIntervalMs } from "./corpus-watch.ts";
import { loadKnowledge } from "./knowledge.ts";
import type { Knowledge } from "./knowledge-types.ts";
import { createSlackApp, type SlackApp } from "./slack/app.ts";
import { createDigestPoster } from "./slack/digest-poster.ts";
import { renderDigestForSubscription, withStoredFirstSeen } from "./slack/digest-render.ts";
import { createKnowledgeSource, type KnowledgeSource } from "./slack/knowledge-source.ts";
import { createRedactingLogger, type LogSink, parseLogLevel } from "./slack/logger.ts";
import { type RunMode, selectMode } from "./slack/mode.ts";
import { createScheduler, type Scheduler } from "./slack/scheduler.ts";
import { openStore } from "./store/open.ts";
import type { DigestStore } from "./store/types.ts";

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

const DEFAULT_DRAIN_MS = 10_000;

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
 * Returns the one start line: mode, corpus folder, counts, languages and time taken.
 * Example: "started in http mode on port 3000: corpus seeds, 5 documents, 2 meetings, languages ar, hi, sw (412 ms)".
 */
export function startLine(mode: string, port: number | undefined, knowledge: Knowledge, ms: number): string {
  const langs = [...new Set(knowledge.corpus.docs.map((doc) => doc.lang))].sort();
  const where = port === undefined ? "" : ` on port ${port}`;
  return (
    `started in ${mode} mode${where}: corpus ${knowledge.corpus.dir}, ${knowledge.corpus.docs.length} documents, ` +
    `${knowledge.meetings.length} meetings, languages ${langs.join(", ") || "none"} (${Math.round(ms)} ms)`
  );
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

async function startSlack(
  env: Env,
  cwd: string,
  mode: Exclude<RunMode, { kind: "console" }>,
  io: StartIo,
): Promise<StartedBriefbot> {
  const clock = io.clock ?? (() => new Date());
  const began = performance.now();
  const logger = createRedactingLogger({
    secrets: [env.SLACK_BOT_TOKEN, env.SLACK_APP_TOKEN, env.SLACK_SIGNING_SECRET],
    level: parseLogLevel(env.LOG_LEVEL),
    ...(io.logSink ? { sink: io.logSink } : {}),
  });
  const knowledge = createKnowledgeSource();
  const slackApiUrl = env.SLACK_API_URL?.trim() || undefined;
  const storeOpening = openStore(env);
  // Awaited only after Slack and the corpus are up; a failure to open must not surface as unhandled before then.
  storeOpening.catch(() => undefined);
  const slack = createSlackApp({
    mode,
    knowledge,
    logger,
    clock,
    defaultLang: defaultLangFrom(env),
    store: storeOpening,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  });
  try {
    // HTTP listens before the corpus is read so /healthz can answer 503 while it loads.
    const [port, loaded] = await Promise.all([slack.start(), loadKnowledge(env, cwd, clock)]);
    const store = await storeOpening;
    // First-seen instants come from the store, so "new since the last digest" survives restarts.
    knowledge.set(await withStoredFirstSeen(loaded, store, clock()));
    const corpusWatch = createCorpusWatch({
      dir: corpusDir(env, cwd),
      knowledge,
      store,
      clock,
      logger,
      intervalMs: rescanIntervalMs(env),
      maxBytes: maxFileBytes(env),
    });
    const scheduler = createScheduler({
      store,
      poster: createDigestPoster({ token: mode.botToken, ...(slackApiUrl ? { slackApiUrl } : {}) }),
      render: async (sub, localDate) => {
        // A document dropped into the folder since the last rescan belongs in this digest.
        await corpusWatch.rescanNow();
        const current = await knowledge.ready();
        return renderDigestForSubscription({ knowledge: current, store, sub, localDate, now: clock() });
      },
      clock,
      instanceId: `${hostname()}-${process.pid}`,
      logger,
    });
    corpusWatch.start();
    scheduler.start();
    logger.info(startLine(mode.kind, port, loaded, performance.now() - began));
    return {
      mode: mode.kind,
      port,
      slack,
      knowledge,
      store,
      corpusWatch,
      scheduler,
      logger,
      async shutdown(signal) {
        logger.info(`${signal}: stopping; ${slack.inFlight.size()} replies in flight`);
        const [cutShort] = await Promise.all([
          slack.stop(io.drainMs ?? DEFAULT_DRAIN_MS),
          scheduler.stop(),
          corpusWatch.stop(),
        ]);
        if (cutShort > 0) logger.warn(`${cutShort} replies were still running at shutdown`);
        await store.close();
        logger.info("stopped");
        return 0;
      },
    };
  } catch (error) {
    await slack.stop(0).catch(() => undefined);
    await storeOpening.then((store) => store.close()).catch(() => undefined);
    throw error;
  }
}
