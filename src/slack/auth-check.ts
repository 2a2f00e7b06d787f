/**
 * The bot token's check against Slack (auth.test), run in the background with backoff so that the HTTP
 * port and /healthz are up while Slack cannot be reached. Each failure is one log line naming the call,
 * the URL and the cause; a token Slack refuses is named by its variable and ends the retries.
 */
import type { AuthorizeResult } from "@slack/bolt";
import {
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRequestError,
  WebClient,
} from "@slack/web-api";
import { errorMessage, type Logger } from "../core/index.ts";
import { deadlineFetch, isDeadline } from "./deadline-fetch.ts";

/** Where the check stands. */
export type SlackAuth =
  /** Not answered yet; `reason` is the last failure, e.g. "auth.test to https://slack.com/api/auth.test failed: …". */
  | { state: "checking"; reason: string }
  | { state: "ok"; botUserId: string; botId: string; teamId?: string }
  /** Slack refused the token: retrying cannot help. */
  | { state: "refused"; reason: string };

/** Errors with which Slack refuses the token itself. */
const REFUSALS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

/** What the check needs. */
export interface AuthCheckOptions {
  token: string;
  /** The variable the token came from, named when Slack refuses it. */
  tokenVariable: string;
  slackApiUrl?: string;
  /** Deadline of each auth.test call. */
  callTimeoutMs: number;
  /** Longest wait between attempts; the waits start at 0.5 s and double up to it. */
  maxBackoffMs: number;
  logger: Logger;
}

/** A running check. */
export interface AuthCheck {
  current(): SlackAuth;
  /** Resolves once Slack accepted the token, or with the refusal once it refused it. */
  settled: Promise<SlackAuth>;
  /**
   * Returns what Bolt needs to handle one request: the token, and the bot's ids when the check has passed
   * (waiting at most `waitMs` for it, well inside Slack's three-second acknowledgement).
   */
  authorize(waitMs: number): Promise<AuthorizeResult>;
  /** Stops retrying. */
  stop(): void;
}

/**
 * Returns the URL of a Web API method under a base.
 * @example methodUrl("auth.test") // "https://slack.com/api/auth.test"
 */
export function methodUrl(method: string, slackApiUrl = "https://slack.com/api/"): string {
  return new URL(method, slackApiUrl.endsWith("/") ? slackApiUrl : `${slackApiUrl}/`).toString();
}

/**
 * Returns the cause of a failed Web API call in a few words, e.g. "fetch failed: connect ECONNREFUSED
 * 127.0.0.1:9", "HTTP 503", "invalid_auth", "no answer within 10000 ms".
 */
export function callFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof WebAPIPlatformError) return error.data.error;
  if (error instanceof WebAPIHTTPError) return `HTTP ${error.statusCode}`;
  const original = error instanceof WebAPIRequestError ? error.original : error;
  if (isDeadline(original)) return `no answer within ${timeoutMs} ms`;
  const cause = original instanceof Error && original.cause instanceof Error ? original.cause : undefined;
  return cause === undefined ? errorMessage(original) : `${errorMessage(original)}: ${cause.message}`;
}

/** Starts checking the token now; see the module comment. */
export function startAuthCheck(options: AuthCheckOptions): AuthCheck {
  const url = methodUrl("auth.test", options.slackApiUrl);
  const client = new WebClient(options.token, {
    ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: deadlineFetch(options.callTimeoutMs),
    // Each failure is told once, by the line below; the client's own warning would repeat it without the URL.
    logLevel: LogLevel.ERROR,
  });
  let state: SlackAuth = { state: "checking", reason: `auth.test to ${url} not answered yet` };
  let stopped = false;
  let wake: (() => void) | undefined;
  const waiters = new Set<() => void>();
  const settle = (next: SlackAuth): void => {
    state = next;
    for (const waiter of waiters) waiter();
    waiters.clear();
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((done) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      wake = () => {
        clearTimeout(timer);
        done();
      };
    });

  const run = async (): Promise<SlackAuth> => {
    for (let attempt = 1; !stopped; attempt += 1) {
      try {
        const result = await client.auth.test();
        settle({
          state: "ok",
          botUserId: String(result.user_id ?? ""),
          botId: String(result.bot_id ?? ""),
          ...(result.team_id ? { teamId: String(result.team_id) } : {}),
        });
        return state;
      } catch (error) {
        const cause = callFailure(error, options.callTimeoutMs);
        if (error instanceof WebAPIPlatformError && REFUSALS.has(cause)) {
          const reason =
            `Slack refused ${options.tokenVariable} (auth.test to ${url}: ${cause}): ` +
            `put the Bot User OAuth Token (xoxb-…) of an installed app in ${options.tokenVariable}`;
          options.logger.error(reason);
          settle({ state: "refused", reason });
          return state;
        }
        const wait = Math.round(
          Math.min(options.maxBackoffMs, 500 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 4),
        );
        const reason = `auth.test to ${url} failed: ${cause}`;
        state = { state: "checking", reason };
        options.logger.warn(`${reason}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt})`);
        await sleep(wait);
      }
    }
    return state;
  };
  const settled = run();

  return {
    current: () => state,
    settled,
    async authorize(waitMs) {
      if (state.state === "checking") {
        await new Promise<void>((done) => {
          const timer = setTimeout(done, waitMs);
          waiters.add(() => {
            clearTimeout(timer);
            done();
          });
        });
      }
      const known = state;
      return known.state === "ok"
        ? { botToken: options.token, botId: known.botId, botUserId: known.botUserId }
        : { botToken: options.token };
    },
    stop() {
      stopped = true;
      wake?.();
    },
  };
}
