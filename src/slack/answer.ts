import { randomBytes } from "node:crypto";
import { chooseReplyLanguage } from "../answer/index.ts";
import type { ReplyLang } from "../core/index.ts";
import { asReplyLang, messagesFor } from "../core/index.ts";
import { type CommandName, type ReplyContext, replyTo } from "../render/index.ts";
import type { SlackDeps } from "./deps.ts";
import type { Outgoing } from "./payload.ts";

/** One question asked in Slack. */
export interface Question {
  command: CommandName;
  text: string;
  userId: string;
  /** The language picked from the "Show in…" menu or carried by a shared reply. */
  forceLang?: ReplyLang;
}

function newErrorId(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

/**
 * Answers a Slack user's question with the current knowledge, in their language: the users.info locale is
 * awaited only within its deadline. Never throws: a failure is logged with an error id and its stack, and
 * the user gets a short apology carrying the same id.
 */
export async function answerQuestion(deps: SlackDeps, question: Question): Promise<Outgoing> {
  let locale: string | undefined;
  try {
    const [knowledge, userLocale] = await Promise.all([
      deps.knowledge.ready(),
      // A forced language makes the locale moot; an event without a user (a workflow) has none to ask for.
      question.forceLang === undefined && question.userId !== ""
        ? deps.localeOf(question.userId)
        : Promise.resolve(undefined),
    ]);
    locale = userLocale;
    if (locale !== undefined) deps.knownLocales.remember(question.userId, locale);
    const context: ReplyContext = {
      knowledge,
      now: deps.clock(),
      defaultLang: deps.defaultLang,
      ...(locale === undefined ? {} : { locale }),
      ...(question.forceLang === undefined ? {} : { forceLang: question.forceLang }),
    };
    const reply = await deps.cpu.run(() => replyTo(question.command, question.text, context));
    if (reply.failure) {
      deps.logger.error(
        `error id ${reply.failure.errorId} answering /${question.command} for ${question.userId}:`,
        reply.failure.cause,
      );
    }
    return reply.message;
  } catch (error) {
    const lang = question.forceLang ?? asReplyLang(locale) ?? deps.defaultLang;
    return apology(deps, error, lang, `answering /${question.command} for ${question.userId}`);
  }
}

/** Only this much of a question is read to pick the busy reply's language, as replies read only so much. */
const BUSY_LANGUAGE_CHARS = 300;

/**
 * Returns the short "busy, please try again in a moment" reply, in the language the answer would have had
 * as far as can be told without waiting: the forced language, the question's own language, the locale
 * last seen for the user, the workspace default. Synchronous, so it can ride on the ack.
 */
export function busyReply(deps: SlackDeps, question: Question): Outgoing {
  const locale = deps.knownLocales.get(question.userId);
  const knowledge = deps.knowledge.current();
  const lang =
    question.forceLang ??
    (knowledge === undefined
      ? (asReplyLang(locale) ?? deps.defaultLang)
      : chooseReplyLanguage(question.text.slice(0, BUSY_LANGUAGE_CHARS), {
          knowledge,
          defaultLang: deps.defaultLang,
          ...(locale === undefined ? {} : { locale }),
        }).lang);
  return { text: messagesFor(lang).slack.busy };
}

/** Logs an unexpected error with a fresh id and returns the apology naming that id, in the given language. */
export function apology(deps: SlackDeps, error: unknown, lang: ReplyLang, what: string): Outgoing {
  const errorId = newErrorId();
  deps.logger.error(`error id ${errorId} ${what}:`, error);
  return { text: messagesFor(lang).slack.apology(errorId) };
}
