import { createHmac } from "node:crypto";

/** The signing secret and ids the test workspace uses. */
export const TEST_WORKSPACE = {
  signingSecret: "8f742231b10e8888abcd99yyyzzz85a5",
  botToken: "xoxb-1111111111-2222222222-TestBotTokenValue01",
  appToken: "xapp-1-A0TEST-3333333333-TestAppTokenValue",
  teamId: "T0TEST0001",
  teamDomain: "briefbot-test",
  appId: "A0TESTAPP1",
  botUserId: "U0BRIEFBOT",
  botId: "B0BRIEFBOT",
  /** The legacy verification token Slack still sends in every payload. */
  verificationToken: "gIkuvaNzQIHg97ATvDxqgjtO",
} as const;

/** A request ready to POST to /slack/events. */
export interface SlackRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * Signs a body the way Slack does: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>") in X-Slack-Signature,
 * the timestamp in X-Slack-Request-Timestamp. `timestamp` is in seconds (default: now).
 */
export function signedHeaders(
  body: string,
  contentType: string,
  secret: string = TEST_WORKSPACE.signingSecret,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${signature}`,
  };
}

/** What varies between slash commands in the tests. */
export interface CommandFields {
  command: string;
  text: string;
  userId?: string;
  channelId?: string;
  responseUrl: string;
}

/** Returns a slash command form-encoded with every field Slack sends, in Slack's order. */
export function slashCommandBody(fields: CommandFields): string {
  const { teamId, teamDomain, appId, verificationToken } = TEST_WORKSPACE;
  return new URLSearchParams({
    token: verificationToken,
    team_id: teamId,
    team_domain: teamDomain,
    channel_id: fields.channelId ?? "C0GENERAL1",
    channel_name: "general",
    user_id: fields.userId ?? "U0ASKER001",
    user_name: "asker",
    command: fields.command,
    text: fields.text,
    api_app_id: appId,
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: `${Date.now()}.1111111111.${Math.random().toString(16).slice(2)}`,
  }).toString();
}

/** What varies between block actions in the tests. */
export interface ActionFields {
  actionId: string;
  /** A button's value. */
  value?: string;
  /** A static_select's chosen option value. */
  selectedValue?: string;
  userId?: string;
  responseUrl: string;
  /** The message the action came from; ephemeral messages carry none. */
  messageTs?: string;
}

/** Returns a block_actions interaction form-encoded as Slack sends it: a single `payload=` JSON field. */
export function blockActionBody(fields: ActionFields): string {
  const { teamId, teamDomain, appId, verificationToken } = TEST_WORKSPACE;
  const userId = fields.userId ?? "U0ASKER001";
  const actionTs = (Date.now() / 1000).toFixed(6);
  const action =
    fields.selectedValue === undefined
      ? {
          type: "button",
          action_id: fields.actionId,
          block_id: "briefbot_actions",
          text: { type: "plain_text", text: "Share", emoji: true },
          value: fields.value,
          action_ts: actionTs,
        }
      : {
          type: "static_select",
          action_id: fields.actionId,
          block_id: "briefbot_actions",
          selected_option: {
            text: { type: "plain_text", text: "Language", emoji: true },
            value: fields.selectedValue,
          },
          placeholder: { type: "plain_text", text: "Show in…", emoji: true },
          action_ts: actionTs,
        };
  const payload = {
    type: "block_actions",
    user: { id: userId, username: "asker", name: "asker", team_id: teamId },
    api_app_id: appId,
    token: verificationToken,
    container: {
      type: "message",
      message_ts: fields.messageTs ?? "1700000000.000100",
      channel_id: "C0GENERAL1",
      is_ephemeral: fields.messageTs === undefined,
    },
    trigger_id: `${Date.now()}.1111111111.${Math.random().toString(16).slice(2)}`,
    team: { id: teamId, domain: teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: "C0GENERAL1", name: "general" },
    state: { values: {} },
    response_url: fields.responseUrl,
    actions: [action],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Returns an Events API app_mention callback as Slack sends it (JSON). */
export function appMentionBody(text: string, options: { userId?: string; ts?: string } = {}): string {
  const { teamId, appId, verificationToken, botUserId } = TEST_WORKSPACE;
  const ts = options.ts ?? "1700000123.000200";
  return JSON.stringify({
    token: verificationToken,
    team_id: teamId,
    api_app_id: appId,
    event: {
      type: "app_mention",
      user: options.userId ?? "U0ASKER001",
      text,
      ts,
      channel: "C0GENERAL1",
      event_ts: ts,
    },
    type: "event_callback",
    event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
}

/** Form content type of commands and interactions. */
export const FORM = "application/x-www-form-urlencoded";
/** Content type of Events API callbacks. */
export const JSON_TYPE = "application/json";
