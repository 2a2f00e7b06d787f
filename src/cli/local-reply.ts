import type { ReplyLang, SlackMessage } from "../core/index.ts";
import { handleDigestCommand } from "../digest/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { parseLine, renderMessage, replyToLine } from "../render/index.ts";
import type { DigestStore } from "../store/index.ts";
import { type Translator, translateAnswer } from "../translate/index.ts";

/** Without Slack, the terminal stands for one channel of its own, so `/digest on|status|preview` work there. */
const LOCAL_CHANNEL = "console";

/** What answering a line outside Slack needs: the usual reply settings and, for /digest, a store. */
export interface LocalReplyContext {
  knowledge: Knowledge;
  now: Date;
  defaultLang: ReplyLang;
  locale?: string;
  forceLang?: ReplyLang;
  /** Opened only when a /digest line needs it. */
  store: () => Promise<DigestStore>;
  /** The operator's translation server; without one, every text is shown as written. */
  translator?: Translator;
}

/**
 * Returns the message a command line gets outside Slack, from the same code the Slack listeners run:
 * /digest against the local store, everything else through replyToLine, with text from documents in another
 * language machine-translated when a translator is given (waiting at most its timeout).
 * @example (await replyLocally("/meeting jumbo", ctx)).metadata.event_payload.command // "meeting"
 */
export async function replyLocally(line: string, ctx: LocalReplyContext): Promise<SlackMessage> {
  const { command, text } = parseLine(line);
  if (command !== "digest") {
    const reply = replyToLine(line, ctx);
    if (!ctx.translator || reply.failure) return reply.message;
    const translated = await translateAnswer(reply.answer, reply.lang, ctx.knowledge, ctx.translator);
    if (!translated.foreign) return reply.message;
    return renderMessage(translated.answer, reply.lang, reply.request);
  }
  return handleDigestCommand({
    store: await ctx.store(),
    knowledge: ctx.knowledge,
    channelId: LOCAL_CHANNEL,
    userId: LOCAL_CHANNEL,
    userTz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...((ctx.forceLang ?? ctx.locale) ? { locale: ctx.forceLang ?? ctx.locale } : {}),
    text,
    now: ctx.now,
    defaultLang: ctx.defaultLang,
    ...(ctx.translator ? { translator: ctx.translator } : {}),
  });
}
