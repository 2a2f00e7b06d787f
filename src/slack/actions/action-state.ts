import type { BlockAction, RespondArguments } from "@slack/bolt";
import { decodeReplyState, type ReplyState } from "../../render/index.ts";
import { answerQuestion, busyReply, type Question, replaceWhenTranslated } from "../answer.ts";
import type { ActionSpec } from "../listener-spec.ts";
import { type SlackPayload, toSlackPayload } from "../payload.ts";
import { respondSafely } from "../send-safely.ts";
import { expiredReply } from "./expired.ts";

/**
 * Returns the reply state a Briefbot button or menu carries: the button's value, or the chosen option's
 * value for the "Show in…" menu; undefined when the payload holds no state we can read.
 */
export function replyStateOf(action: BlockAction["actions"][number]): ReplyState | undefined {
  if (action.type === "button")
    return action.value === undefined ? undefined : decodeReplyState(action.value);
  if (action.type === "static_select") return decodeReplyState(action.selected_option?.value ?? "");
  return undefined;
}

/** What an action listener sends back once the reply it carries has been answered again. */
export type Redelivery = (
  payload: SlackPayload,
  context: { state: ReplyState; userId: string; body: BlockAction },
) => RespondArguments;

/** How a replaying action treats a reply whose translations arrive after it was sent. */
export interface ReplayOptions {
  /**
   * Redraw the message in place once they arrive: right for a reply that replaces the message the button is
   * on, wrong for one posted elsewhere (a shared copy), which response_url cannot reach.
   */
  redrawWhenTranslated: boolean;
}

/**
 * Returns a listener for a Briefbot button or menu: acks at once, answers the carried request again in
 * the carried language, and responds with what `deliver` makes of it (or "expired" when no state is left,
 * or the busy reply when the answer queue turns it away).
 */
export function replayingAction(
  name: string,
  label: string,
  deliver: Redelivery,
  options: ReplayOptions = { redrawWhenTranslated: true },
): ActionSpec {
  return {
    kind: "action",
    name,
    listener:
      (deps) =>
      async ({ ack, action, body, respond }) => {
        await ack();
        const userId = body.user.id;
        const state = replyStateOf(action);
        if (state === undefined) {
          await deps.inFlight.track(
            (async () => respondSafely(respond, await expiredReply(deps, userId), deps.logger, label))(),
          );
          return;
        }
        const question: Question = {
          command: state.command,
          text: state.query,
          userId,
          forceLang: state.lang,
          ...(state.original ? { original: true } : {}),
        };
        const busyNote = (): Promise<boolean> => {
          const busy = busyReply(deps, question).text;
          const note: RespondArguments = { response_type: "ephemeral", replace_original: false, text: busy };
          return respondSafely(respond, note, deps.logger, label);
        };
        const answered = deps.answers.offer(
          userId,
          async () => {
            const reply = await answerQuestion(deps, question);
            await respondSafely(
              respond,
              deliver(toSlackPayload(reply.message), { state, userId, body }),
              deps.logger,
              label,
            );
            if (!options.redrawWhenTranslated) return;
            replaceWhenTranslated(deps, reply, (translated) =>
              respondSafely(
                respond,
                { replace_original: true, ...toSlackPayload(translated) },
                deps.logger,
                `${label} translated`,
              ),
            );
          },
          busyNote,
        );
        if (answered === undefined) {
          await deps.inFlight.track(busyNote());
          return;
        }
        await deps.inFlight.track(answered);
      },
  };
}
