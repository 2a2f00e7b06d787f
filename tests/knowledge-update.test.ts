import { describe, expect, it } from "vitest";
import type { Corpus, CorpusChange, Doc } from "../src/corpus/types.ts";
import { buildKnowledge } from "../src/knowledge/build.ts";
import type { Knowledge } from "../src/knowledge/types.ts";
import { updateKnowledge } from "../src/knowledge/update.ts";
import { docFromText, seedCorpus, shippedLexicon } from "./extract/support.ts";

const T0 = new Date("2025-03-01T08:00:00Z");
const T1 = new Date("2025-03-02T08:00:00Z");

function withDocs(corpus: Corpus, docs: Doc[]): Corpus {
  return { ...corpus, docs };
}

function change(corpus: Corpus, parts: Partial<Omit<CorpusChange, "corpus">>): CorpusChange {
  return { corpus, added: parts.added ?? [], changed: parts.changed ?? [], removed: parts.removed ?? [] };
}

const found = (knowledge: Knowledge, question: string): string[] =>
  knowledge.search.search(question).map((hit) => hit.docId);

const ferry = docFromText(
  "ferry",
  "Ferry timetable\n\nThe harbour authority announced a winter timetable for the zanzibarine ferries.\n\n" +
    "Inspectors will check every vessel before the season opens.\n",
);

describe("updating knowledge for a changed corpus", () => {
  it("gives the facts, meetings and search results a full build gives when a seed document is added", async () => {
    const seeds = await seedCorpus();
    const lexicon = shippedLexicon();
    const last = seeds.docs.at(-1) as Doc;
    const before = buildKnowledge(withDocs(seeds, seeds.docs.slice(0, -1)), lexicon, { now: T0 });
    const updated = updateKnowledge(before, change(seeds, { added: [last] }), T1);
    const full = buildKnowledge(seeds, lexicon, { now: T1 });
    expect(updated.facts).toEqual(full.facts);
    expect(updated.outlines).toEqual(full.outlines);
    expect(updated.meetings).toEqual(full.meetings);
    const questions = [...seeds.docs.map((doc) => doc.title), "fentanyl", "criptovalute", "G7"];
    for (const question of questions) expect(found(updated, question)).toEqual(found(full, question));
    expect(found(updated, last.title)).toContain(last.id);
  });

  it("finds an added document's words, not a removed one's, and a changed one's new words only", async () => {
    const seeds = await seedCorpus();
    const lexicon = shippedLexicon();
    const before = buildKnowledge(withDocs(seeds, [...seeds.docs, ferry]), lexicon, { now: T0 });
    expect(found(before, "zanzibarine")).toEqual(["ferry"]);

    const rewritten = docFromText(
      "ferry",
      "Ferry timetable\n\nThe harbour authority cancelled the quokkaline crossings for the winter.\n",
    );
    const changed = updateKnowledge(
      before,
      change(withDocs(seeds, [...seeds.docs, rewritten]), { changed: [rewritten] }),
      T1,
    );
    expect(found(changed, "quokkaline")).toEqual(["ferry"]);
    expect(found(changed, "zanzibarine")).toEqual([]);
    expect(changed.firstSeen.get("ferry")).toBe(T0.toISOString());

    const removed = updateKnowledge(changed, change(seeds, { removed: ["ferry"] }), T1);
    expect(found(removed, "quokkaline")).toEqual([]);
    expect(found(removed, "ferry timetable")).not.toContain("ferry");
    expect(removed.facts.has("ferry")).toBe(false);
    expect(removed.firstSeen.has("ferry")).toBe(false);
  });

  it("drops a removed document's version from the merged meetings", async () => {
    const seeds = await seedCorpus();
    const lexicon = shippedLexicon();
    const before = buildKnowledge(seeds, lexicon, { now: T0 });
    const merged = before.meetings.find((meeting) => meeting.versions.length > 1);
    expect(merged).toBeDefined();
    const gone = merged?.versions[0]?.docId ?? "";
    const after = updateKnowledge(
      before,
      change(
        withDocs(
          seeds,
          seeds.docs.filter((doc) => doc.id !== gone),
        ),
        { removed: [gone] },
      ),
      T1,
    );
    const versions = after.meetings.flatMap((meeting) => meeting.versions.map((version) => version.docId));
    expect(versions).not.toContain(gone);
    expect(after.meetings).toEqual(
      buildKnowledge(
        withDocs(
          seeds,
          seeds.docs.filter((doc) => doc.id !== gone),
        ),
        lexicon,
        { now: T1 },
      ).meetings,
    );
  });

  it("dates an added document from the recorded first-seen instant, else from now", async () => {
    const seeds = await seedCorpus();
    const before = buildKnowledge(seeds, shippedLexicon(), { now: T0 });
    const other = docFromText("other", "Other\n\nA second ferry operator joined the route.\n");
    const after = updateKnowledge(
      before,
      change(withDocs(seeds, [...seeds.docs, ferry, other]), { added: [ferry, other] }),
      T1,
      { firstSeen: new Map([["ferry", "2025-02-01T00:00:00.000Z"]]) },
    );
    expect(after.firstSeen.get("ferry")).toBe("2025-02-01T00:00:00.000Z");
    expect(after.firstSeen.get("other")).toBe(T1.toISOString());
    for (const doc of seeds.docs) expect(after.firstSeen.get(doc.id)).toBe(T0.toISOString());
  });

  it("leaves the knowledge before the change answering, without the documents that changed", async () => {
    const seeds = await seedCorpus();
    const before = buildKnowledge(withDocs(seeds, [...seeds.docs, ferry]), shippedLexicon(), { now: T0 });
    const other = docFromText("other", "Other\n\nA second zanzibarine operator joined the route.\n");
    updateKnowledge(
      before,
      change(withDocs(seeds, [...seeds.docs, other]), { added: [other], removed: ["ferry"] }),
      T1,
    );
    expect(found(before, "zanzibarine")).toEqual([]);
    expect(found(before, "fentanyl").length).toBeGreaterThan(0);
    expect(before.corpus.docs.map((doc) => doc.id)).toContain("ferry");
  });
});
