import { beforeAll, describe, expect, it } from "vitest";
import { answerDigest, composeDigest } from "../../src/answer/digest.ts";
import { watchKey } from "../../src/answer/digest-topics.ts";
import type { DigestAnswer, DigestRequest } from "../../src/answer/digest-types.ts";
import { messagesFor } from "../../src/core/i18n/index.ts";
import type { ReplyLang } from "../../src/core/types.ts";
import type { Knowledge } from "../../src/knowledge/types.ts";
import { renderDigest } from "../../src/render/digest.ts";
import { renderText } from "../../src/render/text.ts";
import { limitViolations } from "../render/slack-limits.ts";
import { type DigestSeeds, digestSeeds } from "./digest-fixture.ts";

let seeds: DigestSeeds;
let knowledge: Knowledge;

beforeAll(async () => {
  seeds = await digestSeeds();
  knowledge = seeds.knowledge;
});

function digest(overrides: Partial<DigestRequest> = {}): DigestAnswer | null {
  return answerDigest({
    knowledge,
    localDate: "2024-09-30",
    tz: "Europe/Rome",
    lang: "en",
    topics: [],
    quiet: false,
    ...overrides,
  });
}

function full(answer: DigestAnswer | null): Extract<DigestAnswer, { kind: "digest" }> {
  if (answer?.kind !== "digest") throw new Error(`expected a digest, got ${JSON.stringify(answer?.kind)}`);
  return answer;
}

describe("new documents", () => {
  it("lists the documents first seen since the channel's last digest, language versions together", () => {
    const answer = full(digest({ since: "2024-09-29T06:00:00.000Z" }));
    expect(answer.newDocuments).toHaveLength(1);
    expect([...(answer.newDocuments[0]?.docIds ?? [])].sort()).toEqual([...seeds.recentIds].sort());
    expect(answer.newDocuments[0]?.langs.length).toBe(seeds.recentIds.length);
    expect(answer.newDocuments.flatMap((item) => item.docIds)).not.toContain(seeds.oldIds[0]);
  });

  it("leaves out documents first seen before the last digest", () => {
    expect(full(digest({ since: "2024-09-30T06:00:00.000Z" })).newDocuments).toEqual([]);
  });

  it("counts a first digest's new documents over the 24 hours before it", () => {
    const first = full(digest()).newDocuments.flatMap((item) => item.docIds);
    expect(first.sort()).toEqual([...seeds.recentIds].sort());
    const nextWeek = digest({ localDate: "2024-10-08" });
    expect(nextWeek?.kind === "digest" ? nextWeek.newDocuments : []).toEqual([]);
  });

  it("does not show documents first seen after the digest's moment", () => {
    expect(full(digest({ until: "2024-09-30T04:00:00.000Z" })).newDocuments).toEqual([]);
  });

  it("summarises from the version in the reply language and titles in that language", () => {
    for (const lang of ["sw", "hi"] as const) {
      const item = full(digest({ lang, since: OLD_WEEK })).newDocuments[0];
      const own = knowledge.corpus.docs.find((doc) => doc.id === item?.docIds[0]);
      expect(own?.lang).toBe(lang);
      expect(item?.summary?.lang).toBe(lang);
      expect(item?.summary?.docId).toBe(own?.id);
      expect(item?.title).not.toBe("");
      expect(own?.paragraphs.some((p) => p.text.includes(item?.summary?.text ?? "\u0000"))).toBe(true);
    }
  });

  it("titles a report with no English version by a version in Latin script for an English reader", () => {
    const item = full(digest({ since: OLD_WEEK })).newDocuments[0];
    const latinTitles = knowledge.corpus.docs
      .filter((doc) => item?.docIds.includes(doc.id) && /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(doc.title))
      .map((doc) => doc.title);
    expect(item?.title).toMatch(/[A-Za-z]/);
    expect(latinTitles).toContain(item?.title);
  });
});

const OLD_WEEK = "2024-09-29T06:00:00.000Z";

describe("upcoming events", () => {
  const phrases: Record<ReplyLang, string> = {
    en: "in 2 days",
    it: "tra 2 giorni",
    ar: "بعد يومين",
    sw: "baada ya siku 2",
    fr: "dans 2 jours",
    hi: "2 दिन में",
  };

  for (const [lang, phrase] of Object.entries(phrases) as [ReplyLang, string][]) {
    it(`says the Mirabella Eclano ministers' meeting is ${phrase} on 30 September 2024 (${lang})`, () => {
      const answer = full(digest({ lang }));
      const event = answer.upcoming.find(
        (candidate) => candidate.dates.start.month === 10 && candidate.dates.start.day === 2,
      );
      expect(event?.inDays).toBe(2);
      expect(event?.ongoing).toBe(false);
      // The place is the town as a version of the release spells it, never the release's own city or a region.
      const spellings = [...knowledge.facts.values()].flatMap((facts) =>
        facts.followUps.flatMap((followUp) => (followUp.place ? [followUp.place] : [])),
      );
      expect(spellings).toContain("Mirabella Eclano");
      expect(spellings).toContain(event?.place);
      const text = renderText(renderDigest(answer));
      expect(text).toContain(phrase);
    });
  }

  it("counts days in the channel's calendar: tomorrow, today, under way, then gone", () => {
    const on = (localDate: string) => digest({ localDate, since: "2024-12-01T00:00:00.000Z" });
    const tomorrow = full(on("2024-10-01")).upcoming[0];
    expect(tomorrow?.inDays).toBe(1);
    expect(renderText(renderDigest(full(on("2024-10-01"))))).toContain("tomorrow");
    expect(full(on("2024-10-02")).upcoming[0]).toMatchObject({ inDays: 0, ongoing: false });
    expect(full(on("2024-10-04")).upcoming[0]).toMatchObject({ inDays: 0, ongoing: true });
    expect(on("2024-10-05")?.kind).toBe("nothing");
  });

  it("looks 14 days ahead and no further", () => {
    const on = (localDate: string) => digest({ localDate, since: "2024-12-01T00:00:00.000Z" });
    expect(full(on("2024-09-18")).upcoming[0]?.inDays).toBe(14);
    expect(on("2024-09-17")?.kind).toBe("nothing");
  });

  it("leaves out dates whose year is not given, since they cannot be placed", () => {
    const answer = digest({ localDate: "2024-11-10", since: "2024-12-01T00:00:00.000Z" });
    expect(answer?.kind).toBe("nothing");
  });

  it("cites the document and paragraph that announce the event", () => {
    const event = full(digest()).upcoming[0];
    const doc = knowledge.corpus.docs.find((candidate) => candidate.id === event?.citation.docId);
    const paragraph = doc?.paragraphs.find((p) => p.index === event?.citation.paragraph);
    expect(paragraph?.text).toMatch(/2|٢|२/);
    expect(seeds.recentIds).toContain(event?.citation.docId);
  });
});

describe("watched topics", () => {
  it("stores an Arabic spelling and the English word as the same watch", () => {
    expect(watchKey("الفنتانيل", knowledge.lexicon)).toBe(watchKey("fentanyl", knowledge.lexicon));
    expect(knowledge.lexicon.byId(watchKey("الفنتانيل", knowledge.lexicon))).toBeDefined();
    expect(watchKey("Dark   Web", knowledge.lexicon)).toBe("dark web");
  });

  it("finds the Rome/Lyon mentions of fentanyl watched through its Arabic spelling, with citations", () => {
    const topic = watchKey("الفنتانيل", knowledge.lexicon);
    const answer = full(digest({ lang: "sw", topics: [topic] }));
    const watched = answer.topics[0];
    expect(watched?.label).toBe(knowledge.lexicon.label(topic, "sw"));
    expect(watched?.mentions.length).toBeGreaterThan(0);
    const first = watched?.mentions[0];
    expect(seeds.recentIds).toContain(first?.quote.docId);
    expect(first?.quote.lang).toBe("sw");
    expect(first?.isNew).toBe(true);
    const ids = knowledge.lexicon.mentions(first?.quote.text ?? "").map((mention) => mention.entry.id);
    expect(ids).toContain(topic);
    const doc = knowledge.corpus.docs.find((candidate) => candidate.id === first?.quote.docId);
    expect(doc?.paragraphs.find((p) => p.index === first?.quote.paragraph)?.text).toContain(
      first?.quote.text,
    );
  });

  it("says so when no document mentions a watched term", () => {
    const answer = full(digest({ topics: ["zebra crossings"] }));
    expect(answer.topics[0]?.mentions).toEqual([]);
    expect(renderText(renderDigest(answer))).toContain(messagesFor("en").digest.noMentions);
  });
});

describe("a day with nothing to say", () => {
  const quietDay = { localDate: "2025-03-01", since: "2025-02-28T00:00:00.000Z" };

  it("is one short line", () => {
    const answer = digest(quietDay);
    expect(answer?.kind).toBe("nothing");
    const message = renderDigest(answer as DigestAnswer);
    expect(message.blocks).toHaveLength(1);
    expect(renderText(message)).toBe(messagesFor("en").digest.nothingNew);
  });

  it("is no post at all in a quiet channel", () => {
    expect(digest({ ...quietDay, quiet: true })).toBeNull();
    expect(composeDigest({ ...quietDay, knowledge, tz: "UTC", lang: "fr", topics: [] }).kind).toBe("nothing");
  });

  it("still posts in a quiet channel when something is coming up", () => {
    expect(digest({ quiet: true, since: "2024-12-01T00:00:00.000Z" })?.kind).toBe("digest");
  });
});

describe("the rendered digest", () => {
  it("stays within Slack's limits and names its language, command and sources", () => {
    for (const lang of ["en", "ar", "hi"] as const) {
      const answer = full(digest({ lang, topics: ["fentanyl", "cybercrime"], since: OLD_WEEK }));
      const message = renderDigest(answer);
      expect(limitViolations(message.blocks)).toEqual([]);
      expect(message.metadata.event_payload).toMatchObject({ lang, command: "digest" });
      expect([...message.metadata.event_payload.sources].sort()).toEqual(
        expect.arrayContaining([...seeds.recentIds].sort()),
      );
      expect(message.text.length).toBeGreaterThan(0);
    }
  });
});
