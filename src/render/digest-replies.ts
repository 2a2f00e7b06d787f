import dayjs from "dayjs";
import "dayjs/locale/ar.js";
import "dayjs/locale/fr.js";
import "dayjs/locale/hi.js";
import "dayjs/locale/it.js";
import "dayjs/locale/sw.js";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { DigestCommandProblem } from "../answer/index.ts";
import type { ReplyLang, SlackMessage } from "../core/index.ts";
import { languageName, messagesFor, SUPPORTED_LANGS } from "../core/index.ts";
import type { Subscription } from "../store/index.ts";
import { renderLayoutMessage } from "./blocks.ts";
import type { Layout } from "./layout.ts";

dayjs.extend(utc);
dayjs.extend(timezone);

/** The /digest reply to render, with what each kind shows. */
export type DigestReply =
  | { kind: "subscribed"; sub: Subscription; next: Date }
  | { kind: "unsubscribed" }
  | { kind: "not-subscribed" }
  | { kind: "status"; sub: Subscription; next: Date; topicLabels: string[] }
  | { kind: "topic-added" | "topic-exists" | "topic-removed" | "topic-absent"; label: string }
  | { kind: "help" }
  | { kind: "error"; problem: DigestCommandProblem; value: string };

/**
 * Returns an instant as the channel reads it: weekday, date and time in its zone and language.
 * @example digestWhen(new Date("2024-10-01T06:00:00Z"), "Europe/Rome", "it") // { date: "martedì 1 ottobre 2024", time: "08:00" }
 */
export function digestWhen(at: Date, tz: string, lang: ReplyLang): { date: string; time: string } {
  const local = dayjs(at).tz(tz).locale(lang);
  return { date: local.format("dddd D MMMM YYYY"), time: local.format("HH:mm") };
}

/** Returns the Slack message of a /digest reply in the reply language, escaped and within Slack's limits. */
export function renderDigestReply(reply: DigestReply, lang: ReplyLang): SlackMessage {
  return renderLayoutMessage(replyLayout(reply, lang), lang, "digest");
}

function replyLayout(reply: DigestReply, lang: ReplyLang): Layout {
  const d = messagesFor(lang).digest;
  const text = (...lines: string[]): Layout => ({ parts: [{ kind: "text", lines }], sources: [] });
  switch (reply.kind) {
    case "subscribed": {
      const { sub } = reply;
      const when = digestWhen(reply.next, sub.tz, lang);
      const lines = [
        d.subscribed(sub.time, sub.tz, languageName(sub.lang, lang)),
        d.firstDigest(when.date, when.time),
      ];
      if (sub.quiet) lines.push(d.quietNote);
      return text(...lines);
    }
    case "unsubscribed":
      return text(d.unsubscribed);
    case "not-subscribed":
      return text(d.notSubscribed);
    case "status":
      return statusLayout(reply, lang);
    case "topic-added":
      return text(d.topicAdded(reply.label));
    case "topic-exists":
      return text(d.topicExists(reply.label));
    case "topic-removed":
      return text(d.topicRemoved(reply.label));
    case "topic-absent":
      return text(d.topicAbsent(reply.label));
    case "help":
      return { header: d.usageTitle, parts: [{ kind: "list", items: d.usage }], sources: [] };
    case "error":
      return errorLayout(reply.problem, reply.value, lang);
  }
}

function statusLayout(reply: Extract<DigestReply, { kind: "status" }>, lang: ReplyLang): Layout {
  const { sub } = reply;
  const d = messagesFor(lang).digest;
  const when = digestWhen(reply.next, sub.tz, lang);
  const fields = [
    { label: d.timeLabel, value: sub.time },
    { label: d.zoneLabel, value: sub.tz },
    { label: d.languageLabel, value: languageName(sub.lang, lang) },
    { label: d.quietLabel, value: sub.quiet ? d.yes : d.no },
    {
      label: d.topicsLabel,
      value: reply.topicLabels.length > 0 ? messagesFor(lang).common.list(reply.topicLabels) : d.noTopics,
    },
    sub.pausedReason
      ? { label: d.pausedLabel, value: d.paused[sub.pausedReason] }
      : { label: d.nextLabel, value: d.at(when.date, when.time) },
  ];
  return { header: d.statusTitle, parts: [{ kind: "fields", fields }], sources: [] };
}

function errorLayout(problem: DigestCommandProblem, value: string, lang: ReplyLang): Layout {
  const d = messagesFor(lang).digest;
  const accepted = SUPPORTED_LANGS.map((code) => `${code} (${languageName(code, lang)})`);
  const line = {
    "bad-time": () => d.badTime(value),
    "bad-tz": () => d.badZone(value),
    "bad-lang": () => d.badLang(value, messagesFor(lang).common.list(accepted)),
    "bad-argument": () => d.badArgument(value),
    "unknown-subcommand": () => d.unknownSubcommand(value),
    "missing-topic": () => d.missingTopic,
  }[problem]();
  return {
    parts: [
      { kind: "text", lines: [line, d.nothingSaved] },
      { kind: "list", title: d.usageTitle, items: d.usage },
    ],
    sources: [],
  };
}
