import { LogLevel } from "@slack/bolt";
import type { ReplyLang } from "../../src/core/types.ts";
import { createKnowledgeSource, type KnowledgeSource } from "../../src/knowledge/source.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import {
  createSlackApp,
  type LocaleTimings,
  type SlackApp,
  type SlackAppOptions,
} from "../../src/slack/app.ts";
import { createRedactingLogger } from "../../src/slack/logger.ts";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { DigestStore } from "../../src/store/types.ts";
import { ok, type SlackApiStub, startSlackApiStub } from "./slack-api-stub.ts";
import {
  type ActionFields,
  appMentionBody,
  blockActionBody,
  type CommandFields,
  FORM,
  JSON_TYPE,
  signedHeaders,
  slashCommandBody,
  TEST_WORKSPACE,
} from "./slack-request.ts";

/** The answer to one POST to /slack/events, with how long it took. */
export interface Posted {
  status: number;
  body: string;
  ms: number;
}

/** The real Bolt HTTP app on a free loopback port, talking to the local Slack stand-in. */
export interface SlackAppHarness {
  stub: SlackApiStub;
  slack: SlackApp;
  knowledge: KnowledgeSource;
  /** The store /digest keeps subscriptions in: a throwaway SQLite database. */
  store: DigestStore;
  /** e.g. "http://127.0.0.1:53122". */
  origin: string;
  /** Every log line the app wrote, already redacted. */
  logLines: string[];
  post(body: string, headers: Record<string, string>): Promise<Posted>;
  /** POSTs a signed slash command. */
  command(
    fields: Omit<CommandFields, "responseUrl"> & { responseUrl?: string },
  ): Promise<Posted & { responseUrl: string }>;
  /** POSTs a signed block action. */
  action(fields: ActionFields): Promise<Posted>;
  /** POSTs a signed app_mention event. */
  mention(text: string): Promise<Posted>;
  /** Stops the app, waiting up to `drainMs` (default 5 s) for replies in flight, and the stand-in. */
  close(drainMs?: number): Promise<void>;
}

/** Options of {@link startSlackAppHarness}. */
export interface HarnessOptions {
  /** Omit to start with no knowledge yet (the app is "loading"). */
  knowledge?: Knowledge;
  defaultLang?: ReplyLang;
  locale?: Partial<LocaleTimings>;
  clock?: () => Date;
  logLevel?: LogLevel;
  /** Bounds of the answer queue, e.g. a small capacity to provoke the busy reply. */
  answers?: SlackAppOptions["answers"];
  /** Deadline of each call to Slack and response_url. */
  callTimeoutMs?: number;
  /** A translation server for the app to use, e.g. a LibreTranslate stand-in. */
  translate?: SlackAppOptions["translate"];
}

/** Starts the stand-in and the app in HTTP mode on port 0; users.info answers without a locale by default. */
export async function startSlackAppHarness(options: HarnessOptions = {}): Promise<SlackAppHarness> {
  const stub = await startSlackApiStub();
  stub.on(
    "auth.test",
    ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId, team_id: "T0TEST0001" }),
  );
  const logLines: string[] = [];
  const logger = createRedactingLogger({
    secrets: [TEST_WORKSPACE.botToken, TEST_WORKSPACE.signingSecret],
    level: options.logLevel ?? LogLevel.INFO,
    sink: (_level, line) => logLines.push(line),
  });
  const knowledge = createKnowledgeSource(options.knowledge);
  const store = await openSqliteStore({ file: ":memory:" });
  const slack = createSlackApp({
    mode: {
      kind: "http",
      botToken: TEST_WORKSPACE.botToken,
      signingSecret: TEST_WORKSPACE.signingSecret,
      port: 0,
    },
    knowledge,
    logger,
    clock: options.clock ?? (() => new Date()),
    defaultLang: options.defaultLang ?? "en",
    slackApiUrl: stub.apiUrl,
    retryConfig: { retries: 0 },
    store: Promise.resolve(store),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.answers ? { answers: options.answers } : {}),
    ...(options.callTimeoutMs === undefined ? {} : { callTimeoutMs: options.callTimeoutMs }),
    ...(options.translate ? { translate: options.translate } : {}),
  });
  const port = await slack.start(0);
  // The token check runs in the background; the tests start from a checked token.
  await slack.slackAuthSettled();
  const origin = `http://127.0.0.1:${port}`;

  const post = async (body: string, headers: Record<string, string>): Promise<Posted> => {
    const began = performance.now();
    const response = await fetch(`${origin}/slack/events`, { method: "POST", headers, body });
    const text = await response.text();
    return { status: response.status, body: text, ms: performance.now() - began };
  };

  return {
    stub,
    slack,
    knowledge,
    store,
    origin,
    logLines,
    post,
    async command(fields) {
      const responseUrl = fields.responseUrl ?? stub.responseUrl();
      const body = slashCommandBody({ ...fields, responseUrl });
      return { ...(await post(body, signedHeaders(body, FORM))), responseUrl };
    },
    async action(fields) {
      const body = blockActionBody(fields);
      return post(body, signedHeaders(body, FORM));
    },
    async mention(text) {
      const body = appMentionBody(text);
      return post(body, signedHeaders(body, JSON_TYPE));
    },
    async close(drainMs = 5_000) {
      await slack.stop(drainMs);
      await store.close();
      await stub.close();
    },
  };
}

/** Returns the path part of a response_url, as the stand-in records it. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
