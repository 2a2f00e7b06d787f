import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../src/store/sqlite.ts";
import { heldStill } from "./support/held-still.ts";
import { startHttpBriefbot } from "./support/http-briefbot.ts";
import { ok, type SlackApiStub, startSlackApiStub } from "./support/slack-api-stub.ts";
import { TEST_WORKSPACE } from "./support/slack-request.ts";
import { aSubscription } from "./support/subscription.ts";

const MARKET = "Market report\n\nThe covered market reopens after the roof repairs next week.\n";
const HARBOUR = "Harbour report\n\nThe harbour authority inspected twelve ferries before the season.\n";

let stub: SlackApiStub;
let dir: string;

beforeAll(async () => {
  stub = await startSlackApiStub();
  stub.on("auth.test", ok({ user_id: TEST_WORKSPACE.botUserId, bot_id: TEST_WORKSPACE.botId }));
  stub.on("chat.postMessage", ok({ ts: "1714550000.000100" }));
  dir = mkdtempSync(join(tmpdir(), "briefbot-start-digest-"));
});

afterAll(async () => {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the running app's digests", () => {
  it("records first-seen times at start, and posts a due digest naming a document added while running", async () => {
    const corpus = join(dir, "corpus");
    const db = join(dir, "digest.sqlite");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "market.txt"), MARKET);
    heldStill(corpus);
    const setup = await openSqliteStore({ file: db });
    await setup.upsertSubscription(
      aSubscription({ tz: "UTC", lang: "en", createdAt: "2025-04-01T00:00:00.000Z" }),
    );
    await setup.close();

    const clock = { now: new Date("2025-05-01T07:58:00Z") };
    const { started } = await startHttpBriefbot({
      stub,
      cwd: dir,
      seeds: corpus,
      db,
      clock: () => clock.now,
      env: { BRIEFBOT_RESCAN_SECONDS: "0" },
    });
    if (!started) throw new Error("not started");
    const first = (await started.store.firstSeenAll()).get("market");
    expect(first?.firstSeenAt).toBe("2025-05-01T07:58:00.000Z");

    writeFileSync(join(corpus, "harbour.txt"), HARBOUR);
    clock.now = new Date("2025-05-01T08:01:00Z");
    const report = await started.scheduler.runDuePass();
    // The app's own minute tick may have claimed the digest first; either way it is posted once.
    expect(["posted", "not-claimed"]).toContain(report.outcomes[0]?.result);
    const posts = await stub.waitForCalls("chat.postMessage", 1);
    await started.scheduler.stop();
    expect(stub.callsTo("chat.postMessage")).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe("C1");
    expect(JSON.stringify(posts[0]?.body)).toContain("Harbour report");
    expect((await started.store.firstSeenAll()).get("harbour")?.firstSeenAt).toBe("2025-05-01T08:01:00.000Z");
    expect(started.knowledge.current()?.search.search("ferries")[0]?.docId).toBe("harbour");

    expect(await started.shutdown("SIGTERM")).toBe(0);
  });
});
