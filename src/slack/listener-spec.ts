import type {
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from "@slack/bolt";
import type { SlackDeps } from "./deps.ts";

/** A slash command listener, e.g. "/brief". */
export interface CommandSpec {
  kind: "command";
  name: `/${string}`;
  listener: (deps: SlackDeps) => Middleware<SlackCommandMiddlewareArgs>;
}

/** An Events API listener; only app_mention is handled. */
export interface EventSpec {
  kind: "event";
  name: "app_mention";
  listener: (deps: SlackDeps) => Middleware<SlackEventMiddlewareArgs<"app_mention">>;
}

/** A block action listener, keyed by action_id. */
export interface ActionSpec {
  kind: "action";
  name: string;
  listener: (deps: SlackDeps) => Middleware<SlackActionMiddlewareArgs<BlockAction>>;
}

/** One listener: what Slack sends it and how to build it. The manifest test reads these names. */
export type ListenerSpec = CommandSpec | EventSpec | ActionSpec;
