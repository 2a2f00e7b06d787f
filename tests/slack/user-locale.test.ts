import { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRedactingLogger } from "../../src/slack/logger.ts";
import {
  createLocaleClient,
  createLocaleLookup,
  createUserInfoLookup,
  type LocaleLookup,
  localeFrom,
  usersInfo,
  usersInfoLocale,
} from "../../src/slack/user-locale.ts";
import {
  httpError,
  ok,
  rateLimited,
  type SlackApiStub,
  slow,
  startSlackApiStub,
} from "../support/slack-api-stub.ts";

const HOUR = 60 * 60 * 1000;
let stub: SlackApiStub;
let now: number;
let logLines: string[];

function lookup(timeoutMs = 500): LocaleLookup {
  const logger = createRedactingLogger({
    secrets: [],
    level: LogLevel.WARN,
    sink: (_l, line) => logLines.push(line),
  });
  const client = createLocaleClient("xoxb-locale-test-token", {
    slackApiUrl: stub.apiUrl,
    timeoutMs: 2_000,
    logger,
  });
  return createLocaleLookup({
    fetchLocale: usersInfoLocale(client),
    clock: () => new Date(now),
    ttlMs: HOUR,
    timeoutMs,
    failureTtlMs: 60_000,
    logger,
  });
}

function localeOf(locale: string) {
  return ok({ user: { id: "U1", locale } });
}

beforeAll(async () => {
  stub = await startSlackApiStub();
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.reset();
  now = Date.parse("2024-10-28T09:00:00Z");
  logLines = [];
});

describe("createLocaleLookup over users.info", () => {
  it("asks users.info with include_locale and returns the user's locale", async () => {
    stub.on("users.info", localeOf("sw-KE"));
    expect(await lookup()("U1")).toBe("sw-KE");
    const [call] = stub.callsTo("users.info");
    expect(call?.body).toMatchObject({ user: "U1", include_locale: "true" });
    expect(call?.token).toBe("xoxb-locale-test-token");
  });

  it("asks Slack once per user until the time-to-live runs out", async () => {
    stub.on("users.info", [localeOf("sw-KE"), localeOf("fr-FR")]);
    const localeFor = lookup();
    expect(await localeFor("U1")).toBe("sw-KE");
    now += HOUR - 1;
    expect(await localeFor("U1")).toBe("sw-KE");
    expect(stub.callsTo("users.info")).toHaveLength(1);
    now += 2;
    expect(await localeFor("U1")).toBe("fr-FR");
    expect(stub.callsTo("users.info")).toHaveLength(2);
  });

  it("shares one call between concurrent lookups for the same user", async () => {
    stub.on("users.info", slow(50, localeOf("hi-IN")));
    const localeFor = lookup();
    const locales = await Promise.all(Array.from({ length: 10 }, () => localeFor("U1")));
    expect(new Set(locales)).toEqual(new Set(["hi-IN"]));
    expect(stub.callsTo("users.info")).toHaveLength(1);
  });

  it("answers without a locale when Slack is slow, and uses the late answer next time", async () => {
    stub.on("users.info", slow(300, localeOf("ar-EG")));
    const localeFor = lookup(100);
    const began = performance.now();
    expect(await localeFor("U1")).toBeUndefined();
    expect(performance.now() - began).toBeLessThan(250);
    await stub.waitForCalls("users.info", 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await localeFor("U1")).toBe("ar-EG");
    expect(stub.callsTo("users.info")).toHaveLength(1);
  });

  it("answers without a locale on an HTTP error and does not ask again for a while", async () => {
    stub.on("users.info", httpError(500));
    const localeFor = lookup();
    expect(await localeFor("U1")).toBeUndefined();
    expect(await localeFor("U1")).toBeUndefined();
    expect(stub.callsTo("users.info")).toHaveLength(1);
    expect(logLines.some((line) => line.includes("users.info failed for U1"))).toBe(true);
    now += 60_001;
    stub.on("users.info", localeOf("it-IT"));
    expect(await localeFor("U1")).toBe("it-IT");
  });

  it("does not wait out a rate limit", async () => {
    stub.on("users.info", rateLimited(30));
    const began = performance.now();
    expect(await lookup()("U1")).toBeUndefined();
    expect(performance.now() - began).toBeLessThan(500);
  });
});

describe("createUserInfoLookup over users.info", () => {
  const userInfoOverStub = (level: LogLevel) => {
    const logger = createRedactingLogger({ secrets: [], level, sink: () => undefined });
    const client = createLocaleClient("xoxb-locale-test-token", {
      slackApiUrl: stub.apiUrl,
      timeoutMs: 2_000,
      logger,
    });
    return createUserInfoLookup({
      fetchUserInfo: usersInfo(client),
      clock: () => new Date(now),
      ttlMs: HOUR,
      timeoutMs: 500,
      failureTtlMs: 60_000,
    });
  };

  it("reads the locale and the time zone from one call, and shares that call with the locale lookup", async () => {
    stub.on("users.info", ok({ user: { id: "U1", locale: "it-IT", tz: "Europe/Rome" } }));
    const infoOf = userInfoOverStub(LogLevel.WARN);
    expect(await infoOf("U1")).toEqual({ locale: "it-IT", tz: "Europe/Rome" });
    expect(await localeFrom(infoOf)("U1")).toBe("it-IT");
    expect(stub.callsTo("users.info")).toHaveLength(1);
  });

  it("answers with nothing known when users.info fails", async () => {
    stub.on("users.info", httpError(500));
    const infoOf = userInfoOverStub(LogLevel.ERROR);
    expect(await infoOf("U1")).toEqual({});
  });
});
