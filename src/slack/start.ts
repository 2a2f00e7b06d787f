import { hostname } from "node:os";
import type { Logger } from "@slack/bolt";
import type { Config, RunMode } from "../core/index.ts";
import {
  createScheduler,
  renderDigestForSubscription,
  type Scheduler,
  withStoredFirstSeen,
} from "../digest/index.ts";
import {
  type CorpusWatch,
  createCorpusWatch,
  createKnowledgeSource,
  type Knowledge,
  type KnowledgeSource,
  loadKnowledge,
} from "../knowledge/index.ts";
import { type DigestStore, openStore } from "../store/index.ts";
import { createSlackApp, type SlackApp } from "./app.ts";
import { createDigestPoster } from "./digest-poster.ts";
import { createRedactingLogger, type LogSink, parseLogLevel } from "./logger.ts";

const DEFAULT_DRAIN_MS = 10_000;

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
 * Starts the Slack app, the corpus and the store, then the rescans and the digest scheduler; resolves once
 * Slack is connected (or listening) and the knowledge loaded.
 */
export async function startSlack(
  config: Config,
  mode: Exclude<RunMode, { kind: "console" }>,
  io: StartIo,
): Promise<StartedBriefbot> {
  const clock = io.clock ?? (() => new Date());
  const began = performance.now();
  const logger = createRedactingLogger({
    secrets: config.secrets,
    level: parseLogLevel(config.logLevel),
    ...(io.logSink ? { sink: io.logSink } : {}),
  });
  const knowledge = createKnowledgeSource();
  const slackApiUrl = config.slackApiUrl;
  const storeOpening = openStore(config.store);
  // Awaited only after Slack and the corpus are up; a failure to open must not surface as unhandled before then.
  storeOpening.catch(() => undefined);
  const slack = createSlackApp({
    mode,
    knowledge,
    logger,
    clock,
    defaultLang: config.defaultLang,
    store: storeOpening,
    ...(config.translate ? { translate: config.translate } : {}),
    ...(slackApiUrl ? { slackApiUrl } : {}),
  });
  try {
    // HTTP listens before the corpus is read so /healthz can answer 503 while it loads.
    const [port, loaded] = await Promise.all([slack.start(), loadKnowledge(config, clock)]);
    const store = await storeOpening;
    // First-seen instants come from the store, so "new since the last digest" survives restarts.
    knowledge.set(await withStoredFirstSeen(loaded, store, clock()));
    const corpusWatch = createCorpusWatch({
      dir: config.corpusDir,
      knowledge,
      store,
      clock,
      logger,
      intervalMs: config.rescanMs,
      ...(config.maxFileBytes === undefined ? {} : { maxBytes: config.maxFileBytes }),
    });
    const scheduler = createScheduler({
      store,
      poster: createDigestPoster({ token: mode.botToken, ...(slackApiUrl ? { slackApiUrl } : {}) }),
      render: async (sub, localDate) => {
        // A document dropped into the folder since the last rescan belongs in this digest.
        await corpusWatch.rescanNow();
        const [current, translator] = await Promise.all([knowledge.ready(), slack.translator]);
        return renderDigestForSubscription({
          knowledge: current,
          store,
          sub,
          localDate,
          now: clock(),
          ...(translator ? { translator } : {}),
        });
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
