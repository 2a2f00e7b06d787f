import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEnv } from "node:util";
import { asReplyLang, SUPPORTED_LANGS } from "./i18n/index.ts";
import type { ReplyLang } from "./types.ts";

/** Environment variables by name, as process.env holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** How Briefbot runs, decided by which Slack credentials the environment holds. */
export type RunMode =
  | { kind: "socket"; botToken: string; appToken: string }
  | { kind: "http"; botToken: string; signingSecret: string; port: number }
  | { kind: "console" };

/** The log levels LOG_LEVEL may name (Bolt's, lower case). */
export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
/** A level LOG_LEVEL may name. */
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Where the digest store lives: PostgreSQL when DATABASE_URL is set, else a SQLite file. */
export interface StoreSettings {
  databaseUrl?: string;
  /** BRIEFBOT_DB; undefined leaves the store's default file. */
  sqliteFile?: string;
  /** BRIEFBOT_DB_CONNECT_SECONDS: how long start-up waits for PostgreSQL to answer (default 60 s). */
  connectTimeoutMs?: number;
  /** BRIEFBOT_CLAIM_STALE_SECONDS: a digest claim older than this was left by a dead instance (default 600 s). */
  claimStaleAfterMs?: number;
}

/** How long outgoing calls and waits may take; every one bounded, every one settable (tests use short ones). */
export interface Timeouts {
  /** BRIEFBOT_SLACK_TIMEOUT_SECONDS: deadline of each call to Slack, Web API and response_url (default 10 s). */
  slackCallMs: number;
  /** BRIEFBOT_AUTH_RETRY_MAX_SECONDS: longest wait between auth.test attempts at start (default 60 s). */
  authRetryMaxMs: number;
  /** BRIEFBOT_DRAIN_SECONDS: longest wait for replies in flight at shutdown (default 10 s). */
  drainMs: number;
}

/**
 * What the settings are read for: "start" picks a run mode, so a half-configured Slack install is a
 * problem; "command" (ask, search, digest, console…) never starts Slack, so only the values it uses count
 * (`digest run-due` posts with SLACK_BOT_TOKEN alone).
 */
export type ConfigPurpose = "start" | "command";

/** Which API the operator's translation server speaks. */
export type TranslateKind = "libretranslate" | "openai";

/** Every translation API Briefbot speaks, as BRIEFBOT_TRANSLATE_KIND names them. */
export const TRANSLATE_KINDS: readonly TranslateKind[] = ["libretranslate", "openai"];

/** Per-request wait for the translation server unless BRIEFBOT_TRANSLATE_TIMEOUT_MS says otherwise. */
export const DEFAULT_TRANSLATE_TIMEOUT_MS = 8000;

/** How to reach the operator's translation server (BRIEFBOT_TRANSLATE_*). */
export interface TranslateSettings {
  kind: TranslateKind;
  /** Base URL, e.g. "http://localhost:5000" (LibreTranslate) or "http://localhost:11434/v1" (Ollama). */
  url: string;
  /** LibreTranslate's api_key, or the Bearer token of an OpenAI-compatible server. */
  apiKey?: string;
  /** The chat model (OpenAI-compatible servers only), e.g. "qwen2.5:7b". */
  model?: string;
  /** Longest wait for the server before the originals are shown. */
  timeoutMs: number;
  /** Most characters sent for translation per UTC day; no cap when absent. */
  dailyChars?: number;
}

/** Everything Briefbot reads from the environment, validated. */
export interface Config {
  mode: RunMode;
  /** LOG_LEVEL; undefined leaves the logger's own default. */
  logLevel: LogLevelName | undefined;
  /** BRIEFBOT_DEFAULT_LANG: the workspace default reply language. */
  defaultLang: ReplyLang;
  /** BRIEFBOT_SEEDS (resolved against the working folder), else <cwd>/seeds. */
  corpusDir: string;
  /** BRIEFBOT_MAX_FILE_BYTES: larger documents are skipped; undefined leaves the loader's limit. */
  maxFileBytes: number | undefined;
  /** BRIEFBOT_CACHE_DIR, else <cwd>/data/cache; undefined when it is "off". */
  cacheDir: string | undefined;
  /** BRIEFBOT_RESCAN_SECONDS in milliseconds; 0 turns timed rescans off. */
  rescanMs: number;
  store: StoreSettings;
  /** SLACK_BOT_TOKEN, also outside the Slack modes (`briefbot digest run-due` posts with it). */
  botToken: string | undefined;
  /** SLACK_API_URL: a stand-in for Slack's Web API, e.g. "http://127.0.0.1:4000/api/". */
  slackApiUrl: string | undefined;
  /** BRIEFBOT_TRANSLATE_*: the translation server; undefined (no kind set) translates nothing. */
  translate: TranslateSettings | undefined;
  /** Values never to print: the Slack tokens and signing secret, the translation server's key. */
  secrets: string[];
  timeouts: Timeouts;
}

/** Every bad value of the environment, reported together. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Briefbot cannot start; fix the environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Port of the HTTP mode when PORT is unset. */
export const DEFAULT_PORT = 3000;
/** Seconds between corpus rescans unless BRIEFBOT_RESCAN_SECONDS says otherwise. */
export const DEFAULT_RESCAN_SECONDS = 60;

/** Reads variables by name, trimmed, noting every bad value instead of stopping at the first. */
class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  /** The trimmed value, or undefined when unset or blank. */
  text(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  /** A whole number within [min, max], else `fallback` when unset; a bad value is noted. */
  integer<F extends number | undefined>(
    name: string,
    range: { min: number; max: number },
    fallback: F,
  ): number | F {
    const text = this.text(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) return value;
    return this.bad(name, text, `a whole number from ${range.min} to ${range.max}`, fallback);
  }

  /** A number > 0 (fractions allowed), in milliseconds, else `fallbackMs` when unset; a bad value is noted. */
  positiveMs(name: string, fallbackMs: number): number {
    const text = this.text(name);
    if (text === undefined) return fallbackMs;
    const value = Number(text);
    if (Number.isFinite(value) && value > 0) return Math.round(value * 1000);
    return this.bad(name, text, "a number of seconds above 0", fallbackMs);
  }

  /** A number ≥ 0 (fractions allowed), else `fallback` when unset; a bad value is noted. */
  seconds(name: string, fallback: number): number {
    const text = this.text(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (Number.isFinite(value) && value >= 0) return value;
    return this.bad(name, text, "a number of seconds, 0 or more", fallback);
  }

  /** One of `choices` (case ignored), else `fallback` when unset; a bad value is noted. */
  oneOf<T extends string>(name: string, choices: readonly T[], fallback: T | undefined): T | undefined {
    const text = this.text(name);
    if (text === undefined) return fallback;
    const found = choices.find((choice) => choice === text.toLowerCase());
    return found ?? this.bad(name, text, `one of ${choices.join(", ")}`, fallback);
  }

  /** An absolute URL with one of the protocols, else undefined when unset; a bad value is noted. */
  url(name: string, protocols: readonly string[]): string | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    if (URL.canParse(text) && protocols.includes(new URL(text).protocol)) return text;
    return this.bad(name, "(hidden)", `a ${protocols.join(" or ")} URL`, undefined);
  }

  /** Notes a problem with the variable. */
  problem(message: string): void {
    this.problems.push(message);
  }

  private bad<T>(name: string, text: string, wanted: string, fallback: T): T {
    this.problems.push(`${name} must be ${wanted}, got "${text}"`);
    return fallback;
  }
}

/**
 * Returns the environment as Briefbot's settings, every value checked; throws one ConfigError naming every
 * bad value. Nothing else reads the environment. `env` defaults to process.env, `cwd` to process.cwd().
 * @example readConfig({ BRIEFBOT_DEFAULT_LANG: "fr" }, "/srv/bot").defaultLang // "fr"
 */
export function readConfig(
  env: Env = process.env,
  cwd: string = process.cwd(),
  purpose: ConfigPurpose = "start",
): Config {
  const read = new EnvReader(env);
  const port = read.integer("PORT", { min: 0, max: 65_535 }, DEFAULT_PORT);
  const logLevel = read.oneOf("LOG_LEVEL", LOG_LEVELS, undefined);
  const defaultLang = asReplyLang(read.oneOf("BRIEFBOT_DEFAULT_LANG", SUPPORTED_LANGS, "en")) ?? "en";
  const seeds = read.text("BRIEFBOT_SEEDS");
  const cache = read.text("BRIEFBOT_CACHE_DIR");
  const sqlite = read.text("BRIEFBOT_DB");
  const databaseUrl = read.url("DATABASE_URL", ["postgres:", "postgresql:"]);
  const config: Config = {
    mode: runMode(read, port, purpose),
    logLevel,
    defaultLang,
    corpusDir: seeds ? resolve(cwd, seeds) : join(cwd, "seeds"),
    maxFileBytes: read.integer(
      "BRIEFBOT_MAX_FILE_BYTES",
      { min: 1, max: Number.MAX_SAFE_INTEGER },
      undefined,
    ),
    cacheDir: cache === "off" ? undefined : cache ? resolve(cwd, cache) : join(cwd, "data", "cache"),
    rescanMs: read.seconds("BRIEFBOT_RESCAN_SECONDS", DEFAULT_RESCAN_SECONDS) * 1000,
    store: {
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(sqlite ? { sqliteFile: resolve(cwd, sqlite) } : {}),
      connectTimeoutMs: read.positiveMs("BRIEFBOT_DB_CONNECT_SECONDS", 60_000),
      claimStaleAfterMs: read.positiveMs("BRIEFBOT_CLAIM_STALE_SECONDS", 600_000),
    },
    botToken: read.text("SLACK_BOT_TOKEN"),
    slackApiUrl: read.url("SLACK_API_URL", ["http:", "https:"]),
    translate: translateSettings(read),
    secrets: [
      "SLACK_BOT_TOKEN",
      "SLACK_APP_TOKEN",
      "SLACK_SIGNING_SECRET",
      "BRIEFBOT_TRANSLATE_API_KEY",
    ].flatMap((name) => read.text(name) ?? []),
    timeouts: {
      slackCallMs: read.positiveMs("BRIEFBOT_SLACK_TIMEOUT_SECONDS", 10_000),
      authRetryMaxMs: read.positiveMs("BRIEFBOT_AUTH_RETRY_MAX_SECONDS", 60_000),
      drainMs: read.positiveMs("BRIEFBOT_DRAIN_SECONDS", 10_000),
    },
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/**
 * BRIEFBOT_TRANSLATE_KIND unset (or "off") → no translation, whatever else is set. A kind needs the server's
 * URL, and "openai" a model: a half-configured server would otherwise fail on every reply.
 */
function translateSettings(read: EnvReader): TranslateSettings | undefined {
  if (read.text("BRIEFBOT_TRANSLATE_KIND")?.toLowerCase() === "off") return undefined;
  const kind = read.oneOf("BRIEFBOT_TRANSLATE_KIND", TRANSLATE_KINDS, undefined);
  if (kind === undefined) return undefined;
  const url = read.url("BRIEFBOT_TRANSLATE_URL", ["http:", "https:"]);
  const model = read.text("BRIEFBOT_TRANSLATE_MODEL");
  const apiKey = read.text("BRIEFBOT_TRANSLATE_API_KEY");
  const timeoutMs = read.integer(
    "BRIEFBOT_TRANSLATE_TIMEOUT_MS",
    { min: 100, max: 120_000 },
    DEFAULT_TRANSLATE_TIMEOUT_MS,
  );
  const dailyChars = read.integer(
    "BRIEFBOT_TRANSLATE_DAILY_CHARS",
    { min: 1, max: 1_000_000_000 },
    undefined,
  );
  if (read.text("BRIEFBOT_TRANSLATE_URL") === undefined)
    read.problem(
      `BRIEFBOT_TRANSLATE_URL is missing: set it to the translation server's base URL, e.g. ${
        kind === "openai" ? "http://localhost:11434/v1" : "http://localhost:5000"
      }`,
    );
  if (kind === "openai" && model === undefined)
    read.problem(
      "BRIEFBOT_TRANSLATE_MODEL is missing: an OpenAI-compatible server needs a model, e.g. qwen2.5:7b",
    );
  if (url === undefined) return undefined;
  return {
    kind,
    url,
    timeoutMs,
    ...(apiKey ? { apiKey } : {}),
    ...(model ? { model } : {}),
    ...(dailyChars === undefined ? {} : { dailyChars }),
  };
}

/**
 * Bot + app token → Socket Mode; bot token + signing secret → HTTP; no bot token → console. A bot token
 * with neither, or Slack credentials without a bot token, is a problem: silently falling back to the
 * console would hide a half-configured install.
 */
function runMode(read: EnvReader, port: number, purpose: ConfigPurpose): RunMode {
  const botToken = read.text("SLACK_BOT_TOKEN");
  const appToken = read.text("SLACK_APP_TOKEN");
  checkTokenKinds(read, botToken, appToken);
  const signingSecret = read.text("SLACK_SIGNING_SECRET");
  if (botToken === undefined) {
    if (appToken !== undefined || signingSecret !== undefined) {
      if (purpose === "start")
        read.problem("SLACK_BOT_TOKEN is missing: set it next to SLACK_APP_TOKEN or SLACK_SIGNING_SECRET");
    }
    return { kind: "console" };
  }
  if (appToken !== undefined) return { kind: "socket", botToken, appToken };
  if (signingSecret !== undefined) return { kind: "http", botToken, signingSecret, port };
  if (purpose === "start")
    read.problem("SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)");
  return { kind: "console" };
}

/**
 * Notes a token in the wrong variable before anything reaches the network: an app-level token (xapp-…) in
 * SLACK_BOT_TOKEN, a bot or user token (xox…-) in SLACK_APP_TOKEN, or a bot token of another kind. The
 * values are secrets and are never quoted.
 */
function checkTokenKinds(read: EnvReader, botToken: string | undefined, appToken: string | undefined): void {
  if (botToken?.startsWith("xapp-"))
    read.problem(
      "SLACK_BOT_TOKEN holds an app-level token (xapp-…): it belongs in SLACK_APP_TOKEN; SLACK_BOT_TOKEN takes the Bot User OAuth Token (xoxb-…)",
    );
  else if (botToken !== undefined && !botToken.startsWith("xoxb-"))
    read.problem(`SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…), got ${tokenKind(botToken)}`);
  if (appToken?.startsWith("xox"))
    read.problem(
      "SLACK_APP_TOKEN holds an OAuth token (xox…-): it takes the App-Level Token (xapp-…, Basic Information → App-Level Tokens)",
    );
  else if (appToken !== undefined && !appToken.startsWith("xapp-"))
    read.problem(`SLACK_APP_TOKEN must be an App-Level Token (xapp-…), got ${tokenKind(appToken)}`);
}

/**
 * Names a token by its kind prefix only, never more of the secret.
 * @example tokenKind("xoxp-123-abc") // "a token starting xoxp-"
 */
function tokenKind(token: string): string {
  const prefix = /^(?:xox[a-z]|xapp)-/.exec(token)?.[0];
  return prefix === undefined ? "a value with no Slack token prefix" : `a token starting ${prefix}`;
}

/**
 * Returns `env` with the variables of `<cwd>/.env` that it does not already set (as Node's --env-file
 * does) filled in; `env` itself is left as it is. Without a .env file it returns `env`.
 * @example withEnvFile({ PORT: "3000" }, "/srv/bot").PORT // "3000", whatever .env says
 */
export function withEnvFile(env: Env, cwd: string): Env {
  const file = join(cwd, ".env");
  if (!existsSync(file)) return env;
  return { ...parseEnv(readFileSync(file, "utf8")), ...definedOnly(env) };
}

function definedOnly(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * Returns the settings `briefbot start` runs with: the environment plus the variables of `<cwd>/.env` it
 * lacks, validated as readConfig does.
 */
export function readStartConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  return readConfig(withEnvFile(env, cwd), cwd);
}
