import type { Middleware, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { CommandName } from "../../reply.ts";
import { answerQuestion } from "../answer.ts";
import type { SlackDeps } from "../deps.ts";
import { toSlackPayload } from "../payload.ts";
import { respondSafely } from "../send-safely.ts";

/**
 * Returns a slash-command listener: an empty ack at once, then the answer through response_url, ephemeral.
 * The answer is tracked so a shutdown waits for it.
 */
export function commandListener(
  command: CommandName,
  deps: SlackDeps,
): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command: payload, ack, respond }) => {
    await ack();
    const work = (async () => {
      const message = await answerQuestion(deps, { command, text: payload.text, userId: payload.user_id });
      await respondSafely(
        respond,
        { response_type: "ephemeral", ...toSlackPayload(message) },
        deps.logger,
        `/${command}`,
      );
    })();
    await deps.inFlight.track(work);
  };
}
