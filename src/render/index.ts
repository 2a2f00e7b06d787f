/** Render: answers as Block Kit and plain text, and replyTo (answer, then render, one command). May use core/, corpus/, extract/, search/, store/, knowledge/, answer/. */
export type { ReplyState } from "./actions.ts";
export {
  ACTIONS_BLOCK,
  decodeReplyState,
  LANG_ACTION,
  MAX_PICKS,
  PICK_ACTION,
  SHARE_ACTION,
  TRANSLATION_ACTION,
} from "./actions.ts";
export { renderMessage } from "./blocks.ts";
export { renderDigest } from "./digest.ts";
export type { DigestReply } from "./digest-replies.ts";
export { renderDigestReply } from "./digest-replies.ts";
export type { CommandName, Reply, ReplyContext } from "./reply.ts";
export { parseLine, replyTo, replyToLine } from "./reply.ts";
export { renderText } from "./text.ts";
