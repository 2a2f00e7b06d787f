import { beforeAll, describe, expect, it } from "vitest";
import { upcomingEvents } from "../../src/answer/digest-events.ts";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { readFixtureCorpus } from "../eval/fixture.ts";
import { fixtureKnowledge } from "../eval/score.ts";

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await fixtureKnowledge(readFixtureCorpus("corpus-b"));
});

describe("upcoming events on documents written for the tests", () => {
  it("lists a meeting announced in French and reported in Arabic once, cited by its own report", () => {
    const events = upcomingEvents(knowledge, "2024-06-01", "en");
    expect(events).toHaveLength(1);
    expect(events[0]?.docIds).not.toContain("fr-dakar-2024");
    expect(events[0]?.inDays).toBe(10);
  });
});
