import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DigestStore, Subscription } from "../../src/store/types.ts";
import { aSubscription } from "../support/subscription.ts";

/** Opens store instances on one empty database; open() may be called many times (instances, restarts). */
export interface TestDatabase {
  open(options?: { claimStaleAfterMs?: number }): Promise<DigestStore>;
  /** Drops a table behind the stores' backs, through a connection of its own (as an operator's mistake). */
  dropTable(table: string): Promise<void>;
}

/** Gives each test an empty database and cleans everything up at the end. */
export interface StoreBackend {
  freshDatabase(): Promise<TestDatabase>;
  cleanup(): Promise<void>;
}

const T0 = new Date("2024-10-27T06:00:00.000Z");
const minutes = (n: number): Date => new Date(T0.getTime() + n * 60_000);

function subscription(channelId: string, overrides: Partial<Subscription> = {}): Subscription {
  return aSubscription({
    channelId,
    teamId: "T1",
    time: "08:30",
    topics: ["fentanyl", "الفنتانيل"],
    createdAt: "2024-10-01T09:00:00.000Z",
    ...overrides,
  });
}

/** Registers the DigestStore behaviour every backend must show; setUp fails loudly when the backend is unusable. */
export function registerStoreContract(name: string, setUp: () => Promise<StoreBackend>): void {
  describe(`${name} digest store`, () => {
    let backend: StoreBackend | undefined;
    const opened: DigestStore[] = [];

    beforeAll(async () => {
      backend = await setUp();
    });
    afterAll(async () => {
      await Promise.allSettled(opened.map((store) => store.close()));
      await backend?.cleanup();
    });

    async function database(): Promise<TestDatabase> {
      if (!backend) throw new Error(`${name} backend was not set up`);
      const db = await backend.freshDatabase();
      return {
        async open(options) {
          const store = await db.open(options);
          opened.push(store);
          return store;
        },
        dropTable: (table) => db.dropTable(table),
      };
    }

    it("returns a subscription exactly as it was saved, topics in order", async () => {
      const store = await (await database()).open();
      const sub = subscription("C1", { quiet: true });
      await store.upsertSubscription(sub);
      expect(await store.getSubscription("C1")).toEqual(sub);
      expect(await store.getSubscription("C2")).toBeUndefined();
    });

    it("leaves optional fields absent rather than empty", async () => {
      const store = await (await database()).open();
      const { teamId: _teamId, ...withoutTeam } = subscription("C1", { topics: [] });
      await store.upsertSubscription(withoutTeam);
      const loaded = await store.getSubscription("C1");
      expect(loaded).toEqual(withoutTeam);
      expect(loaded && "teamId" in loaded).toBe(false);
      expect(loaded && "pausedReason" in loaded).toBe(false);
    });

    it("replaces the whole subscription on upsert, topics and pause included", async () => {
      const store = await (await database()).open();
      await store.upsertSubscription(
        subscription("C1", { pausedReason: "is_archived", pausedSince: T0.toISOString() }),
      );
      const replacement = subscription("C1", {
        time: "07:00",
        tz: "Africa/Nairobi",
        lang: "sw",
        topics: ["g7"],
      });
      await store.upsertSubscription(replacement);
      expect(await store.getSubscription("C1")).toEqual(replacement);
    });

    it("lists every subscription ordered by channel id and deletes one with its topics", async () => {
      const store = await (await database()).open();
      for (const id of ["C3", "C1", "C2"]) await store.upsertSubscription(subscription(id, { topics: [id] }));
      expect((await store.listSubscriptions()).map((s) => [s.channelId, s.topics])).toEqual([
        ["C1", ["C1"]],
        ["C2", ["C2"]],
        ["C3", ["C3"]],
      ]);
      expect(await store.deleteSubscription("C2")).toBe(true);
      expect(await store.deleteSubscription("C2")).toBe(false);
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(["C1", "C3"]);
      await store.upsertSubscription(subscription("C2", { topics: [] }));
      expect(await store.addTopic("C2", "new")).toBe("added");
      expect((await store.getSubscription("C2"))?.topics).toEqual(["new"]);
    });

    it("adds and removes watched topics, telling apart duplicates and unknown channels", async () => {
      const store = await (await database()).open();
      await store.upsertSubscription(subscription("C1", { topics: ["a"] }));
      expect(await store.addTopic("C1", "الفنتانيل")).toBe("added");
      expect(await store.addTopic("C1", "b")).toBe("added");
      expect(await store.addTopic("C1", "a")).toBe("exists");
      expect(await store.addTopic("C9", "a")).toBe("no-subscription");
      expect((await store.getSubscription("C1"))?.topics).toEqual(["a", "الفنتانيل", "b"]);
      expect(await store.removeTopic("C1", "الفنتانيل")).toBe("removed");
      expect(await store.removeTopic("C1", "الفنتانيل")).toBe("absent");
      expect(await store.removeTopic("C9", "a")).toBe("no-subscription");
      expect((await store.getSubscription("C1"))?.topics).toEqual(["a", "b"]);
    });

    it("pauses with a reason and time, and unpauses", async () => {
      const store = await (await database()).open();
      await store.upsertSubscription(subscription("C1"));
      expect(await store.pause("C1", "not_in_channel", T0)).toBe(true);
      expect(await store.pause("C9", "not_in_channel", T0)).toBe(false);
      const paused = await store.getSubscription("C1");
      expect([paused?.pausedReason, paused?.pausedSince]).toEqual(["not_in_channel", T0.toISOString()]);
      expect(await store.unpause("C1")).toBe(true);
      const resumed = await store.getSubscription("C1");
      expect(resumed && "pausedReason" in resumed).toBe(false);
    });

    it("grants a claim once and keeps a posted digest final, even long after", async () => {
      const store = await (await database()).open({ claimStaleAfterMs: 10 * 60_000 });
      expect(await store.claimDigest("C1", "2024-10-27", "a", T0)).toBe(true);
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(1))).toBe(false);
      expect(await store.claimDigest("C1", "2024-10-28", "b", minutes(1))).toBe(true);
      expect(await store.claimDigest("C2", "2024-10-27", "b", minutes(1))).toBe(true);
      await store.markPosted("C1", "2024-10-27", "1700000000.000100", minutes(2));
      await store.markFailed("C1", "2024-10-27", "late failure", true);
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(60 * 24))).toBe(false);
      expect(await store.getLedgerEntry("C1", "2024-10-27")).toEqual({
        channelId: "C1",
        localDate: "2024-10-27",
        state: "posted",
        ts: "1700000000.000100",
        claimedBy: "a",
        claimedAt: T0.toISOString(),
        attempts: 1,
        retryable: false,
        postedAt: minutes(2).toISOString(),
      });
    });

    it("lets another instance take over a claim abandoned for longer than the claim lifetime", async () => {
      const store = await (await database()).open({ claimStaleAfterMs: 10 * 60_000 });
      expect(await store.claimDigest("C1", "2024-10-27", "crashed", T0)).toBe(true);
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(9))).toBe(false);
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(11))).toBe(true);
      expect(await store.claimDigest("C1", "2024-10-27", "c", minutes(12))).toBe(false);
      const entry = await store.getLedgerEntry("C1", "2024-10-27");
      expect([entry?.state, entry?.claimedBy, entry?.attempts]).toEqual(["claimed", "b", 2]);
    });

    it("records a send about to start, and hands a crashed send to the next claimant with when it began", async () => {
      const store = await (await database()).open({ claimStaleAfterMs: 10 * 60_000 });
      await store.claimDigest("C1", "2024-10-27", "a", T0);
      expect(await store.markSending("C1", "2024-10-27", "b", minutes(1))).toBe(false);
      expect(await store.markSending("C1", "2024-10-27", "a", minutes(1))).toBe(true);
      expect(await store.markSending("C1", "2024-10-27", "a", minutes(2))).toBe(false);
      const sending = await store.getLedgerEntry("C1", "2024-10-27");
      expect([sending?.state, sending?.sendStartedAt]).toEqual(["sending", minutes(1).toISOString()]);
      // "a" died mid-send: its fresh "sending" entry is not taken, a stale one is, with the send time kept.
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(5))).toBe(false);
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(11))).toBe(true);
      const taken = await store.getLedgerEntry("C1", "2024-10-27");
      expect([taken?.state, taken?.claimedBy, taken?.sendStartedAt]).toEqual([
        "claimed",
        "b",
        minutes(1).toISOString(),
      ]);
      expect(await store.markSending("C1", "2024-10-27", "b", minutes(12))).toBe(true);
      expect((await store.getLedgerEntry("C1", "2024-10-27"))?.sendStartedAt).toBe(minutes(1).toISOString());
      await store.markPosted("C1", "2024-10-27", "1.5", minutes(13));
      const posted = await store.getLedgerEntry("C1", "2024-10-27");
      expect([posted?.state, posted && "sendStartedAt" in posted]).toEqual(["posted", false]);
    });

    it("reclaims a retryable failure but never a final one", async () => {
      const store = await (await database()).open();
      await store.claimDigest("C1", "2024-10-27", "a", T0);
      await store.markFailed("C1", "2024-10-27", "http_500", true);
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(1))).toBe(true);
      await store.markFailed("C1", "2024-10-27", "http_500", false);
      expect(await store.claimDigest("C1", "2024-10-27", "c", minutes(2))).toBe(false);
      const entry = await store.getLedgerEntry("C1", "2024-10-27");
      expect([entry?.state, entry?.attempts, entry?.lastError, entry?.retryable]).toEqual([
        "failed",
        2,
        "http_500",
        false,
      ]);
    });

    it("refuses to mark posted a digest nobody claimed", async () => {
      const store = await (await database()).open();
      await expect(store.markPosted("C1", "2024-10-27", "1.2", T0)).rejects.toThrow(/no digest claim/);
    });

    it("counts a quiet skip as posted for the date but not as the last digest shown", async () => {
      const store = await (await database()).open();
      expect(await store.lastPostedDate("C1")).toBeUndefined();
      expect(await store.lastDigestAt("C1")).toBeUndefined();
      await store.claimDigest("C1", "2024-10-26", "a", T0);
      await store.markPosted("C1", "2024-10-26", "1.1", minutes(1));
      await store.claimDigest("C1", "2024-10-27", "a", minutes(60 * 24));
      await store.markPosted("C1", "2024-10-27", null, minutes(60 * 24 + 1));
      await store.claimDigest("C1", "2024-10-28", "a", minutes(60 * 48));
      await store.claimDigest("C2", "2024-10-29", "a", minutes(60 * 48));
      await store.markPosted("C2", "2024-10-29", "2.2", minutes(60 * 48));
      expect(await store.lastPostedDate("C1")).toBe("2024-10-27");
      expect(await store.lastDigestAt("C1")).toBe(minutes(1).toISOString());
      const skipped = await store.getLedgerEntry("C1", "2024-10-27");
      expect([skipped?.state, skipped && "ts" in skipped]).toEqual(["posted", false]);
    });

    it("keeps the earliest first-seen time of a document and its latest hash", async () => {
      const store = await (await database()).open();
      expect(await store.recordFirstSeen("doc-a", "h1", minutes(5))).toBe(minutes(5).toISOString());
      expect(await store.recordFirstSeen("doc-a", "h2", minutes(50))).toBe(minutes(5).toISOString());
      expect(await store.recordFirstSeen("doc-b", "h3", minutes(7))).toBe(minutes(7).toISOString());
      // An instance with a clock running behind saw it earlier: the earlier time wins.
      expect(await store.recordFirstSeen("doc-b", "h3", minutes(6))).toBe(minutes(6).toISOString());
      const all = await store.firstSeenAll();
      expect([...all.values()].sort((a, b) => a.docId.localeCompare(b.docId))).toEqual([
        { docId: "doc-a", firstSeenAt: minutes(5).toISOString(), hash: "h2" },
        { docId: "doc-b", firstSeenAt: minutes(6).toISOString(), hash: "h3" },
      ]);
    });

    it("grants exactly one claim per digest when two instances race on one database", async () => {
      const db = await database();
      const [first, second] = await Promise.all([db.open(), db.open()]);
      if (!first || !second) throw new Error("stores did not open");
      const keys = ["C1", "C2", "C3", "C4", "C5"].map((channel, i) => [channel, `2024-10-2${i}`] as const);
      const claims = await Promise.all(
        keys.flatMap(([channel, date]) =>
          Array.from({ length: 4 }, (_, n) => [
            first.claimDigest(channel, date, `first-${n}`, T0).then((won) => ({ channel, won })),
            second.claimDigest(channel, date, `second-${n}`, T0).then((won) => ({ channel, won })),
          ]).flat(),
        ),
      );
      for (const [channel] of keys) {
        expect(claims.filter((claim) => claim.channel === channel && claim.won)).toHaveLength(1);
      }
    });

    it("returns a stored translation only for the same text, language pair, backend and model", async () => {
      const store = await (await database()).open();
      const scope = { sourceLang: "ar", targetLang: "en", backend: "libretranslate", model: "" };
      await store.saveTranslations(
        scope,
        [
          { textHash: "h-1", translated: "Italy chairs LEPSG" },
          { textHash: "h-2", translated: "A 24/7 network" },
        ],
        T0,
      );
      const found = await store.findTranslations(scope, ["h-2", "h-1", "h-3", "h-1"]);
      expect(Object.fromEntries(found)).toEqual({ "h-1": "Italy chairs LEPSG", "h-2": "A 24/7 network" });
      for (const other of [
        { ...scope, targetLang: "fr" },
        { ...scope, sourceLang: "hi" },
        { ...scope, backend: "openai" },
        { ...scope, model: "llama3" },
      ]) {
        expect((await store.findTranslations(other, ["h-1", "h-2"])).size).toBe(0);
      }
      expect((await store.findTranslations(scope, [])).size).toBe(0);
    });

    it("replaces a translation saved again and finds many hashes at once", async () => {
      const store = await (await database()).open();
      const scope = { sourceLang: "sw", targetLang: "it", backend: "openai", model: "qwen2.5:7b" };
      const many = Array.from({ length: 450 }, (_, i) => ({ textHash: `h${i}`, translated: `t${i}` }));
      await store.saveTranslations(scope, many, T0);
      await store.saveTranslations(scope, [{ textHash: "h7", translated: "«nuovo»" }], minutes(1));
      const found = await store.findTranslations(
        scope,
        many.map((entry) => entry.textHash),
      );
      expect(found.size).toBe(450);
      expect([found.get("h7"), found.get("h449")]).toEqual(["«nuovo»", "t449"]);
    });

    it("counts translated characters per day and backend, refusing what would pass the cap", async () => {
      const store = await (await database()).open();
      expect(await store.reserveTranslationChars("2024-10-27", "openai:m", 600, 1000)).toBe(true);
      expect(await store.reserveTranslationChars("2024-10-27", "openai:m", 500, 1000)).toBe(false);
      expect(await store.reserveTranslationChars("2024-10-27", "openai:m", 400, 1000)).toBe(true);
      expect(await store.reserveTranslationChars("2024-10-27", "openai:m", 1, 1000)).toBe(false);
      expect(await store.reserveTranslationChars("2024-10-27", "libretranslate", 1001, 1000)).toBe(false);
      expect(await store.reserveTranslationChars("2024-10-28", "openai:m", 900, 1000)).toBe(true);
      expect(await store.translatedChars("2024-10-27", "openai:m")).toBe(1000);
      expect(await store.translatedChars("2024-10-27", "libretranslate")).toBe(0);
      expect(await store.translatedChars("2024-10-28", "openai:m")).toBe(900);
    });

    it("never lets two instances reserving at once pass the daily cap together", async () => {
      const db = await database();
      const [first, second] = await Promise.all([db.open(), db.open()]);
      if (!first || !second) throw new Error("stores did not open");
      const granted = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? first : second).reserveTranslationChars("2024-10-27", "libretranslate", 70, 1000),
        ),
      );
      expect(granted.filter(Boolean)).toHaveLength(14);
      expect(await first.translatedChars("2024-10-27", "libretranslate")).toBe(980);
    });

    it("keeps everything across a restart", async () => {
      const db = await database();
      const before = await db.open();
      const sub = subscription("C1");
      await before.upsertSubscription(sub);
      await before.claimDigest("C1", "2024-10-27", "a", T0);
      await before.markPosted("C1", "2024-10-27", "1.5", minutes(1));
      await before.recordFirstSeen("doc-a", "h1", T0);
      const scope = { sourceLang: "ar", targetLang: "en", backend: "libretranslate", model: "" };
      await before.saveTranslations(scope, [{ textHash: "h-ar", translated: "the translation" }], T0);
      await before.close();
      const after = await db.open();
      expect(await after.getSubscription("C1")).toEqual(sub);
      expect(await after.lastPostedDate("C1")).toBe("2024-10-27");
      expect(await after.claimDigest("C1", "2024-10-27", "b", minutes(60))).toBe(false);
      expect((await after.firstSeenAll()).get("doc-a")?.firstSeenAt).toBe(T0.toISOString());
      expect((await after.findTranslations(scope, ["h-ar"])).get("h-ar")).toBe("the translation");
    });

    it("answers a health probe with ok while it can serve", async () => {
      const store = await (await database()).open();
      expect(await store.probe()).toEqual({ ok: true });
    });

    it("rebuilds a table dropped behind its back on the next call, keeping the other tables' rows", async () => {
      const db = await database();
      const store = await db.open();
      await store.upsertSubscription(subscription("C1"));
      await store.claimDigest("C1", "2024-10-27", "a", T0);
      await store.markPosted("C1", "2024-10-27", "1.5", minutes(1));
      await db.dropTable("subscriptions");
      expect(await store.listSubscriptions()).toEqual([]);
      await store.upsertSubscription(subscription("C2"));
      expect((await store.listSubscriptions()).map((sub) => sub.channelId)).toEqual(["C2"]);
      expect(await store.lastPostedDate("C1")).toBe("2024-10-27");
      await db.dropTable("digest_ledger");
      expect(await store.probe()).toEqual({ ok: true });
      expect(await store.claimDigest("C1", "2024-10-27", "b", minutes(2))).toBe(true);
      // A restart finds the database whole.
      await store.close();
      expect((await (await db.open()).listSubscriptions()).map((sub) => sub.channelId)).toEqual(["C2"]);
    });
  });
}
