import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { DigestStore } from "../../src/store/types.ts";
import {
  answerLikeSlack,
  httpError,
  rateLimited,
  type SlackApiStub,
  slackError,
  slow,
  startSlackApiStub,
} from "../support/slack-api-stub.ts";
import {
  postedChannels,
  recordingSleep,
  renderPlain,
  romeSubscription,
  schedulerFor,
  testClock,
} from "./scheduler-fixture.ts";

let stub: SlackApiStub;
const dir = mkdtempSync(join(tmpdir(), "briefbot-scheduler-"));
const stores: DigestStore[] = [];
let fileCount = 0;

async function openStores(count: number): Promise<DigestStore[]> {
  fileCount += 1;
  const file = join(dir, `db-${fileCount}.sqlite`);
  const opened = await Promise.all(Array.from({ length: count }, () => openSqliteStore({ file })));
  stores.push(...opened);
  return opened;
}

async function oneStore(): Promise<DigestStore> {
  const [store] = await openStores(1);
  if (!store) throw new Error("store did not open");
  return store;
}

beforeAll(async () => {
  stub = await startSlackApiStub();
});
afterEach(() => stub.reset());
afterAll(async () => {
  await Promise.allSettled(stores.map((store) => store.close()));
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("digest scheduler on one SQLite file", () => {
  it("posts each digest exactly once when two instances run their passes at the same moment", async () => {
    const [a, b] = await openStores(2);
    if (!a || !b) throw new Error("stores did not open");
    for (const id of ["C1", "C2", "C3"]) await a.upsertSubscription(romeSubscription(id));
    const clock = testClock("2024-10-27T07:05:00Z");
    const first = schedulerFor(stub, a, clock, { instanceId: "a" });
    const second = schedulerFor(stub, b, clock, { instanceId: "b" });
    const reports = await Promise.all([first.runDuePass(), second.runDuePass(), first.runDuePass()]);
    expect(postedChannels(stub)).toEqual(["C1", "C2", "C3"]);
    expect(reports.flatMap((r) => r.outcomes).filter((o) => o.result === "posted")).toHaveLength(3);
    const entry = await b.getLedgerEntry("C2", "2024-10-27");
    expect(entry?.state).toBe("posted");
    expect(entry?.ts).toMatch(/^\d+\.\d+$/);
  });

  it("sends the rendered message to the channel with the bot token", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C7", { lang: "fr" }));
    await schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z")).runDuePass();
    const [call] = stub.callsTo("chat.postMessage");
    expect(call?.token).toBe("xoxb-test");
    expect(call?.body.text).toBe("digest C7 2024-10-27");
    expect(call?.body.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "digest C7 2024-10-27" } },
    ]);
    expect(call?.body.metadata).toEqual({
      event_type: "briefbot_reply",
      event_payload: { lang: "fr", command: "digest", sources: [] },
    });
  });

  it("does not post again after a restart on the same day", async () => {
    const file = join(dir, "restart.sqlite");
    const clock = testClock("2024-10-27T07:01:00Z");
    const before = await openSqliteStore({ file });
    await before.upsertSubscription(romeSubscription("C1"));
    await schedulerFor(stub, before, clock).runDuePass();
    await before.close();
    const after = await openSqliteStore({ file });
    stores.push(after);
    clock.set("2024-10-27T09:00:00Z");
    const report = await schedulerFor(stub, after, clock, { instanceId: "restarted" }).runDuePass();
    expect(report.outcomes).toEqual([]);
    expect(postedChannels(stub)).toEqual(["C1"]);
  });

  it("catches up a digest missed while down if it is still that local day, never a past day's", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    const clock = testClock("2024-10-27T06:59:00Z");
    const scheduler = schedulerFor(stub, store, clock);
    expect((await scheduler.runDuePass()).outcomes).toEqual([]);
    clock.set("2024-10-27T21:30:00Z");
    expect((await scheduler.runDuePass()).outcomes.map((o) => [o.localDate, o.result])).toEqual([
      ["2024-10-27", "posted"],
    ]);
    // Down from before 08:00 on the 28th until after midnight: the 28th is gone, the 29th is not yet due.
    clock.set("2024-10-28T23:30:00Z");
    expect((await scheduler.runDuePass()).outcomes).toEqual([]);
    expect(await store.getLedgerEntry("C1", "2024-10-28")).toBeUndefined();
    clock.set("2024-10-29T07:00:00Z");
    expect((await scheduler.runDuePass()).outcomes.map((o) => o.localDate)).toEqual(["2024-10-29"]);
    expect(stub.callsTo("chat.postMessage").map((call) => call.body.text)).toEqual([
      "digest C1 2024-10-27",
      "digest C1 2024-10-29",
    ]);
  });

  it("records a quiet day as done without posting anything", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1", { quiet: true }));
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, { render: async () => null });
    expect((await scheduler.runDuePass()).outcomes.map((o) => o.result)).toEqual(["skipped"]);
    clock.set("2024-10-27T07:01:00Z");
    expect((await scheduler.runDuePass()).outcomes).toEqual([]);
    expect(stub.callsTo("chat.postMessage")).toEqual([]);
    expect(await store.lastPostedDate("C1")).toBe("2024-10-27");
    expect(await store.lastDigestAt("C1")).toBeUndefined();
  });
});

describe("Slack errors while posting digests", () => {
  it("waits for Retry-After on a 429 and then posts", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    stub.on("chat.postMessage", [rateLimited(7), answerLikeSlack]);
    const { waits, sleep } = recordingSleep();
    const report = await schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z"), {
      poster: { sleep },
    }).runDuePass();
    expect(report.outcomes.map((o) => o.result)).toEqual(["posted"]);
    expect(waits).toEqual([7000]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("retries 500s with growing backoff and gives up for good after the bounded attempts", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    stub.on("chat.postMessage", httpError(500));
    const { waits, sleep } = recordingSleep();
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, {
      maxAttempts: 2,
      poster: { sleep, maxRetries: 2, backoffMs: (retry) => 100 * 2 ** retry },
    });
    const first = await scheduler.runDuePass();
    expect(first.outcomes).toEqual([
      { channelId: "C1", localDate: "2024-10-27", result: "failed", error: "http_500", willRetry: true },
    ]);
    clock.set("2024-10-27T07:01:00Z");
    const second = await scheduler.runDuePass();
    expect(second.outcomes.map((o) => o.result === "failed" && o.willRetry)).toEqual([false]);
    clock.set("2024-10-27T07:02:00Z");
    expect((await scheduler.runDuePass()).outcomes.map((o) => o.result)).toEqual(["not-claimed"]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(6);
    expect(waits).toEqual([200, 400, 200, 400]);
    const entry = await store.getLedgerEntry("C1", "2024-10-27");
    expect([entry?.state, entry?.attempts, entry?.retryable]).toEqual(["failed", 2, false]);
  });

  it("retries after a request timeout and posts", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    stub.on("chat.postMessage", [slow(2000), answerLikeSlack]);
    const report = await schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z"), {
      poster: { requestTimeoutMs: 150 },
    }).runDuePass();
    expect(report.outcomes.map((o) => o.result)).toEqual(["posted"]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived"] as const)(
    "pauses the subscription on %s without retrying",
    async (error) => {
      const store = await oneStore();
      await store.upsertSubscription(romeSubscription("C1"));
      stub.on("chat.postMessage", slackError(error));
      const clock = testClock("2024-10-27T07:00:00Z");
      const scheduler = schedulerFor(stub, store, clock);
      expect((await scheduler.runDuePass()).outcomes.map((o) => o.result === "paused" && o.reason)).toEqual([
        error,
      ]);
      const sub = await store.getSubscription("C1");
      expect([sub?.pausedReason, sub?.pausedSince]).toEqual([error, "2024-10-27T07:00:00.000Z"]);
      clock.set("2024-10-28T07:00:00Z");
      expect((await scheduler.runDuePass()).outcomes).toEqual([]);
      expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
    },
  );

  it("posts to healthy channels while another one fails slowly", async () => {
    const store = await oneStore();
    for (const id of ["C1", "C2", "C3"]) await store.upsertSubscription(romeSubscription(id));
    stub.on("chat.postMessage", (call) => (call.body.channel === "C2" ? slow(5000) : answerLikeSlack(call)));
    const started = Date.now();
    const report = await schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z"), {
      poster: { requestTimeoutMs: 200, maxRetries: 1 },
    }).runDuePass();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(report.outcomes.map((o) => [o.channelId, o.result])).toEqual([
      ["C1", "posted"],
      ["C2", "failed"],
      ["C3", "posted"],
    ]);
  });

  it("gives up on a channel whose digest takes longer than the per-channel deadline", async () => {
    const store = await oneStore();
    for (const id of ["C1", "C2"]) await store.upsertSubscription(romeSubscription(id));
    const never = new Promise<null>(() => undefined);
    const report = await schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z"), {
      channelTimeoutMs: 100,
      render: (sub, date) => (sub.channelId === "C1" ? never : renderPlain(sub, date)),
    }).runDuePass();
    expect(report.outcomes.map((o) => [o.channelId, o.result, o.result === "failed" && o.error])).toEqual([
      ["C1", "failed", "render: deadline_exceeded"],
      ["C2", "posted", false],
    ]);
  });
});

describe("scheduler timer", () => {
  it("waits in stop() for the pass in flight to finish posting", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    const scheduler = schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z"), {
      render: async (sub, date) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return renderPlain(sub, date);
      },
    });
    scheduler.start();
    await scheduler.stop();
    expect(postedChannels(stub)).toEqual(["C1"]);
    expect((await store.getLedgerEntry("C1", "2024-10-27"))?.state).toBe("posted");
  });

  it("runs a pass at start, keeps ticking, and ticks no more once stopped", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, { cron: "* * * * * *" });
    scheduler.start();
    await stub.waitForCalls("chat.postMessage", 1);
    clock.set("2024-10-28T07:00:00Z");
    await stub.waitForCalls("chat.postMessage", 2, 3000);
    await scheduler.stop();
    const calls = stub.callsTo("chat.postMessage").length;
    clock.set("2024-10-29T07:00:00Z");
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(stub.callsTo("chat.postMessage")).toHaveLength(calls);
    expect(calls).toBe(2);
  });
});
