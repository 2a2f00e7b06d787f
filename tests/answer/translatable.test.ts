import { beforeAll, describe, expect, it } from "vitest";
import {
  type Answer,
  composeDigest,
  digestForeignTexts,
  digestWithTranslations,
  foreignTexts,
  hasMachineText,
  withTranslations,
} from "../../src/answer/index.ts";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { type Reply, replyToLine } from "../../src/render/index.ts";
import { NOW, seedKnowledge } from "./knowledge.ts";

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await seedKnowledge();
});

function reply(line: string): Reply {
  return replyToLine(line, { knowledge, now: NOW, defaultLang: "en" });
}

/** Every sentence-sized piece of text the seed documents hold: titles and paragraph text. */
function documentText(): { titles: Set<string>; paragraphs: string[] } {
  const docs = knowledge.corpus.docs;
  return {
    titles: new Set(docs.map((doc) => doc.title)),
    paragraphs: docs.flatMap((doc) => doc.paragraphs.map((paragraph) => paragraph.text)),
  };
}

const mark = (text: string): string => `«${text}»`;

describe("what an answer needs translated", () => {
  it("lists the Arabic quotes, decision and title of an Arabic-only brief for an English reader", () => {
    const { answer, lang } = reply("/brief iARMS");
    const texts = foreignTexts(answer, lang, knowledge);
    const { titles, paragraphs } = documentText();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(texts.map((t) => t.lang))).toEqual(new Set(["ar"]));
    // Document text only: each is a title or lies within a paragraph, never an interface string.
    for (const { text } of texts) {
      expect(titles.has(text) || paragraphs.some((paragraph) => paragraph.includes(text)), text).toBe(true);
    }
    expect(texts.filter(({ text }) => titles.has(text))).toHaveLength(1);
    expect(new Set(texts.map((t) => t.text)).size).toBe(texts.length);
  });

  it("lists nothing for a reader of the document's own language, nor where a version in it exists", () => {
    expect(foreignTexts(reply("/brief iARMS lang:ar").answer, "ar", knowledge)).toEqual([]);
    expect(foreignTexts(reply("/brief fentanyl lang:sw").answer, "sw", knowledge)).toEqual([]);
    expect(foreignTexts(reply("/meeting roma lang:hi").answer, "hi", knowledge)).toEqual([]);
  });

  it("lists nothing for help, a miss or the meeting list", () => {
    for (const line of ["/brief", "/brief zzzqqq", "/meeting"]) {
      const { answer, lang } = reply(line);
      expect(foreignTexts(answer, lang, knowledge), line).toEqual([]);
    }
  });

  it("names the meeting of a card in the reader's language when none of its versions is", () => {
    const { answer, lang } = reply("/meeting rome-lyon lang:it");
    const card = answer.command === "meeting" && answer.answer.kind === "card" ? answer.answer : undefined;
    const texts = foreignTexts(answer, lang, knowledge).map((t) => t.text);
    expect(texts).toContain(card?.name);
    const translated = withTranslations(answer, lang, knowledge, mark);
    expect(translated).toMatchObject({ answer: { name: mark(card?.name ?? ""), machineName: true } });
  });
});

describe("an answer with its translations", () => {
  it("replaces exactly the listed texts, marks each, and leaves the answer it was given alone", () => {
    const { answer, lang } = reply("/brief iARMS");
    const before = structuredClone(answer);
    const texts = foreignTexts(answer, lang, knowledge).map((t) => t.text);
    const translated = withTranslations(answer, lang, knowledge, mark);
    expect(answer).toEqual(before);
    expect(hasMachineText(answer)).toBe(false);
    expect(hasMachineText(translated)).toBe(true);
    const shown = JSON.stringify(translated);
    for (const text of texts) expect(shown).toContain(JSON.stringify(mark(text)).slice(1, -1));
    if (translated.command !== "brief" || translated.answer.kind !== "brief") throw new Error("not a brief");
    const brief = translated.answer;
    expect(brief.decisions.every((q) => q.machineText && q.machineTitle && q.lang === "ar")).toBe(true);
    expect(brief.citations.every((c) => c.machineTitle)).toBe(true);
    // A figure's sentence is never shown, so only its source title is translated.
    expect(brief.figures.every((f) => !f.source.machineText && f.source.machineTitle)).toBe(true);
  });

  it("keeps a text as written where the lookup has no translation or the same text", () => {
    const { answer, lang } = reply("/brief iARMS");
    expect(withTranslations(answer, lang, knowledge, () => undefined)).toEqual(answer);
    expect(withTranslations(answer, lang, knowledge, (text) => text)).toEqual(answer);
  });

  it("never touches an answer in the documents' own language", () => {
    const { answer } = reply("/brief iARMS lang:ar");
    const translated: Answer = withTranslations(answer, "ar", knowledge, mark);
    expect(translated).toEqual(answer);
  });
});

describe("a digest's translations", () => {
  function digest(lang: "en" | "ar") {
    return composeDigest({
      knowledge,
      localDate: "2024-10-01",
      tz: "UTC",
      lang,
      topics: ["iarms"],
      since: "2000-01-01T00:00:00.000Z",
      until: NOW.toISOString(),
    });
  }

  it("translates the mentions and summaries of documents in other languages, and marks them", () => {
    const english = digest("en");
    const texts = digestForeignTexts(english, knowledge);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.lang !== "en")).toBe(true);
    const translated = digestWithTranslations(english, knowledge, mark);
    if (translated.kind !== "digest") throw new Error("nothing in the digest");
    const quotes = [
      ...translated.newDocuments.flatMap((item) => (item.summary ? [item.summary] : [])),
      ...translated.topics.flatMap((topic) => topic.mentions.map((mention) => mention.quote)),
    ];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.machineText && quote.text.startsWith("«")).toBe(true);
  });

  it("leaves the Arabic texts of an Arabic channel's digest as written", () => {
    const arabic = digest("ar");
    expect(digestForeignTexts(arabic, knowledge).every((t) => t.lang !== "ar")).toBe(true);
  });
});
