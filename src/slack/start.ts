import { hostname } from "node:os";
import { defaultLangFrom } from "../answer/language.ts";
import type { Env, StartedBriefbot, StartIo } from "../cli/start.ts";
import { corpusDir, maxFileBytes } from "../corpus/load.ts";
import { renderDigestForSubscription, withStoredFirstSeen } from "../digest/render.ts";
import { createScheduler } from "../digest/scheduler.ts";
import { loadKnowledge } from "../knowledge/build.ts";
import { createCorpusWatch, rescanIntervalMs } from "../knowledge/corpus-watch.ts";
import { createKnowledgeSource } from "../knowledge/source.ts";
import type { Knowledge } from "../knowledge/types.ts";
import { openStore } from "../store/open.ts";
import { createSlackApp } from "./app.ts";
import { createDigestPoster } from "./digest-poster.ts";
import { createRedactingLogger, parseLogLevel } from "./logger.ts";
import type { RunMode } from "./mode.ts";

const DEFAULT_DRAIN_MS = 10_000;

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
