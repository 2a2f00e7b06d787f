import { describe, expect, it } from "vitest";
import { aggregateByDocument, passageScores } from "../../src/search/aggregate.ts";
import type { PassageHit } from "../../src/search/types.ts";

/** A fixed stream of scores, so every run ranks the same documents. */
function scores(count: number): number[] {
  let state = 20241130;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.round((state / 2147483648) * 1000) / 10;
  });
}

const langOf = (docId: string): string => (docId.endsWith("7") ? "sw" : "en");

function hit(docId: string, paragraph: number, score: number): PassageHit {
  return {
    docId,
    paragraph,
    text: `${docId} ${paragraph}`,
    lang: langOf(docId),
    score,
    terms: [],
    entities: [],
  };
}

describe("aggregating passage hits into documents", () => {
  const titleScores = new Map(scores(3000).map((score, at) => [`title-${at}`, score]));
  const hits = scores(400).map((score, at) => hit(`doc-${at % 150}`, 1 + Math.floor(at / 150), score * 1.5));
  const calls = { info: 0, lead: 0 };
  const options = {
    limit: 8,
    passages: 3,
    info: (docId: string) => {
      calls.info++;
      return { title: docId, lang: langOf(docId) };
    },
    lead: (docId: string) => {
      calls.lead++;
      return hit(docId, 1, 0);
    },
  };

  it.each([0, 2])(
    "returns the best documents, with %i places kept for other languages, making only those that can be returned",
    (otherLanguages) => {
      calls.info = 0;
      calls.lead = 0;
      const found = aggregateByDocument(hits, titleScores, { ...options, otherLanguages });
      expect(found).toHaveLength(8);
      // The best documents as ranking all 3,150 would find them: every score, best first.
      const all = new Map<string, number>(titleScores);
      const byDoc = new Map<string, number[]>();
      for (const one of hits) byDoc.set(one.docId, [...(byDoc.get(one.docId) ?? []), one.score]);
      for (const [docId, list] of byDoc) {
        const sorted = list.sort((a, b) => b - a);
        const further = sorted.slice(1, 5).reduce((sum, score) => sum + score, 0);
        all.set(docId, (sorted[0] ?? 0) + 0.3 * further + (titleScores.get(docId) ?? 0));
      }
      const ranked = [...all].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      if (otherLanguages === 0)
        expect(found.map((doc) => doc.docId)).toEqual(ranked.slice(0, 8).map(([id]) => id));
      else expect(found.filter((doc) => doc.lang !== found[0]?.lang).length).toBeGreaterThan(0);
      // Any document brought in from below the eighth place is among the best-ranked in another language
      // than the first's that score at least half as much, in rank order.
      const topIds = new Set(ranked.slice(0, 8).map(([id]) => id));
      const brought = found.filter((doc) => !topIds.has(doc.docId)).map((doc) => doc.docId);
      const [firstId = "", firstScore = 0] = ranked[0] ?? [];
      const eligible = ranked
        .slice(8)
        .filter(([id, score]) => langOf(id) !== langOf(firstId) && score >= firstScore * 0.5)
        .map(([id]) => id);
      expect(brought).toEqual(eligible.slice(0, brought.length));
      if (otherLanguages > 0) expect(brought.length).toBeGreaterThan(0);
      expect(found[0]?.docId).toBe(ranked[0]?.[0]);
      expect(calls.info).toBeLessThan(200);
      expect(calls.lead).toBeLessThan(200);
      for (const doc of found) expect(doc.passages.length).toBeGreaterThan(0);
    },
  );

  it("scores a document by its best passage and a share of the next four, whatever order its hits came in", () => {
    // Seven passages of one document, out of order, a tie among them; and a document of one passage.
    const many = [2.5, 9.25, 0.75, 4, 7.5, 4, 1.125].map((score, at) => hit("doc-many", at + 1, score));
    const one = hit("doc-one", 3, 12);
    const expected = 9.25 + 0.3 * (7.5 + 4 + 4 + 2.5);
    expect(passageScores([...many, one])).toEqual(
      new Map([
        ["doc-many", expected],
        ["doc-one", 12],
      ]),
    );
    const found = aggregateByDocument([one, ...many], new Map([["doc-one", 5]]), { ...options, passages: 4 });
    expect(found.map((doc) => [doc.docId, doc.score])).toEqual([
      ["doc-one", 17],
      ["doc-many", expected],
    ]);
    // Best first, and of two equal passages the earlier paragraph.
    expect(found[1]?.passages.map((passage) => [passage.score, passage.paragraph])).toEqual([
      [9.25, 2],
      [7.5, 5],
      [4, 4],
      [4, 6],
    ]);
  });
});
