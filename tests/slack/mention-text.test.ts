import { describe, expect, it } from "vitest";
import { questionFromMention } from "../../src/slack/events/mention-text.ts";

describe("questionFromMention", () => {
  it("strips the bot's mention and keeps the question", () => {
    expect(questionFromMention("<@U0BOT> fentanyl", "U0BOT")).toBe("fentanyl");
  });

  it("strips the bot's mention in the middle and with a display name, but keeps other people's", () => {
    expect(questionFromMention("what about <@U0BOT|briefbot> jumbo for <@U0ANA>", "U0BOT")).toBe(
      "what about jumbo for <@U0ANA>",
    );
  });

  it("strips leading mentions when the bot's id is unknown", () => {
    expect(questionFromMention("  <@U0BOT>   dawa za kulevya ", undefined)).toBe("dawa za kulevya");
  });
});
