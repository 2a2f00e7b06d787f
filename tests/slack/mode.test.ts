import { describe, expect, it } from "vitest";
import { portFrom, selectMode } from "../../src/slack/mode.ts";

describe("selectMode", () => {
  it("runs Socket Mode when the bot and app tokens are set, even with a signing secret", () => {
    const mode = selectMode({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
      SLACK_SIGNING_SECRET: "s",
    });
    expect(mode).toEqual({ kind: "socket", botToken: "xoxb-1", appToken: "xapp-1" });
  });

  it("runs HTTP on PORT when the bot token comes with a signing secret and no app token", () => {
    const mode = selectMode({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "shh", PORT: "8080" });
    expect(mode).toEqual({ kind: "http", botToken: "xoxb-1", signingSecret: "shh", port: 8080 });
  });

  it("defaults the HTTP port to 3000", () => {
    expect(selectMode({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "shh" })).toMatchObject({
      port: 3000,
    });
  });

  it("falls back to the console without tokens, treating blank values as unset", () => {
    expect(selectMode({})).toEqual({ kind: "console" });
    expect(selectMode({ SLACK_BOT_TOKEN: "  ", SLACK_APP_TOKEN: "" })).toEqual({ kind: "console" });
  });

  it("refuses a half-configured install rather than silently starting the console", () => {
    expect(() => selectMode({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_APP_TOKEN|SLACK_SIGNING_SECRET/);
    expect(() => selectMode({ SLACK_APP_TOKEN: "xapp-1" })).toThrow(/SLACK_BOT_TOKEN/);
  });
});

describe("portFrom", () => {
  it("rejects a port that is not a number in range", () => {
    expect(() => portFrom("http")).toThrow(/PORT/);
    expect(() => portFrom("70000")).toThrow(/PORT/);
    expect(portFrom("0")).toBe(0);
  });
});
