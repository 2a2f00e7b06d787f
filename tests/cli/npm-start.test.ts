import { execFile, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type SlackApiStub, startSlackApiStub } from "../support/slack-api-stub.ts";
import { TEST_WORKSPACE } from "../support/slack-request.ts";

const repoRoot = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "briefbot-npm-start-"));
let stub: SlackApiStub;

beforeAll(async () => {
  stub = await startSlackApiStub();
  stub.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
});

afterAll(async () => {
  await stub.close();
});

/** Resolves with the first match of `pattern` in what the stream has written so far or writes later. */
function waitFor(read: () => string, pattern: RegExp, ms = 60_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const look = (): void => {
      const found = pattern.exec(read());
      if (found) resolve(found);
      else if (Date.now() > deadline) reject(new Error(`never printed ${pattern}: ${read()}`));
      else setTimeout(look, 50);
    };
    look();
  });
}

describe("npm start under a supervisor", () => {
  it("hands SIGTERM to the bot itself: it stops cleanly, npm exits, nothing is left listening", async () => {
    const child = spawn("npm", ["start", "--silent"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: TEST_WORKSPACE.botToken,
        SLACK_SIGNING_SECRET: TEST_WORKSPACE.signingSecret,
        SLACK_API_URL: stub.apiUrl,
        PORT: "0",
        BRIEFBOT_DB: join(dir, "npm-start.sqlite"),
        BRIEFBOT_CACHE_DIR: join(repoRoot, "data", "cache"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const [, port] = await waitFor(() => out, /started in http mode on port (\d+)/u);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBeGreaterThanOrEqual(200);

    child.kill("SIGTERM");
    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => resolve("still running"), 15_000)),
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/SIGTERM: stopping/u);
    expect(out).toMatch(/\bstopped\b/u);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 90_000);
});

describe("the console", () => {
  it("prints the same start line as the Slack modes, on stderr, leaving stdout to the answers", async () => {
    const run = promisify(execFile);
    const child = run(process.execPath, [join(repoRoot, "bin", "briefbot.js"), "console"], {
      cwd: dir,
      env: {
        ...process.env,
        BRIEFBOT_SEEDS: join(repoRoot, "seeds"),
        BRIEFBOT_DB: join(dir, "console.sqlite"),
      },
      timeout: 60_000,
    });
    child.child.stdin?.end("/brief fentanyl\n:quit\n");
    const { stdout, stderr } = await child;
    expect(stderr).toMatch(
      /^\[INFO\] briefbot started in console mode: corpus .*seeds, \d+ documents, \d+ meetings, languages [a-z, ]+ \(\d+ ms\)$/mu,
    );
    expect(stdout).not.toContain("started in console mode");
    expect(stdout).toContain("fentanyl");
  }, 90_000);
});
