import { LANG_ACTION } from "../../render/actions.ts";
import { answerQuestion } from "../answer.ts";
import type { ActionSpec } from "../listener-spec.ts";
import { toSlackPayload } from "../payload.ts";
import { respondSafely } from "../send-safely.ts";
import { replyStateOf } from "./action-state.ts";
import { expiredReply } from "./expired.ts";

/** "Show in…": redraws the reply in the chosen language, in place. */
export const languageAction: ActionSpec = {
  kind: "action",
  name: LANG_ACTION,
  listener:
    (deps) =>
    async ({ ack, action, body, respond }) => {
      await ack();
      const work = (async () => {
        const userId = body.user.id;
        const state = replyStateOf(action);
        if (state === undefined) {
          await respondSafely(respond, await expiredReply(deps, userId), deps.logger, "language");
          return;
        }
        const message = await answerQuestion(deps, {
          command: state.command,
          text: state.query,
          userId,
          forceLang: state.lang,
        });
        await respondSafely(
          respond,
          { replace_original: true, ...toSlackPayload(message) },
          deps.logger,
          "language",
        );
      })();
      await deps.inFlight.track(work);
    },
};
