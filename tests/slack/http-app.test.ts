import { join } from "node:path";
import { LogLevel } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import { handleDigestCommand } from "../../src/digest/command.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { encodeReplyState, LANG_ACTION, SHARE_ACTION } from "../../src/render/actions.ts";
import { type CommandName, type ReplyContext, replyTo } from "../../src/render/reply.ts";
import { httpError, ok, type StubCall } from "../support/slack-api-stub.ts";
import { pathOf, type SlackAppHarness, startSlackAppHarness } from "../support/slack-app-harness.ts";
import { FORM, signedHeaders, slashCommandBody, TEST_WORKSPACE } from "../support/slack-request.ts";

const NOW = new Date("2024-10-28T09:00:00Z");
const clock = () => NOW;
const repoRoot = join(import.meta.dirname, "..", "..");
let knowledge: Knowledge;
let harness: SlackAppHarness;
let userCounter = 0;

/** A fresh user id per test, so the per-user locale cache never carries over. */
function newUser(): string {
  userCounter += 1;
  return `U0TEST${String(userCounter).padStart(4, "0")}`;
}

function expected(command: CommandName, text: string, extra: Partial<ReplyContext> = {}) {
  return replyTo(command, text, { knowledge, now: NOW, defaultLang: "en", ...extra });
}

async function onlyCallTo(path: string): Promise<StubCall> {
  const calls = await harness.stub.waitForCalls(path, 1);
  expect(calls).toHaveLength(1);
  return calls[0] as StubCall;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

beforeAll(async () => {
  knowledge = await loadKnowledge(readConfig({ BRIEFBOT_SEEDS: "seeds" }, repoRoot), clock);
  harness = await startSlackAppHarness({ knowledge, clock, logLevel: LogLevel.DEBUG });
});

afterAll(async () => {
  await harness?.close();
});

beforeEach(() => {
  harness.stub.reset();
});

describe("slash commands over HTTP", () => {
  it("acks a signed /brief with an empty 200 well under 3 s and sends the reply to response_url", async () => {
    const posted = await harness.command({ command: "/brief", text: "fentanyl", userId: newUser() });
    expect(posted.status).toBe(200);
    expect(posted.body).toBe("");
    expect(posted.ms).toBeLessThan(1_000);

    const call = await onlyCallTo(pathOf(posted.responseUrl));
    const reply = expected("brief", "fentanyl");
    expect(call.body.response_type).toBe("ephemeral");
    expect(call.body.text).toBe(reply.message.text);
    expect(call.body.blocks).toEqual(reply.message.blocks);
    expect(call.body.metadata).toEqual(reply.message.metadata);
    const actions = (call.body.blocks as KnownBlock[]).find((block) => block.type === "actions");
    expect(JSON.stringify(actions)).toContain(SHARE_ACTION);
    expect(JSON.stringify(actions)).toContain(LANG_ACTION);
  });

  it("answers /meeting and /digest through response_url too", async () => {
    const meeting = await harness.command({ command: "/meeting", text: "", userId: newUser() });
    const userId = newUser();
    const digest = await harness.command({
      command: "/digest",
      text: "status",
      userId,
      channelId: "C0STATUS01",
    });
    expect([meeting.status, digest.status]).toEqual([200, 200]);
    const meetingCall = await onlyCallTo(pathOf(meeting.responseUrl));
    const digestCall = await onlyCallTo(pathOf(digest.responseUrl));
    expect(meetingCall.body.blocks).toEqual(expected("meeting", "").message.blocks);
    const status = await handleDigestCommand({
      store: harness.store,
      knowledge,
      channelId: "C0STATUS01",
      userId,
      text: "status",
      now: NOW,
      defaultLang: "en",
    });
    expect(digestCall.body.response_type).toBe("ephemeral");
    expect(digestCall.body.blocks).toEqual(status.blocks);
  });

  it("subscribes the channel with /digest on, in the asker's Slack time zone and language", async () => {
    const userId = newUser();
    harness.stub.on("users.info", ok({ user: { id: userId, locale: "it-IT", tz: "Europe/Rome" } }));
    const asked = await harness.command({
      command: "/digest",
      text: "on 07:30",
      userId,
      channelId: "C0DIGEST01",
    });
    await onlyCallTo(pathOf(asked.responseUrl));
    const sub = await harness.store.getSubscription("C0DIGEST01");
    expect(sub).toMatchObject({ time: "07:30", tz: "Europe/Rome", lang: "it", createdBy: userId });
  });

  it("rejects a bad signature with 401 and sends nothing", async () => {
    const responseUrl = harness.stub.responseUrl();
    const body = slashCommandBody({ command: "/brief", text: "fentanyl", responseUrl });
    const headers = signedHeaders(body, FORM, "not-the-signing-secret");
    expect((await harness.post(body, headers)).status).toBe(401);
    await sleep(200);
    expect(harness.stub.callsTo(pathOf(responseUrl))).toHaveLength(0);
  });

  it("rejects a correctly signed request older than five minutes with 401 and sends nothing", async () => {
    const responseUrl = harness.stub.responseUrl();
    const body = slashCommandBody({ command: "/brief", text: "fentanyl", responseUrl });
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const headers = signedHeaders(body, FORM, TEST_WORKSPACE.signingSecret, sixMinutesAgo);
    expect((await harness.post(body, headers)).status).toBe(401);
    await sleep(200);
    expect(harness.stub.callsTo(pathOf(responseUrl))).toHaveLength(0);
  });

  it("answers in the users.info locale when the question itself cannot tell", async () => {
    const swahiliUser = newUser();
    harness.stub.on("users.info", (call) =>
      ok({ user: { id: call.body.user, locale: call.body.user === swahiliUser ? "sw-KE" : "en-US" } }),
    );
    const asked = await harness.command({ command: "/brief", text: "G7", userId: swahiliUser });
    const call = await onlyCallTo(pathOf(asked.responseUrl));
    const [lookup] = harness.stub.callsTo("users.info");
    expect(lookup?.body).toMatchObject({ user: swahiliUser, include_locale: "true" });
    expect(call.body.metadata).toMatchObject({ event_payload: { lang: "sw" } });
    expect(call.body.blocks).toEqual(expected("brief", "G7", { locale: "sw-KE" }).message.blocks);
  });

  it("still answers, without a locale, when users.info fails", async () => {
    harness.stub.on("users.info", httpError(500));
    const asked = await harness.command({ command: "/brief", text: "G7", userId: newUser() });
    const call = await onlyCallTo(pathOf(asked.responseUrl));
    expect(call.body.blocks).toEqual(expected("brief", "G7").message.blocks);
  });

  it("acks and answers 50 concurrent signed requests", async () => {
    const began = performance.now();
    const posted = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        harness.command({
          command: i % 2 === 0 ? "/brief" : "/meeting",
          text: i % 2 === 0 ? "fentanyl" : "",
          userId: newUser(),
        }),
      ),
    );
    const ackMs = posted.map((p) => p.ms).sort((a, b) => a - b);
    expect(posted.every((p) => p.status === 200)).toBe(true);
    expect(ackMs[ackMs.length - 1]).toBeLessThan(3_000);
    const answered = await Promise.all(
      posted.map((p) => harness.stub.waitForCalls(pathOf(p.responseUrl), 1, 20_000)),
    );
    expect(performance.now() - began).toBeLessThan(20_000);
    expect(answered.every((calls) => calls.length === 1)).toBe(true);
  });

  it("survives response_url answering 404 or 500 and keeps answering others", async () => {
    const gone = harness.stub.responseUrl("T0/gone/404");
    const broken = harness.stub.responseUrl("T0/broken/500");
    harness.stub.onPath(pathOf(gone), httpError(404));
    harness.stub.onPath(pathOf(broken), httpError(500));
    const [a, b] = await Promise.all([
      harness.command({ command: "/brief", text: "fentanyl", userId: newUser(), responseUrl: gone }),
      harness.command({ command: "/brief", text: "fentanyl", userId: newUser(), responseUrl: broken }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await harness.stub.waitForCalls(pathOf(gone), 1);
    await harness.stub.waitForCalls(pathOf(broken), 1);
    const after = await harness.command({ command: "/brief", text: "fentanyl", userId: newUser() });
    expect((await onlyCallTo(pathOf(after.responseUrl))).body.response_type).toBe("ephemeral");
    expect(
      harness.logLines.some(
        (line) => line.includes("response_url refused the reply") && line.includes("404"),
      ),
    ).toBe(true);
  });
});

describe("buttons and menus", () => {
  it("shares a reply in the channel with who shared it, through a signed interaction", async () => {
    const user = newUser();
    const responseUrl = harness.stub.responseUrl();
    const value = encodeReplyState({ command: "brief", query: "fentanyl", lang: "en" });
    const posted = await harness.action({ actionId: SHARE_ACTION, value, userId: user, responseUrl });
    expect(posted.status).toBe(200);
    const call = await onlyCallTo(pathOf(responseUrl));
    expect(call.body.response_type).toBe("in_channel");
    expect(call.body.replace_original).toBe(false);
    const blocks = call.body.blocks as KnownBlock[];
    const reply = expected("brief", "fentanyl", { forceLang: "en" });
    expect(blocks.slice(0, -1)).toEqual(reply.message.blocks.filter((block) => block.type !== "actions"));
    expect(blocks.at(-1)).toMatchObject({ type: "context", elements: [{ type: "mrkdwn" }] });
    expect(JSON.stringify(blocks.at(-1))).toContain(`<@${user}>`);
    expect(call.body.metadata).toEqual(reply.message.metadata);
  });

  it("redraws a reply in the language picked from the menu, in place", async () => {
    const responseUrl = harness.stub.responseUrl();
    const selectedValue = encodeReplyState({ command: "brief", query: "fentanyl", lang: "fr" });
    const posted = await harness.action({
      actionId: LANG_ACTION,
      selectedValue,
      userId: newUser(),
      responseUrl,
    });
    expect(posted.status).toBe(200);
    const call = await onlyCallTo(pathOf(responseUrl));
    expect(call.body.replace_original).toBe(true);
    expect(call.body.metadata).toMatchObject({ event_payload: { lang: "fr", command: "brief" } });
    expect(call.body.blocks).toEqual(expected("brief", "fentanyl", { forceLang: "fr" }).message.blocks);
  });

  it("tells the user the request expired when a button carries no state it can read", async () => {
    const responseUrl = harness.stub.responseUrl();
    await harness.action({ actionId: SHARE_ACTION, value: "garbage", userId: newUser(), responseUrl });
    const call = await onlyCallTo(pathOf(responseUrl));
    expect(call.body.response_type).toBe("ephemeral");
    expect(call.body.blocks).toBeUndefined();
    expect(typeof call.body.text).toBe("string");
  });
});

describe("mentions", () => {
  it("answers @Briefbot <topic> in a thread through chat.postMessage", async () => {
    const posted = await harness.mention(`<@${TEST_WORKSPACE.botUserId}> fentanyl`);
    expect(posted.status).toBe(200);
    const call = await onlyCallTo("chat.postMessage");
    expect(call.token).toBe(TEST_WORKSPACE.botToken);
    expect(call.body.channel).toBe("C0GENERAL1");
    expect(call.body.thread_ts).toBe("1700000123.000200");
    expect(call.body.blocks).toEqual(expected("brief", "fentanyl").message.blocks);
    expect(call.body.metadata).toEqual(expected("brief", "fentanyl").message.metadata);
  });
});

describe("health and logs", () => {
  it("answers /healthz with the document and meeting counts", async () => {
    const response = await fetch(`${harness.origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      documents: knowledge.corpus.docs.length,
      meetings: knowledge.meetings.length,
    });
  });

  it("never writes a token or the signing secret to the log", () => {
    expect(harness.logLines.length).toBeGreaterThan(10);
    const leaks = harness.logLines.filter(
      (line) =>
        line.includes(TEST_WORKSPACE.botToken) ||
        line.includes(TEST_WORKSPACE.signingSecret) ||
        /xox[a-z]-|xapp-/.test(line),
    );
    expect(leaks).toEqual([]);
  });
});

describe("before the documents are loaded", () => {
  it("answers /healthz 503, acks commands at once and answers them when the knowledge arrives", async () => {
    const loading = await startSlackAppHarness({ clock });
    try {
      expect((await fetch(`${loading.origin}/healthz`)).status).toBe(503);
      const posted = await loading.command({ command: "/brief", text: "fentanyl", userId: newUser() });
      expect(posted.status).toBe(200);
      await sleep(100);
      expect(loading.stub.callsTo(pathOf(posted.responseUrl))).toHaveLength(0);
      loading.knowledge.set(knowledge);
      const [call] = await loading.stub.waitForCalls(pathOf(posted.responseUrl), 1);
      expect(call?.body.blocks).toEqual(expected("brief", "fentanyl").message.blocks);
      expect((await fetch(`${loading.origin}/healthz`)).status).toBe(200);
    } finally {
      await loading.close();
    }
  });
});
