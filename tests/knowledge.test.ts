import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../src/knowledge/build.ts";
import { seedCorpus, shippedLexicon } from "./extract/support.ts";

describe("knowledge", () => {
  it("holds facts for every document, merged meetings and first-seen instants kept from before", async () => {
    const corpus = await seedCorpus();
    const first = corpus.docs[0]?.id ?? "";
    const knowledge = buildKnowledge(corpus, shippedLexicon(), {
      now: new Date("2025-01-02T03:04:05Z"),
      firstSeen: new Map([[first, "2024-01-01T00:00:00.000Z"]]),
    });
    expect([...knowledge.facts.keys()].sort()).toEqual(corpus.docs.map((doc) => doc.id).sort());
    expect(knowledge.meetings.map((meeting) => meeting.versions.length).sort()).toEqual([1, 1, 3]);
    expect(knowledge.firstSeen.get(first)).toBe("2024-01-01T00:00:00.000Z");
    expect(knowledge.firstSeen.get(corpus.docs[1]?.id ?? "")).toBe("2025-01-02T03:04:05.000Z");
    expect(knowledge.search.search("fentanyl").length).toBeGreaterThan(0);
  });

  it("outlines every document's facts: its topics, the names of its people and places, its follow-ups", async () => {
    const corpus = await seedCorpus();
    const knowledge = buildKnowledge(corpus, shippedLexicon(), { now: new Date("2025-01-02T03:04:05Z") });
    expect([...knowledge.outlines.keys()]).toEqual(corpus.docs.map((doc) => doc.id));
    for (const [id, facts] of knowledge.facts) {
      const outline = knowledge.outlines.get(id);
      expect(outline?.topics).toEqual(facts.topics);
      expect(new Set(outline?.names)).toEqual(
        new Set([...facts.people, ...facts.places].map((named) => named.name)),
      );
      expect(outline?.followUps).toBe(facts.followUps.length > 0);
    }
    const outlines = [...knowledge.outlines.values()];
    expect(outlines.some((outline) => outline.topics.includes("fentanyl"))).toBe(true);
    expect(outlines.some((outline) => outline.followUps)).toBe(true);
    expect(outlines.every((outline) => outline.names.length > 0)).toBe(true);
  });
});
