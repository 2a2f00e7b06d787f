import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type HttpBriefbot, startHttpBriefbot } from "../support/http-briefbot.ts";
import { ok, type SlackApiStub, slackError, slow, startSlackApiStub } from "../support/slack-api-stub.ts";
import { FORM, signedHeaders, slashCommandBody, TEST_WORKSPACE } from "../support/slack-request.ts";
import { freePort, startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";

const repoRoot = join(import.meta.dirname, "..", "..");
const FAST = {
  BRIEFBOT_AUTH_RETRY_MAX_SECONDS: "0.2",
  BRIEFBOT_SLACK_TIMEOUT_SECONDS: "1",
  // The repository's knowledge cache, kept warm by the other tests: each start reads the seeds once.
  BRIEFBOT_CACHE_DIR: join(repoRoot, "data", "cache"),
};
let stub: SlackApiStub;
let dir: string;
const apps: HttpBriefbot[] = [];
const proxies: TcpProxy[] = [];

beforeAll(async () => {
  stub = await startSlackApiStub();
  dir = mkdtempSync(join(tmpdir(), "briefbot-unreachable-"));
});

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
  stub.reset();
});

afterAll(async () => {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(apiUrl: string, db: string): Promise<HttpBriefbot> {
  const app = await startHttpBriefbot({
    stub,
    cwd: dir,
    seeds: join(repoRoot, "seeds"),
    db: join(dir, db),
    env: { ...FAST, SLACK_API_URL: apiUrl },
    waitForSlack: false,
  });
  apps.push(app);
  return app;
}

async function health(app: HttpBriefbot): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${app.origin}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function until(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("starting while Slack's Web API cannot be reached", () => {
  it("serves /healthz at once with 503 naming auth.test, the URL and the cause, then 200 once Slack answers", async () => {
    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}/api/`;
    const app = await start(apiUrl, "unreachable.sqlite");
    expect(app.mode).toBe("http");
    const starting = await health(app);
    expect(starting.status).toBe(503);
    expect(starting.body.status).toBe("starting");
    expect(starting.body.reason).toMatch(
      new RegExp(`starting: auth\\.test to ${apiUrl}auth\\.test (failed: .*ECONNREFUSED|not answered yet)`),
    );
    await until(() => app.logLines.filter((line) => line.includes("auth.test to")).length >= 2);
    const failures = app.logLines.filter((line) => line.includes(`auth.test to ${apiUrl}auth.test failed`));
    for (const line of failures) {
      expect(line).toMatch(
        /failed: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+; retrying in \d+\.\d s \(attempt \d+\)$/,
      );
    }
    expect((await health(app)).body.reason).toMatch(/ECONNREFUSED/);

    // A command while Slack's API is down is still acked and answered through its response_url.
    const responseUrl = stub.responseUrl("T0/while-down/1");
    const body = slashCommandBody({ command: "/brief", text: "fentanyl", responseUrl });
    const ack = await fetch(`${app.origin}/slack/events`, {
      method: "POST",
      headers: signedHeaders(body, FORM),
      body,
    });
    expect(ack.status).toBe(200);
    await stub.waitForCalls("/commands/T0/while-down/1", 1);

    stub.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
    proxies.push(await startTcpProxy({ host: "127.0.0.1", port: Number(new URL(stub.origin).port) }, port));
    await until(async () => (await health(app)).status === 200);
    expect((await health(app)).body).toMatchObject({ status: "ok", store: "ok", slack: "ok" });
  });

  it("names the deadline when auth.test never answers", async () => {
    stub.on("auth.test", slow(30_000));
    const app = await start(stub.apiUrl, "stalled.sqlite");
    await until(() => app.logLines.some((line) => line.includes("failed: no answer within 1000 ms")));
    expect((await health(app)).body.reason).toContain(
      `starting: auth.test to ${stub.apiUrl}auth.test failed: no answer within 1000 ms`,
    );
  });

  it("stops with one line naming SLACK_BOT_TOKEN when Slack refuses it, and exits 1", async () => {
    stub.on("auth.test", slackError("invalid_auth"));
    const app = await start(stub.apiUrl, "refused.sqlite");
    await until(() => app.exits.length > 0);
    expect(app.exits).toEqual([1]);
    const refusal = app.logLines.filter((line) => line.includes("Slack refused SLACK_BOT_TOKEN"));
    expect(refusal).toHaveLength(1);
    expect(refusal[0]).toContain(`(auth.test to ${stub.apiUrl}auth.test: invalid_auth)`);
    expect(stub.callsTo("auth.test")).toHaveLength(1);
  });
});

describe("tokens in the wrong variables", () => {
  it("refuses an app token in SLACK_BOT_TOKEN with a clear line before any call to Slack", async () => {
    const run = promisify(execFile);
    const result = await run(process.execPath, [join(repoRoot, "bin", "briefbot.js"), "start"], {
      cwd: dir,
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: TEST_WORKSPACE.appToken,
        SLACK_APP_TOKEN: TEST_WORKSPACE.botToken,
        SLACK_API_URL: stub.apiUrl,
        BRIEFBOT_SEEDS: join(repoRoot, "seeds"),
      },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? "" }),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "SLACK_BOT_TOKEN holds an app-level token (xapp-…): it belongs in SLACK_APP_TOKEN",
    );
    expect(result.stderr).toContain("SLACK_APP_TOKEN holds an OAuth token (xox…-)");
    expect(result.stderr).not.toContain(TEST_WORKSPACE.appToken);
    expect(stub.calls).toEqual([]);
  });
});
