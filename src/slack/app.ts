import { App, type AppOptions, HTTPReceiver, type Logger, SocketModeReceiver, webApi } from "@slack/bolt";
import type { ReplyLang, RunMode } from "../core/index.ts";
import type { KnowledgeSource } from "../knowledge/index.ts";
import type { DigestStore } from "../store/index.ts";
import { createTranslator, type TranslateSettings, type Translator } from "../translate/index.ts";
import { type AnswerQueueOptions, createAnswerQueue, DEFAULT_ANSWER_QUEUE } from "./answer-queue.ts";
import { type AuthCheck, type SlackAuth, startAuthCheck } from "./auth-check.ts";
import { createCpuQueue } from "./cpu-queue.ts";
import { deadlineFetch } from "./deadline-fetch.ts";
import type { SlackDeps } from "./deps.ts";
import { healthzRoute } from "./healthz.ts";
import { createInFlight, type InFlight } from "./in-flight.ts";
import { createKnownLocales } from "./known-locales.ts";
import { registerListeners } from "./register.ts";
import { guardRequests } from "./request-guard.ts";
import {
  createLocaleClient,
  createUserInfoLookup,
  type LocaleLookup,
  localeFrom,
  usersInfo,
} from "./user-locale.ts";

/** Slack's own run modes: everything but the console. */
export type SlackMode = Exclude<RunMode, { kind: "console" }>;

/** How long users.info answers are trusted and waited for. */
export interface LocaleTimings {
  ttlMs: number;
  /** How long a reply waits for the locale. */
  timeoutMs: number;
  /** How long the users.info call itself may run; longer than timeoutMs so a late answer still fills the cache. */
  callTimeoutMs: number;
  failureTtlMs: number;
}

/** Options of {@link createSlackApp}. */
export interface SlackAppOptions {
  mode: SlackMode;
  /** Read on every request, so a rescanned corpus can be swapped in. */
  knowledge: KnowledgeSource;
  logger: Logger;
  clock: () => Date;
  defaultLang: ReplyLang;
  /** SLACK_API_URL: another Web API base (Slack for Government, a local stand-in). */
  slackApiUrl?: string;
  locale?: Partial<LocaleTimings>;
  /** Retries of the Web API client (chat.postMessage); defaults to five in five minutes. */
  retryConfig?: webApi.RetryOptions;
  /** Replaces the users.info lookup, e.g. to share one cache between apps. */
  localeOf?: LocaleLookup;
  /** Where /digest keeps subscriptions (may still be opening); without one, /digest answers with help. */
  store?: Promise<DigestStore>;
  /** The operator's translation server; its translations are kept in `store`, so it needs one. */
  translate?: TranslateSettings;
  /** Bounds of the answer queue; the defaults reply within three seconds or say the bot is busy. */
  answers?: Partial<Omit<AnswerQueueOptions, "now">>;
  /** Deadline of each outgoing call to Slack: Web API and response_url (default 10 s). */
  callTimeoutMs?: number;
  /** Longest wait between auth.test attempts while Slack cannot be reached (default 60 s). */
  authRetryMaxMs?: number;
  /** Whether the digest schedule is paused because Slack refused the bot token (for `/digest status`). */
  digestsRefused?: () => boolean;
}

/** What stopping did with the work it found. */
export interface StopReport {
  /** Replies still running when the drain time ran out. */
  cutShort: number;
  /** Commands still waiting their turn, told the bot is busy instead. */
  turnedAway: number;
  /** Of those, busy notes that could not be delivered. */
  untold: number;
}

/** Default of SlackAppOptions.callTimeoutMs. */
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;
/** Default of SlackAppOptions.authRetryMaxMs. */
export const DEFAULT_AUTH_RETRY_MAX_MS = 60_000;
/** How long a request waits for the token check before it is handled without the bot's ids. */
const AUTHORIZE_WAIT_MS = 1_000;

/** A Bolt app with Briefbot's listeners, ready to start. */
export interface SlackApp {
  app: App;
  inFlight: InFlight;
  /** The translator replies use, shared with the digest; undefined without a translation server. */
  translator: Promise<Translator | undefined>;
  /**
   * Starts checking the bot token (auth.test, retried with backoff) and listens at once (HTTP, on `port`
   * when given, else the mode's), returning the bound port; in Socket Mode connects once the token passed
   * and returns undefined. Throws when Slack refuses a token, naming its variable.
   */
  start(port?: number): Promise<number | undefined>;
  /** Where the bot token's check stands. */
  slackAuth(): SlackAuth;
  /** Resolves once Slack accepted or refused the bot token (after start). */
  slackAuthSettled(): Promise<SlackAuth>;
  /**
   * Stops taking work, tells the commands still waiting their turn that the bot is busy (in their
   * language), then waits up to `drainMs` for replies in flight.
   */
  stop(drainMs: number): Promise<StopReport>;
}

const DEFAULT_LOCALE_TIMINGS: LocaleTimings = {
  ttlMs: 6 * 60 * 60 * 1000,
  timeoutMs: 700,
  callTimeoutMs: 5_000,
  failureTtlMs: 60_000,
};

/** Returns the translator once the store is open; undefined without settings, a store, or when it fails to open. */
function translatorOver(
  options: SlackAppOptions,
  logger: Logger,
): Promise<Translator | undefined> | undefined {
  const { translate, store } = options;
  if (!translate || !store) return undefined;
  return store.then(
    (opened) =>
      createTranslator(translate, {
        store: opened,
        clock: options.clock,
        logger: { warn: (line) => logger.warn(line) },
      }),
    () => undefined,
  );
}

/**
 * Builds the Bolt app for Socket Mode (app token) or HTTP (signing secret, /slack/events, GET /healthz),
 * with every listener registered. Errors a listener lets through are logged with an error id, never
 * surfaced to Slack as dispatch_failed.
 */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { mode, logger } = options;
  const timings = { ...DEFAULT_LOCALE_TIMINGS, ...options.locale };
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
    // Bolt sends response_url replies through this fetch too: every outgoing call gets a deadline.
    fetch: deadlineFetch(options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS),
    ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
  };
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  let auth: AuthCheck | undefined;
  const common: AppOptions = {
    // Our own auth.test check (start()) runs in the background with backoff, so the HTTP port and /healthz
    // come up while Slack cannot be reached; requests get the token, and the bot's ids once known.
    authorize: () =>
      auth ? auth.authorize(AUTHORIZE_WAIT_MS) : Promise.resolve({ botToken: mode.botToken }),
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false,
  };
  // Built here rather than by App so stop() can wait for the WebSocket close handshake, which the
  // receiver's own stop() does not.
  let socketReceiver: SocketModeReceiver | undefined;
  let app: App;
  if (mode.kind === "socket") {
    socketReceiver = new SocketModeReceiver({
      appToken: mode.appToken,
      logger,
      logLevel: logger.getLevel(),
      installerOptions: { clientOptions },
    });
    app = new App({ ...common, receiver: socketReceiver });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: mode.signingSecret,
      port: mode.port,
      processBeforeResponse: false,
      customRoutes: [
        healthzRoute({
          knowledge: options.knowledge,
          ...(options.store === undefined ? {} : { store: options.store }),
          slackAuth: () => auth?.current() ?? { state: "checking", reason: "auth.test not started" },
        }),
      ],
      logger,
      logLevel: logger.getLevel(),
    });
    // Every body is checked before Bolt reads it: Bolt assumes a parsed body is an object.
    receiver.requestListener = guardRequests(receiver.requestListener, {
      signingSecret: mode.signingSecret,
      now: Date.now,
      logger,
    });
    app = new App({ ...common, receiver });
  }
  const inFlight = createInFlight();
  const userInfoOf = createUserInfoLookup({
    fetchUserInfo: usersInfo(
      createLocaleClient(mode.botToken, {
        timeoutMs: timings.callTimeoutMs,
        logger,
        ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
      }),
    ),
    clock: options.clock,
    ttlMs: timings.ttlMs,
    timeoutMs: timings.timeoutMs,
    failureTtlMs: timings.failureTtlMs,
    logger,
  });
  const translator = translatorOver(options, logger);
  const deps: SlackDeps = {
    knowledge: options.knowledge,
    localeOf: options.localeOf ?? localeFrom(userInfoOf),
    userInfoOf,
    ...(options.store === undefined ? {} : { store: options.store }),
    ...(translator === undefined ? {} : { translator }),
    clock: options.clock,
    defaultLang: options.defaultLang,
    logger,
    inFlight,
    cpu: createCpuQueue(),
    answers: createAnswerQueue({ ...DEFAULT_ANSWER_QUEUE, ...options.answers, now: () => performance.now() }),
    knownLocales: createKnownLocales(),
    digestsRefused: options.digestsRefused ?? (() => false),
  };
  registerListeners(app, deps);
  app.error(async (error) => {
    logger.error("unhandled error in a listener:", error);
  });

  return {
    app,
    inFlight,
    translator: translator ?? Promise.resolve(undefined),
    async start(port) {
      auth ??= startAuthCheck({
        token: mode.botToken,
        tokenVariable: "SLACK_BOT_TOKEN",
        ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
        callTimeoutMs,
        maxBackoffMs: options.authRetryMaxMs ?? DEFAULT_AUTH_RETRY_MAX_MS,
        logger,
      });
      if (mode.kind === "socket") {
        // Nothing arrives before the WebSocket is open, so Socket Mode connects once the token passed.
        const checked = await auth.settled;
        if (checked.state === "refused") throw new Error(checked.reason);
        await app.start();
        return undefined;
      }
      const address = (await app.start(port ?? mode.port)).address();
      return typeof address === "object" && address !== null ? address.port : undefined;
    },
    slackAuth: () => auth?.current() ?? { state: "checking", reason: "auth.test not started" },
    slackAuthSettled: () =>
      auth?.settled ?? Promise.resolve({ state: "checking", reason: "auth.test not started" }),
    async stop(drainMs) {
      auth?.stop();
      const stopping = (socketReceiver ? socketReceiver.client.disconnect() : app.stop()).catch(
        (error: unknown) => logger.warn("stopping the receiver:", error),
      );
      const [{ turnedAway, untold }, cutShort] = await Promise.all([
        deps.answers.close(),
        inFlight.drain(drainMs),
      ]);
      await stopping;
      return { cutShort, turnedAway, untold };
    },
  };
}
