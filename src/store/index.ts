/** Store: digest subscriptions, the digest ledger, first-seen times and machine translations in SQLite or PostgreSQL. May use core/. */
export type { StoreHealth } from "./errors.ts";
export { StoreError } from "./errors.ts";
export { openStore } from "./open.ts";
export type {
  DigestLedgerEntry,
  DigestStore,
  PauseReason,
  StoredTranslation,
  Subscription,
  TranslationScope,
  TranslationStore,
} from "./types.ts";
export { PAUSE_REASONS } from "./types.ts";
