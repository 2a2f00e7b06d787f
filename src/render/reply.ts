import type { Answer } from "../answer/index.ts";
import {
  answerBrief,
  answerMeeting,
  chooseReplyLanguage,
  helpAnswer,
  type LanguageChoice,
  type LanguageRule,
} from "../answer/index.ts";
import type { CommandName, ReplyLang, SlackMessage } from "../core/index.ts";
import { createLru, type Lru, messagesFor } from "../core/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { type ReplyRequest, renderMessage } from "./blocks.ts";

/** What a reply depends on besides the question: the corpus, the clock and the asker's settings. */
export interface ReplyContext {
  knowledge: Knowledge;
  now: Date;
  /** The asker's Slack locale (e.g. "sw-KE"), or the CLI's --locale. */
  locale?: string;
  /** The workspace default (BRIEFBOT_DEFAULT_LANG). */
  defaultLang: ReplyLang;
  /** Set when the user picked a language from the "Show in…" menu; overrides every rule. */
  forceLang?: ReplyLang;
}

/** The commands a reply answers. */
export type { CommandName };

/** Why a reply failed, for the caller to log with its stack; the user only sees the id. */
export interface ReplyFailure {
  errorId: string;
  cause: unknown;
}

/**
 * A reply ready to send, with the answer data it was rendered from. `message` and `answer` are shared with
 * later replies to the same question: read them, never change them.
 */
export interface Reply {
  lang: ReplyLang;
  command: CommandName;
  message: SlackMessage;
  answer: Answer;
  /** Which rule of the language order chose the language ("forced" for the "Show in…" menu). */
  rule: LanguageRule | "forced";
  /** The question without its `lang:xx` token. */
  query: string;
  /** What `message` was rendered with (its buttons' request, any notice): to render the answer again alike. */
  request: ReplyRequest;
  failure?: ReplyFailure;
}

const COMMANDS: readonly CommandName[] = ["brief", "meeting", "digest", "help"];
/**
 * Questions are answered from their first 300 characters: topic questions are short, and expansion and
 * search grow with length (a 4,000-character paste took 130–700 ms, blocking other replies).
 */
const MAX_QUESTION_CHARS = 300;
/** Answers remembered per corpus: popular questions repeat, and a remembered one costs a map lookup. */
const REMEMBERED_ANSWERS = 500;
const HELP_WORDS = new Set(["help", "?", "aide", "aiuto", "msaada", "مساعدة", "सहायता", "मदद"]);

/**
 * Answers one command in the asker's language. Pure and total: any failure becomes a polite apology
 * with an error id, and the cause is returned in `failure` for the caller to log.
 * @example replyTo("brief", "fentanyl", ctx).lang // "en"
 */
export function replyTo(command: CommandName, typed: string, ctx: ReplyContext): Reply {
  const text = wellFormed(typed);
  const choice = safeChoice(text, ctx);
  const lang = ctx.forceLang ?? choice.lang;
  const rule = ctx.forceLang ? "forced" : choice.rule;
  try {
    const { answer, message, request } = rememberedAnswer(
      ctx.knowledge,
      `${command}\u0000${lang}\u0000${choice.query}\u0000${choice.unsupported ?? ""}`,
      () => {
        const fresh = answerFor(command, clipQuestion(choice.query), lang, ctx);
        const notice = choice.unsupported
          ? messagesFor(lang).common.unsupportedLang(choice.unsupported)
          : undefined;
        const request = { command, query: choice.query, ...(notice ? { notice } : {}) };
        return { answer: fresh, message: renderMessage(fresh, lang, request), request };
      },
    );
    return { lang, command, message, answer, rule, query: choice.query, request };
  } catch (cause) {
    const errorId = errorIdFor(command, text, ctx.now);
    const answer: Answer = { command: "error", errorId };
    const request = { command, query: choice.query };
    const message = renderMessage(answer, lang, request);
    return {
      lang,
      command,
      message,
      answer,
      rule,
      query: choice.query,
      request,
      failure: { errorId, cause },
    };
  }
}

/** A rendered answer, kept for the next asker of the same question. */
interface Remembered {
  answer: Answer;
  message: SlackMessage;
  request: ReplyRequest;
}

/**
 * Answers remembered per Knowledge object, most recently used last. An answer is a function of the
 * knowledge, the command, the reply language and the question (not of the clock: no answer reads it), and
 * a rescan makes a new Knowledge object, so an entry never outlives the corpus it was computed from.
 */
const answers = new WeakMap<Knowledge, Lru<string, Remembered>>();

function rememberedAnswer(knowledge: Knowledge, key: string, compute: () => Remembered): Remembered {
  let memo = answers.get(knowledge);
  if (!memo) {
    memo = createLru(REMEMBERED_ANSWERS);
    answers.set(knowledge, memo);
  }
  const known = memo.get(key);
  if (known) return known;
  const fresh = compute();
  memo.set(key, fresh);
  return fresh;
}

function clipQuestion(query: string): string {
  const chars = Array.from(query);
  if (chars.length <= MAX_QUESTION_CHARS) return query;
  const cut = chars.slice(0, MAX_QUESTION_CHARS).join("");
  const lastSpace = cut.lastIndexOf(" ");
  return lastSpace > MAX_QUESTION_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
}

/**
 * Answers a slash-command line as typed in Slack or the console; a line without a command is a /brief.
 * @example replyToLine("/meeting jumbo", ctx).command // "meeting"
 */
export function replyToLine(line: string, ctx: ReplyContext): Reply {
  const { command, text } = parseLine(line);
  return replyTo(command, text, ctx);
}

/**
 * Splits a console line into its command and text; unknown commands and "help" read as help.
 * @example parseLine("/brief fentanyl") // { command: "brief", text: "fentanyl" }
 */
export function parseLine(line: string): { command: CommandName; text: string } {
  const trimmed = line.trim();
  // A `lang:xx` may come first ("lang:ar /meeting jumbo"): it belongs to the command's text.
  const match = /^((?:lang:\S+\s+)*)\/(\S+)\s*([\s\S]*)$/iu.exec(trimmed);
  if (!match) return { command: HELP_WORDS.has(trimmed.toLowerCase()) ? "help" : "brief", text: trimmed };
  const name = (match[2] ?? "").toLowerCase();
  const text = [match[3] ?? "", (match[1] ?? "").trim()].filter(Boolean).join(" ");
  const command = COMMANDS.find((known) => known === name);
  return command ? { command, text } : { command: "help", text };
}

function answerFor(command: CommandName, query: string, lang: ReplyLang, ctx: ReplyContext): Answer {
  const { knowledge, now } = ctx;
  switch (command) {
    case "brief":
      return {
        command,
        answer: HELP_WORDS.has(query.trim().toLowerCase())
          ? helpAnswer(knowledge, lang)
          : answerBrief(query, lang, knowledge, now),
      };
    case "meeting":
      return { command, answer: answerMeeting(query, lang, knowledge, now) };
    case "digest":
      return { command, answer: helpAnswer(knowledge, lang) };
    case "help":
      return { command, answer: helpAnswer(knowledge, lang) };
  }
}

/**
 * Returns the text with every lone surrogate replaced by U+FFFD: echoed back, one would make the reply
 * invalid UTF-8 on the wire, and a cut button value would no longer decode to the question asked.
 * @example wellFormed("a\uD800b") // "a\uFFFDb"
 */
function wellFormed(text: string): string {
  // With the u flag a valid pair is one code point, so only a half on its own matches.
  return text.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
}

function safeChoice(text: string, ctx: ReplyContext): LanguageChoice {
  try {
    return chooseReplyLanguage(text, ctx);
  } catch {
    return { lang: ctx.defaultLang, rule: "default", query: text.trim() };
  }
}

/** A short stable id for one failed request, so the apology and the log line can be matched. */
function errorIdFor(command: string, text: string, now: Date): string {
  let hash = 0x811c9dc5;
  for (const char of `${command}\u0000${text}\u0000${now.toISOString()}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0").toUpperCase();
}
