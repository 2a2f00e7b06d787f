import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { messagesFor, readConfig } from "../../src/core/index.ts";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.ts";
import { shutdownLine } from "../../src/slack/start.ts";
import { httpError, ok, slow } from "../support/slack-api-stub.ts";
import { pathOf, type SlackAppHarness, startSlackAppHarness } from "../support/slack-app-harness.ts";

let knowledge: Knowledge;
const harnesses: SlackAppHarness[] = [];
/** A response_url that holds its answer far longer than any test runs: an endpoint that never answers. */
const NEVER = slow(120_000);

beforeAll(async () => {
  knowledge = await loadKnowledge(readConfig({ BRIEFBOT_SEEDS: "seeds" }, process.cwd()), () => new Date());
});

afterEach(async () => {
  // Answers stuck on endpoints that never answer are not waited for.
  await Promise.all(harnesses.splice(0).map((harness) => harness.close(50)));
});

async function harnessWith(options: Parameters<typeof startSlackAppHarness>[0]): Promise<SlackAppHarness> {
  const harness = await startSlackAppHarness({ knowledge, ...options });
  harnesses.push(harness);
  return harness;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("response_url calls with a deadline", () => {
  it("gives up on a response_url that never answers at the deadline, logging why, and frees the slot", async () => {
    const harness = await harnessWith({ callTimeoutMs: 400, answers: { maxInFlight: 1 } });
    const dead = harness.stub.responseUrl("T0/dead/1");
    harness.stub.onPath(pathOf(dead), NEVER);
    const began = performance.now();
    await harness.command({ command: "/brief", text: "fentanyl", userId: "U0DEAD0001", responseUrl: dead });
    await harness.stub.waitForCalls(pathOf(dead), 1);
    const live = await harness.command({ command: "/brief", text: "fentanyl", userId: "U0LIVE0001" });
    await harness.stub.waitForCalls(pathOf(live.responseUrl), 1, 5_000);
    expect(performance.now() - began).toBeLessThan(3_000);
    await sleep(100);
    expect(
      harness.logLines.filter((line) => line.includes("response_url gave no answer before the deadline")),
    ).toHaveLength(1);
    expect(harness.slack.inFlight.size()).toBe(0);
  });

  it("retries a response_url that answered 5xx once, after a short random wait, and delivers the reply", async () => {
    const harness = await harnessWith({});
    const url = harness.stub.responseUrl("T0/flaky/1");
    harness.stub.onPath(pathOf(url), [httpError(503), ok()]);
    await harness.command({ command: "/brief", text: "fentanyl", userId: "U0FLAKY001", responseUrl: url });
    const calls = await harness.stub.waitForCalls(pathOf(url), 2);
    const gap = (calls[1]?.receivedAt ?? 0) - (calls[0]?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(240);
    expect(gap).toBeLessThan(2_000);
    expect(calls[1]?.body).toEqual(calls[0]?.body);
  });

  it("tries a response_url failing with 5xx only twice, then logs it", async () => {
    const harness = await harnessWith({});
    const url = harness.stub.responseUrl("T0/down/1");
    harness.stub.onPath(pathOf(url), httpError(500));
    await harness.command({ command: "/brief", text: "fentanyl", userId: "U0DOWN0001", responseUrl: url });
    await harness.stub.waitForCalls(pathOf(url), 2);
    await sleep(1_200);
    expect(harness.stub.callsTo(pathOf(url))).toHaveLength(2);
    expect(harness.logLines.some((line) => line.includes("response_url refused the reply twice"))).toBe(true);
  });
});

describe("the answer queue with endpoints that never answer", () => {
  it("admits by the age of running work: four dead response_urls do not starve the next users", async () => {
    // A deadline far away: only the age of the stuck answers lets the others through.
    const harness = await harnessWith({
      callTimeoutMs: 60_000,
      answers: { maxInFlight: 2, maxReplyMs: 1_000, staleAfterMs: 300 },
    });
    for (let i = 0; i < 4; i += 1) {
      const dead = harness.stub.responseUrl(`T0/stuck/${i}`);
      harness.stub.onPath(pathOf(dead), NEVER);
      const posted = await harness.command({
        command: "/brief",
        text: "fentanyl",
        userId: `U0STUCK00${i}`,
        responseUrl: dead,
      });
      await harness.stub.waitForCalls(pathOf(dead), 1);
      expect(posted.body).toBe("");
    }
    const began = performance.now();
    const live = await Promise.all(
      ["U0NEXT0001", "U0NEXT0002", "U0NEXT0003"].map((userId) =>
        harness.command({ command: "/brief", text: "G7", userId }),
      ),
    );
    expect(live.map((posted) => posted.body)).toEqual(["", "", ""]);
    await Promise.all(live.map((posted) => harness.stub.waitForCalls(pathOf(posted.responseUrl), 1, 5_000)));
    expect(performance.now() - began).toBeLessThan(3_000);
  });
});

describe("shutting down with commands still waiting their turn", () => {
  it("tells each queued command the bot is busy, in its language, and counts what was dropped", async () => {
    const harness = await harnessWith({
      callTimeoutMs: 60_000,
      answers: { maxInFlight: 1, maxReplyMs: 60_000, staleAfterMs: 60_000 },
    });
    const blocker = harness.stub.responseUrl("T0/blocker/1");
    harness.stub.onPath(pathOf(blocker), NEVER);
    await harness.command({
      command: "/brief",
      text: "fentanyl",
      userId: "U0BLOCK001",
      responseUrl: blocker,
    });
    await harness.stub.waitForCalls(pathOf(blocker), 1);
    const asked = [
      { text: "Qui a participé à la réunion sur le terrorisme et les cryptomonnaies ?", lang: "fr" },
      { text: "Nani walihudhuria mkutano wa kwanza wa wakuu wa wajumbe mjini Roma?", lang: "sw" },
      { text: "Who chaired the meeting on cybercrime in Nairobi?", lang: "en" },
    ] as const;
    const queued = await Promise.all(
      asked.map((question, i) =>
        harness.command({ command: "/brief", text: question.text, userId: `U0QUEUED0${i}` }),
      ),
    );
    expect(queued.map((posted) => posted.body)).toEqual(["", "", ""]);
    // One queued reply's response_url is gone as well: its busy note cannot be delivered.
    const gone = harness.stub.responseUrl("T0/gone/1");
    harness.stub.onPath(pathOf(gone), httpError(404));
    await harness.command({ command: "/brief", text: "fentanyl", userId: "U0QUEUED09", responseUrl: gone });

    const stopped = await harness.slack.stop(300);
    expect(stopped).toEqual({ cutShort: 1, turnedAway: 4, untold: 1 });
    for (const [i, question] of asked.entries()) {
      const [note] = harness.stub.callsTo(pathOf(queued[i]?.responseUrl ?? ""));
      expect(note?.body).toEqual({ response_type: "ephemeral", text: messagesFor(question.lang).slack.busy });
    }
    expect(shutdownLine(stopped)).toBe(
      "shutdown: 4 queued commands told the bot is busy; 2 replies dropped (1 cut short, 1 busy notes undelivered)",
    );
  });
});
