import { describe, expect, it } from "vitest";
import type { Corpus, CorpusChange, Doc } from "../../src/corpus/types.ts";
import { createSearcher, loadSearcher } from "../../src/search/searcher.ts";
import { docFromText, seedCorpus, shippedLexicon } from "../extract/support.ts";

const ferry = docFromText(
  "ferry",
  "Ferry timetable\n\nThe harbour authority announced a winter timetable for the zanzibarine ferries.\n",
);
const bridge = docFromText(
  "bridge",
  "Bridge works\n\nThe estuary bridge closes for quokkaline repairs in March.\n\nTraffic goes by the old road.\n",
);

function withDocs(corpus: Corpus, docs: Doc[]): Corpus {
  return { ...corpus, docs };
}

describe("updating a searcher in place", () => {
  it("finds an added document by a word of its body and of its title, and a removed one no more", async () => {
    const seeds = await seedCorpus();
    const lexicon = shippedLexicon();
    const before = createSearcher(withDocs(seeds, [...seeds.docs, ferry]), lexicon);
    const after = before.update({
      corpus: withDocs(seeds, [...seeds.docs, bridge]),
      added: [bridge],
      changed: [],
      removed: ["ferry"],
    });
    expect(after.search("quokkaline").map((hit) => hit.docId)).toEqual(["bridge"]);
    expect(after.search("bridge works")[0]?.docId).toBe("bridge");
    expect(after.search("zanzibarine")).toEqual([]);
    expect(after.search("quokkaline")[0]?.passages[0]?.paragraph).toBe(1);
  });

  it("rebuilds rather than corrupts when a searcher that was already updated is updated again", async () => {
    const seeds = await seedCorpus();
    const lexicon = shippedLexicon();
    const first = createSearcher(withDocs(seeds, [...seeds.docs, ferry]), lexicon);
    first.update({ corpus: seeds, added: [], changed: [], removed: ["ferry"] });
    const again = first.update({
      corpus: withDocs(seeds, [...seeds.docs, ferry, bridge]),
      added: [bridge],
      changed: [],
      removed: [],
    });
    expect(again.search("zanzibarine").map((hit) => hit.docId)).toEqual(["ferry"]);
    expect(again.search("quokkaline").map((hit) => hit.docId)).toEqual(["bridge"]);
  });

  it("saves an updated searcher and loads it again with the same answers", async () => {
    const seeds = await seedCorpus();
    const lexicon = shippedLexicon();
    const corpus = withDocs(seeds, [...seeds.docs.slice(1), bridge]);
    const change: CorpusChange = {
      corpus,
      added: [bridge],
      changed: [],
      removed: [seeds.docs[0]?.id ?? ""],
    };
    const updated = createSearcher(seeds, lexicon).update(change);
    const loaded = loadSearcher(updated.toJSON(), corpus, lexicon);
    for (const question of ["quokkaline", "fentanyl", "G7", "traffic"]) {
      expect(loaded.search(question)).toEqual(updated.search(question));
    }
    expect(loaded.search("quokkaline").map((hit) => hit.docId)).toEqual(["bridge"]);
  });
});
