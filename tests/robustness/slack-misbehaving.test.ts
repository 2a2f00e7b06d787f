import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { replyTo } from "../../src/render/reply.ts";
import { NOW, seedKnowledge } from "../answer/knowledge.ts";
import { type HttpBriefbot, startHttpBriefbot } from "../support/http-briefbot.ts";
import {
  httpError,
  ok,
  rateLimited,
  type SlackApiStub,
  type StubCall,
  slow,
  startSlackApiStub,
} from "../support/slack-api-stub.ts";
import { pathOf, type SlackAppHarness, startSlackAppHarness } from "../support/slack-app-harness.ts";
import { appMentionBody, JSON_TYPE, signedHeaders, TEST_WORKSPACE } from "../support/slack-request.ts";

/** How long a reply waits for users.info, and how long the call itself may run, in these tests. */
const LOCALE_WAIT_MS = 300;
const LOCALE_CALL_MS = 1_000;
/** Room for answering and two loopback hops on a busy 2-core machine. */
const SLACK_MARGIN_MS = 700;
/** A question whose own words cannot tell its language, so only the locale or the default decides. */
const NEUTRAL_QUESTION = "G7";
/** Long enough to outlast the request that follows it; short enough that closing the app need not wait long. */
const HANG_MS = 2_500;

const clock = () => NOW;
let knowledge: Knowledge;
let harness: SlackAppHarness;
let userCounter = 0;

/** A fresh user per test, so the per-user locale cache never carries over. */
function newUser(): string {
  userCounter += 1;
  return `U0MISB${String(userCounter).padStart(4, "0")}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function langOf(call: StubCall | undefined): unknown {
  const metadata = call?.body.metadata as { event_payload?: { lang?: unknown } } | undefined;
  return metadata?.event_payload?.lang;
}

/** Log lines that carry a Slack token or the signing secret. */
function leaks(lines: readonly string[]): string[] {
  return lines.filter(
    (line) =>
      line.includes(TEST_WORKSPACE.botToken) ||
      line.includes(TEST_WORKSPACE.signingSecret) ||
      /xox[a-z]-|xapp-/.test(line),
  );
}

/** A loopback port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

/** POSTs a signed app_mention with its own ts, so its thread can be told apart from others. */
async function mention(app: { origin: string }, text: string, ts: string): Promise<number> {
  const body = appMentionBody(`<@${TEST_WORKSPACE.botUserId}> ${text}`, { ts });
  const response = await fetch(`${app.origin}/slack/events`, {
    method: "POST",
    headers: signedHeaders(body, JSON_TYPE),
    body,
  });
  await response.text();
  return response.status;
}

/** Asks /brief and returns how long after the request the response_url post arrived, with the post. */
async function askAndTime(text: string, userId: string): Promise<{ ms: number; call: StubCall | undefined }> {
  const began = Date.now();
  const posted = await harness.command({ command: "/brief", text, userId });
  expect(posted.status).toBe(200);
  const [call] = await harness.stub.waitForCalls(pathOf(posted.responseUrl), 1);
  return { ms: (call?.receivedAt ?? Number.POSITIVE_INFINITY) - began, call };
}

beforeAll(async () => {
  knowledge = await seedKnowledge();
  harness = await startSlackAppHarness({
    knowledge,
    clock,
    locale: { timeoutMs: LOCALE_WAIT_MS, callTimeoutMs: LOCALE_CALL_MS },
  });
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.stub.reset();
});

describe("users.info failing or slow", () => {
  it("answers at once in the default language when users.info answers 500, and logs why", async () => {
    harness.stub.on("users.info", httpError(500));
    const user = newUser();
    const { ms, call } = await askAndTime(NEUTRAL_QUESTION, user);
    expect(ms).toBeLessThan(SLACK_MARGIN_MS);
    expect(langOf(call)).toBe("en");
    expect(harness.logLines.some((line) => line.includes(`users.info failed for ${user}`))).toBe(true);
  });

  it("answers at once when users.info is rate limited, without waiting out its Retry-After", async () => {
    harness.stub.on("users.info", rateLimited(30));
    const { ms, call } = await askAndTime(NEUTRAL_QUESTION, newUser());
    expect(ms).toBeLessThan(SLACK_MARGIN_MS);
    expect(langOf(call)).toBe("en");
    expect(harness.stub.callsTo("users.info")).toHaveLength(1);
  });

  it("answers without the locale when users.info is slow, and uses the late answer for the next question", async () => {
    const lateMs = LOCALE_WAIT_MS + 300;
    harness.stub.on("users.info", (lookup) =>
      slow(lateMs, ok({ user: { id: lookup.body.user, locale: "sw-KE" } })),
    );
    const user = newUser();
    const first = await askAndTime(NEUTRAL_QUESTION, user);
    expect(first.ms).toBeLessThan(LOCALE_WAIT_MS + SLACK_MARGIN_MS);
    const [lookup] = harness.stub.callsTo("users.info");
    expect(first.call?.receivedAt).toBeLessThan((lookup?.receivedAt ?? 0) + lateMs);
    expect(langOf(first.call)).toBe("en");

    await sleep(lateMs);
    const second = await askAndTime(NEUTRAL_QUESTION, user);
    expect(langOf(second.call)).toBe("sw");
    expect(second.call?.body.blocks).toEqual(
      replyTo("brief", NEUTRAL_QUESTION, { knowledge, now: NOW, defaultLang: "en", locale: "sw-KE" }).message
        .blocks,
    );
    expect(harness.stub.callsTo("users.info")).toHaveLength(1);
  });

  it("gives up on a users.info call that never answers, logs it, and does not ask again at once", async () => {
    harness.stub.on("users.info", slow(10_000));
    const user = newUser();
    const first = await askAndTime(NEUTRAL_QUESTION, user);
    expect(first.ms).toBeLessThan(LOCALE_WAIT_MS + SLACK_MARGIN_MS);
    const deadline = Date.now() + LOCALE_CALL_MS + 2_000;
    while (!harness.logLines.some((line) => line.includes(`users.info failed for ${user}`))) {
      if (Date.now() > deadline) throw new Error("the abandoned users.info call was never logged");
      await sleep(20);
    }
    const second = await askAndTime(NEUTRAL_QUESTION, user);
    expect(second.ms).toBeLessThan(SLACK_MARGIN_MS);
    expect(harness.stub.callsTo("users.info")).toHaveLength(1);
  });
});

describe("chat.postMessage failing", () => {
  it("logs a 500 on a mention's reply, stays up, and answers the next mention", async () => {
    harness.stub.on("chat.postMessage", (post) =>
      post.body.thread_ts === "1700000500.000001" ? httpError(500) : ok({ ts: "1700000500.000099" }),
    );
    expect(await mention(harness, "fentanyl", "1700000500.000001")).toBe(200);
    await harness.stub.waitForCalls("chat.postMessage", 1);
    const deadline = Date.now() + 2_000;
    while (!harness.logLines.some((line) => line.includes("chat.postMessage failed"))) {
      if (Date.now() > deadline) throw new Error("the failed chat.postMessage was never logged");
      await sleep(20);
    }
    expect(await mention(harness, "fentanyl", "1700000500.000002")).toBe(200);
    const calls = await harness.stub.waitForCalls("chat.postMessage", 2);
    expect(calls.map((call) => call.body.thread_ts)).toEqual(["1700000500.000001", "1700000500.000002"]);
    expect((await fetch(`${harness.origin}/healthz`)).status).toBe(200);
  });

  it("answers other mentions while one reply's chat.postMessage hangs", async () => {
    harness.stub.on("chat.postMessage", (post) =>
      post.body.thread_ts === "1700000600.000001" ? slow(HANG_MS) : ok({ ts: "1700000600.000099" }),
    );
    const began = Date.now();
    expect(await mention(harness, "fentanyl", "1700000600.000001")).toBe(200);
    await harness.stub.waitForCalls("chat.postMessage", 1);
    expect(await mention(harness, "fentanyl", "1700000600.000002")).toBe(200);
    const calls = await harness.stub.waitForCalls("chat.postMessage", 2);
    expect(calls[1]?.body.thread_ts).toBe("1700000600.000002");
    expect((calls[1]?.receivedAt ?? Number.POSITIVE_INFINITY) - began).toBeLessThan(2 * SLACK_MARGIN_MS);
  });
});

describe("response_url failing", () => {
  it("logs a response_url on a closed port and still answers the next request", async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}/commands/T0/closed/1`;
    const posted = await harness.command({
      command: "/brief",
      text: "fentanyl",
      userId: newUser(),
      responseUrl: unreachable,
    });
    expect(posted.status).toBe(200);
    const deadline = Date.now() + 2_000;
    while (!harness.logLines.some((line) => line.includes("response_url refused the reply"))) {
      if (Date.now() > deadline) throw new Error("the unreachable response_url was never logged");
      await sleep(20);
    }
    const next = await askAndTime("fentanyl", newUser());
    expect(next.call?.body.response_type).toBe("ephemeral");
  });

  it("logs a response_url answering 500 and still answers the next request", async () => {
    const broken = harness.stub.responseUrl("T0/broken/500");
    harness.stub.onPath(pathOf(broken), httpError(500));
    await harness.command({ command: "/meeting", text: "", userId: newUser(), responseUrl: broken });
    await harness.stub.waitForCalls(pathOf(broken), 1);
    const deadline = Date.now() + 2_000;
    while (
      !harness.logLines.some(
        (line) => line.includes("response_url refused the reply") && line.includes("500"),
      )
    ) {
      if (Date.now() > deadline) throw new Error("the 500 from response_url was never logged");
      await sleep(20);
    }
    const next = await askAndTime("fentanyl", newUser());
    expect(next.call?.body.response_type).toBe("ephemeral");
  });

  it("answers other requests while one response_url hangs", async () => {
    const hanging = harness.stub.responseUrl("T0/hanging/1");
    harness.stub.onPath(pathOf(hanging), slow(HANG_MS));
    await harness.command({ command: "/brief", text: "fentanyl", userId: newUser(), responseUrl: hanging });
    await harness.stub.waitForCalls(pathOf(hanging), 1);
    const next = await askAndTime("fentanyl", newUser());
    expect(next.ms).toBeLessThan(SLACK_MARGIN_MS);
  });

  it("never writes a token or the signing secret to the log while things fail", () => {
    expect(harness.logLines.length).toBeGreaterThan(5);
    expect(leaks(harness.logLines)).toEqual([]);
  });
});

describe("the app as started in production, with its own retry policy", () => {
  let stub: SlackApiStub;
  let dir: string;
  let app: HttpBriefbot;

  beforeAll(async () => {
    stub = await startSlackApiStub();
    stub.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
    dir = mkdtempSync(join(tmpdir(), "briefbot-misbehaving-"));
    app = await startHttpBriefbot({
      stub,
      cwd: dir,
      seeds: join(import.meta.dirname, "..", "..", "seeds"),
      db: join(dir, "digest.sqlite"),
      clock,
    });
  });

  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("waits out a 429's Retry-After on a mention's reply, then posts it exactly once", async () => {
    stub.on("chat.postMessage", [rateLimited(1), ok({ ts: "1700000700.000099" })]);
    expect(await mention({ origin: app.origin }, "fentanyl", "1700000700.000001")).toBe(200);
    const [limited, posted] = await stub.waitForCalls("chat.postMessage", 2, 10_000);
    expect((posted?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(posted?.body.thread_ts).toBe("1700000700.000001");
    expect(posted?.body.blocks).toEqual(limited?.body.blocks);
    await sleep(500);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(2);
    expect(app.logLines.some((line) => /rate limit/i.test(line))).toBe(true);
    expect(app.logLines.some((line) => line.includes("chat.postMessage failed"))).toBe(false);
    expect(leaks(app.logLines)).toEqual([]);
  }, 15_000);
});
