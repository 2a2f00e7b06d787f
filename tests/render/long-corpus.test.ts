import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/config.ts";
import { SUPPORTED_LANGS } from "../../src/core/i18n/index.ts";
import { loadKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { SLACK_LIMITS } from "../../src/render/limits.ts";
import { replyToLine } from "../../src/render/reply.ts";
import { limitViolations } from "./slack-limits.ts";

const NOW = new Date("2024-10-01T09:00:00Z");
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
];

function longParagraph(index: number): string {
  const sentences = Array.from(
    { length: 12 },
    (_, s) =>
      `In session ${index}.${s} the delegates from Interpol and UNODC discussed fentanyl, synthetic drugs and cryptocurrencies at great length, and it was decided to strengthen cooperation <!channel> @here.`,
  );
  return sentences.join(" ");
}

let dir: string;
let knowledge: Knowledge;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-long-"));
  const paragraphs = Array.from({ length: 50 }, (_, i) => longParagraph(i + 1));
  writeFileSync(
    join(dir, "long-report.txt"),
    `A very long report on fentanyl\n\n${paragraphs.join("\n\n")}\n`,
  );
  for (let i = 1; i <= 100; i += 1) {
    const month = MONTHS[i % MONTHS.length];
    const text = [
      `Meeting ${i} of the Working Group on Synthetic Drugs`,
      `The meeting ${i} of the working group on synthetic drugs took place in Rome on ${(i % 27) + 1} ${month} ${2000 + (i % 24)}, chaired by Prefect Stefano Gambacurta.`,
      `The participants discussed fentanyl and decided to meet again.`,
    ].join("\n\n");
    writeFileSync(join(dir, `meeting-${String(i).padStart(3, "0")}.txt`), `${text}\n`);
  }
  knowledge = await loadKnowledge(
    readConfig({ BRIEFBOT_SEEDS: dir, BRIEFBOT_CACHE_DIR: "off" }, process.cwd()),
    () => NOW,
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("replies built from a very long document and a hundred meetings", () => {
  it("loaded the whole test corpus", () => {
    expect(knowledge.corpus.docs).toHaveLength(101);
  });

  for (const lang of SUPPORTED_LANGS) {
    it(`stays inside every Slack limit in ${lang}`, () => {
      for (const line of [
        "/brief fentanyl",
        "/meeting",
        "/meeting working group 7",
        "/brief cryptocurrencies",
      ]) {
        const reply = replyToLine(`${line} lang:${lang}`, { knowledge, now: NOW, defaultLang: "en" });
        expect(reply.failure).toBeUndefined();
        expect(limitViolations(reply.message.blocks), `${lang} ${line}`).toEqual([]);
        expect(reply.message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        const visible = JSON.stringify({
          text: reply.message.text,
          blocks: reply.message.blocks.slice(0, -1),
        });
        expect(visible).not.toMatch(/<!channel>|@here/);
      }
    });
  }

  it("lists every meeting in the answer even when the message must leave some out", () => {
    const reply = replyToLine("/meeting", { knowledge, now: NOW, defaultLang: "en" });
    if (reply.answer.command !== "meeting" || reply.answer.answer.kind !== "list") throw new Error("no list");
    expect(reply.answer.answer.meetings).toHaveLength(knowledge.meetings.length);
    expect(reply.message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  });

  it("shortens a summary drawn from the long document with a pointer to the full source", () => {
    const reply = replyToLine("/brief fentanyl", { knowledge, now: NOW, defaultLang: "en" });
    const blocks = JSON.stringify(reply.message.blocks);
    expect(blocks).toContain("…");
    expect(reply.message.metadata.event_payload.sources).toContain("long-report");
  });
});
