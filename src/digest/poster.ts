import type { SlackMessage } from "../core/index.ts";
import type { PauseReason } from "../store/index.ts";

/** What became of one digest post. */
export type PostOutcome =
  | { kind: "posted"; ts: string }
  /** Slack says the bot cannot post there until someone acts; retrying is pointless. */
  | { kind: "paused"; reason: PauseReason }
  /** Gave up; `retryable` says whether a later pass may try again. `attempts` counts HTTP requests made. */
  | { kind: "failed"; error: string; retryable: boolean; attempts: number };

/** Posts a digest message to a channel, applying the retry policy; never throws. */
export interface DigestPoster {
  post(channelId: string, message: SlackMessage, signal?: AbortSignal): Promise<PostOutcome>;
}
