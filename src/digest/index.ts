/** Digest: the schedule, the ledger pass, posting decisions and /digest handling, Slack reached only through an injected poster. May use every room below slack/. */
export { handleDigestCommand } from "./command.ts";
export type { DigestPoster, PostOutcome } from "./poster.ts";
export { renderDigestForSubscription, withStoredFirstSeen } from "./render.ts";
export type { PassReport, Scheduler } from "./scheduler.ts";
export { createScheduler } from "./scheduler.ts";
