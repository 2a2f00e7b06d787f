import type { KnownBlock } from "@slack/types";
import type { ReplyLang } from "../../core/index.ts";
import { messagesFor } from "../../core/index.ts";
import { ACTIONS_BLOCK, SHARE_ACTION } from "../../render/index.ts";
import type { SlackPayload } from "../payload.ts";
import { replayingAction } from "./action-state.ts";

/**
 * Returns the shared copy of a reply: its buttons removed (a menu on a channel message would let one person
 * redraw it for everyone) and a context line naming who shared it.
 */
export function sharedCopy(payload: SlackPayload, lang: ReplyLang, userId: string): SlackPayload {
  const sharedBy: KnownBlock = {
    type: "context",
    elements: [{ type: "mrkdwn", text: messagesFor(lang).slack.sharedBy(`<@${userId}>`) }],
  };
  const blocks = payload.blocks.filter((block) => block.block_id !== ACTIONS_BLOCK);
  return { ...payload, blocks: [...blocks, sharedBy] };
}

/**
 * "Share in channel": re-posts the same reply in the channel, with who shared it. Translations are those the
 * store holds (the ones the sharer saw); the shared copy is not redrawn later.
 */
export const shareAction = replayingAction(
  SHARE_ACTION,
  "share",
  (payload, { state, userId, body }) => {
    const threadTs = body.message?.thread_ts;
    return {
      response_type: "in_channel",
      replace_original: false,
      ...(typeof threadTs === "string" ? { thread_ts: threadTs } : {}),
      ...sharedCopy(payload, state.lang, userId),
    };
  },
  { redrawWhenTranslated: false },
);
