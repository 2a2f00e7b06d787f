import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, type Env, readConfig, readStartConfig } from "../../src/core/config.ts";

const CWD = "/srv/bot";
const dir = mkdtempSync(join(tmpdir(), "briefbot-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The problems readConfig reports for an environment, or [] when it accepts it. */
function problemsOf(env: Env): readonly string[] {
  try {
    readConfig(env, CWD);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("the run mode", () => {
  it("runs Socket Mode when the bot and app tokens are set, even with a signing secret", () => {
    const { mode } = readConfig(
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_SIGNING_SECRET: "s" },
      CWD,
    );
    expect(mode).toEqual({ kind: "socket", botToken: "xoxb-1", appToken: "xapp-1" });
  });

  it("runs HTTP on PORT when the bot token comes with a signing secret, on 3000 without PORT", () => {
    const env = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "shh" };
    expect(readConfig({ ...env, PORT: "8080" }, CWD).mode).toEqual({
      kind: "http",
      botToken: "xoxb-1",
      signingSecret: "shh",
      port: 8080,
    });
    expect(readConfig(env, CWD).mode).toMatchObject({ port: 3000 });
    expect(readConfig({ ...env, PORT: "0" }, CWD).mode).toMatchObject({ port: 0 });
  });

  it("falls back to the console without tokens, treating blank values as unset", () => {
    expect(readConfig({}, CWD).mode).toEqual({ kind: "console" });
    expect(readConfig({ SLACK_BOT_TOKEN: "  ", SLACK_APP_TOKEN: "" }, CWD).mode).toEqual({ kind: "console" });
  });

  it("lets a command other than start run with the bot token alone (digest run-due), still checking its kind", () => {
    expect(readConfig({ SLACK_BOT_TOKEN: "xoxb-1" }, CWD, "command").botToken).toBe("xoxb-1");
    expect(() => readConfig({ SLACK_BOT_TOKEN: "xapp-1" }, CWD, "command")).toThrow(/app-level token/);
  });

  it("refuses a half-configured install rather than silently starting the console", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([
      expect.stringMatching(/SLACK_APP_TOKEN.*SLACK_SIGNING_SECRET/),
    ]);
    expect(problemsOf({ SLACK_APP_TOKEN: "xapp-1" })).toEqual([
      expect.stringMatching(/SLACK_BOT_TOKEN is missing/),
    ]);
  });
});

describe("tokens in the wrong variable", () => {
  it("refuses an app token as the bot token and a bot token as the app token, naming the variables", () => {
    const swapped = problemsOf({
      SLACK_BOT_TOKEN: "xapp-1-A0-secretpart",
      SLACK_APP_TOKEN: "xoxb-2-secretpart",
    });
    expect(swapped).toEqual([
      expect.stringMatching(
        /^SLACK_BOT_TOKEN holds an app-level token \(xapp-…\): it belongs in SLACK_APP_TOKEN/,
      ),
      expect.stringMatching(/^SLACK_APP_TOKEN holds an OAuth token \(xox…-\)/),
    ]);
    expect(swapped.join(" ")).not.toContain("secretpart");
  });

  it("refuses a user token or a stray value as the bot token, quoting only the kind", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxp-123-userpart", SLACK_SIGNING_SECRET: "s" })).toEqual([
      "SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…), got a token starting xoxp-",
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: "hunter2hunter2", SLACK_SIGNING_SECRET: "s" })).toEqual([
      "SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…), got a value with no Slack token prefix",
    ]);
  });
});

describe("timeouts", () => {
  it("reads every timeout in seconds, fractions allowed, with the defaults when unset", () => {
    expect(readConfig({}, CWD)).toMatchObject({
      timeouts: { slackCallMs: 10_000, authRetryMaxMs: 60_000, drainMs: 10_000 },
      store: { connectTimeoutMs: 60_000, claimStaleAfterMs: 600_000 },
    });
    const short = readConfig(
      {
        BRIEFBOT_SLACK_TIMEOUT_SECONDS: "0.5",
        BRIEFBOT_AUTH_RETRY_MAX_SECONDS: "0.2",
        BRIEFBOT_DRAIN_SECONDS: "1",
        BRIEFBOT_DB_CONNECT_SECONDS: "2",
        BRIEFBOT_CLAIM_STALE_SECONDS: "0.3",
      },
      CWD,
    );
    expect(short).toMatchObject({
      timeouts: { slackCallMs: 500, authRetryMaxMs: 200, drainMs: 1000 },
      store: { connectTimeoutMs: 2000, claimStaleAfterMs: 300 },
    });
  });

  it("refuses a timeout of zero or no number, with the others in the same message", () => {
    expect(problemsOf({ BRIEFBOT_SLACK_TIMEOUT_SECONDS: "0", BRIEFBOT_DRAIN_SECONDS: "soon" })).toEqual([
      'BRIEFBOT_SLACK_TIMEOUT_SECONDS must be a number of seconds above 0, got "0"',
      'BRIEFBOT_DRAIN_SECONDS must be a number of seconds above 0, got "soon"',
    ]);
  });
});

describe("folders and sizes", () => {
  it("resolves BRIEFBOT_SEEDS, BRIEFBOT_CACHE_DIR and BRIEFBOT_DB against the working folder", () => {
    const config = readConfig(
      { BRIEFBOT_SEEDS: "docs/corpus", BRIEFBOT_CACHE_DIR: "tmp/c", BRIEFBOT_DB: "x.sqlite" },
      CWD,
    );
    expect(config).toMatchObject({
      corpusDir: "/srv/bot/docs/corpus",
      cacheDir: "/srv/bot/tmp/c",
      store: { sqliteFile: "/srv/bot/x.sqlite" },
    });
    expect(readConfig({ BRIEFBOT_SEEDS: "/data/seeds" }, CWD).corpusDir).toBe("/data/seeds");
  });

  it("defaults to seeds/ and data/cache/ under the working folder; BRIEFBOT_CACHE_DIR=off turns the cache off", () => {
    expect(readConfig({}, CWD)).toMatchObject({
      corpusDir: "/srv/bot/seeds",
      cacheDir: "/srv/bot/data/cache",
    });
    expect(readConfig({ BRIEFBOT_CACHE_DIR: "off" }, CWD).cacheDir).toBeUndefined();
  });

  it("reads the size limit and the rescan interval, leaving the defaults when unset", () => {
    expect(
      readConfig({ BRIEFBOT_MAX_FILE_BYTES: "1048576", BRIEFBOT_RESCAN_SECONDS: "15" }, CWD),
    ).toMatchObject({
      maxFileBytes: 1_048_576,
      rescanMs: 15_000,
    });
    expect(readConfig({ BRIEFBOT_RESCAN_SECONDS: "0" }, CWD).rescanMs).toBe(0);
    expect(readConfig({}, CWD)).toMatchObject({ maxFileBytes: undefined, rescanMs: 60_000 });
  });

  it("chooses PostgreSQL when DATABASE_URL is set", () => {
    const url = "postgres://postgres@127.0.0.1:5432/test";
    expect(readConfig({ DATABASE_URL: url }, CWD).store.databaseUrl).toBe(url);
    expect(readConfig({ DATABASE_URL: "  " }, CWD).store.databaseUrl).toBeUndefined();
  });
});

describe("languages and logging", () => {
  it("reads the workspace default language and the log level, case ignored", () => {
    expect(readConfig({ BRIEFBOT_DEFAULT_LANG: "SW", LOG_LEVEL: "Warn" }, CWD)).toMatchObject({
      defaultLang: "sw",
      logLevel: "warn",
    });
    expect(readConfig({}, CWD)).toMatchObject({ defaultLang: "en", logLevel: undefined });
  });
});

describe("bad values", () => {
  it("reports every bad value together instead of defaulting some and throwing on others", () => {
    const problems = problemsOf({
      PORT: "http",
      LOG_LEVEL: "verbose",
      BRIEFBOT_DEFAULT_LANG: "de",
      BRIEFBOT_MAX_FILE_BYTES: "-5",
      BRIEFBOT_RESCAN_SECONDS: "soon",
      DATABASE_URL: "mysql://db",
      SLACK_API_URL: "not a url",
    });
    expect(problems).toHaveLength(7);
    for (const name of [
      "PORT",
      "LOG_LEVEL",
      "BRIEFBOT_DEFAULT_LANG",
      "BRIEFBOT_MAX_FILE_BYTES",
      "BRIEFBOT_RESCAN_SECONDS",
      "DATABASE_URL",
      "SLACK_API_URL",
    ]) {
      expect(problems.some((problem) => problem.startsWith(name))).toBe(true);
    }
  });

  it("rejects a port out of range and says which values are allowed", () => {
    expect(problemsOf({ PORT: "70000" })).toEqual([
      'PORT must be a whole number from 0 to 65535, got "70000"',
    ]);
  });

  it("never repeats a database URL, which may hold a password, in its message", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://user:secret@db" }).join(" ")).not.toContain("secret");
  });

  it("names every problem in the one error message", () => {
    expect(() => readConfig({ PORT: "x", LOG_LEVEL: "loud" }, CWD)).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});

describe("readStartConfig", () => {
  it("fills what the environment lacks from <cwd>/.env, and still reports a bad value found there", () => {
    const withFile = mkdtempSync(join(dir, "env-"));
    writeFileSync(join(withFile, ".env"), "BRIEFBOT_DEFAULT_LANG=it\nPORT=4000\n");
    expect(
      readStartConfig({ PORT: "5000", SLACK_BOT_TOKEN: "xoxb-b", SLACK_SIGNING_SECRET: "s" }, withFile),
    ).toMatchObject({
      defaultLang: "it",
      mode: { port: 5000 },
    });
    writeFileSync(join(withFile, ".env"), "LOG_LEVEL=chatty\n");
    expect(() => readStartConfig({}, withFile)).toThrow(/LOG_LEVEL/);
  });
});

describe("the translation server", () => {
  it("translates nothing when no kind is set or it is off, whatever else is set", () => {
    expect(readConfig({}, CWD).translate).toBeUndefined();
    expect(readConfig({ BRIEFBOT_TRANSLATE_URL: "http://mt:5000" }, CWD).translate).toBeUndefined();
    expect(
      readConfig({ BRIEFBOT_TRANSLATE_KIND: "off", BRIEFBOT_TRANSLATE_URL: "http://mt:5000" }, CWD).translate,
    ).toBeUndefined();
  });

  it("reads a LibreTranslate server with its key, the 8 s default timeout and no cap", () => {
    const config = readConfig(
      {
        BRIEFBOT_TRANSLATE_KIND: "LibreTranslate",
        BRIEFBOT_TRANSLATE_URL: "http://localhost:5000",
        BRIEFBOT_TRANSLATE_API_KEY: "k-1",
      },
      CWD,
    );
    expect(config.translate).toEqual({
      kind: "libretranslate",
      url: "http://localhost:5000",
      apiKey: "k-1",
      timeoutMs: 8000,
    });
    expect(config.secrets).toContain("k-1");
  });

  it("reads an OpenAI-compatible server with its model, timeout and daily cap", () => {
    expect(
      readConfig(
        {
          BRIEFBOT_TRANSLATE_KIND: "openai",
          BRIEFBOT_TRANSLATE_URL: "http://localhost:11434/v1",
          BRIEFBOT_TRANSLATE_MODEL: "qwen2.5:7b",
          BRIEFBOT_TRANSLATE_TIMEOUT_MS: "3000",
          BRIEFBOT_TRANSLATE_DAILY_CHARS: "200000",
        },
        CWD,
      ).translate,
    ).toEqual({
      kind: "openai",
      url: "http://localhost:11434/v1",
      model: "qwen2.5:7b",
      timeoutMs: 3000,
      dailyChars: 200000,
    });
  });

  it("names every missing or bad translation setting at once", () => {
    expect(problemsOf({ BRIEFBOT_TRANSLATE_KIND: "openai" })).toEqual([
      expect.stringMatching(/BRIEFBOT_TRANSLATE_URL is missing.*11434/),
      expect.stringMatching(/BRIEFBOT_TRANSLATE_MODEL is missing/),
    ]);
    expect(
      problemsOf({
        BRIEFBOT_TRANSLATE_KIND: "deepl",
        BRIEFBOT_TRANSLATE_URL: "ftp://mt",
        BRIEFBOT_TRANSLATE_TIMEOUT_MS: "0",
      }),
    ).toEqual([expect.stringMatching(/BRIEFBOT_TRANSLATE_KIND must be one of libretranslate, openai/)]);
    expect(
      problemsOf({
        BRIEFBOT_TRANSLATE_KIND: "libretranslate",
        BRIEFBOT_TRANSLATE_URL: "ftp://mt",
        BRIEFBOT_TRANSLATE_TIMEOUT_MS: "0",
        BRIEFBOT_TRANSLATE_DAILY_CHARS: "lots",
      }),
    ).toEqual([
      expect.stringMatching(/BRIEFBOT_TRANSLATE_URL must be a http: or https: URL/),
      expect.stringMatching(/BRIEFBOT_TRANSLATE_TIMEOUT_MS must be a whole number from 100/),
      expect.stringMatching(/BRIEFBOT_TRANSLATE_DAILY_CHARS must be a whole number/),
    ]);
  });
});
