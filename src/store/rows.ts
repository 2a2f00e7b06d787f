import type { ReplyLang } from "../core/index.ts";
import type { SqlRow } from "./sql-driver.ts";
import {
  type DigestLedgerEntry,
  type DigestState,
  type FirstSeen,
  PAUSE_REASONS,
  type PauseReason,
  type Subscription,
} from "./types.ts";

const REPLY_LANGS: readonly ReplyLang[] = ["en", "ar", "sw", "hi", "it", "fr"];
const DIGEST_STATES: readonly DigestState[] = ["claimed", "posted", "failed"];

function text(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value !== "string") throw new Error(`store: column ${column} is not text (${String(value)})`);
  return value;
}

function optionalText(row: SqlRow, column: string): string | undefined {
  const value = row[column];
  return value === null || value === undefined ? undefined : String(value);
}

function integer(row: SqlRow, column: string): number {
  const value = Number(row[column]);
  if (!Number.isInteger(value)) throw new Error(`store: column ${column} is not an integer`);
  return value;
}

function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`store: unknown ${what} "${value}"`);
  return found;
}

/** Returns the subscription a `subscriptions` row describes, with its topics in order. */
export function subscriptionFromRow(row: SqlRow, topics: string[]): Subscription {
  const sub: Subscription = {
    channelId: text(row, "channel_id"),
    time: text(row, "post_time"),
    tz: text(row, "tz"),
    lang: oneOf(REPLY_LANGS, text(row, "lang"), "reply language"),
    quiet: integer(row, "quiet") === 1,
    topics,
    createdBy: text(row, "created_by"),
    createdAt: text(row, "created_at"),
  };
  const teamId = optionalText(row, "team_id");
  if (teamId !== undefined) sub.teamId = teamId;
  const reason = optionalText(row, "paused_reason");
  if (reason !== undefined) {
    sub.pausedReason = oneOf<PauseReason>(PAUSE_REASONS, reason, "pause reason");
    sub.pausedSince = optionalText(row, "paused_since");
  }
  return sub;
}

/** Returns the ledger entry a `digest_ledger` row describes. */
export function ledgerEntryFromRow(row: SqlRow): DigestLedgerEntry {
  const entry: DigestLedgerEntry = {
    channelId: text(row, "channel_id"),
    localDate: text(row, "local_date"),
    state: oneOf(DIGEST_STATES, text(row, "state"), "digest state"),
    claimedBy: text(row, "claimed_by"),
    claimedAt: text(row, "claimed_at"),
    attempts: integer(row, "attempts"),
    retryable: integer(row, "retryable") === 1,
  };
  const ts = optionalText(row, "ts");
  if (ts !== undefined) entry.ts = ts;
  const lastError = optionalText(row, "last_error");
  if (lastError !== undefined) entry.lastError = lastError;
  const postedAt = optionalText(row, "posted_at");
  if (postedAt !== undefined) entry.postedAt = postedAt;
  return entry;
}

/** Returns the first-seen record a `document_first_seen` row describes. */
export function firstSeenFromRow(row: SqlRow): FirstSeen {
  return { docId: text(row, "doc_id"), firstSeenAt: text(row, "first_seen_at"), hash: text(row, "hash") };
}
