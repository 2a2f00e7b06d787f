import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBriefbot } from "../src/cli/start.ts";
import { readConfig, readStartConfig, withEnvFile } from "../src/core/config.ts";
import { startHttpBriefbot } from "./support/http-briefbot.ts";
import { ok, type SlackApiStub, slow, startSlackApiStub } from "./support/slack-api-stub.ts";
import { FORM, signedHeaders, slashCommandBody, TEST_WORKSPACE } from "./support/slack-request.ts";

const repoRoot = join(import.meta.dirname, "..");
let stub: SlackApiStub;
let dir: string;

beforeAll(async () => {
  stub = await startSlackApiStub();
  stub.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
  dir = mkdtempSync(join(tmpdir(), "briefbot-start-"));
});

afterAll(async () => {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the .env file", () => {
  it("fills only the variables the environment does not set, and nothing without a .env", () => {
    const withFile = mkdtempSync(join(dir, "env-"));
    writeFileSync(
      join(withFile, ".env"),
      "PORT=4000\nLOG_LEVEL=debug\n# a comment\nBRIEFBOT_DEFAULT_LANG=sw\n",
    );
    const env = { PORT: "5000" };
    expect(withEnvFile(env, withFile)).toEqual({
      PORT: "5000",
      LOG_LEVEL: "debug",
      BRIEFBOT_DEFAULT_LANG: "sw",
    });
    expect(env).toEqual({ PORT: "5000" });
    expect(readStartConfig({}, withFile)).toMatchObject({ defaultLang: "sw", logLevel: "debug" });
    expect(withEnvFile({}, mkdtempSync(join(dir, "none-")))).toEqual({});
  });
});

describe("startBriefbot", () => {
  it("returns console without Slack tokens and starts nothing", async () => {
    const signals = new EventEmitter();
    expect(await startBriefbot(readConfig({}, dir), { signals })).toBe("console");
    expect(signals.listenerCount("SIGTERM")).toBe(0);
  });

  it("runs HTTP mode, logs one start line without secrets, and on SIGTERM finishes replies in flight and exits 0", async () => {
    const app = await startHttpBriefbot({
      stub,
      cwd: dir,
      seeds: join(repoRoot, "seeds"),
      db: join(dir, "start.sqlite"),
    });
    const { started, signals, exits, logLines: lines } = app;
    expect(app.mode).toBe("http");
    const port = started?.port;
    expect(port).toBeGreaterThan(0);
    const startLines = lines.filter((line) => line.includes("started in http mode"));
    expect(startLines).toHaveLength(1);
    expect(startLines[0]).toMatch(
      /corpus .*seeds, \d+ documents, \d+ meetings, languages [a-z, ]+ \(\d+ ms\)/,
    );

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    const responseUrl = stub.responseUrl("T0/slow/1");
    stub.onPath("/commands/T0/slow/1", slow(400));
    const body = slashCommandBody({ command: "/brief", text: "fentanyl", responseUrl });
    const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      headers: signedHeaders(body, FORM),
      body,
    });
    expect(ack.status).toBe(200);
    await stub.waitForCalls("/commands/T0/slow/1", 1);

    signals.emit("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(exits).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    const deadline = Date.now() + 5_000;
    while (exits.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exits).toEqual([0]);
    expect(lines.some((line) => line.includes("replies were still running"))).toBe(false);
    expect(
      lines.filter((line) => /xox[a-z]-|xapp-/.test(line) || line.includes(TEST_WORKSPACE.signingSecret)),
    ).toEqual([]);
  });
});
