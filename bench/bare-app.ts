/**
 * The ceiling for the end-to-end benchmark: a minimal Bolt app on the same HTTPReceiver that only acks each
 * slash command and echoes its text through respond(). Run as its own process with the bot's HTTP variables.
 */
import { App, HTTPReceiver } from "@slack/bolt";

const port = Number(process.env.PORT ?? "3000");
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? "";
const receiver = new HTTPReceiver({
  signingSecret,
  customRoutes: [
    {
      path: "/healthz",
      method: ["GET"],
      handler: (_request, response) => {
        response.writeHead(200);
        response.end("ok");
      },
    },
  ],
});
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});

app.command(/.*/, async ({ ack, respond, command }) => {
  await ack();
  await respond({ response_type: "ephemeral", text: command.text });
});

await app.start(port);
process.on("SIGTERM", () => {
  app.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
