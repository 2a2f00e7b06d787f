import { App, type AppOptions, type Logger, SocketModeReceiver, webApi } from "@slack/bolt";
import type { ReplyLang, RunMode } from "../core/index.ts";
import type { KnowledgeSource } from "../knowledge/index.ts";
import type { DigestStore } from "../store/index.ts";
import { createTranslator, type TranslateSettings, type Translator } from "../translate/index.ts";
import { type AnswerQueueOptions, createAnswerQueue, DEFAULT_ANSWER_QUEUE } from "./answer-queue.ts";
import { createCpuQueue } from "./cpu-queue.ts";
import type { SlackDeps } from "./deps.ts";
import { healthzRoute } from "./healthz.ts";
import { createInFlight, type InFlight } from "./in-flight.ts";
import { createKnownLocales } from "./known-locales.ts";
import { registerListeners } from "./register.ts";
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
}

/** A Bolt app with Briefbot's listeners, ready to start. */
export interface SlackApp {
  app: App;
  inFlight: InFlight;
  /** The translator replies use, shared with the digest; undefined without a translation server. */
  translator: Promise<Translator | undefined>;
  /** Connects (Socket Mode) or listens (HTTP, on `port` when given, else the mode's); returns the bound port in HTTP mode. */
  start(port?: number): Promise<number | undefined>;
  /** Stops taking work, then waits up to `drainMs` for replies in flight; returns how many were cut short. */
  stop(drainMs: number): Promise<number>;
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
    ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
  };
  const common: AppOptions = {
    token: mode.botToken,
    logger,
    logLevel: logger.getLevel(),
    clientOptions,
    convoStore: false,
    // auth.test runs in start() through init(), so a bad token fails the start instead of every request.
    deferInitialization: true,
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
    app = new App({
      ...common,
      signingSecret: mode.signingSecret,
      port: mode.port,
      processBeforeResponse: false,
      customRoutes: [healthzRoute(options.knowledge)],
    });
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
      await app.init();
      if (mode.kind === "socket") {
        await app.start();
        return undefined;
      }
      const address = (await app.start(port ?? mode.port)).address();
      return typeof address === "object" && address !== null ? address.port : undefined;
    },
    async stop(drainMs) {
      const stopping = (socketReceiver ? socketReceiver.client.disconnect() : app.stop()).catch(
        (error: unknown) => logger.warn("stopping the receiver:", error),
      );
      const cutShort = await inFlight.drain(drainMs);
      await stopping;
      return cutShort;
    },
  };
}
