import { describe, expect, it } from "vitest";
import type { Answer, MeetingCard, Quote } from "../../src/answer/types.ts";
import { renderMessage } from "../../src/render/blocks.ts";
import { SLACK_LIMITS } from "../../src/render/limits.ts";
import { answerText } from "../../src/render/text.ts";
import { limitViolations } from "./slack-limits.ts";

function quote(text: string, paragraph: number): Quote {
  return { text, docId: "long", title: "A very long report", lang: "en", paragraph };
}

const sentence = "The committee discussed the spread of synthetic drugs across borders at length. ";

const hugeCard: MeetingCard = {
  kind: "card",
  slug: "huge",
  name: "M".repeat(400),
  dates: {
    start: { month: 11, day: 17 },
    end: { month: 11, day: 18 },
    precision: "day",
    yearStatus: "not-given",
    surface: "17 and 18 November",
  },
  place: "P".repeat(2500),
  organisers: Array.from({ length: 40 }, (_, i) => `Organiser ${i}`),
  chairs: [],
  participants: Array.from({ length: 300 }, (_, i) => ({
    name: `Person ${i} ${"x".repeat(30)}`,
    role: "delegate",
  })),
  organisations: Array.from({ length: 200 }, (_, i) => `Organisation ${i}`),
  agenda: Array.from({ length: 100 }, (_, i) => `Topic ${i}`),
  decisions: Array.from({ length: 80 }, (_, i) => quote(sentence.repeat(30), i + 1)),
  followUps: Array.from({ length: 60 }, (_, i) => ({ name: `Follow-up ${i}` })),
  versions: [{ docId: "long", lang: "en", title: "A very long report" }],
  conflicts: [],
  citations: Array.from({ length: 30 }, (_, i) => ({
    docId: `doc-${i}`,
    title: "T",
    lang: "fr",
    paragraphs: [i + 1],
  })),
};

describe("Block Kit rendering", () => {
  it("keeps an oversized meeting card inside every Slack limit, header and actions included", () => {
    const message = renderMessage({ command: "meeting", answer: hugeCard }, "en", {
      command: "meeting",
      query: "huge",
    });
    expect(limitViolations(message.blocks)).toEqual([]);
    expect(message.blocks[0]?.type).toBe("header");
    expect(message.blocks.at(-1)?.type).toBe("actions");
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(JSON.stringify(message.blocks)).toContain("…");
  });

  it("marks a date whose year was not given, in the reply language", () => {
    const en = answerText({ command: "meeting", answer: hugeCard }, "en");
    expect(en).toContain("17–18 November (year not given)");
    const fr = answerText({ command: "meeting", answer: hugeCard }, "fr");
    expect(fr).toContain("17–18 novembre (année non précisée)");
  });

  it("never lets echoed question text ping anyone, in blocks or in the fallback text", () => {
    const query = "<!channel> <@U123> @here <!subteam^S1>";
    const answer: Answer = { command: "brief", answer: { kind: "not-found", query, suggestions: [] } };
    const message = renderMessage(answer, "en", { command: "brief", query });
    const visible = JSON.stringify({
      text: message.text,
      blocks: message.blocks.filter((b) => b.type !== "actions"),
    });
    expect(visible).not.toMatch(/<[!@]/);
    expect(visible).not.toMatch(/@here/);
    expect(visible).toContain("&lt;!channel&gt;");
  });

  it("carries metadata with the language, the command and the cited documents", () => {
    const message = renderMessage({ command: "meeting", answer: hugeCard }, "sw", {
      command: "meeting",
      query: "huge",
    });
    expect(message.metadata.event_type).toBe("briefbot_reply");
    expect(message.metadata.event_payload.lang).toBe("sw");
    expect(message.metadata.event_payload.command).toBe("meeting");
    expect(message.metadata.event_payload.sources).toHaveLength(30);
  });

  it("renders the apology with its error id in the reply language", () => {
    const message = renderMessage({ command: "error", errorId: "ABC123" }, "it", {
      command: "brief",
      query: "x",
    });
    expect(message.text).toContain("ABC123");
    expect(message.text).toContain("Spiacenti");
  });
});
