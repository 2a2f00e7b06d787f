import { Cron } from "croner";
import { isDue, localDateAt } from "../answer/index.ts";
import { errorMessage, type Logger, type SlackMessage } from "../core/index.ts";
import type { DigestStore, PauseReason, Subscription } from "../store/index.ts";
import type { DigestPoster } from "./poster.ts";

/** Builds a channel's digest for a local date; null means nothing to post (quiet channel, nothing new). */
export type RenderDigest = (sub: Subscription, localDate: string) => Promise<SlackMessage | null>;

/** What the scheduler needs; everything that touches the outside world is injected. */
export interface SchedulerDeps {
  store: DigestStore;
  poster: DigestPoster;
  render: RenderDigest;
  clock: () => Date;
  /** Names this process in the ledger's claims, e.g. "host-1234". */
  instanceId: string;
  logger: Logger;
  /** Claims of one (channel, date) before a retryable failure becomes final (default 3). */
  maxAttempts?: number;
  /** Time one channel may take to render and post before the pass stops waiting on retries (default 120 s). */
  channelTimeoutMs?: number;
  /** Croner pattern for start(); default every minute. */
  cron?: string;
}

/** What happened to one due channel in a pass. */
export type ChannelOutcome = { channelId: string; localDate: string } & (
  | { result: "posted"; ts: string }
  | { result: "skipped" }
  /** Another instance holds the claim, or the digest is already settled. */
  | { result: "not-claimed" }
  | { result: "paused"; reason: PauseReason }
  | { result: "failed"; error: string; willRetry: boolean }
);

/** The result of one pass over all subscriptions. */
export interface PassReport {
  /** ISO instant the pass began, by the injected clock. */
  at: string;
  subscriptions: number;
  /** Outcomes of the channels that were due, in subscription order. */
  outcomes: ChannelOutcome[];
}

/** Runs due digests once (runDuePass) or every minute (start/stop). */
export interface Scheduler {
  runDuePass(): Promise<PassReport>;
  /** Runs a pass now (to catch up after downtime) and then on every cron tick. */
  start(): void;
  /** Stops the timer and resolves once the pass in flight, if any, has finished. */
  stop(): Promise<void>;
}

function raceDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error("deadline_exceeded"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Returns a scheduler that posts each due digest exactly once across every instance sharing the store. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { store, poster, render, clock, instanceId, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? 3;
  const channelTimeoutMs = deps.channelTimeoutMs ?? 120_000;

  async function fail(
    sub: Subscription,
    localDate: string,
    error: string,
    retryable: boolean,
  ): Promise<ChannelOutcome> {
    const entry = await store.getLedgerEntry(sub.channelId, localDate);
    const willRetry = retryable && (entry?.attempts ?? maxAttempts) < maxAttempts;
    await store.markFailed(sub.channelId, localDate, error, willRetry);
    logger.warn(`digest ${sub.channelId} ${localDate} failed: ${error}${willRetry ? " (will retry)" : ""}`);
    return { channelId: sub.channelId, localDate, result: "failed", error, willRetry };
  }

  async function runClaimed(sub: Subscription, localDate: string): Promise<ChannelOutcome> {
    const base = { channelId: sub.channelId, localDate };
    const signal = AbortSignal.timeout(channelTimeoutMs);
    let message: SlackMessage | null;
    try {
      // Rendering has no side effects, so abandoning a slow one is safe.
      message = await raceDeadline(render(sub, localDate), signal);
    } catch (error) {
      return fail(sub, localDate, `render: ${errorMessage(error)}`, true);
    }
    if (message === null) {
      await store.markPosted(sub.channelId, localDate, null, clock());
      return { ...base, result: "skipped" };
    }
    const outcome = await poster.post(sub.channelId, message, signal);
    if (outcome.kind === "posted") {
      await store.markPosted(sub.channelId, localDate, outcome.ts, clock());
      logger.info(`digest ${sub.channelId} ${localDate} posted (ts ${outcome.ts})`);
      return { ...base, result: "posted", ts: outcome.ts };
    }
    if (outcome.kind === "paused") {
      await store.pause(sub.channelId, outcome.reason, clock());
      await store.markFailed(sub.channelId, localDate, outcome.reason, false);
      logger.warn(`digest ${sub.channelId} paused: ${outcome.reason}`);
      return { ...base, result: "paused", reason: outcome.reason };
    }
    return fail(sub, localDate, outcome.error, outcome.retryable);
  }

  async function runChannel(sub: Subscription, now: Date): Promise<ChannelOutcome | undefined> {
    const localDate = localDateAt(sub.tz, now);
    try {
      if (!isDue(sub, now, await store.lastPostedDate(sub.channelId))) return undefined;
      if (!(await store.claimDigest(sub.channelId, localDate, instanceId, now))) {
        return { channelId: sub.channelId, localDate, result: "not-claimed" };
      }
      return await runClaimed(sub, localDate);
    } catch (error) {
      // A store error: the claim, if taken, goes stale and another pass reclaims it.
      logger.error(`digest ${sub.channelId} ${localDate}: ${errorMessage(error)}`);
      return {
        channelId: sub.channelId,
        localDate,
        result: "failed",
        error: errorMessage(error),
        willRetry: true,
      };
    }
  }

  async function runDuePass(): Promise<PassReport> {
    const now = clock();
    const subs = (await store.listSubscriptions()).filter((sub) => sub.pausedReason === undefined);
    // In parallel, so one slow or failing channel never holds up another.
    const outcomes = await Promise.all(subs.map((sub) => runChannel(sub, now)));
    return {
      at: now.toISOString(),
      subscriptions: subs.length,
      outcomes: outcomes.filter((outcome) => outcome !== undefined),
    };
  }

  let job: Cron | undefined;
  let inFlight: Promise<void> | undefined;

  function tick(): Promise<void> {
    if (inFlight) return inFlight;
    const pass = runDuePass()
      .then(() => undefined)
      .catch((error: unknown) => logger.error(`digest pass failed: ${errorMessage(error)}`))
      .finally(() => {
        inFlight = undefined;
      });
    inFlight = pass;
    return pass;
  }

  return {
    runDuePass,
    start() {
      if (job) return;
      job = new Cron(deps.cron ?? "* * * * *", { protect: true }, tick);
      void tick();
    },
    async stop() {
      job?.stop();
      job = undefined;
      await inFlight;
    },
  };
}
