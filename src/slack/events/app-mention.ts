import { answerQuestion, busyReply, type Question, replaceWhenTranslated } from "../answer.ts";
import type { EventSpec } from "../listener-spec.ts";
import { type Outgoing, toSlackPayload } from "../payload.ts";
import { questionFromMention } from "./mention-text.ts";

/**
 * `@Briefbot fentanyl` in a channel: the brief, posted in a thread under the mention; the busy reply
 * instead when the answer queue turns it away.
 */
export const appMentionEvent: EventSpec = {
  kind: "event",
  name: "app_mention",
  listener:
    (deps) =>
    async ({ event, client, context }) => {
      const question: Question = {
        command: "brief",
        text: questionFromMention(event.text, context.botUserId),
        userId: event.user ?? "",
      };
      const post = async (message: Outgoing): Promise<string | undefined> => {
        try {
          const posted = await client.chat.postMessage({
            channel: event.channel,
            thread_ts: event.thread_ts ?? event.ts,
            ...toSlackPayload(message),
          });
          return posted.ts;
        } catch (error) {
          deps.logger.warn(`app_mention in ${event.channel}: chat.postMessage failed:`, error);
          return undefined;
        }
      };
      const update = async (ts: string, message: Outgoing): Promise<void> => {
        try {
          await client.chat.update({ channel: event.channel, ts, ...toSlackPayload(message) });
        } catch (error) {
          deps.logger.warn(`app_mention in ${event.channel}: chat.update failed:`, error);
        }
      };
      const answered = deps.answers.offer(
        question.userId,
        async () => {
          const reply = await answerQuestion(deps, question);
          const ts = await post(reply.message);
          if (ts !== undefined) replaceWhenTranslated(deps, reply, (translated) => update(ts, translated));
        },
        async () => (await post(busyReply(deps, question))) !== undefined,
      );
      await deps.inFlight.track(answered ?? post(busyReply(deps, question)).then(() => undefined));
    },
};
