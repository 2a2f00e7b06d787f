import {
  chooseReplyLanguage,
  composeDigest,
  type DigestCommand,
  isValidTimeZone,
  localDateAt,
  nextDigestAt,
  parseDigestCommand,
  stripLangTokens,
  watchKey,
  watchLabel,
} from "../answer/index.ts";
import type { ReplyLang, SlackMessage } from "../core/index.ts";
import { normalise } from "../corpus/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { type DigestReply, renderDigest, renderDigestReply } from "../render/index.ts";
import type { DigestStore, Subscription } from "../store/index.ts";
import { type Translator, translateDigest } from "../translate/index.ts";

/** Posting time of a subscription that names none. */
export const DEFAULT_DIGEST_TIME = "08:00";
/** Zone of a subscription that names none when Slack gives no zone for the user. */
export const FALLBACK_TZ = "UTC";

/** One /digest command as Slack delivers it, with what the edge knows about the asker. */
export interface DigestCommandInput {
  store: DigestStore;
  knowledge: Knowledge;
  channelId: string;
  teamId?: string;
  userId: string;
  /** The asker's Slack time zone (users.info `tz`), when known. */
  userTz?: string;
  /** The asker's Slack locale (e.g. "sw-KE"), when known. */
  locale?: string;
  text: string;
  now: Date;
  /** The workspace default (BRIEFBOT_DEFAULT_LANG). */
  defaultLang: ReplyLang;
  /** Whether every digest is paused because Slack refused the bot token (`/digest status` says so). */
  tokenRefused?: boolean;
  /** The operator's translation server: a preview shows the translations the posted digest would. */
  translator?: Translator;
}

/**
 * Carries out a /digest command against the store and returns the reply, in the asker's language (a
 * `lang:xx` anywhere in the line, else their locale, else the workspace default); the digest itself and its
 * preview are in the channel's language. on, off, status, topics add/remove, preview (today's digest, now)
 * and help. A line that cannot be read changes nothing and gets a reply listing what is accepted.
 * @example (await handleDigestCommand({ ...input, text: "on 25:99" })).text // "“25:99” is not a time …"
 */
export async function handleDigestCommand(input: DigestCommandInput): Promise<SlackMessage> {
  const command = parseDigestCommand(withoutReplyLanguage(input.text));
  const sub = await input.store.getSubscription(input.channelId);
  const lang = languageFor(input);
  switch (command.kind) {
    case "on":
      return subscribe(input, command, sub);
    case "off":
      return renderDigestReply(
        { kind: (await input.store.deleteSubscription(input.channelId)) ? "unsubscribed" : "not-subscribed" },
        lang,
      );
    case "status":
      return sub
        ? renderDigestReply(statusOf(input, sub), lang)
        : renderDigestReply({ kind: "not-subscribed" }, lang);
    case "topics-add":
    case "topics-remove":
      return sub
        ? changeTopic(input, command.kind, command.topic)
        : renderDigestReply({ kind: "not-subscribed" }, lang);
    case "preview":
      return preview(input, sub, sub?.lang ?? lang);
    case "help":
      return renderDigestReply({ kind: "help" }, lang);
    case "error":
      return renderDigestReply(command, lang);
  }
}

/**
 * The channel's language by the usual order. Only a `lang:xx` token of the line counts as its text: the
 * subcommand words are English whatever the asker speaks, and a topic's spelling says nothing of the channel.
 */
/**
 * The line without `lang:xx` tokens, except after `on`, where a language names the channel's digest
 * language ("on 08:30 lang:it").
 */
function withoutReplyLanguage(text: string): string {
  return /^\s*on(?:\s|$)/iu.test(text) ? text : stripLangTokens(text).query;
}

function languageFor(input: DigestCommandInput): ReplyLang {
  const explicit = stripLangTokens(input.text).requested.map((code) => `lang:${code}`);
  return chooseReplyLanguage(explicit.join(" "), {
    knowledge: input.knowledge,
    ...(input.locale === undefined ? {} : { locale: input.locale }),
    defaultLang: input.defaultLang,
  }).lang;
}

function zoneFor(input: DigestCommandInput): string {
  return input.userTz !== undefined && isValidTimeZone(input.userTz) ? input.userTz : FALLBACK_TZ;
}

async function subscribe(
  input: DigestCommandInput,
  command: Extract<DigestCommand, { kind: "on" }>,
  existing: Subscription | undefined,
): Promise<SlackMessage> {
  const sub: Subscription = {
    channelId: input.channelId,
    time: command.time ?? DEFAULT_DIGEST_TIME,
    tz: command.tz ?? zoneFor(input),
    lang: command.lang ?? languageFor(input),
    quiet: command.quiet ?? false,
    // Watched topics survive a change of settings; a pause ends, since someone has acted.
    topics: existing?.topics ?? [],
    createdBy: input.userId,
    createdAt: input.now.toISOString(),
  };
  if (input.teamId !== undefined) sub.teamId = input.teamId;
  await input.store.upsertSubscription(sub);
  return renderDigestReply(
    { kind: "subscribed", sub, next: nextDigestAt(sub, input.now) },
    languageFor(input),
  );
}

function statusOf(input: DigestCommandInput, sub: Subscription): Extract<DigestReply, { kind: "status" }> {
  const topicLabels = sub.topics.map((topic) => watchLabel(topic, input.knowledge.lexicon, sub.lang));
  return {
    kind: "status",
    sub,
    next: nextDigestAt(sub, input.now),
    topicLabels,
    ...(input.tokenRefused ? { tokenRefused: true } : {}),
  };
}

async function changeTopic(
  input: DigestCommandInput,
  kind: "topics-add" | "topics-remove",
  term: string,
): Promise<SlackMessage> {
  const { store, knowledge, channelId } = input;
  const lang = languageFor(input);
  const key = watchKey(term, knowledge.lexicon);
  if (key === "") return renderDigestReply({ kind: "error", problem: "missing-topic", value: term }, lang);
  const label = watchLabel(key, knowledge.lexicon, lang);
  if (kind === "topics-add") {
    const added = await store.addTopic(channelId, key);
    return renderDigestReply({ kind: added === "added" ? "topic-added" : "topic-exists", label }, lang);
  }
  // A term watched before the lexicon knew it was stored as typed (normalised); removing it must still work.
  const removed =
    (await store.removeTopic(channelId, key)) === "removed" ||
    (await store.removeTopic(channelId, normalise(term))) === "removed";
  return renderDigestReply({ kind: removed ? "topic-removed" : "topic-absent", label }, lang);
}

async function preview(
  input: DigestCommandInput,
  sub: Subscription | undefined,
  lang: ReplyLang,
): Promise<SlackMessage> {
  const tz = sub?.tz ?? zoneFor(input);
  const since = sub ? await input.store.lastDigestAt(input.channelId) : undefined;
  const answer = composeDigest({
    knowledge: input.knowledge,
    localDate: localDateAt(tz, input.now),
    tz,
    lang,
    topics: sub?.topics ?? [],
    ...(since === undefined ? {} : { since }),
    until: input.now.toISOString(),
  });
  const shown = input.translator ? await translateDigest(answer, input.knowledge, input.translator) : answer;
  return renderDigest(shown, { preview: true, quietSkip: sub?.quiet === true && answer.kind === "nothing" });
}
