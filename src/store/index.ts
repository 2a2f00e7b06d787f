/** Store: digest subscriptions, the digest ledger and first-seen times in SQLite or PostgreSQL. May use core/. */
export { openStore } from "./open.ts";
export type { DigestStore, PauseReason, Subscription } from "./types.ts";
export { PAUSE_REASONS } from "./types.ts";
