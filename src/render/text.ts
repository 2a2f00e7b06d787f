import type { KnownBlock } from "@slack/types";
import type { Answer } from "../answer/index.ts";
import type { ReplyLang, SlackMessage } from "../core/index.ts";
import { type Layout, layoutOf, type Part } from "./layout.ts";

const UNDERLINE_MAX = 60;

/**
 * Returns a Slack message as readable plain text, block by block, exactly as much as Slack would show:
 * mrkdwn markers and entities undone, buttons left out. For the console and `briefbot ask`.
 * @example renderText(reply.message) // "Briefing: fentanyl\n==================\n\nSummary\n…"
 */
export function renderText(message: SlackMessage): string {
  return message.blocks
    .map(blockText)
    .filter((text) => text !== "")
    .join("\n\n");
}

/**
 * Returns an answer as plain text straight from its layout, unshortened.
 * @example answerText({ command: "expired" }, "en") // "This request has expired — please ask again."
 */
export function answerText(answer: Answer, lang: ReplyLang): string {
  return layoutText(layoutOf(answer, lang));
}

/** Returns a laid-out reply as plain text: header underlined, parts separated by blank lines. */
export function layoutText(layout: Layout): string {
  const blocks: string[] = [];
  if (layout.header) blocks.push(underlined(layout.header));
  for (const part of layout.parts) {
    const text = partText(part);
    if (text !== "") blocks.push(text);
  }
  return blocks.join("\n\n");
}

function underlined(text: string): string {
  return `${text}\n${"=".repeat(Math.min([...text].length, UNDERLINE_MAX))}`;
}

function partText(part: Part): string {
  const head = "title" in part && part.title ? `${part.title}\n` : "";
  switch (part.kind) {
    case "text":
      return head + part.lines.join("\n");
    case "list":
      return head + part.items.map((item) => `• ${item.replace(/\n/g, "\n  ")}`).join("\n");
    case "quotes":
      return head + part.items.map((item) => `  “${item.text}”\n    — ${item.source}`).join("\n");
    case "fields":
      return part.fields.map((field) => `${field.label}: ${field.value}`).join("\n");
    case "note":
      return part.items.map((item) => `(${item})`).join("\n");
    case "choices":
      return part.items.map((item) => `• ${item.label} — /meeting ${item.slug}`).join("\n");
  }
}

function blockText(block: KnownBlock): string {
  switch (block.type) {
    case "header":
      return underlined(block.text.text);
    case "section": {
      const fields = (block.fields ?? []).map((field) => plain(field.text).replace("\n", ": "));
      return [block.text ? plain(block.text.text) : "", ...fields].filter((text) => text !== "").join("\n");
    }
    case "context":
      return block.elements
        .map((element) => ("text" in element ? `(${plain(element.text)})` : ""))
        .join("\n");
    default:
      return "";
  }
}

/** Undoes the mrkdwn this renderer writes: bold titles, italic source lines, escaped & < >. */
function plain(mrkdwn: string): string {
  return mrkdwn
    .split("\n")
    .map((line) => line.replace(/^\*(.+)\*$/u, "$1").replace(/^_(.+)_$/u, "    — $1"))
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
