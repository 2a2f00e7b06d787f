/** Store: digest subscriptions, the digest ledger and first-seen times in SQLite or PostgreSQL. May use core/. */
export type { StoreHealth } from "./errors.ts";
export { StoreError } from "./errors.ts";
export { openStore } from "./open.ts";
export type { DigestLedgerEntry, DigestStore, PauseReason, Subscription } from "./types.ts";
export { PAUSE_REASONS } from "./types.ts";
