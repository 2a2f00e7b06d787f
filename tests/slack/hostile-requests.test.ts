import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/index.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { pathOf, type SlackAppHarness, startSlackAppHarness } from "../support/slack-app-harness.ts";
import {
  FORM,
  JSON_TYPE,
  signedHeaders,
  slashCommandBody,
  TEST_WORKSPACE,
} from "../support/slack-request.ts";

let harness: SlackAppHarness;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  const knowledge = await loadKnowledge(
    readConfig({ BRIEFBOT_SEEDS: "seeds" }, process.cwd()),
    () => new Date(),
  );
  harness = await startSlackAppHarness({ knowledge });
});

afterAll(async () => {
  await harness?.close();
});

/** The app still answers a well-formed signed /brief: the process survived whatever came before. */
async function stillAnswers(): Promise<void> {
  const posted = await harness.command({ command: "/brief", text: "fentanyl", userId: "U0SURVIVOR" });
  expect(posted.status).toBe(200);
  const [reply] = await harness.stub.waitForCalls(pathOf(posted.responseUrl), 1);
  expect(reply?.body.response_type).toBe("ephemeral");
}

describe("the HTTP receiver fed hostile bodies, signed the way Slack signs", () => {
  it.each([
    ["a form whose payload is null", "payload=null", FORM],
    ["a form whose payload is a list", "payload=%5B1%2C2%5D", FORM],
    ["a form whose payload is a bare string", "payload=%22hello%22", FORM],
    ["a form with two payloads", "payload=%7B%7D&payload=%7B%7D", FORM],
    ["a form whose payload is not JSON", "payload=%7Bbroken", FORM],
    ["a JSON body null", "null", JSON_TYPE],
    ["a JSON body that is a number", "42", JSON_TYPE],
    ["a JSON body that is a list", "[]", JSON_TYPE],
    ["a JSON body cut short", '{"type":"event_callback"', JSON_TYPE],
    ["an empty JSON body", "", JSON_TYPE],
    ["a body of the wrong content type", '{"type":"event_callback"}', "text/plain"],
    ["a body with no content type", "payload=null", ""],
  ])("answers %s with 400 and keeps serving", async (_what, body, type) => {
    const headers = signedHeaders(body, type);
    if (type === "") delete headers["content-type"];
    const posted = await harness.post(body, headers);
    expect(posted.status).toBe(400);
  });

  it("keeps serving after all of them, and logs each refusal as one line", async () => {
    await stillAnswers();
    const refusals = harness.logLines.filter((line) => line.includes("refused a request to /slack/events"));
    expect(refusals.length).toBeGreaterThanOrEqual(12);
    for (const line of refusals) expect(line).not.toContain("\n");
  });
});

describe("the HTTP receiver checking when and how often a request was signed", () => {
  const command = (text: string): string =>
    slashCommandBody({ command: "/brief", text, responseUrl: harness.stub.responseUrl() });

  it("refuses timestamps more than five minutes away, in the future as in the past", async () => {
    for (const offset of [6 * 60, -6 * 60, 3600 * 24]) {
      const body = command("fentanyl");
      const posted = await harness.post(body, signedHeaders(body, FORM, undefined, nowSeconds() + offset));
      expect(posted.status, `offset ${offset} s`).toBe(401);
    }
  });

  it("accepts a timestamp four minutes ahead, as a clock a little fast would stamp it", async () => {
    const body = command("fentanyl");
    const posted = await harness.post(body, signedHeaders(body, FORM, undefined, nowSeconds() + 4 * 60));
    expect(posted.status).toBe(200);
  });

  it("refuses a signature seen in the last five minutes: a replay gets 401, not a second answer", async () => {
    const responseUrl = harness.stub.responseUrl();
    const body = slashCommandBody({ command: "/brief", text: "fentanyl", responseUrl });
    const headers = signedHeaders(body, FORM);
    expect((await harness.post(body, headers)).status).toBe(200);
    expect((await harness.post(body, headers)).status).toBe(401);
    await harness.stub.waitForCalls(pathOf(responseUrl), 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.stub.callsTo(pathOf(responseUrl))).toHaveLength(1);
  });

  it("refuses unsigned requests and wrong signatures with 401", async () => {
    const body = command("fentanyl");
    expect((await harness.post(body, { "content-type": FORM })).status).toBe(401);
    expect((await harness.post(body, signedHeaders(body, FORM, "not-the-secret"))).status).toBe(401);
    const stamp = String(nowSeconds());
    const forged = createHmac("sha256", TEST_WORKSPACE.signingSecret)
      .update(`v0:${stamp}:other`)
      .digest("hex");
    const headers = {
      "content-type": FORM,
      "x-slack-request-timestamp": stamp,
      "x-slack-signature": `v0=${forged}`,
    };
    expect((await harness.post(body, headers)).status).toBe(401);
  });

  it("still answers Slack's unsigned SSL check", async () => {
    expect((await harness.post("ssl_check=1&token=x", { "content-type": FORM })).status).toBe(200);
    await stillAnswers();
  });
});
