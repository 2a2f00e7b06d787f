import type { ActionsBlock, KnownBlock } from "@slack/types";
import { beforeAll, describe, expect, it } from "vitest";
import { withTranslations } from "../../src/answer/index.ts";
import type { ReplyLang } from "../../src/core/index.ts";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { decodeReplyState, encodeReplyState, TRANSLATION_ACTION } from "../../src/render/actions.ts";
import { renderMessage, renderText, replyToLine } from "../../src/render/index.ts";
import { NOW, seedKnowledge } from "../answer/knowledge.ts";

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await seedKnowledge();
});

const fake = (text: string): string => `EN ${text.length} chars`;

function translatedReply(line: string) {
  const reply = replyToLine(line, { knowledge, now: NOW, defaultLang: "en" });
  const answer = withTranslations(reply.answer, reply.lang, knowledge, fake);
  return {
    reply,
    message: renderMessage(answer, reply.lang, { command: reply.command, query: reply.query }),
  };
}

function actionsOf(blocks: KnownBlock[]): ActionsBlock {
  const found = blocks.find((block): block is ActionsBlock => block.type === "actions");
  if (!found) throw new Error("no actions block");
  return found;
}

function toggleOf(blocks: KnownBlock[]) {
  return actionsOf(blocks).elements.find((element) => element.action_id === TRANSLATION_ACTION);
}

describe("machine translations in a reply", () => {
  it("marks every translated quote, title and citation in the reply language, and still names the source", () => {
    const { message } = translatedReply("/brief iARMS");
    const text = renderText(message);
    expect(text).toContain("EN ");
    expect(text).not.toContain("أشاد وزراء");
    const labels = text.split("\n").filter((line) => line.includes("Arabic"));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels.filter((line) => line.includes("EN ")))
      expect(label).toContain("machine translation");
    expect(message.metadata.event_payload.sources).toEqual(["004_6ea3b8ed064881d9"]);
  });

  it("offers Show original, whose value asks for the same reply as written", () => {
    const { message, reply } = translatedReply("/brief iARMS");
    const toggle = toggleOf(message.blocks);
    expect(toggle).toMatchObject({ type: "button", text: { text: "Show original" } });
    const value = toggle && "value" in toggle ? (toggle.value ?? "") : "";
    expect(decodeReplyState(value)).toEqual({
      command: "brief",
      lang: "en",
      query: reply.query,
      original: true,
    });
  });

  it("offers Show translation on the reply as written, and the other languages start translated again", () => {
    const reply = replyToLine("/brief iARMS", { knowledge, now: NOW, defaultLang: "en" });
    const message = renderMessage(reply.answer, "en", {
      command: "brief",
      query: reply.query,
      original: true,
    });
    const toggle = toggleOf(message.blocks);
    expect(toggle).toMatchObject({ text: { text: "Show translation" } });
    const value = toggle && "value" in toggle ? (toggle.value ?? "") : "";
    expect(decodeReplyState(value)).toEqual({ command: "brief", lang: "en", query: reply.query });
    const menu = actionsOf(message.blocks).elements.find((element) => element.type === "static_select");
    const values = menu && "options" in menu ? (menu.options ?? []).map((option) => option.value ?? "") : [];
    expect(values.length).toBe(5);
    for (const option of values) expect(decodeReplyState(option)?.original).toBeUndefined();
    const share = actionsOf(message.blocks).elements[0];
    expect(decodeReplyState(share && "value" in share ? (share.value ?? "") : "")?.original).toBe(true);
  });

  it("writes the mark and the buttons in each reply language", () => {
    const seen = new Set<string>();
    for (const lang of ["en", "fr", "it", "sw", "hi"] as ReplyLang[]) {
      const { message } = translatedReply(`/brief iARMS lang:${lang}`);
      const toggle = toggleOf(message.blocks);
      const label = toggle && "text" in toggle ? String(toggle.text?.text) : "";
      seen.add(label);
    }
    expect(seen.size).toBe(5);
  });

  it("adds nothing to a reply that has nothing translated", () => {
    const reply = replyToLine("/brief iARMS", { knowledge, now: NOW, defaultLang: "en" });
    const again = renderMessage(reply.answer, reply.lang, { command: reply.command, query: reply.query });
    expect(again).toEqual(reply.message);
    expect(toggleOf(again.blocks)).toBeUndefined();
  });
});

describe("reply state of a reply shown as written", () => {
  it("round-trips the original flag and reads the states buttons carried before it", () => {
    const state = { command: "meeting" as const, lang: "hi" as const, query: "roma|x", original: true };
    expect(encodeReplyState(state)).toBe("1|hi|mo|roma|x");
    expect(decodeReplyState("1|hi|mo|roma|x")).toEqual(state);
    expect(decodeReplyState("1|en|b|fentanyl")).toEqual({ command: "brief", lang: "en", query: "fentanyl" });
    expect(decodeReplyState("1|en|bx|fentanyl")).toBeUndefined();
    expect(decodeReplyState("1|en|o|fentanyl")).toBeUndefined();
  });
});
