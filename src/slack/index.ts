/** Slack: Bolt only — listeners, the receiver, the Web API edge, the start of the Slack modes. May use every room but cli/. */
export type { SlackApp } from "./app.ts";
export { createDigestPoster } from "./digest-poster.ts";
export type { LogSink } from "./logger.ts";
export { type StartedBriefbot, type StartIo, startSlack } from "./start.ts";
