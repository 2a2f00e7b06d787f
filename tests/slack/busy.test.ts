import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import { messagesFor } from "../../src/core/i18n/index.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { replyTo } from "../../src/render/reply.ts";
import { ok, slow } from "../support/slack-api-stub.ts";
import { pathOf, type SlackAppHarness, startSlackAppHarness } from "../support/slack-app-harness.ts";

const NOW = new Date("2024-10-28T09:00:00Z");
const clock = () => NOW;
const repoRoot = join(import.meta.dirname, "..", "..");
/** users.info takes this long for a user not seen before. */
const LOOKUP_MS = 250;
/**
 * response_url takes this long to answer, and an answer holds its slot in the queue until then: far longer
 * than the burst takes to be acked on a loaded machine (up to a second seen under the whole suite), so a busy
 * reply that waited for a slot comes after the first answer's slot freed, and one told at once before it.
 */
const RESPOND_MS = 1_500;
const ANSWER_MS = LOOKUP_MS + RESPOND_MS;
/** Slack shows the user an error when a slash command is not acked within three seconds. */
const SLACK_ACK_MS = 3_000;
const QUESTIONS = [
  "Qui a participé à la réunion sur le terrorisme et les cryptomonnaies ?",
  "Nani walihudhuria mkutano wa kwanza wa wakuu wa wajumbe mjini Roma?",
  "fentanyl",
];
let knowledge: Knowledge;
let harness: SlackAppHarness;

beforeAll(async () => {
  knowledge = await loadKnowledge(readConfig({ BRIEFBOT_SEEDS: "seeds" }, repoRoot), clock);
  // Two answers at once, each about ANSWER_MS, replies within two of them: room for four at a time.
  harness = await startSlackAppHarness({
    knowledge,
    clock,
    answers: { maxInFlight: 2, maxReplyMs: 2 * ANSWER_MS, initialAnswerMs: ANSWER_MS },
  });
});

/** Asks with a response_url that answers after RESPOND_MS; returns the ack with when it came. */
async function askSlowly(text: string, userId: string) {
  const responseUrl = harness.stub.responseUrl();
  harness.stub.onPath(pathOf(responseUrl), slow(RESPOND_MS));
  const posted = await harness.command({ command: "/brief", text, userId, responseUrl });
  return { ...posted, ackedAt: Date.now() };
}

afterAll(async () => {
  await harness?.close();
});

describe("a burst beyond the answer queue's capacity", () => {
  it("acks every request, tells the overflow at once that the bot is busy, in its language, and answers the rest", async () => {
    harness.stub.reset();
    harness.stub.on("users.info", slow(LOOKUP_MS, ok({ user: { id: "U", locale: "en-US" } })));
    const burst = Array.from({ length: 30 }, (_, i) => ({
      text: QUESTIONS[i % QUESTIONS.length] ?? "",
      userId: `U0BURST${String(i).padStart(3, "0")}`,
    }));
    const began = performance.now();
    const posted = await Promise.all(
      burst.map(async (asked) => ({ asked, ...(await askSlowly(asked.text, asked.userId)) })),
    );
    expect(posted.every((p) => p.status === 200)).toBe(true);

    const busy = posted.filter((p) => p.body !== "");
    const queued = posted.filter((p) => p.body === "");
    expect(queued.length).toBeGreaterThanOrEqual(2);
    expect(busy.length).toBeGreaterThanOrEqual(10);
    for (const { asked, body, ms } of busy) {
      const lang = replyTo("brief", asked.text, { knowledge, now: NOW, defaultLang: "en" }).lang;
      expect(JSON.parse(body)).toEqual({ response_type: "ephemeral", text: messagesFor(lang).slack.busy });
      expect(ms).toBeLessThan(SLACK_ACK_MS);
    }
    expect(new Set(busy.map(({ body }) => JSON.parse(body).text)).size).toBeGreaterThan(1);

    const answered = await Promise.all(
      queued.map((p) => harness.stub.waitForCalls(pathOf(p.responseUrl), 1, 10_000)),
    );
    expect(answered.every((calls) => calls.length === 1 && calls[0]?.body.blocks !== undefined)).toBe(true);
    const firstSlotFreed =
      Math.min(...answered.map((calls) => calls[0]?.receivedAt ?? Number.NaN)) + RESPOND_MS;
    expect(Math.max(...busy.map(({ ackedAt }) => ackedAt))).toBeLessThan(firstSlotFreed);
    expect(performance.now() - began).toBeLessThan(4 * ANSWER_MS);
    for (const { responseUrl } of busy) expect(harness.stub.callsTo(pathOf(responseUrl))).toHaveLength(0);
  });

  it("answers the busy reply in the locale it last saw for the user when the question cannot tell", async () => {
    // The answers before this one hold their slots until their slow response_url answers.
    expect(await harness.slack.inFlight.drain(10_000)).toBe(0);
    harness.stub.reset();
    harness.stub.on("users.info", slow(LOOKUP_MS, ok({ user: { id: "U", locale: "sw-KE" } })));
    const known = await harness.command({ command: "/brief", text: "G7", userId: "U0SWAHILI1" });
    await harness.stub.waitForCalls(pathOf(known.responseUrl), 1);
    const others = await Promise.all(Array.from({ length: 19 }, (_, i) => askSlowly("G7", `U0OTHER${i}`)));
    expect(others.some((p) => p.body !== "")).toBe(true);
    const again = await harness.command({ command: "/brief", text: "G7", userId: "U0SWAHILI1" });
    expect(JSON.parse(again.body)).toEqual({
      response_type: "ephemeral",
      text: messagesFor("sw").slack.busy,
    });
  });
});
