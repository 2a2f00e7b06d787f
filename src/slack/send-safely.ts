import { type Logger, type RespondArguments, RespondError, type RespondFn } from "@slack/bolt";
import { errorMessage } from "../core/index.ts";
import { isDeadline } from "./deadline-fetch.ts";

/**
 * Wait before the one retry of a response_url that answered 5xx: 0.25–0.75 s, spread at random so that
 * replies failing together do not come back together.
 */
export const responseRetryDelayMs = (): number => 250 + Math.random() * 500;

/**
 * Sends through response_url and never throws: an expired, rate-limited, slow or unreachable response_url
 * is logged and reported as false, so one bad URL cannot crash the process or disturb other replies. A 5xx
 * is retried once after a short random wait; a call that ran out of time is not (Slack may have taken it).
 */
export async function respondSafely(
  respond: RespondFn,
  message: RespondArguments,
  logger: Logger,
  what: string,
  retryDelayMs: () => number = responseRetryDelayMs,
): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await respond(message);
      return true;
    } catch (error) {
      const serverError = error instanceof RespondError && error.statusCode >= 500;
      if (serverError && attempt === 1) {
        await new Promise((done) => setTimeout(done, retryDelayMs()));
        continue;
      }
      const why = isDeadline(error)
        ? "response_url gave no answer before the deadline"
        : `response_url refused the reply${attempt > 1 ? " twice" : ""}`;
      logger.warn(`${what}: ${why}:`, errorMessage(error));
      return false;
    }
  }
}
