import type { Middleware, SlackCommandMiddlewareArgs, SlashCommand } from "@slack/bolt";
import { asReplyLang } from "../../core/index.ts";
import { handleDigestCommand } from "../../digest/index.ts";
import type { DigestStore } from "../../store/index.ts";
import { apology } from "../answer.ts";
import type { SlackDeps } from "../deps.ts";
import type { CommandSpec } from "../listener-spec.ts";
import { type Outgoing, toSlackPayload } from "../payload.ts";
import { respondSafely } from "../send-safely.ts";
import type { UserInfo } from "../user-locale.ts";
import { answerInTurn, commandListener } from "./command-listener.ts";

/** /digest: subscriptions kept in the store, answered through response_url, ephemeral. */
export const digestCommand: CommandSpec = {
  kind: "command",
  name: "/digest",
  listener: (deps) =>
    deps.store === undefined ? commandListener("digest", deps) : digestListener(deps, deps.store),
};

function digestListener(
  deps: SlackDeps,
  store: Promise<DigestStore>,
): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, respond }) => {
    const question = { command: "digest", text: command.text, userId: command.user_id } as const;
    await answerInTurn(deps, question, ack, respond, async () => {
      const message = await digestReply(deps, store, command);
      await respondSafely(
        respond,
        { response_type: "ephemeral", ...toSlackPayload(message) },
        deps.logger,
        "/digest",
      );
    });
  };
}

/** Carries out the command with the asker's Slack locale and time zone; never throws (apologises instead). */
async function digestReply(
  deps: SlackDeps,
  store: Promise<DigestStore>,
  command: SlashCommand,
): Promise<Outgoing> {
  let user: UserInfo = {};
  try {
    const [knowledge, info, ready, translator] = await Promise.all([
      deps.knowledge.ready(),
      command.user_id === "" ? Promise.resolve({}) : deps.userInfoOf(command.user_id),
      store,
      deps.translator,
    ]);
    user = info;
    return await handleDigestCommand({
      store: ready,
      knowledge,
      channelId: command.channel_id,
      ...(command.team_id ? { teamId: command.team_id } : {}),
      userId: command.user_id,
      ...(user.tz === undefined ? {} : { userTz: user.tz }),
      ...(user.locale === undefined ? {} : { locale: user.locale }),
      text: command.text,
      now: deps.clock(),
      defaultLang: deps.defaultLang,
      tokenRefused: deps.digestsRefused(),
      ...(translator ? { translator } : {}),
    });
  } catch (error) {
    const lang = asReplyLang(user.locale) ?? deps.defaultLang;
    return apology(deps, error, lang, `answering /digest for ${command.user_id}`);
  }
}
