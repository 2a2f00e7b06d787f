import { inspect } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";

/** Where finished log lines go; the default writes to the console. */
export type LogSink = (level: LogLevel, line: string) => void;

/** Options of {@link createRedactingLogger}. */
export interface RedactingLoggerOptions {
  /** Exact values never to print (tokens, signing secret), whatever their shape. */
  secrets: readonly (string | undefined)[];
  level?: LogLevel;
  sink?: LogSink;
  name?: string;
}

const SEVERITY: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

// Any Slack token shape, even one we were not told about (a user token pasted in an error message).
const TOKEN_PATTERN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const MASK = "[redacted]";
// Secrets shorter than this would mask ordinary words if misconfigured (e.g. SLACK_SIGNING_SECRET=x).
const MIN_SECRET_LENGTH = 6;

/**
 * Masks Slack tokens and the given secrets in a text.
 * Example: redact("token xoxb-1-2-abc", []) → "token [redacted]".
 */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text.replace(TOKEN_PATTERN, MASK);
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join(MASK);
  }
  return out;
}

function formatPart(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  return inspect(part, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
}

/** Parses a LOG_LEVEL value; returns undefined for anything else. Example: "WARN" → LogLevel.WARN. */
export function parseLogLevel(value: string | undefined): LogLevel | undefined {
  const wanted = value?.trim().toLowerCase();
  return Object.values(LogLevel).find((level) => level === wanted);
}

const consoleSink: LogSink = (level, line) => {
  if (level === LogLevel.ERROR || level === LogLevel.WARN) console.error(line);
  else console.log(line);
};

/** Returns a Bolt-compatible logger that masks every Slack token and the given secrets in every line. */
export function createRedactingLogger(options: RedactingLoggerOptions): Logger {
  let level = options.level ?? LogLevel.INFO;
  const name = options.name ?? "briefbot";
  const sink = options.sink ?? consoleSink;
  const write = (at: LogLevel, parts: unknown[]): void => {
    if (SEVERITY[at] < SEVERITY[level]) return;
    const text = parts.map(formatPart).join(" ");
    sink(at, `[${at.toUpperCase()}] ${name} ${redact(text, options.secrets)}`);
  };
  return {
    debug: (...msg: unknown[]) => write(LogLevel.DEBUG, msg),
    info: (...msg: unknown[]) => write(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => write(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => write(LogLevel.ERROR, msg),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    // Bolt's Web API clients rename a shared logger to "web-api:WebClient:<n>"; one fixed name keeps every
    // line of this process findable with one grep.
    setName: () => {},
  };
}
