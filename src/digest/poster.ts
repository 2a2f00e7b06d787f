import type { SlackMessage } from "../core/index.ts";
import type { PauseReason } from "../store/index.ts";

/** What became of one digest post. */
export type PostOutcome =
  | { kind: "posted"; ts: string }
  /** Slack says the bot cannot post there until someone acts; retrying is pointless. */
  | { kind: "paused"; reason: PauseReason }
  /** Slack refused the bot token itself (invalid_auth, a revoked token): nothing posts until it is fixed. */
  | { kind: "refused"; error: string }
  /**
   * The request may have reached Slack (no answer in time, the connection cut mid-call): whether the
   * digest was posted is unknown, so it is not sent again before the channel has been looked at.
   */
  | { kind: "unknown"; error: string }
  /** Gave up; `retryable` says whether a later pass may try again. `attempts` counts HTTP requests made. */
  | { kind: "failed"; error: string; retryable: boolean; attempts: number };

/** What looking in a channel for a digest found. */
export type FindOutcome =
  | { kind: "found"; ts: string }
  | { kind: "absent" }
  /** The channel could not be read: nothing is known, nothing may be posted. */
  | { kind: "failed"; error: string };

/** One digest to post: where, for which local date, what. */
export interface DigestPost {
  channelId: string;
  /** The channel's local date, YYYY-MM-DD; carried in the message metadata so the post can be found again. */
  localDate: string;
  message: SlackMessage;
  signal?: AbortSignal;
}

/** Posts digests to Slack and finds them again; never throws. */
export interface DigestPoster {
  /**
   * Posts the digest, applying the retry policy; a send that may have reached Slack is retried only after
   * the channel showed it is not there, and one that ran out of time not at all.
   */
  post(digest: DigestPost): Promise<PostOutcome>;
  /** Looks in the channel, from `since` (ISO) on, for the digest of `localDate` this bot posted. */
  findPosted(channelId: string, localDate: string, since: string): Promise<FindOutcome>;
  /** Whether Slack accepts the bot token now (auth.test); false when it refuses it or cannot be reached. */
  tokenAccepted(): Promise<boolean>;
}
