import type { BlockAction } from "@slack/bolt";
import { decodeReplyState, type ReplyState } from "../../render/actions.ts";

/**
 * Returns the reply state a Briefbot button or menu carries: the button's value, or the chosen option's
 * value for the "Show in…" menu; undefined when the payload holds no state we can read.
 */
export function replyStateOf(action: BlockAction["actions"][number]): ReplyState | undefined {
  if (action.type === "button")
    return action.value === undefined ? undefined : decodeReplyState(action.value);
  if (action.type === "static_select") return decodeReplyState(action.selected_option?.value ?? "");
  return undefined;
}
