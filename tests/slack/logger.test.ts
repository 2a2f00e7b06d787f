import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createRedactingLogger, parseLogLevel, redact } from "../../src/slack/logger.ts";

describe("redact", () => {
  it("masks bot, user and app tokens it was never told about", () => {
    const line = redact("bot xoxb-123-456-abcDEF user xoxp-9-8-7 app xapp-1-A1-2-ffff end", []);
    expect(line).toBe("bot [redacted] user [redacted] app [redacted] end");
  });

  it("masks the signing secret wherever it appears, even inside a word", () => {
    expect(redact("sig=abc123secretvalue456;", ["abc123secretvalue456"])).toBe("sig=[redacted];");
  });

  it("leaves ordinary text alone when a configured secret is too short to be one", () => {
    expect(redact("a brief on fentanyl", ["a", undefined])).toBe("a brief on fentanyl");
  });
});

describe("createRedactingLogger", () => {
  it("writes one masked line per call, with the level and the error's stack", () => {
    const lines: string[] = [];
    const logger = createRedactingLogger({
      secrets: ["s3cr3t-signing"],
      sink: (_level, line) => lines.push(line),
    });
    logger.error("failed with xoxb-1-2-3 and s3cr3t-signing:", new Error("boom"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[ERROR\] briefbot failed with \[redacted\] and \[redacted\]: Error: boom\n\s+at /,
    );
  });

  it("drops lines below its level and keeps the level Bolt sets", () => {
    const lines: string[] = [];
    const logger = createRedactingLogger({
      secrets: [],
      level: LogLevel.WARN,
      sink: (_l, line) => lines.push(line),
    });
    logger.info("quiet");
    logger.warn("loud");
    logger.setLevel(LogLevel.DEBUG);
    logger.debug("now heard");
    expect(lines).toEqual(["[WARN] briefbot loud", "[DEBUG] briefbot now heard"]);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });

  it("masks tokens inside logged objects", () => {
    const lines: string[] = [];
    const logger = createRedactingLogger({ secrets: [], sink: (_l, line) => lines.push(line) });
    logger.info({ headers: { authorization: "Bearer xoxb-77-88-secretish" } });
    expect(lines[0]).not.toContain("xoxb-");
    expect(lines[0]).toContain("Bearer [redacted]");
  });
});

describe("parseLogLevel", () => {
  it("reads a level in any case and ignores anything else", () => {
    expect(parseLogLevel("WARN")).toBe(LogLevel.WARN);
    expect(parseLogLevel(" debug ")).toBe(LogLevel.DEBUG);
    expect(parseLogLevel("verbose")).toBeUndefined();
    expect(parseLogLevel(undefined)).toBeUndefined();
  });
});
