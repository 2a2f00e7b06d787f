import { join } from "node:path";
import { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import { createKnowledgeSource } from "../../src/knowledge/source.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { replyTo } from "../../src/render/reply.ts";
import { createSlackApp, type SlackApp } from "../../src/slack/app.ts";
import { createRedactingLogger } from "../../src/slack/logger.ts";
import { ok, type SlackApiStub, startSlackApiStub } from "../support/slack-api-stub.ts";
import { TEST_WORKSPACE } from "../support/slack-request.ts";
import { type SocketModeStub, startSocketModeStub } from "../support/socket-mode-stub.ts";

const NOW = new Date("2024-10-28T09:00:00Z");
const clock = () => NOW;
let knowledge: Knowledge;
let api: SlackApiStub;
let socket: SocketModeStub;
let slack: SlackApp;
const logLines: string[] = [];

beforeAll(async () => {
  knowledge = await loadKnowledge(
    readConfig({ BRIEFBOT_SEEDS: "seeds" }, join(import.meta.dirname, "..", "..")),
    clock,
  );
  api = await startSlackApiStub();
  socket = await startSocketModeStub();
  api.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
  api.on("apps.connections.open", ok({ url: socket.url }));
  slack = createSlackApp({
    mode: { kind: "socket", botToken: TEST_WORKSPACE.botToken, appToken: TEST_WORKSPACE.appToken },
    knowledge: createKnowledgeSource(knowledge),
    logger: createRedactingLogger({
      secrets: [TEST_WORKSPACE.botToken, TEST_WORKSPACE.appToken],
      level: LogLevel.DEBUG,
      sink: (_level, line) => logLines.push(line),
    }),
    clock,
    defaultLang: "en",
    slackApiUrl: api.apiUrl,
    retryConfig: { retries: 0 },
  });
  await slack.start();
  await socket.connected();
});

afterAll(async () => {
  await socket?.close();
  await api?.close();
});

describe("Socket Mode", () => {
  it("opens the connection with the app token through SLACK_API_URL", () => {
    const [open] = api.callsTo("apps.connections.open");
    expect(open?.token).toBe(TEST_WORKSPACE.appToken);
  });

  it("acks a /brief envelope at once and answers at its response_url", async () => {
    const responseUrl = api.responseUrl();
    const began = performance.now();
    socket.push({
      envelope_id: "env-brief-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        token: TEST_WORKSPACE.verificationToken,
        team_id: TEST_WORKSPACE.teamId,
        team_domain: TEST_WORKSPACE.teamDomain,
        channel_id: "C0GENERAL1",
        channel_name: "general",
        user_id: "U0SOCKET01",
        user_name: "asker",
        command: "/meeting",
        text: "",
        api_app_id: TEST_WORKSPACE.appId,
        is_enterprise_install: "false",
        response_url: responseUrl,
        trigger_id: "1.2.3",
      },
    });
    const ack = await socket.waitForAck("env-brief-1");
    expect(performance.now() - began).toBeLessThan(1_000);
    expect(ack.payload ?? {}).toEqual({});
    const [call] = await api.waitForCalls(new URL(responseUrl).pathname, 1);
    const expected = replyTo("meeting", "", { knowledge, now: NOW, defaultLang: "en" });
    expect(call?.body.response_type).toBe("ephemeral");
    expect(call?.body.blocks).toEqual(expected.message.blocks);
  });

  it("closes the WebSocket cleanly on stop and never writes a token to the log", async () => {
    expect(await slack.stop(2_000)).toBe(0);
    expect(logLines.some((line) => line.includes("close frame received (code: 1000"))).toBe(true);
    expect(logLines.filter((line) => line.startsWith("[ERROR]"))).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(
      logLines.filter((line) => line.includes(TEST_WORKSPACE.appToken) || /xapp-|xox[a-z]-/.test(line)),
    ).toEqual([]);
  });
});
