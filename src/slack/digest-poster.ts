import {
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
} from "@slack/web-api";
import { errorMessage } from "../core/index.ts";
import type { DigestPoster } from "../digest/index.ts";
import { PAUSE_REASONS, type PauseReason } from "../store/index.ts";
import { toMessageMetadata } from "./payload.ts";

/** Waits ms milliseconds; resolves early when the signal aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** How to reach Slack and how hard to try. */
export interface DigestPosterOptions {
  token: string;
  /** Web API base URL, e.g. a local stand-in's "http://127.0.0.1:4000/api/"; Slack's own when absent. */
  slackApiUrl?: string;
  /** Retries after a 5xx, a timeout or a network error (default 3). */
  maxRetries?: number;
  /** 429 answers honoured before giving up (default 5). */
  maxRateLimitWaits?: number;
  /** A Retry-After longer than this gives up at once, leaving the digest to a later pass (default 60 s). */
  maxRateLimitWaitMs?: number;
  /** Per-request timeout (default 10 s). */
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
  | { action: "wait"; ms: number }
  | { action: "retry"; error: string }
  | { action: "give-up"; error: string };

function pauseReason(error: string): PauseReason | undefined {
  return PAUSE_REASONS.find((reason) => reason === error);
}

function judge(error: unknown): Verdict {
  if (error instanceof WebAPIRateLimitedError) return { action: "wait", ms: error.retryAfter * 1000 };
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    const reason = pauseReason(code);
    if (reason) return { action: "pause", reason };
    return TRANSIENT_PLATFORM_ERRORS.has(code)
      ? { action: "retry", error: code }
      : { action: "give-up", error: code };
  }
  if (error instanceof WebAPIHTTPError) {
    const described = `http_${error.statusCode}`;
    return error.statusCode >= 500
      ? { action: "retry", error: described }
      : { action: "give-up", error: described };
  }
  if (error instanceof WebAPIRequestError)
    return { action: "retry", error: `request_error: ${error.original.message}` };
  return { action: "retry", error: errorMessage(error) };
}

/**
 * Returns a poster using chat.postMessage through @slack/web-api with the client's own retries off, so that this
 * policy holds: 429 waits Retry-After and retries; channel_not_found, not_in_channel and is_archived pause;
 * 5xx, timeouts and transient Slack errors retry with backoff, boundedly; other Slack errors fail at once.
 * A request already sent when it timed out may have been posted, so a retry after a timeout can duplicate it.
 */
export function createDigestPoster(options: DigestPosterOptions): DigestPoster {
  const client = new WebClient(options.token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.requestTimeoutMs ?? 10_000,
    logLevel: LogLevel.ERROR,
  });
  const maxRetries = options.maxRetries ?? 3;
  const maxRateLimitWaits = options.maxRateLimitWaits ?? 5;
  const maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 60_000;
  const backoffMs = options.backoffMs ?? defaultBackoff;
  const sleep = options.sleep ?? realSleep;

  return {
    async post(channelId, message, signal) {
      let attempts = 0;
      let retries = 0;
      let waits = 0;
      for (;;) {
        if (signal?.aborted) {
          return { kind: "failed", error: "deadline_exceeded", retryable: true, attempts };
        }
        attempts += 1;
        try {
          const result = await client.chat.postMessage({
            channel: channelId,
            text: message.text,
            blocks: message.blocks,
            metadata: toMessageMetadata(message.metadata),
          });
          return { kind: "posted", ts: result.ts ?? "" };
        } catch (error) {
          const verdict = judge(error);
          if (verdict.action === "pause") return { kind: "paused", reason: verdict.reason };
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
          if (retries > maxRetries)
            return { kind: "failed", error: verdict.error, retryable: true, attempts };
          await sleep(backoffMs(retries), signal);
        }
      }
    },
  };
}
