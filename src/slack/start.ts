import { hostname } from "node:os";
import type { Logger } from "@slack/bolt";
import { prepareAnswers } from "../answer/index.ts";
import { type Config, fitHeapGrowth, type RunMode } from "../core/index.ts";
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
  type KnowledgeSource,
  loadKnowledge,
  startLine,
} from "../knowledge/index.ts";
import { type DigestStore, openStore } from "../store/index.ts";
import { createSlackApp, type SlackApp, type StopReport } from "./app.ts";
import { createDigestPoster } from "./digest-poster.ts";
import { createRedactingLogger, type LogSink, parseLogLevel } from "./logger.ts";

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
  /**
   * Resolves with Slack's refusal of the bot token (one line naming SLACK_BOT_TOKEN) if it comes; the
   * bot cannot work without the token, so the caller stops it.
   */
  slackRefused: Promise<string>;
  /** Stops taking work, finishes replies in flight, closes the store; resolves with the exit code. */
  shutdown(signal: string): Promise<number>;
}

/**
 * Returns the shutdown's count of what it did with waiting and running work, e.g.
 * "shutdown: 12 queued commands told the bot is busy; 2 replies dropped (1 cut short, 1 busy note undelivered)".
 */
export function shutdownLine(stopped: StopReport): string {
  const dropped = stopped.cutShort + stopped.untold;
  return (
    `shutdown: ${stopped.turnedAway} queued commands told the bot is busy; ${dropped} replies dropped ` +
    `(${stopped.cutShort} cut short, ${stopped.untold} busy notes undelivered)`
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
  const knowledge = createKnowledgeSource(undefined, prepareAnswers);
  const slackApiUrl = config.slackApiUrl;
  const storeOpening = openStore(config.store, (line) => logger.warn(line));
  // Awaited only after Slack and the corpus are up; a failure to open must not surface as unhandled before then.
  storeOpening.catch(() => undefined);
  let schedule: Scheduler | undefined;
  const slack = createSlackApp({
    digestsRefused: () => schedule?.paused() !== undefined,
    mode,
    knowledge,
    logger,
    clock,
    defaultLang: config.defaultLang,
    store: storeOpening,
    callTimeoutMs: config.timeouts.slackCallMs,
    authRetryMaxMs: config.timeouts.authRetryMaxMs,
    ...(config.translate ? { translate: config.translate } : {}),
    ...(slackApiUrl ? { slackApiUrl } : {}),
  });
  try {
    // HTTP listens before the corpus is read so /healthz can answer 503 while it loads.
    const [port, loaded] = await Promise.all([slack.start(), loadKnowledge(config, clock)]);
    const store = await storeOpening;
    // First-seen instants come from the store, so "new since the last digest" survives restarts.
    knowledge.set(await withStoredFirstSeen(loaded, store, clock()));
    // Decided once, on what the first start keeps: rescans change an archive by a few documents at a time.
    fitHeapGrowth();
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
      poster: createDigestPoster({
        token: mode.botToken,
        requestTimeoutMs: config.timeouts.slackCallMs,
        ...(slackApiUrl ? { slackApiUrl } : {}),
      }),
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
    schedule = scheduler;
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
      slackRefused: slack
        .slackAuthSettled()
        .then((auth) => (auth.state === "refused" ? auth.reason : new Promise<string>(() => undefined))),
      async shutdown(signal) {
        logger.info(`${signal}: stopping; ${slack.inFlight.size()} replies in flight`);
        const [stopped] = await Promise.all([
          slack.stop(io.drainMs ?? config.timeouts.drainMs),
          scheduler.stop(),
          corpusWatch.stop(),
        ]);
        logger.info(shutdownLine(stopped));
        if (stopped.cutShort > 0) logger.warn(`${stopped.cutShort} replies were still running at shutdown`);
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
