/** Store: digest subscriptions, the digest ledger, first-seen times and machine translations in SQLite or PostgreSQL. May use core/. */
export { openStore } from "./open.ts";
export type {
  DigestStore,
  PauseReason,
  StoredTranslation,
  Subscription,
  TranslationScope,
  TranslationStore,
} from "./types.ts";
export { PAUSE_REASONS } from "./types.ts";
