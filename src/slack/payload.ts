import type { KnownBlock, MessageMetadata } from "@slack/types";
import type { ReplyMetadata, SlackMessage } from "../core/index.ts";

/** An apology sent when answering failed: plain text naming the error id. */
export interface ApologyMessage {
  text: string;
}

/** What a listener sends: a rendered reply or an apology. */
export type Outgoing = SlackMessage | ApologyMessage;

/** The fields respond() and chat.postMessage share. */
export interface SlackPayload {
  text: string;
  blocks: KnownBlock[];
  metadata?: MessageMetadata;
}

/** Returns a reply's metadata typed as Slack's client wants it; the value is sent exactly as rendered. */
export function toMessageMetadata(metadata: ReplyMetadata): MessageMetadata {
  // Slack accepts arrays of strings in event_payload, but @slack/types only declares scalar and object
  // values there, so the cited document ids need this one widening.
  return metadata as unknown as MessageMetadata;
}

/**
 * Returns the Slack payload of a reply or an apology; an apology becomes one text section.
 * Example: toSlackPayload({ text: "Sorry" }).blocks[0].type → "section".
 */
export function toSlackPayload(message: Outgoing): SlackPayload {
  if ("blocks" in message) {
    return { text: message.text, blocks: message.blocks, metadata: toMessageMetadata(message.metadata) };
  }
  return { text: message.text, blocks: [{ type: "section", text: { type: "mrkdwn", text: message.text } }] };
}
