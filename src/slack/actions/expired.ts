import type { RespondArguments } from "@slack/bolt";
import { asReplyLang, messagesFor } from "../../core/index.ts";
import type { SlackDeps } from "../deps.ts";

/** Returns the ephemeral "this request has expired" note, in the user's Slack language when known. */
export async function expiredReply(deps: SlackDeps, userId: string): Promise<RespondArguments> {
  const lang = asReplyLang(await deps.localeOf(userId)) ?? deps.defaultLang;
  return { response_type: "ephemeral", replace_original: false, text: messagesFor(lang).slack.expired };
}
