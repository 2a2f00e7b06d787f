import type { KnownBlock } from "@slack/types";
import { ACTIONS_BLOCK, SHARE_ACTION } from "../../render/actions.ts";
import { messagesFor } from "../../render/i18n/index.ts";
import type { ReplyLang } from "../../render/types.ts";
import { answerQuestion } from "../answer.ts";
import type { ActionSpec } from "../listener-spec.ts";
import { type SlackPayload, toSlackPayload } from "../payload.ts";
import { respondSafely } from "../send-safely.ts";
import { replyStateOf } from "./action-state.ts";
import { expiredReply } from "./expired.ts";

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

/** "Share in channel": re-posts the same reply in the channel, with who shared it. */
export const shareAction: ActionSpec = {
  kind: "action",
  name: SHARE_ACTION,
  listener:
    (deps) =>
    async ({ ack, action, body, respond }) => {
      await ack();
      const work = (async () => {
        const userId = body.user.id;
        const state = replyStateOf(action);
        if (state === undefined) {
          await respondSafely(respond, await expiredReply(deps, userId), deps.logger, "share");
          return;
        }
        const message = await answerQuestion(deps, {
          command: state.command,
          text: state.query,
          userId,
          forceLang: state.lang,
        });
        const threadTs = body.message?.thread_ts;
        await respondSafely(
          respond,
          {
            response_type: "in_channel",
            replace_original: false,
            ...(typeof threadTs === "string" ? { thread_ts: threadTs } : {}),
            ...sharedCopy(toSlackPayload(message), state.lang, userId),
          },
          deps.logger,
          "share",
        );
      })();
      await deps.inFlight.track(work);
    },
};
