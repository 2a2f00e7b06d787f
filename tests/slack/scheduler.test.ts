import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { DigestStore } from "../../src/store/types.ts";
import {
  answerLikeSlack,
  httpError,
  ok,
  rateLimited,
  type SlackApiStub,
  slackError,
  slow,
  startSlackApiStub,
  stubChannels,
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
      event_payload: { lang: "fr", command: "digest", sources: [], digest_date: "2024-10-27" },
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

  it("retries 500s with growing backoff, looking in the channel before each retry, and gives up for good after the bounded attempts", async () => {
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
    // The last 500 may have posted too: it is not sent again in this pass.
    expect(first.outcomes).toEqual([
      {
        channelId: "C1",
        localDate: "2024-10-27",
        result: "failed",
        error: "outcome unknown, not sent again in this pass: http_500",
        willRetry: true,
      },
    ]);
    clock.set("2024-10-27T07:01:00Z");
    const second = await scheduler.runDuePass();
    expect(second.outcomes.map((o) => o.result === "failed" && o.willRetry)).toEqual([false]);
    clock.set("2024-10-27T07:02:00Z");
    expect((await scheduler.runDuePass()).outcomes.map((o) => o.result)).toEqual(["not-claimed"]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(6);
    // A 500 may have posted: the channel is read before each retry, and once at the next pass's start.
    expect(stub.callsTo("conversations.history")).toHaveLength(5);
    expect(waits).toEqual([200, 400, 200, 400]);
    const entry = await store.getLedgerEntry("C1", "2024-10-27");
    expect([entry?.state, entry?.attempts, entry?.retryable]).toEqual(["failed", 2, false]);
  });

  it("takes a 500 whose digest reached the channel anyway as posted, without posting it again", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    const channels = stubChannels();
    stub.on(
      "chat.postMessage",
      channels.post(() => httpError(500)),
    );
    stub.on("conversations.history", channels.history);
    const report = await schedulerFor(stub, store, testClock("2024-10-27T07:00:00Z")).runDuePass();
    expect(report.outcomes).toEqual([
      { channelId: "C1", localDate: "2024-10-27", result: "posted", ts: channels.messages[0]?.ts },
    ]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("does not send again within the pass after a request that had no answer in time", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    stub.on("chat.postMessage", [slow(2000), answerLikeSlack]);
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, { poster: { requestTimeoutMs: 150 } });
    const report = await scheduler.runDuePass();
    expect(report.outcomes).toEqual([
      {
        channelId: "C1",
        localDate: "2024-10-27",
        result: "failed",
        error: "outcome unknown, not sent again in this pass: request_error: no answer within 150 ms",
        willRetry: true,
      },
    ]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
    expect((await store.getLedgerEntry("C1", "2024-10-27"))?.sendStartedAt).toBe("2024-10-27T07:00:00.000Z");
  });

  it("finds a timed-out digest in the channel at the next pass and marks it posted instead of posting again", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    const channels = stubChannels();
    // Slack took the post but never answered.
    stub.on(
      "chat.postMessage",
      channels.post(() => slow(2000)),
    );
    stub.on("conversations.history", channels.history);
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, { poster: { requestTimeoutMs: 150 } });
    expect((await scheduler.runDuePass()).outcomes.map((o) => o.result)).toEqual(["failed"]);
    clock.set("2024-10-27T07:01:00Z");
    const next = await scheduler.runDuePass();
    expect(next.outcomes).toEqual([
      { channelId: "C1", localDate: "2024-10-27", result: "posted", ts: channels.messages[0]?.ts },
    ]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
    const history = stub.callsTo("conversations.history");
    expect(history).toHaveLength(1);
    expect(history[0]?.body).toMatchObject({ channel: "C1", include_all_metadata: "true" });
    clock.set("2024-10-27T09:00:00Z");
    expect((await scheduler.runDuePass()).outcomes).toEqual([]);
  });

  it("posts at the next pass a timed-out digest the channel does not hold", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    const channels = stubChannels();
    stub.on("chat.postMessage", [slow(2000), channels.post()]);
    stub.on("conversations.history", channels.history);
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, { poster: { requestTimeoutMs: 150 } });
    await scheduler.runDuePass();
    clock.set("2024-10-27T07:01:00Z");
    expect((await scheduler.runDuePass()).outcomes.map((o) => o.result)).toEqual(["posted"]);
    expect(channels.messages.map((message) => message.channel)).toEqual(["C1"]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("does not post when the channel cannot be read after a send of unknown outcome", async () => {
    const store = await oneStore();
    await store.upsertSubscription(romeSubscription("C1"));
    stub.on("chat.postMessage", [slow(2000), answerLikeSlack]);
    stub.on("conversations.history", slackError("missing_scope"));
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, { poster: { requestTimeoutMs: 150 } });
    await scheduler.runDuePass();
    clock.set("2024-10-27T07:01:00Z");
    const next = await scheduler.runDuePass();
    expect(next.outcomes.map((o) => o.result === "failed" && o.error)).toEqual([
      "not posted again: conversations.history: missing_scope",
    ]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("pauses every digest on invalid_auth, says so, and resumes once Slack accepts the token again", async () => {
    const store = await oneStore();
    for (const id of ["C1", "C2"]) await store.upsertSubscription(romeSubscription(id));
    stub.on("chat.postMessage", slackError("invalid_auth"));
    stub.on("auth.test", slackError("invalid_auth"));
    const lines: string[] = [];
    const clock = testClock("2024-10-27T07:00:00Z");
    const scheduler = schedulerFor(stub, store, clock, {
      logger: {
        info: (line) => lines.push(String(line)),
        warn: () => undefined,
        error: (line) => lines.push(String(line)),
      },
    });
    const first = await scheduler.runDuePass();
    expect(first.outcomes.map((o) => o.result)).toEqual(["refused", "refused"]);
    expect(scheduler.paused()).toEqual({ reason: "invalid_auth", since: "2024-10-27T07:00:00.000Z" });
    expect(
      lines.filter((line) => line.startsWith("digests paused: Slack refused the bot token (invalid_auth)")),
    ).toHaveLength(1);
    clock.set("2024-10-27T07:01:00Z");
    const paused = await scheduler.runDuePass();
    expect([paused.outcomes, paused.paused?.reason]).toEqual([[], "invalid_auth"]);
    expect(stub.callsTo("chat.postMessage")).toHaveLength(2);

    stub.on("auth.test", ok({ user_id: "U0BOT" }));
    stub.on("chat.postMessage", answerLikeSlack);
    clock.set("2024-10-27T07:02:00Z");
    const resumed = await scheduler.runDuePass();
    expect(resumed.outcomes.map((o) => o.result)).toEqual(["posted", "posted"]);
    expect(scheduler.paused()).toBeUndefined();
    expect(lines.some((line) => line.startsWith("digests resumed"))).toBe(true);
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
