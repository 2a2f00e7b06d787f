import type { Middleware, RespondFn, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { CommandName } from "../../render/index.ts";
import { answerQuestion, busyReply, type Question, replaceWhenTranslated } from "../answer.ts";
import type { SlackDeps } from "../deps.ts";
import { type Outgoing, toSlackPayload } from "../payload.ts";
import { respondSafely } from "../send-safely.ts";

/**
 * Returns a slash-command listener: an empty ack at once, then the answer through response_url, ephemeral.
 * When the answer queue turns the request away, the ack itself carries the busy reply.
 */
export function commandListener(
  command: CommandName,
  deps: SlackDeps,
): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command: payload, ack, respond }) => {
    const question: Question = { command, text: payload.text, userId: payload.user_id };
    await answerInTurn(deps, question, ack, respond, async () => {
      const answered = await answerQuestion(deps, question);
      await respondSafely(
        respond,
        { response_type: "ephemeral", ...toSlackPayload(answered.message) },
        deps.logger,
        `/${command}`,
      );
      replaceWhenTranslated(deps, answered, (translated) =>
        respondSafely(
          respond,
          { response_type: "ephemeral", replace_original: true, ...toSlackPayload(translated) },
          deps.logger,
          `/${command} translated`,
        ),
      );
    });
  };
}

/** Acks a slash command with an optional immediate ephemeral reply. */
type CommandAck = SlackCommandMiddlewareArgs["ack"];

/**
 * Queues `answer` for the asker and acks: empty when it was queued (the answer is tracked so a shutdown
 * waits for it), with the busy reply in the asker's language when the queue turned it away. A shutdown
 * before the answer's turn sends the same busy reply through response_url instead of leaving silence.
 */
export async function answerInTurn(
  deps: SlackDeps,
  question: Question,
  ack: CommandAck,
  respond: RespondFn,
  answer: () => Promise<void>,
): Promise<void> {
  const turnAway = () =>
    respondSafely(respond, ephemeral(busyReply(deps, question)), deps.logger, `/${question.command} (busy)`);
  const answered = deps.answers.offer(question.userId, answer, turnAway);
  if (answered === undefined) {
    await ack(ephemeral(busyReply(deps, question)));
    return;
  }
  const tracked = deps.inFlight.track(answered);
  await ack();
  await tracked;
}

function ephemeral(message: Outgoing): { response_type: "ephemeral"; text: string } {
  return { response_type: "ephemeral", text: message.text };
}
