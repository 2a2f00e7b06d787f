import type { ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from "@slack/types";
import { type Answer, hasMachineText } from "../answer/index.ts";
import type { CommandName, ReplyLang, SlackMessage } from "../core/index.ts";
import { messagesFor } from "../core/index.ts";
import { actionsBlock, pickBlock, type TranslationToggle } from "./actions.ts";
import { escapeMrkdwn, neutraliseMentions } from "./escape.ts";
import { type Layout, layoutOf, type Part } from "./layout.ts";
import { SLACK_LIMITS, shorten } from "./limits.ts";
import { layoutText } from "./text.ts";

/** The request a reply answers, carried in its buttons so the Slack layer can share or redraw it. */
export interface ReplyRequest {
  command: CommandName;
  query: string;
  /** The reply shows the originals of text that has machine translations: it offers "Show translation". */
  original?: boolean;
  /** A line shown above the answer (e.g. that a `lang:xx` asked for could not be used). */
  notice?: string;
}

/** A quote longer than this is cut, so one long sentence cannot crowd out the rest of the reply. */
const MAX_QUOTE = 700;
/** Header, the "more" note and the actions block. */
const RESERVED_BLOCKS = 3;

/**
 * Returns the Slack message of an answer: Block Kit within Slack's limits, an escaped plain-text fallback,
 * metadata naming the language, the command and the cited documents, and the share/language actions.
 */
export function renderMessage(answer: Answer, lang: ReplyLang, request: ReplyRequest): SlackMessage {
  const toggle: TranslationToggle | undefined = request.original
    ? "show-translation"
    : hasMachineText(answer)
      ? "show-original"
      : undefined;
  const layout = layoutOf(answer, lang);
  const notice = request.notice;
  return renderLayoutMessage(
    notice ? { ...layout, parts: [{ kind: "note", items: [notice] }, ...layout.parts] } : layout,
    lang,
    request.command,
    actionsBlock({ ...request, lang }, toggle),
  );
}

/**
 * Returns a layout as a Slack message: header, parts packed into sections within Slack's limits (with a
 * "more" note when blocks run out), the optional actions block last, the fallback text and the metadata.
 */
export function renderLayoutMessage(
  layout: Layout,
  lang: ReplyLang,
  command: CommandName,
  actions?: KnownBlock,
): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (layout.header) blocks.push(header(layout.header));
  blocks.push(
    ...capped(
      layout.parts.flatMap((part) => partBlocks(part, lang)),
      lang,
    ),
  );
  if (actions) blocks.push(actions);
  return {
    text: fallbackText(layout),
    blocks,
    metadata: {
      event_type: "briefbot_reply",
      event_payload: { lang, command, sources: [...new Set(layout.sources)] },
    },
  };
}

function fallbackText(layout: Layout): string {
  return shorten(escapeMrkdwn(layoutText(layout)), SLACK_LIMITS.fallbackText);
}

function header(text: string): HeaderBlock {
  return {
    type: "header",
    text: {
      type: "plain_text",
      text: shorten(neutraliseMentions(text), SLACK_LIMITS.headerText),
      emoji: false,
    },
  };
}

function section(text: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(items: string[], lang: ReplyLang): ContextBlock {
  const max = SLACK_LIMITS.contextElements;
  const shown =
    items.length > max
      ? [...items.slice(0, max - 1), messagesFor(lang).common.more(items.length - max + 1)]
      : items;
  return {
    type: "context",
    elements: shown.map((item) => ({
      type: "mrkdwn",
      text: shorten(escapeMrkdwn(item), SLACK_LIMITS.contextText),
    })),
  };
}

function title(text: string | undefined): string {
  return text ? `*${escapeMrkdwn(text)}*\n` : "";
}

function partBlocks(part: Part, lang: ReplyLang): KnownBlock[] {
  const more = messagesFor(lang).common;
  switch (part.kind) {
    case "text": {
      const tail = part.pointer ? ` ${more.shortened(part.pointer)}` : "";
      const body = part.lines.map((line) => escapeMrkdwn(line)).join("\n");
      const head = title(part.title);
      return [section(head + shorten(body, SLACK_LIMITS.sectionText - head.length, escapeMrkdwn(tail)))];
    }
    case "list":
      return chunked(
        title(part.title),
        part.items.map((item) => `• ${escapeMrkdwn(item)}`),
      );
    case "quotes":
      return chunked(
        title(part.title),
        part.items.map((item) => {
          const tail = ` ${more.shortened(item.source)}`;
          const text = shorten(item.text, MAX_QUOTE, tail);
          return `> ${escapeMrkdwn(text).replace(/\n/g, "\n> ")}\n_${escapeMrkdwn(item.source)}_`;
        }),
      );
    case "fields":
      return fieldBlocks(part.fields);
    case "note":
      return part.items.length > 0 ? [context(part.items, lang)] : [];
    case "choices":
      return [
        ...chunked(
          "",
          part.items.map((item) => `• ${escapeMrkdwn(item.label)}`),
        ),
        pickBlock(part.items, lang),
      ];
  }
}

/** Lines packed into as few sections as the per-section limit allows; a line too long alone is cut. */
function chunked(head: string, lines: string[]): SectionBlock[] {
  const limit = SLACK_LIMITS.sectionText;
  const blocks: SectionBlock[] = [];
  let current = head;
  for (const raw of lines) {
    const line = shorten(raw, limit - head.length);
    const joined = current === "" || current === head ? `${current}${line}` : `${current}\n${line}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    blocks.push(section(current));
    current = line;
  }
  if (current !== "") blocks.push(section(current));
  return blocks;
}

function fieldBlocks(fields: { label: string; value: string }[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  for (let start = 0; start < fields.length; start += SLACK_LIMITS.fields) {
    blocks.push({
      type: "section",
      fields: fields.slice(start, start + SLACK_LIMITS.fields).map((field) => {
        const label = `*${escapeMrkdwn(field.label)}*\n`;
        return {
          type: "mrkdwn",
          text: label + shorten(escapeMrkdwn(field.value), SLACK_LIMITS.fieldText - label.length),
        };
      }),
    });
  }
  return blocks;
}

/** Keeps the message within Slack's block limit, saying how many parts were left out. */
function capped(blocks: KnownBlock[], lang: ReplyLang): KnownBlock[] {
  const room = SLACK_LIMITS.blocks - RESERVED_BLOCKS;
  if (blocks.length <= room) return blocks;
  const kept = blocks.slice(0, room);
  return [...kept, context([messagesFor(lang).common.more(blocks.length - room)], lang)];
}
