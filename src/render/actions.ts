import type { ActionsBlock, Button, PlainTextOption } from "@slack/types";
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
/** action_id of the "Show original" / "Show translation" button. */
export const TRANSLATION_ACTION = "briefbot_translation";
/** block_id of the actions block. */
export const ACTIONS_BLOCK = "briefbot_actions";

/**
 * What the Slack layer needs to redraw or share a reply: the command, the question, the language, and
 * whether it shows the text as written instead of machine translations.
 */
export interface ReplyState {
  command: CommandName;
  query: string;
  lang: ReplyLang;
  original?: boolean;
}

/** Which way the translation button of a reply turns it. */
export type TranslationToggle = "show-original" | "show-translation";

const VERSION = "1";
const SEPARATOR = "|";
/** After the command letter: the reply shows the text as written, not machine translations. */
const ORIGINAL_FLAG = "o";
const COMMAND_CODES: Readonly<Record<CommandName, string>> = {
  brief: "b",
  meeting: "m",
  digest: "d",
  help: "h",
};

/**
 * Returns the state as "1|<lang>|<command letter>[o]|<query>", at most `max` characters ("o" when the reply
 * shows the originals). The query goes last, unescaped, so a "|" inside it needs no quoting; a query too
 * long for the limit is cut at a whole character (the redrawn reply then answers the cut question — only
 * questions over ~140 characters in a menu option are affected).
 * @example encodeReplyState({ command: "brief", query: "fentanyl", lang: "en" }) // "1|en|b|fentanyl"
 */
export function encodeReplyState(state: ReplyState, max: number = SLACK_LIMITS.buttonValue): string {
  const command = `${COMMAND_CODES[state.command]}${state.original ? ORIGINAL_FLAG : ""}`;
  const head = [VERSION, state.lang, command, ""].join(SEPARATOR);
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
  const code = parts[2] ?? "";
  const original = code.endsWith(ORIGINAL_FLAG);
  const command = (Object.keys(COMMAND_CODES) as CommandName[]).find(
    (name) => COMMAND_CODES[name] === (original ? code.slice(0, -1) : code),
  );
  if (!lang || !command || parts[1] !== lang) return undefined;
  const query = parts.slice(3).join(SEPARATOR);
  return original ? { command, lang, query, original } : { command, lang, query };
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

/**
 * Returns the actions block every reply carries: "Share in channel", "Show in…" the other languages, and
 * with a toggle, "Show original" (machine translations shown) or "Show translation" (originals shown).
 */
export function actionsBlock(state: ReplyState, toggle?: TranslationToggle): ActionsBlock {
  const m = messagesFor(state.lang);
  const slack = m.slack;
  // Another language starts again from its own translations, whichever way this reply is shown.
  const { original: _original, ...translatedState } = state;
  const options: PlainTextOption[] = SUPPORTED_LANGS.filter((lang) => lang !== state.lang).map((lang) => ({
    text: { type: "plain_text", text: shorten(messagesFor(lang).languageName, SLACK_LIMITS.optionText) },
    value: encodeReplyState({ ...translatedState, lang }, SLACK_LIMITS.optionValue),
  }));
  const translation: Button[] = toggle
    ? [
        {
          type: "button",
          action_id: TRANSLATION_ACTION,
          text: {
            type: "plain_text",
            text: shorten(
              toggle === "show-original" ? m.translation.showOriginal : m.translation.showTranslation,
              SLACK_LIMITS.actionText,
            ),
          },
          value: encodeReplyState(
            toggle === "show-original" ? { ...translatedState, original: true } : translatedState,
            SLACK_LIMITS.buttonValue,
          ),
        },
      ]
    : [];
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
      ...translation,
    ],
  };
}
