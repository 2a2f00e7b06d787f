import { beforeAll, describe, expect, it } from "vitest";
import type { BriefFound } from "../../src/answer/types.ts";
import { createLexiconLookup, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { replyTo } from "../../src/render/reply.ts";
import { renderText } from "../../src/render/text.ts";
import { readFixtureCorpus } from "../eval/fixture.ts";
import { fixtureKnowledge } from "../eval/score.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
let knowledge: Knowledge;
/** corpus-d, written blind after the code: built once for every block that asks it. */
let blind: Knowledge;
beforeAll(async () => {
  knowledge = await fixtureKnowledge(readFixtureCorpus("corpus-a"));
  blind = await fixtureKnowledge(readFixtureCorpus("corpus-d"));
});

function brief(text: string, locale?: string) {
  const reply = replyTo("brief", text, {
    knowledge,
    now: NOW,
    defaultLang: "en",
    ...(locale ? { locale } : {}),
  });
  const answer = reply.answer.command === "brief" ? reply.answer.answer : undefined;
  return { reply, found: answer?.kind === "brief" ? (answer as BriefFound) : undefined };
}

describe("/brief on documents written for the tests", () => {
  it("finds the Arabic captagon release when asked in English, through the word's consonant skeleton", () => {
    const { found } = brief("captagon");
    expect(found?.citations.map((citation) => citation.docId)).toContain("ar-muscat-captagon");
  });

  it("shows the counts of the passages about the topic, in words of the reply language from a million up", () => {
    const { reply, found } = brief("captagon");
    expect(found?.figures.some((figure) => figure.value === 85_000_000)).toBe(true);
    expect(renderText(reply.message)).toContain("85 million");
  });

  it("cites every figure's own sentence", () => {
    const { found } = brief("biashara haramu ya binadamu");
    const rescued = found?.figures.find((figure) => figure.value === 312);
    expect(rescued?.source.docId).toBe("sw-nairobi-biashara-binadamu");
    expect(rescued?.source.text).toContain("312");
  });

  it("shows a number whose counted thing is not next to it in the source's own words", () => {
    const { reply } = brief("ransomware attacks on hospitals");
    expect(renderText(reply.message)).toContain("“…in Italia se ne sono contati 47…”");
  });

  it("keeps a report naming the topic once in its lead, and drops one naming it once in passing", () => {
    const terrorism = brief("financement du terrorisme").found?.citations.map((citation) => citation.docId);
    expect(terrorism).toContain("fr-kigali-ministerielle");
    const ransomware = brief("attacchi ransomware").found?.citations.map((citation) => citation.docId);
    expect(ransomware).not.toContain("en-ottawa-ministerial");
  });

  it("finds nothing when the question's own subject is in no document, only its generic words", () => {
    const { reply, found } = brief("traffico di organi");
    expect(found).toBeUndefined();
    expect(renderText(reply.message)).toContain("Non ho trovato nulla");
  });

  it("answers a question whose found word is a name, though its other words are in no document", () => {
    expect(brief("Chiara Benassi speech").found).toBeDefined();
    expect(brief("latest on LockBit").found).toBeDefined();
  });

  it("writes a share the way the reply language does", () => {
    const { reply } = brief("exploitation sexuelle des enfants en ligne");
    expect(renderText(reply.message)).toMatch(/38\s%/u);
  });

  it("answers a short Swahili question in Swahili, from its own words", () => {
    expect(brief("fentanyl ni hatari kiasi gani").reply.lang).toBe("sw");
  });

  it("answers a short French question in French", () => {
    expect(brief("exploitation sexuelle des enfants en ligne").reply.lang).toBe("fr");
  });

  it("takes a city name alone as no evidence of language: the locale decides", () => {
    const meeting = (text: string, locale?: string) =>
      replyTo("meeting", text, { knowledge, now: NOW, defaultLang: "en", ...(locale ? { locale } : {}) });
    expect(meeting("kigali").lang).toBe("en");
    expect(meeting("marseille", "it-IT").lang).toBe("it");
  });
});

describe("/brief figures a question asks for", () => {
  it("shows the counts of what 'how many' names, each version's own where the versions disagree", () => {
    const reply = replyTo("brief", "How many countries attended the INTERPOL conference in Lyon?", {
      knowledge: blind,
      now: NOW,
      defaultLang: "en",
    });
    const answer = reply.answer.command === "brief" ? reply.answer.answer : undefined;
    const found = answer?.kind === "brief" ? answer : undefined;
    const counted = found?.figures
      .filter((figure) => figure.unit === "countries")
      .map((figure) => figure.value);
    expect(counted).toEqual(expect.arrayContaining([96, 94]));
    expect(found?.figures[0]?.unit).toBe("countries");
  });
});

describe("/brief on a phrase a text writes apart", () => {
  it("finds the report whose title says 'traffico di armi e di migranti' for 'traffico di migranti'", () => {
    const reply = replyTo("brief", "traffico di migranti", { knowledge: blind, now: NOW, defaultLang: "en" });
    const answer = reply.answer.command === "brief" ? reply.answer.answer : undefined;
    const cited = answer?.kind === "brief" ? answer.citations.map((citation) => citation.docId) : [];
    expect(cited).toContain("it-podgorica-armi-migranti-2025");
    expect(cited).not.toContain("en-lyon-scam-centres-2025");
  });
});

describe("/brief in Swahili on a word another language uses as a function word", () => {
  it("answers 'magari yaliyoibwa' in Swahili with the count of cars, and no '31 countries' from 'nchini'", () => {
    const reply = replyTo("brief", "magari yaliyoibwa", { knowledge: blind, now: NOW, defaultLang: "en" });
    expect(reply.lang).toBe("sw");
    const answer = reply.answer.command === "brief" ? reply.answer.answer : undefined;
    const figures = answer?.kind === "brief" ? answer.figures : [];
    expect(figures.map((figure) => figure.value)).toContain(143);
    expect(figures.filter((figure) => figure.unit === "nchi").map((figure) => figure.value)).not.toContain(
      31,
    );
  });
});

describe("a meeting card's people for a reader of another language", () => {
  it("gives each role as a version in the reply's script words it, before the source's script", async () => {
    const seeds = await buildKnowledge(
      await loadCorpus(new URL("../../seeds", import.meta.url).pathname),
      createLexiconLookup(loadLexiconFiles([])),
      { now: NOW },
    );
    const text = renderText(
      replyTo("meeting", "rome-lyon", { knowledge: seeds, now: NOW, defaultLang: "en" }).message,
    );
    expect(text).toContain("Carlo Lo Cascio — Naibu Katibu Mkuu");
  });
});
