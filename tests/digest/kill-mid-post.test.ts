import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import { type SlackApiStub, slow, startSlackApiStub, stubChannels } from "../support/slack-api-stub.ts";
import { TEST_WORKSPACE } from "../support/slack-request.ts";

const repoRoot = join(import.meta.dirname, "..", "..");
const BIN = join(repoRoot, "bin", "briefbot.js");
const CHANNEL = "C0KILLTEST";
let stub: SlackApiStub;
let dir: string;
/** The repository's knowledge cache, kept warm by the other tests: no child process rebuilds the seeds. */
const cacheDir = join(repoRoot, "data", "cache");
let db: string;
let runs = 0;

/** `briefbot digest run-due` in a real child process, posting to the stand-in, with a half-second claim lifetime. */
function runDue(): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; out: string }>;
} {
  const child = spawn(process.execPath, [BIN, "digest", "run-due"], {
    cwd: dir,
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: TEST_WORKSPACE.botToken,
      SLACK_API_URL: stub.apiUrl,
      BRIEFBOT_DB: db,
      BRIEFBOT_SEEDS: join(repoRoot, "seeds"),
      BRIEFBOT_CACHE_DIR: cacheDir,
      BRIEFBOT_CLAIM_STALE_SECONDS: "0.5",
      BRIEFBOT_SLACK_TIMEOUT_SECONDS: "60",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const done = new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, out })),
  );
  return { child, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  stub = await startSlackApiStub();
});

afterAll(async () => {
  await stub.close();
});

beforeEach(async () => {
  stub.reset();
  runs += 1;
  dir = mkdtempSync(join(tmpdir(), "briefbot-kill-"));
  db = join(dir, `digests-${runs}.sqlite`);
  const store = await openSqliteStore({ file: db });
  await store.upsertSubscription({
    channelId: CHANNEL,
    time: "00:00",
    tz: "UTC",
    lang: "en",
    quiet: false,
    topics: [],
    createdBy: "U0ADMIN001",
    createdAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  });
  await store.close();
  return () => rmSync(dir, { recursive: true, force: true });
});

async function ledgerState(): Promise<string | undefined> {
  const store = await openSqliteStore({ file: db });
  const today = new Date().toISOString().slice(0, 10);
  const entry = await store.getLedgerEntry(CHANNEL, today);
  await store.close();
  return entry?.state;
}

describe("a digest post cut short by kill -9", () => {
  it("is found in the channel after a restart and never posted twice, when Slack had taken it", async () => {
    const channels = stubChannels();
    // Slack keeps the message but the answer never comes back: the process dies waiting for it.
    stub.on(
      "chat.postMessage",
      channels.post(() => slow(120_000)),
    );
    stub.on("conversations.history", channels.history);
    const first = runDue();
    await stub.waitForCalls("chat.postMessage", 1, 60_000);
    first.child.kill("SIGKILL");
    expect((await first.done).signal).toBe("SIGKILL");
    expect(await ledgerState()).toBe("sending");

    await sleep(600);
    const second = await runDue().done;
    expect(second.code).toBe(0);
    expect(second.out).toContain("found in the channel");
    expect(second.out).toMatch(/1 posted/);
    const third = await runDue().done;
    expect(third.out).toMatch(/none due/);
    expect(channels.messages.filter((message) => message.channel === CHANNEL)).toHaveLength(1);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
    expect(await ledgerState()).toBe("posted");
  }, 120_000);
});
