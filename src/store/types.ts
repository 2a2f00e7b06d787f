import type { ReplyLang } from "../core/index.ts";
import type { StoreHealth } from "./errors.ts";

/** Why a subscription stopped posting: the Slack error that made posting pointless until someone acts. */
export type PauseReason = "channel_not_found" | "not_in_channel" | "is_archived";

/** Every pause reason, for validating what comes back from the database. */
export const PAUSE_REASONS: readonly PauseReason[] = ["channel_not_found", "not_in_channel", "is_archived"];

/** A channel's daily digest subscription. */
export interface Subscription {
  channelId: string;
  teamId?: string;
  /** Local posting time, "HH:MM" (24-hour). */
  time: string;
  /** IANA time zone, e.g. "Europe/Rome". */
  tz: string;
  lang: ReplyLang;
  /** With nothing new and nothing upcoming, post nothing instead of one short line. */
  quiet: boolean;
  /** Watched topics in the order they were added: lexicon ids or plain terms, stored verbatim. */
  topics: string[];
  pausedReason?: PauseReason;
  /** ISO instant the subscription was paused. */
  pausedSince?: string;
  /** Slack user id of whoever subscribed the channel. */
  createdBy: string;
  /** ISO instant; digests are due only for posting times after it (no catch-up for times before it existed). */
  createdAt: string;
}

/**
 * Where one channel's digest for one local date stands. "sending": the post was handed to Slack and its
 * outcome is not recorded yet. "posted" is final; "failed" is final unless retryable.
 */
export type DigestState = "claimed" | "sending" | "posted" | "failed";

/** One row of the digest ledger, keyed by (channelId, localDate). */
export interface DigestLedgerEntry {
  channelId: string;
  /** The channel's local date, YYYY-MM-DD. */
  localDate: string;
  state: DigestState;
  /** Slack message ts of the post; absent on a "posted" entry when the digest was skipped (quiet, nothing to say). */
  ts?: string;
  claimedBy: string;
  /** ISO instant of the latest claim. */
  claimedAt: string;
  /** How many times the entry was claimed (first claim = 1). */
  attempts: number;
  lastError?: string;
  /** On a "failed" entry: whether a later pass may claim it again. */
  retryable: boolean;
  /** ISO instant it was marked posted. */
  postedAt?: string;
  /**
   * ISO instant of the first send whose outcome is unknown (a crash mid-send, a timeout): Slack may hold
   * the digest, so whoever claims the entry next looks in the channel before posting. Cleared once posted.
   */
  sendStartedAt?: string;
}

/** When a document was first indexed, and the hash it has now. */
export interface FirstSeen {
  docId: string;
  /** ISO instant of the first time the document was recorded; never moves later. */
  firstSeenAt: string;
  /** sha256 recorded most recently. */
  hash: string;
}

/** Result of adding a watched topic. */
export type TopicAdded = "added" | "exists" | "no-subscription";

/** Result of removing a watched topic. */
export type TopicRemoved = "removed" | "absent" | "no-subscription";

/** Which translations a lookup or a save is about: one language pair through one backend and model. */
export interface TranslationScope {
  sourceLang: string;
  targetLang: string;
  /** The backend kind, e.g. "libretranslate" or "openai". */
  backend: string;
  /** The model name; "" for a backend without models. */
  model: string;
}

/** One stored translation: the sha256 (hex) of the source text and what it was translated to. */
export interface StoredTranslation {
  textHash: string;
  translated: string;
}

/** Machine translations kept across processes, and the characters sent for translation per day. */
export interface TranslationStore {
  /** Returns the stored translations of the given source-text hashes within the scope, by hash. */
  findTranslations(scope: TranslationScope, textHashes: readonly string[]): Promise<Map<string, string>>;
  /** Keeps the translations (replacing any stored for the same hash and scope). */
  saveTranslations(scope: TranslationScope, entries: readonly StoredTranslation[], now: Date): Promise<void>;
  /**
   * Adds `chars` to the day's count for the backend when the total stays within `cap`, atomically across
   * processes; true when added, false (nothing added) when it would pass the cap. Day is "YYYY-MM-DD".
   */
  reserveTranslationChars(day: string, backend: string, chars: number, cap: number): Promise<boolean>;
  /** Returns the characters counted for the backend on the day (0 when none). */
  translatedChars(day: string, backend: string): Promise<number>;
}

/**
 * Durable state of the digest feature: subscriptions, watched topics, the digest ledger and first-seen times.
 * Instants go in as Date and come back as ISO strings ("2024-10-27T07:30:00.000Z"). It also keeps the
 * machine translations (TranslationStore), so every process sharing the database shares them.
 */
export interface DigestStore extends TranslationStore {
  /** Creates or fully replaces the subscription of sub.channelId, topics and pause state included. */
  upsertSubscription(sub: Subscription): Promise<void>;
  /** Returns the channel's subscription, or undefined. */
  getSubscription(channelId: string): Promise<Subscription | undefined>;
  /** Removes the subscription and its topics (the ledger stays, so re-subscribing never posts a day twice); true if one existed. */
  deleteSubscription(channelId: string): Promise<boolean>;
  /** Returns every subscription, paused ones included, ordered by channel id. */
  listSubscriptions(): Promise<Subscription[]>;
  /** Adds a watched topic (exact string) at the end of the list. */
  addTopic(channelId: string, topic: string): Promise<TopicAdded>;
  /** Removes a watched topic (exact string). */
  removeTopic(channelId: string, topic: string): Promise<TopicRemoved>;
  /** Pauses the subscription with a reason; false when the channel has none. */
  pause(channelId: string, reason: PauseReason, now: Date): Promise<boolean>;
  /** Clears the pause; false when the channel has no subscription. */
  unpause(channelId: string): Promise<boolean>;
  /**
   * Claims (channelId, localDate) for instanceId; true for exactly one of any number of concurrent claimants.
   * A "claimed" or "sending" entry older than the store's claim lifetime (a crashed instance) and a retryable
   * "failed" entry may be claimed again; "posted" and non-retryable "failed" are final.
   */
  claimDigest(channelId: string, localDate: string, instanceId: string, now: Date): Promise<boolean>;
  /**
   * Marks a claimed entry "sending" just before the post goes to Slack, and remembers when the first send
   * of unknown outcome began (kept until posted); false when the claim is no longer this instance's.
   */
  markSending(channelId: string, localDate: string, instanceId: string, now: Date): Promise<boolean>;
  /** Marks the entry posted with the Slack ts, or with null when nothing was posted (quiet skip). */
  markPosted(channelId: string, localDate: string, ts: string | null, now: Date): Promise<void>;
  /** Marks the entry failed unless it is already posted. */
  markFailed(channelId: string, localDate: string, error: string, retryable: boolean): Promise<void>;
  /** Returns the ledger entry, or undefined. */
  getLedgerEntry(channelId: string, localDate: string): Promise<DigestLedgerEntry | undefined>;
  /** Returns the latest local date whose digest is posted (skips included), e.g. "2024-10-27", or undefined. */
  lastPostedDate(channelId: string): Promise<string | undefined>;
  /** Returns the ISO instant of the channel's latest digest actually posted to Slack (skips excluded), or undefined. */
  lastDigestAt(channelId: string): Promise<string | undefined>;
  /** Records that docId was seen with hash at now; keeps the earliest time and returns it as an ISO instant. */
  recordFirstSeen(docId: string, hash: string, now: Date): Promise<string>;
  /** Returns every first-seen record by document id. */
  firstSeenAll(): Promise<Map<string, FirstSeen>>;
  /**
   * Checks that the store can serve: reachable, still the database it opened, every table there (a lost
   * table is rebuilt on the way). Resolves with the reason when it cannot, within `timeoutMs`; never rejects.
   */
  probe(timeoutMs?: number): Promise<StoreHealth>;
  /** Releases the connection(s); the store is unusable afterwards. */
  close(): Promise<void>;
}

/** Default time after which a "claimed" ledger entry counts as abandoned by a crashed instance. */
export const DEFAULT_CLAIM_STALE_AFTER_MS = 10 * 60_000;
