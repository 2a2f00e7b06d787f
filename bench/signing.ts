/** Signs a request body the way Slack does, so the receiver's verification runs for real. */
import { createHmac } from "node:crypto";

/** Returns Slack's request headers for a form body: v0 HMAC-SHA256 over "v0:timestamp:body". */
export function slackSignatureHeaders(
  signingSecret: string,
  body: string,
  timestampSeconds: number,
): Record<string, string> {
  const signature = createHmac("sha256", signingSecret)
    .update(`v0:${timestampSeconds}:${body}`)
    .digest("hex");
  return {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestampSeconds),
    "x-slack-signature": `v0=${signature}`,
  };
}

/** Returns the form-encoded body Slack posts for a slash command. */
export function slashCommandBody(fields: {
  command: string;
  text: string;
  responseUrl: string;
  userId: string;
  channelId: string;
  triggerId: string;
}): string {
  return new URLSearchParams({
    token: "verification-token-unused",
    team_id: "T0BENCH",
    team_domain: "bench",
    channel_id: fields.channelId,
    channel_name: "bench",
    user_id: fields.userId,
    user_name: "bench-user",
    command: fields.command,
    text: fields.text,
    api_app_id: "A0BENCH",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}
