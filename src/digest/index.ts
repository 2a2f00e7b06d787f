/** Digest: the schedule, the ledger pass, posting decisions and /digest handling; Slack only through an injected DigestPoster. May use every room above slack/ in the README's list. */
export { handleDigestCommand } from "./command.ts";
export type { DigestPost, DigestPoster, FindOutcome, PostOutcome } from "./poster.ts";
export { renderDigestForSubscription, withStoredFirstSeen } from "./render.ts";
export type { PassReport, SchedulePause, Scheduler } from "./scheduler.ts";
export { createScheduler } from "./scheduler.ts";
