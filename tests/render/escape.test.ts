import { describe, expect, it } from "vitest";
import { escapeMrkdwn, neutraliseMentions } from "../../src/render/escape.ts";

describe("escaping user text for Slack", () => {
  it("escapes special mentions and user mentions so they cannot ping", () => {
    const escaped = escapeMrkdwn("<!channel> <!here> <@U123> <#C1|x> a & b");
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).toBe("&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1|x&gt; a &amp; b");
  });

  it("breaks bare @channel, @here and @everyone with an invisible joiner", () => {
    const text = neutraliseMentions("hi @channel, @Here and @everyone; mail@example.org stays");
    expect(text).not.toMatch(/@(channel|here|everyone)/i);
    expect(text.replace(/\u200D/g, "")).toBe("hi @channel, @Here and @everyone; mail@example.org stays");
  });

  it("does not escape twice what it is given once", () => {
    expect(escapeMrkdwn("&amp;")).toBe("&amp;amp;");
  });
});
