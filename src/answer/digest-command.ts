import type { ReplyLang } from "../core/index.ts";
import { asReplyLang, messagesFor, SUPPORTED_LANGS } from "../core/index.ts";
import { isValidTimeZone } from "./digest-time.ts";

/** What was wrong with a /digest line; nothing is saved for any of them. */
export type DigestCommandProblem =
  | "bad-time"
  | "bad-tz"
  | "bad-lang"
  | "unknown-subcommand"
  /** An argument of `on` that is neither a time, a time zone, a language nor `quiet`, or one given twice. */
  | "bad-argument"
  /** `topics add` or `topics remove` without a topic. */
  | "missing-topic";

/** A /digest line, read. */
export type DigestCommand =
  | { kind: "on"; time?: string; tz?: string; lang?: ReplyLang; quiet?: boolean }
  | { kind: "off" }
  | { kind: "status" }
  | { kind: "topics-add" | "topics-remove"; topic: string }
  | { kind: "preview" }
  | { kind: "help" }
  | { kind: "error"; problem: DigestCommandProblem; value: string };

const TIME_LIKE = /^\d{1,2}[:.]\d{1,2}$|^\d{1,2}$|^\d{1,2}[:.]?\d{2}\s*(?:am|pm)$|\d:/iu;
const TIME = /^(\d{1,2})[:.](\d{2})$/u;
const LANG_TOKEN = /^lang:(.*)$/iu;
/** Two letters, or three lower-case ones, with an optional region: "xx", "XX", "swa", "pt-BR" (not "PST"). */
const LANG_CODE_LIKE = /^(?:[A-Za-z]{2}|[a-z]{3})(?:[-_][A-Za-z0-9]{2,4})?$/u;
const ZONE_LIKE = /\/|^\p{Lu}/u;
const QUIET_WORDS = new Set(["quiet", "silent"]);
const HELP_WORDS = new Set(["", "help", "?"]);
const ADD_WORDS = new Set(["add", "watch", "+"]);
const REMOVE_WORDS = new Set(["remove", "rm", "delete", "unwatch", "-"]);

/**
 * Reads a /digest line. `on` takes, in any order, a time (HH:MM or H:MM, 00:00–23:59), an IANA time zone,
 * a language (en ar sw hi it fr, bare, as `lang:xx` or by name) and `quiet`.
 * @example parseDigestCommand("on 8:30 Europe/Rome it quiet") // { kind: "on", time: "08:30", tz: "Europe/Rome", lang: "it", quiet: true }
 * @example parseDigestCommand("on 25:99") // { kind: "error", problem: "bad-time", value: "25:99" }
 */
export function parseDigestCommand(text: string): DigestCommand {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const [first = "", ...rest] = words;
  const sub = first.toLowerCase();
  if (HELP_WORDS.has(sub)) return rest.length === 0 ? { kind: "help" } : unknown(words);
  if (sub === "on") return parseOn(rest);
  if (sub === "off" || sub === "status" || sub === "preview") {
    return rest.length === 0 ? { kind: sub } : unknown(words);
  }
  if (sub === "topics" || sub === "topic") return parseTopics(rest, words);
  return unknown(words);
}

function unknown(words: readonly string[]): DigestCommand {
  return { kind: "error", problem: "unknown-subcommand", value: words.join(" ") };
}

function parseTopics(rest: readonly string[], words: readonly string[]): DigestCommand {
  const [verb = "", ...topicWords] = rest;
  const action = verb.toLowerCase();
  if (action === "" || action === "list") return { kind: "status" };
  const kind = ADD_WORDS.has(action) ? "topics-add" : REMOVE_WORDS.has(action) ? "topics-remove" : undefined;
  if (!kind) return unknown(words);
  const topic = topicWords.join(" ").trim();
  if (topic === "") return { kind: "error", problem: "missing-topic", value: words.join(" ") };
  return { kind, topic };
}

type OnCommand = Extract<DigestCommand, { kind: "on" }>;
type Reading = { field: "time" | "tz" | "lang"; value: string } | { field: "quiet" } | DigestCommand;

function parseOn(args: readonly string[]): DigestCommand {
  const on: OnCommand = { kind: "on" };
  for (const arg of args) {
    const reading = readArgument(arg);
    if ("kind" in reading) return reading;
    if (reading.field === "quiet") {
      if (on.quiet) return badArgument(arg);
      on.quiet = true;
      continue;
    }
    if (on[reading.field] !== undefined) return badArgument(arg);
    if (reading.field === "lang") on.lang = asReplyLang(reading.value);
    else on[reading.field] = reading.value;
  }
  return on;
}

function badArgument(value: string): DigestCommand {
  return { kind: "error", problem: "bad-argument", value };
}

/** One argument of `on`, tried as quiet, time, language and time zone, in that order. */
function readArgument(arg: string): Reading {
  if (QUIET_WORDS.has(arg.toLowerCase())) return { field: "quiet" };
  if (TIME_LIKE.test(arg)) {
    const time = normaliseTime(arg);
    return time ? { field: "time", value: time } : { kind: "error", problem: "bad-time", value: arg };
  }
  const langToken = LANG_TOKEN.exec(arg);
  if (langToken) {
    const lang = asReplyLang(langToken[1]);
    return lang ? { field: "lang", value: lang } : { kind: "error", problem: "bad-lang", value: arg };
  }
  const named = languageNamed(arg);
  if (named) return { field: "lang", value: named };
  if (isValidTimeZone(arg)) return { field: "tz", value: canonicalZone(arg) };
  if (LANG_CODE_LIKE.test(arg)) return { kind: "error", problem: "bad-lang", value: arg };
  if (ZONE_LIKE.test(arg)) return { kind: "error", problem: "bad-tz", value: arg };
  return badArgument(arg);
}

/** "8:30" → "08:30"; undefined outside 00:00–23:59. */
function normaliseTime(arg: string): string | undefined {
  const match = TIME.exec(arg);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

/** A supported language by its code ("fr", "fr-FR") or by its name in any reply language ("Kiswahili", "arabe"). */
function languageNamed(arg: string): ReplyLang | undefined {
  if (LANG_CODE_LIKE.test(arg)) return asReplyLang(arg);
  const wanted = arg.toLocaleLowerCase();
  return SUPPORTED_LANGS.find((target) =>
    [
      messagesFor(target).languageName,
      ...SUPPORTED_LANGS.map((lang) => messagesFor(lang).languageNames[target]),
    ].some((name) => name.toLocaleLowerCase() === wanted),
  );
}

/**
 * The zone with the runtime's capitals ("europe/rome" → "Europe/Rome"); a name the runtime maps to an older
 * alias ("Asia/Kolkata" → "Asia/Calcutta") is kept as typed, since people know the current one.
 */
function canonicalZone(tz: string): string {
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === tz.toLowerCase() ? resolved : tz;
}
