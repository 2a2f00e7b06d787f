import type { Logger, RespondArguments, RespondFn } from "@slack/bolt";
import { errorMessage } from "../core/index.ts";

/**
 * Sends through response_url and never throws: an expired, rate-limited or unreachable response_url is
 * logged and reported as false, so one bad URL cannot crash the process or disturb other replies.
 */
export async function respondSafely(
  respond: RespondFn,
  message: RespondArguments,
  logger: Logger,
  what: string,
): Promise<boolean> {
  try {
    await respond(message);
    return true;
  } catch (error) {
    logger.warn(`${what}: response_url refused the reply:`, errorMessage(error));
    return false;
  }
}
