import type { ActionsBlock, PlainTextOption } from "@slack/types";
import type { CommandName, ReplyLang } from "../core/index.ts";
import { asReplyLang, messagesFor, SUPPORTED_LANGS } from "../core/index.ts";
import { SLACK_LIMITS, shorten } from "./limits.ts";

/** action_id of the "Share in channel" button. */
export const SHARE_ACTION = "briefbot_share";
/** action_id of the "Show in…" language menu. */
export const LANG_ACTION = "briefbot_lang";
/** action_id prefix of the buttons that pick one of several meetings: "briefbot_pick_1" … */
export const PICK_ACTION = "briefbot_pick";
/** At most this many meetings are offered to pick from (a button each). */
export const MAX_PICKS = 5;
/** block_id of the actions block. */
export const ACTIONS_BLOCK = "briefbot_actions";

/** What the Slack layer needs to redraw or share a reply: the command, the question and the language. */
export interface ReplyState {
  command: CommandName;
  query: string;
  lang: ReplyLang;
}

const VERSION = "1";
const SEPARATOR = "|";
const COMMAND_CODES: Readonly<Record<CommandName, string>> = {
  brief: "b",
  meeting: "m",
  digest: "d",
  help: "h",
};

/**
 * Returns the state as "1|<lang>|<command letter>|<query>", at most `max` characters. The query goes last,
 * unescaped, so a "|" inside it needs no quoting; a query too long for the limit is cut at a whole
 * character (the redrawn reply then answers the cut question — only questions over ~140 characters
 * in a menu option are affected).
 * @example encodeReplyState({ command: "brief", query: "fentanyl", lang: "en" }) // "1|en|b|fentanyl"
 */
export function encodeReplyState(state: ReplyState, max: number = SLACK_LIMITS.buttonValue): string {
  const head = [VERSION, state.lang, COMMAND_CODES[state.command], ""].join(SEPARATOR);
  const room = Math.max(0, max - head.length);
  let query = state.query.slice(0, room);
  const last = query.charCodeAt(query.length - 1);
  if (query.length < state.query.length && last >= 0xd800 && last <= 0xdbff) query = query.slice(0, -1);
  return `${head}${query}`;
}

/**
 * Returns the state encoded by encodeReplyState, or undefined for anything else.
 * @example decodeReplyState("1|sw|m|jumbo") // { command: "meeting", query: "jumbo", lang: "sw" }
 */
export function decodeReplyState(value: string): ReplyState | undefined {
  const parts = value.split(SEPARATOR);
  if (parts.length < 4 || parts[0] !== VERSION) return undefined;
  const lang = asReplyLang(parts[1]);
  const command = (Object.keys(COMMAND_CODES) as CommandName[]).find(
    (name) => COMMAND_CODES[name] === parts[2],
  );
  if (!lang || !command || parts[1] !== lang) return undefined;
  return { command, lang, query: parts.slice(3).join(SEPARATOR) };
}

/**
 * Returns a button per meeting, each asking for that meeting by its slug in the reply language.
 * @example pickBlock([{ label: "Doha 2025", slug: "doha-2025" }], "en").elements[0]?.action_id // "briefbot_pick_1"
 */
export function pickBlock(items: readonly { label: string; slug: string }[], lang: ReplyLang): ActionsBlock {
  return {
    type: "actions",
    block_id: `${PICK_ACTION}s`,
    elements: items.slice(0, MAX_PICKS).map((item, at) => ({
      type: "button",
      action_id: `${PICK_ACTION}_${at + 1}`,
      text: { type: "plain_text", text: shorten(item.label, SLACK_LIMITS.actionText) },
      value: encodeReplyState({ command: "meeting", query: item.slug, lang }, SLACK_LIMITS.buttonValue),
    })),
  };
}

/** Returns the actions block every reply carries: "Share in channel" and "Show in…" the other languages. */
export function actionsBlock(state: ReplyState): ActionsBlock {
  const slack = messagesFor(state.lang).slack;
  const options: PlainTextOption[] = SUPPORTED_LANGS.filter((lang) => lang !== state.lang).map((lang) => ({
    text: { type: "plain_text", text: shorten(messagesFor(lang).languageName, SLACK_LIMITS.optionText) },
    value: encodeReplyState({ ...state, lang }, SLACK_LIMITS.optionValue),
  }));
  return {
    type: "actions",
    block_id: ACTIONS_BLOCK,
    elements: [
      {
        type: "button",
        action_id: SHARE_ACTION,
        text: { type: "plain_text", text: shorten(slack.shareButton, SLACK_LIMITS.actionText) },
        value: encodeReplyState(state, SLACK_LIMITS.buttonValue),
      },
      {
        type: "static_select",
        action_id: LANG_ACTION,
        placeholder: { type: "plain_text", text: shorten(slack.showInPlaceholder, SLACK_LIMITS.actionText) },
        options,
      },
    ],
  };
}
