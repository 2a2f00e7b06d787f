import { answerQuestion } from "../answer.ts";
import type { EventSpec } from "../listener-spec.ts";
import { toSlackPayload } from "../payload.ts";
import { questionFromMention } from "./mention-text.ts";

/** `@Briefbot fentanyl` in a channel: the brief, posted in a thread under the mention. */
export const appMentionEvent: EventSpec = {
  kind: "event",
  name: "app_mention",
  listener:
    (deps) =>
    async ({ event, client, context }) => {
      const work = (async () => {
        const userId = event.user ?? "";
        const text = questionFromMention(event.text, context.botUserId);
        const message = await answerQuestion(deps, { command: "brief", text, userId });
        try {
          await client.chat.postMessage({
            channel: event.channel,
            thread_ts: event.thread_ts ?? event.ts,
            ...toSlackPayload(message),
          });
        } catch (error) {
          deps.logger.warn(`app_mention in ${event.channel}: chat.postMessage failed:`, error);
        }
      })();
      await deps.inFlight.track(work);
    },
};
