import type { KnownBlock } from "@slack/types";

/** A reply language: every user-visible string exists in each, in src/render/i18n/<lang>.ts. */
export type ReplyLang = "en" | "ar" | "sw" | "hi" | "it" | "fr";

/** Slack message metadata carried by every reply. */
export interface ReplyMetadata {
  event_type: "briefbot_reply";
  event_payload: {
    lang: ReplyLang;
    command: string;
    /** Ids of the documents the reply cites (file names without extension). */
    sources: string[];
  };
}

/** A message payload exactly as it is sent to Slack. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
  metadata: ReplyMetadata;
}

/** The commands a reply answers. */
export type CommandName = "brief" | "meeting" | "digest" | "help";
