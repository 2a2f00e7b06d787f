import {
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
} from "@slack/web-api";
import type { SlackMessage } from "../core/index.ts";
import type { DigestPoster, FindOutcome, PostOutcome } from "../digest/index.ts";
import { PAUSE_REASONS, type PauseReason } from "../store/index.ts";
import { callFailure } from "./auth-check.ts";
import { deadlineFetch, isDeadline } from "./deadline-fetch.ts";
import { toMessageMetadata } from "./payload.ts";

/** Waits ms milliseconds; resolves early when the signal aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** How to reach Slack and how hard to try. */
export interface DigestPosterOptions {
  token: string;
  /** Web API base URL, e.g. a local stand-in's "http://127.0.0.1:4000/api/"; Slack's own when absent. */
  slackApiUrl?: string;
  /** Retries after a 5xx, a transient Slack error or a connection that never opened (default 3). */
  maxRetries?: number;
  /** 429 answers honoured before giving up (default 5). */
  maxRateLimitWaits?: number;
  /** A Retry-After longer than this gives up at once, leaving the digest to a later pass (default 60 s). */
  maxRateLimitWaitMs?: number;
  /** Deadline of each request (default 10 s). */
  requestTimeoutMs?: number;
  /** Delay before retry number n (1-based); default 1 s, 2 s, 4 s… capped at 30 s. */
  backoffMs?: (retry: number) => number;
  sleep?: Sleep;
}

/** Slack errors that mean "try again later" rather than "this request is wrong". */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "ratelimited",
]);
/** Errors with which Slack refuses the token itself. */
const TOKEN_REFUSALS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);
/** Socket errors raised before a request was sent: nothing can have reached Slack. */
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
/** Event type of every Briefbot reply's metadata; a digest's payload also carries its local date. */
const REPLY_EVENT = "briefbot_reply";
/** Pages of channel history looked through for a digest, 200 messages each. */
const HISTORY_PAGES = 5;

const defaultBackoff = (retry: number): number => Math.min(30_000, 1000 * 2 ** (retry - 1));

/** Sleeps with setTimeout, waking early on abort. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

type Verdict =
  | { action: "pause"; reason: PauseReason }
  | { action: "refused"; error: string }
  | { action: "wait"; ms: number }
  /** Certainly not posted: try again. */
  | { action: "retry"; error: string }
  /** Maybe posted (Slack answered 5xx or a transient error): look in the channel before trying again. */
  | { action: "check-then-retry"; error: string }
  /** Maybe posted and no answer in time, or the connection cut mid-call: a later pass looks first. */
  | { action: "unknown"; error: string }
  | { action: "give-up"; error: string };

function pauseReason(error: string): PauseReason | undefined {
  return PAUSE_REASONS.find((reason) => reason === error);
}

function judge(error: unknown, timeoutMs: number): Verdict {
  if (error instanceof WebAPIRateLimitedError) return { action: "wait", ms: error.retryAfter * 1000 };
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    const reason = pauseReason(code);
    if (reason) return { action: "pause", reason };
    if (TOKEN_REFUSALS.has(code)) return { action: "refused", error: code };
    return TRANSIENT_PLATFORM_ERRORS.has(code)
      ? { action: "check-then-retry", error: code }
      : { action: "give-up", error: code };
  }
  if (error instanceof WebAPIHTTPError) {
    const described = `http_${error.statusCode}`;
    return error.statusCode >= 500
      ? { action: "check-then-retry", error: described }
      : { action: "give-up", error: described };
  }
  const original = error instanceof WebAPIRequestError ? error.original : error;
  const described = `request_error: ${callFailure(error, timeoutMs)}`;
  if (isDeadline(original)) return { action: "unknown", error: described };
  const code =
    original instanceof Error && original.cause instanceof Error ? codeOf(original.cause) : codeOf(original);
  return code !== undefined && NEVER_SENT.has(code)
    ? { action: "retry", error: described }
    : { action: "unknown", error: described };
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Returns the message with its local date in the metadata, so the digest can be recognised in the channel.
 * @example withDigestDate(message, "2024-10-27").metadata.event_payload.digest_date // "2024-10-27"
 */
export function withDigestDate(message: SlackMessage, localDate: string): SlackMessage {
  return {
    ...message,
    metadata: {
      ...message.metadata,
      event_payload: { ...message.metadata.event_payload, digest_date: localDate },
    },
  };
}

/** Whether a message from conversations.history is this bot's digest of the date. */
function isDigestOf(message: unknown, localDate: string): message is { ts: string } {
  if (typeof message !== "object" || message === null) return false;
  const { ts, metadata } = message as {
    ts?: unknown;
    metadata?: { event_type?: unknown; event_payload?: unknown };
  };
  const payload = metadata?.event_payload as { command?: unknown; digest_date?: unknown } | undefined;
  return (
    typeof ts === "string" &&
    metadata?.event_type === REPLY_EVENT &&
    payload?.command === "digest" &&
    payload.digest_date === localDate
  );
}

/**
 * Returns a poster using chat.postMessage through @slack/web-api with the client's own retries off, so that this
 * policy holds: 429 waits Retry-After and retries; channel_not_found, not_in_channel and is_archived pause;
 * invalid_auth and other token refusals stop; a connection that never opened retries with backoff; a 5xx or a
 * transient Slack error may have posted, so the channel is looked at (conversations.history, by the digest's
 * metadata) before each retry; a request with no answer in time is not retried (a later pass looks first);
 * other Slack errors fail at once.
 */
export function createDigestPoster(options: DigestPosterOptions): DigestPoster {
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const client = new WebClient(options.token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: deadlineFetch(timeoutMs),
    logLevel: LogLevel.ERROR,
  });
  const maxRetries = options.maxRetries ?? 3;
  const maxRateLimitWaits = options.maxRateLimitWaits ?? 5;
  const maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 60_000;
  const backoffMs = options.backoffMs ?? defaultBackoff;
  const sleep = options.sleep ?? realSleep;

  async function findPosted(channelId: string, localDate: string, since: string): Promise<FindOutcome> {
    // A minute of slack for clocks that disagree between this host and Slack.
    const oldest = ((Date.parse(since) - 60_000) / 1000).toFixed(6);
    let cursor: string | undefined;
    try {
      for (let page = 0; page < HISTORY_PAGES; page += 1) {
        const result = await client.conversations.history({
          channel: channelId,
          oldest,
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        const found = (result.messages ?? []).find((message) => isDigestOf(message, localDate));
        if (found) return { kind: "found", ts: found.ts };
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!result.has_more || cursor === undefined) return { kind: "absent" };
      }
      return { kind: "failed", error: `more than ${HISTORY_PAGES * 200} messages since the send` };
    } catch (error) {
      return { kind: "failed", error: `conversations.history: ${callFailure(error, timeoutMs)}` };
    }
  }

  return {
    findPosted,
    async post({ channelId, localDate, message, signal }): Promise<PostOutcome> {
      const stamped = withDigestDate(message, localDate);
      const firstSend = new Date().toISOString();
      let attempts = 0;
      let retries = 0;
      let waits = 0;
      for (;;) {
        if (signal?.aborted) {
          return attempts === 0
            ? { kind: "failed", error: "deadline_exceeded", retryable: true, attempts }
            : { kind: "unknown", error: "deadline_exceeded" };
        }
        attempts += 1;
        try {
          const result = await client.chat.postMessage({
            channel: channelId,
            text: stamped.text,
            blocks: stamped.blocks,
            metadata: toMessageMetadata(stamped.metadata),
          });
          return { kind: "posted", ts: result.ts ?? "" };
        } catch (error) {
          const verdict = judge(error, timeoutMs);
          if (verdict.action === "pause") return { kind: "paused", reason: verdict.reason };
          if (verdict.action === "refused") return { kind: "refused", error: verdict.error };
          if (verdict.action === "unknown") return { kind: "unknown", error: verdict.error };
          if (verdict.action === "give-up") {
            return { kind: "failed", error: verdict.error, retryable: false, attempts };
          }
          if (verdict.action === "wait") {
            waits += 1;
            if (waits > maxRateLimitWaits || verdict.ms > maxRateLimitWaitMs) {
              return { kind: "failed", error: "ratelimited", retryable: true, attempts };
            }
            await sleep(verdict.ms, signal);
            continue;
          }
          retries += 1;
          if (retries > maxRetries) {
            return verdict.action === "retry"
              ? { kind: "failed", error: verdict.error, retryable: true, attempts }
              : { kind: "unknown", error: verdict.error };
          }
          await sleep(backoffMs(retries), signal);
          if (verdict.action === "check-then-retry") {
            const found = await findPosted(channelId, localDate, firstSend);
            if (found.kind === "found") return { kind: "posted", ts: found.ts };
            if (found.kind === "failed")
              return { kind: "unknown", error: `${verdict.error}; ${found.error}` };
          }
        }
      }
    },
    async tokenAccepted() {
      try {
        await client.auth.test();
        return true;
      } catch {
        return false;
      }
    },
  };
}
