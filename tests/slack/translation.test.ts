import { join } from "node:path";
import type { KnownBlock } from "@slack/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import type { SlackMessage } from "../../src/core/index.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { encodeReplyState, TRANSLATION_ACTION } from "../../src/render/actions.ts";
import { renderText, replyTo } from "../../src/render/index.ts";
import { pathOf, type SlackAppHarness, startSlackAppHarness } from "../support/slack-app-harness.ts";
import { TEST_WORKSPACE } from "../support/slack-request.ts";
import { startLibreTranslate, type TranslationServer } from "../support/translation-servers.ts";

const NOW = new Date("2024-10-28T09:00:00Z");
const repoRoot = join(import.meta.dirname, "..", "..");
let knowledge: Knowledge;
let harness: SlackAppHarness;
let server: TranslationServer;
let users = 0;

function newUser(): string {
  users += 1;
  return `U0TRAN${String(users).padStart(4, "0")}`;
}

/** The plain text of a message as Slack received it. */
function textOf(body: Record<string, unknown>): string {
  return renderText({ text: String(body.text), blocks: body.blocks as KnownBlock[] } as SlackMessage);
}

beforeAll(async () => {
  knowledge = await loadKnowledge(readConfig({ BRIEFBOT_SEEDS: "seeds" }, repoRoot), () => NOW);
  server = await startLibreTranslate({
    translate: (text, from, to) => `[${from}→${to}] ${text.slice(0, 24)}`,
  });
  harness = await startSlackAppHarness({
    knowledge,
    clock: () => NOW,
    translate: { kind: "libretranslate", url: server.url, timeoutMs: 1500 },
  });
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

beforeEach(() => {
  harness.stub.reset();
  server.requests.length = 0;
  server.mode = "answer";
});

describe("a reply whose sources are in another language", () => {
  it("comes at once as written, then is replaced in place by the translation", async () => {
    const posted = await harness.command({ command: "/brief", text: "iARMS", userId: newUser() });
    const [first, second] = await harness.stub.waitForCalls(pathOf(posted.responseUrl), 2);
    const original = replyTo("brief", "iARMS", { knowledge, now: NOW, defaultLang: "en" }).message;
    expect(first?.body.blocks).toEqual(original.blocks);
    expect(first?.body.replace_original).toBeUndefined();
    expect(second?.body).toMatchObject({ response_type: "ephemeral", replace_original: true });
    const translated = textOf(second?.body ?? {});
    expect(translated).toContain("[ar→en] ");
    expect(translated).toContain("machine translation");
    expect(translated).toContain("Arabic");
    expect(second?.body.metadata).toEqual(original.metadata);
    expect(server.requests).toHaveLength(1);
  });

  it("comes translated in one message when the store already holds the translations", async () => {
    const warm = await harness.command({ command: "/brief", text: "iARMS lang:hi", userId: newUser() });
    await harness.stub.waitForCalls(pathOf(warm.responseUrl), 2);
    server.requests.length = 0;
    const posted = await harness.command({ command: "/brief", text: "iARMS lang:hi", userId: newUser() });
    const [only] = await harness.stub.waitForCalls(pathOf(posted.responseUrl), 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.stub.callsTo(pathOf(posted.responseUrl))).toHaveLength(1);
    expect(textOf(only?.body ?? {})).toContain("[ar→hi] ");
    expect(server.requests).toHaveLength(0);
  });

  it("redraws the reply as written on Show original, offering the translation back", async () => {
    const responseUrl = harness.stub.responseUrl();
    const value = encodeReplyState({ command: "brief", query: "iARMS", lang: "en", original: true });
    await harness.action({ actionId: TRANSLATION_ACTION, value, userId: newUser(), responseUrl });
    const [call] = await harness.stub.waitForCalls(pathOf(responseUrl), 1);
    expect(call?.body.replace_original).toBe(true);
    const text = textOf(call?.body ?? {});
    expect(text).not.toContain("[ar→en]");
    expect(text).toContain("أشاد وزراء");
    expect(JSON.stringify(call?.body.blocks)).toContain("Show translation");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.stub.callsTo(pathOf(responseUrl))).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });

  it("keeps the reply as written, and never tells the user, when the server fails", async () => {
    server.mode = "fail";
    const posted = await harness.command({ command: "/brief", text: "iARMS lang:fr", userId: newUser() });
    await harness.stub.waitForCalls(pathOf(posted.responseUrl), 1);
    const deadline = Date.now() + 3000;
    while (server.requests.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const calls = harness.stub.callsTo(pathOf(posted.responseUrl));
    expect(calls).toHaveLength(1);
    expect(textOf(calls[0]?.body ?? {})).not.toContain("[ar→fr]");
    expect(server.requests).toHaveLength(1);
    expect(
      harness.logLines.filter((line) => line.includes(`translation: server ${server.url} failed`)),
    ).toHaveLength(1);
  });

  it("updates a mention's answer in its thread once the translation arrives", async () => {
    await harness.mention(`<@${TEST_WORKSPACE.botUserId}> iARMS lang:it`);
    const [post] = await harness.stub.waitForCalls("chat.postMessage", 1);
    const [update] = await harness.stub.waitForCalls("chat.update", 1);
    expect(textOf(post?.body ?? {})).not.toContain("[ar→it]");
    expect(update?.body.channel).toBe(post?.body.channel);
    expect(typeof update?.body.ts).toBe("string");
    expect(textOf(update?.body ?? {})).toContain("[ar→it] ");
    expect(textOf(update?.body ?? {})).toContain("traduzione automatica");
  });
});
