import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { messagesFor } from "../../src/core/i18n/index.ts";
import type { SlackMessage } from "../../src/core/types.ts";
import { type DigestCommandInput, handleDigestCommand } from "../../src/digest/command.ts";
import { renderDigestForSubscription } from "../../src/digest/render.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { renderText } from "../../src/render/text.ts";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { DigestStore } from "../../src/store/types.ts";
import { digestSeeds } from "../answer/digest-fixture.ts";
import { limitViolations } from "../render/slack-limits.ts";

const CHANNEL = "C0DIGEST";
/** 11:00 in Rome on 30 September 2024: today's 08:00 has passed. */
const NOW = new Date("2024-09-30T09:00:00Z");

const roots: string[] = [];
let knowledge: Knowledge;
let store: DigestStore;

beforeAll(async () => {
  knowledge = (await digestSeeds()).knowledge;
});

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-digest-"));
  roots.push(dir);
  store = await openSqliteStore({ file: join(dir, "briefbot.sqlite") });
});

afterEach(async () => {
  await store.close();
});

afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

function run(text: string, overrides: Partial<DigestCommandInput> = {}): Promise<SlackMessage> {
  return handleDigestCommand({
    store,
    knowledge,
    channelId: CHANNEL,
    teamId: "T1",
    userId: "U1",
    userTz: "Europe/Rome",
    locale: "en-GB",
    text,
    now: NOW,
    defaultLang: "en",
    ...overrides,
  });
}

function expectWellFormed(message: SlackMessage): void {
  expect(limitViolations(message.blocks)).toEqual([]);
  expect(message.metadata.event_payload.command).toBe("digest");
}

describe("/digest on", () => {
  it("subscribes with the defaults and says when the first digest comes, in the channel's zone and language", async () => {
    const reply = await run("on", { locale: "it-IT" });
    const sub = await store.getSubscription(CHANNEL);
    expect(sub).toMatchObject({
      time: "08:00",
      tz: "Europe/Rome",
      lang: "it",
      quiet: false,
      topics: [],
      createdBy: "U1",
    });
    const text = renderText(reply);
    expect(text).toContain("martedì 1 ottobre 2024");
    expect(text).toContain("08:00");
    expect(reply.metadata.event_payload.lang).toBe("it");
    expectWellFormed(reply);
  });

  it("takes the time, zone, language and quiet given, and UTC when Slack gives no zone", async () => {
    await run("on 7:30 hi quiet Asia/Kolkata", { userTz: undefined });
    expect(await store.getSubscription(CHANNEL)).toMatchObject({
      time: "07:30",
      tz: "Asia/Kolkata",
      lang: "hi",
      quiet: true,
    });
    await run("on", { userTz: undefined });
    expect(await store.getSubscription(CHANNEL)).toMatchObject({ tz: "UTC", lang: "en" });
  });

  it("tells a channel whose time has not come yet today that the first digest is today", async () => {
    const reply = await run("on 23:30 America/St_Johns");
    expect(renderText(reply)).toContain("Monday 30 September 2024");
  });

  it("keeps the watched topics and ends a pause when settings change", async () => {
    await run("on");
    await run("topics add fentanyl");
    await store.pause(CHANNEL, "not_in_channel", NOW);
    await run("on 09:15");
    const sub = await store.getSubscription(CHANNEL);
    expect(sub?.topics).toEqual(["fentanyl"]);
    expect(sub?.pausedReason).toBeUndefined();
    expect(sub?.time).toBe("09:15");
  });

  it.each([
    ["on 25:99", "25:99", "00:00"],
    ["on Mars/Olympus", "Mars/Olympus", "Europe/Rome"],
    ["on lang:xx", "lang:xx", "sw (Swahili)"],
  ])("answers %s by listing what is accepted and saves nothing", async (text, value, accepted) => {
    const reply = await run(text);
    expect(await store.getSubscription(CHANNEL)).toBeUndefined();
    const shown = renderText(reply);
    expect(shown).toContain(value);
    expect(shown).toContain(accepted);
    expect(shown).toContain(messagesFor("en").digest.nothingSaved);
    expectWellFormed(reply);
  });

  it("leaves an existing subscription untouched after a bad line", async () => {
    await run("on 06:45 fr");
    const before = await store.getSubscription(CHANNEL);
    await run("on 99:00 Asia/Tokyo");
    expect(await store.getSubscription(CHANNEL)).toEqual(before);
  });

  it("escapes what the user typed", async () => {
    const reply = await run("on <!channel>");
    const sections = JSON.stringify(reply.blocks);
    expect(sections).not.toContain("<!channel>");
    expect(sections).toContain("&lt;!channel&gt;");
    expect(reply.text).not.toContain("<!channel>");
  });
});

describe("/digest status and off", () => {
  it("shows the settings, the topics and the next digest in the asker's language, lang:xx anywhere", async () => {
    await run("on 08:30 ar quiet");
    await run("topics add fentanyl");
    expect(renderText(await run("status", { locale: "it-IT" }))).toContain(
      messagesFor("it").digest.statusTitle,
    );
    const text = renderText(await run("status lang:ar"));
    const ar = messagesFor("ar").digest;
    expect(text).toContain(ar.statusTitle);
    expect(text).toContain("08:30");
    expect(text).toContain("Europe/Rome");
    expect(text).toContain(knowledge.lexicon.label("fentanyl", "ar"));
    expect(text).toContain(ar.yes);
    expect(text).toContain("1 أكتوبر 2024");
  });

  it("shows why a paused subscription stopped", async () => {
    await run("on");
    await store.pause(CHANNEL, "is_archived", NOW);
    const text = renderText(await run("status"));
    expect(text).toContain(messagesFor("en").digest.paused.is_archived);
    expect(text).not.toContain(messagesFor("en").digest.nextLabel);
  });

  it("says every digest is paused while Slack refuses the bot token, in the asker's language", async () => {
    await run("on");
    const text = renderText(await run("status", { tokenRefused: true, locale: "sw-KE" }));
    expect(text).toContain(messagesFor("sw").digest.tokenRefused);
    expect(text).toContain("SLACK_BOT_TOKEN");
    expect(text).not.toContain(messagesFor("sw").digest.nextLabel);
    expect(renderText(await run("status", { locale: "sw-KE" }))).not.toContain(
      messagesFor("sw").digest.tokenRefused,
    );
  });

  it("turns the digest off, and says so when there is none", async () => {
    await run("on");
    expect(renderText(await run("off"))).toContain(messagesFor("en").digest.unsubscribed);
    expect(await store.getSubscription(CHANNEL)).toBeUndefined();
    expect(renderText(await run("off"))).toContain(messagesFor("en").digest.notSubscribed);
    expect(renderText(await run("status"))).toContain(messagesFor("en").digest.notSubscribed);
  });
});

describe("/digest topics", () => {
  it("stores an Arabic spelling and the English word as one watch, and removes it by either", async () => {
    await run("on");
    expect(renderText(await run("topics add الفنتانيل"))).toContain(
      messagesFor("en").digest.topicAdded("fentanyl"),
    );
    expect(renderText(await run("topics add Fentanyl"))).toContain(
      messagesFor("en").digest.topicExists("fentanyl"),
    );
    await run("topics add dark   web");
    expect((await store.getSubscription(CHANNEL))?.topics).toEqual(["fentanyl", "dark web"]);
    await run("topics remove फेंटानिल");
    expect((await store.getSubscription(CHANNEL))?.topics).toEqual(["dark web"]);
    expect(renderText(await run("topics remove fentanyl"))).toContain(
      messagesFor("en").digest.topicAbsent("fentanyl"),
    );
  });

  it("saves no topic for a channel without a digest", async () => {
    const reply = await run("topics add fentanyl");
    expect(renderText(reply)).toContain(messagesFor("en").digest.notSubscribed);
    expect(await store.getSubscription(CHANNEL)).toBeUndefined();
  });
});

describe("/digest preview", () => {
  it("shows today's digest now, in the channel's language, marked as a preview", async () => {
    await run("on sw");
    await run("topics add fentanyl");
    const reply = await run("preview");
    const text = renderText(reply);
    expect(text).toContain(messagesFor("sw").digest.previewNote);
    expect(text).toContain("baada ya siku 2");
    expect(text).toContain(
      messagesFor("sw").digest.topicTitle(knowledge.lexicon.label("fentanyl", "sw") ?? ""),
    );
    expect(reply.metadata.event_payload.lang).toBe("sw");
    expect(reply.metadata.event_payload.sources.length).toBeGreaterThan(0);
    expectWellFormed(reply);
  });

  it("works before subscribing, in the asker's language", async () => {
    const text = renderText(await run("preview", { locale: "fr-FR" }));
    expect(text).toContain("dans 2 jours");
    expect(await store.getSubscription(CHANNEL)).toBeUndefined();
  });
});

describe("renderDigestForSubscription", () => {
  it("counts new documents since the channel's last posted digest and posts nothing on a quiet empty day", async () => {
    await run("on 08:00 quiet");
    const sub = await store.getSubscription(CHANNEL);
    if (!sub) throw new Error("subscription missing");
    const first = await renderDigestForSubscription({ knowledge, store, sub, localDate: "2024-09-30" });
    expect(first?.metadata.event_payload.sources.length).toBeGreaterThan(0);
    await store.claimDigest(CHANNEL, "2024-10-10", "test", new Date("2024-10-10T06:00:00Z"));
    await store.markPosted(CHANNEL, "2024-10-10", "1728540000.000100", new Date("2024-10-10T06:00:01Z"));
    const later = await renderDigestForSubscription({ knowledge, store, sub, localDate: "2024-10-11" });
    expect(later).toBeNull();
  });
});
