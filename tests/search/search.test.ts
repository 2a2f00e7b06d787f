import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import type { LexiconLookup } from "../../src/corpus/lexicon-types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { normaliseToken, tokenise } from "../../src/corpus/normalise.ts";
import type { Corpus } from "../../src/corpus/types.ts";
import { createSearcher, loadSearcher, type PersistentSearcher } from "../../src/search/searcher.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");
/** The seed documents: the Rome/Lyon article in Arabic, Swahili and Hindi, the JUMBO and Wiesbaden articles. */
const ROME_LYON_AR = "000_32986b6b78b62916";
const ROME_LYON_SW = "001_7c412255d0c700a3";
const ROME_LYON_HI = "002_b3fcfc7112fb2b41";
const JUMBO = "003_83bbd339d5c662bb";
const WIESBADEN = "004_6ea3b8ed064881d9";
const ROME_LYON = [ROME_LYON_AR, ROME_LYON_SW, ROME_LYON_HI];

/** Question, the language it is asked in, and the documents that must be the top results (in any order). */
const CROSS_LANGUAGE: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["fentanyl", "en", ROME_LYON],
  ["فنتانيل", "ar", ROME_LYON],
  ["फेंटानिल", "hi", ROME_LYON],
  ["criptovalute", "it", ROME_LYON],
  ["cryptomonnaies", "fr", ROME_LYON],
  ["sarafu za siri", "sw", ROME_LYON],
  ["fentanil", "en (typo)", ROME_LYON],
  ["cryptocurency", "en (typo)", ROME_LYON],
  ["intelligence artificielle", "fr", ROME_LYON],
  ["intelligenza artificiale", "it", ROME_LYON],
  ["akili bandia", "sw", ROME_LYON],
  ["traffico di migranti", "it", ROME_LYON],
  ["Mirabella Eclano", "it", ROME_LYON],
  ["Palermo", "sw", ROME_LYON],
  ["باليرمو", "ar", ROME_LYON],
  ["हमास", "hi", ROME_LYON],
  ["G7 Rome/Lyon", "en", ROME_LYON],
  ["Majlinda Bregu", "en", [JUMBO]],
  ["الميثامفيتامين", "ar", [JUMBO]],
  ["crise énergétique", "fr", [JUMBO]],
  ["Western Balkans", "en", [JUMBO]],
  ["JUMBO", "en", [JUMBO]],
  ["आतंकवाद", "hi", [...ROME_LYON, JUMBO]],
  ["Stefano Gambacurta", "fr", [...ROME_LYON, JUMBO]],
  ["iARMS", "en", [WIESBADEN]],
  ["ICSE", "en", [WIESBADEN]],
  ["Wiesbaden", "en", [WIESBADEN]],
  ["Ujerumani", "sw", [WIESBADEN]],
  ["Jürgen Stock", "fr", [WIESBADEN]],
  ["غسل الأموال", "ar", [WIESBADEN]],
  ["criminalità ambientale", "it", [WIESBADEN]],
  ["UNODC", "en", [...ROME_LYON, WIESBADEN]],
];

describe("cross-language search over the seeds", () => {
  let corpus: Corpus;
  let lexicon: LexiconLookup;
  let searcher: PersistentSearcher;
  beforeAll(async () => {
    corpus = await loadCorpus(SEEDS);
    lexicon = createLexiconLookup(loadLexiconFiles([]));
    searcher = createSearcher(corpus, lexicon);
  });

  it.each(CROSS_LANGUAGE)("finds what %s (%s) names", (question, _lang, expected) => {
    const hits = searcher.search(question);
    expect(new Set(hits.slice(0, expected.length).map((hit) => hit.docId))).toEqual(new Set(expected));
  });

  it("finds fentanyl in the paragraph that names it, in the language of each version", () => {
    const hits = searcher.search("fentanyl", { passages: 1 });
    const best = new Map(hits.map((hit) => [hit.docId, hit.passages[0]]));
    expect(best.get(ROME_LYON_AR)?.text).toContain("الفنتانيل");
    expect(best.get(ROME_LYON_SW)?.text).toContain("Fentanyl");
    expect(best.get(ROME_LYON_HI)?.lang).toBe("hi");
    expect(best.get(ROME_LYON_AR)?.terms).toContain(normaliseToken("الفنتانيل"));
  });

  it("finds INTERPOL and UNODC inside the glued tokens of all three Rome/Lyon versions", () => {
    for (const question of ["INTERPOL", "الإنتربول", "UNODC"]) {
      const hits = searcher.search(question, { passages: 5 });
      for (const docId of ROME_LYON) {
        const paragraphs = hits
          .find((hit) => hit.docId === docId)
          ?.passages.map((passage) => passage.paragraph);
        expect(paragraphs, `${question} in ${docId}`).toContain(1);
      }
    }
    const glued = corpus.docs.find((doc) => doc.id === ROME_LYON_SW)?.paragraphs[0]?.text;
    expect(glued).toContain("INTERPOLUNODC");
  });

  it("finds words outside the lexicon as they are written: a number, a Swahili month, an Arabic word", () => {
    expect(searcher.search("31000")[0]?.docId).toBe(WIESBADEN);
    expect(searcher.search("Oktoba").map((hit) => hit.docId)).toEqual([ROME_LYON_SW]);
    expect(searcher.search("متحدثًا").map((hit) => hit.docId)).toEqual([JUMBO]);
  });

  it("does not widen two-letter words: every passage found for 'al' contains the word itself", () => {
    const hits = searcher.search("al", { passages: 10 });
    expect(hits.length).toBeGreaterThan(0);
    for (const passage of hits.flatMap((hit) => hit.passages)) {
      expect(tokenise(passage.text).map(normaliseToken)).toContain("al");
    }
  });

  it("expands a question into every spelling of the entries it names and keeps other words as they are", () => {
    const expanded = searcher.expand("criptovalute e Brandauer");
    expect(expanded.entityIds).toEqual(["cryptocurrencies"]);
    expect(expanded.expansions).toEqual(
      expect.arrayContaining(["sarafu za siri", normaliseToken("क्रिप्टोकरेंसी"), "brandauer", "e"]),
    );
    expect(expanded.terms).toEqual(["criptovalute", "e", "brandauer"]);
  });

  it("reaches the entry a typo is closest to, and leaves unrelated words alone", () => {
    expect(searcher.expand("Frontexx").entityIds).toContain("frontex");
    expect(searcher.expand("Brandauer").entityIds).toEqual([]);
  });

  it("reaches the one topic a lone word is half of, but not through a country's name", () => {
    expect(searcher.expand("ivory").entityIds).toEqual(["ivory-trafficking"]);
    expect(searcher.expand("trafficking").entityIds).toEqual([]);
    // "contrabbando di migranti": the first word is the smuggling itself, not what is smuggled.
    expect(searcher.expand("contrabbando").entityIds).toEqual([]);
  });

  it("keeps the question's words of an entry, for texts that write the phrase apart", () => {
    const expanded = searcher.expand("criptovalute e Brandauer");
    expect(expanded.apart).toEqual([[], []]);
    expect(searcher.expand("sarafu za siri").apart).toEqual([["sarafu", "siri"]]);
  });

  it("reaches an entry whose spelling holds the question's words with one more between them", () => {
    expect(searcher.expand("child exploitation").entityIds).toEqual(["child-sexual-exploitation"]);
    expect(searcher.expand("child protection").entityIds).toEqual([]);
  });

  it("gives a question asked again the same hits, each with the words that spell what it names", () => {
    const first = searcher.search("الفنتانيل");
    const again = searcher.search("الفنتانيل");
    expect(again).toEqual(first);
    const arabic = again.find((hit) => hit.docId === ROME_LYON_AR)?.passages[0];
    expect(arabic?.terms).toContain(normaliseToken("الفنتانيل"));
    const other = searcher.search("fentanyl").find((hit) => hit.docId === ROME_LYON_AR)?.passages[0];
    expect(other?.terms).toContain(normaliseToken("الفنتانيل"));
  });

  it("ranks by document and gives at most the requested passages and documents", () => {
    const hits = searcher.search("G7", { limit: 2, passages: 1 });
    expect(hits).toHaveLength(2);
    expect(hits.every((hit) => hit.passages.length === 1)).toBe(true);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
  });

  it("saves and loads the index for an unchanged corpus, and refuses it for a changed one", () => {
    const loaded = loadSearcher(searcher.toJSON(), corpus, lexicon);
    for (const question of ["fentanyl", "iARMS", "Oktoba", "cryptocurency"]) {
      expect(loaded.search(question)).toEqual(searcher.search(question));
    }
    const changed: Corpus = { ...corpus, docs: corpus.docs.slice(1) };
    expect(() => loadSearcher(searcher.toJSON(), changed, lexicon)).toThrow(/another corpus/);
  });
});

describe("search over a corpus written here, with names the lexicon does not know", () => {
  let dir: string;
  let searcher: PersistentSearcher;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-search-"));
    writeFileSync(
      join(dir, "vienna-ransomware.txt"),
      "Cyber unit heads meet in Vienna\n\nCommissioner Helga Brandauer opened the Vienna workshop on ransomware " +
        "negotiations with Inspector Tomasz Wierzbicki.\n\nThe delegations agreed to pool decryption keys seized " +
        "in Operation Nightjar.\n",
    );
    writeFileSync(
      join(dir, "napoli-pesca.md"),
      "# Vertice sulla pesca illegale a Napoli\n\nIl comandante Ludovica Sperandeo ha presieduto il vertice sui " +
        "pescherecci che sbarcano tonno rosso senza licenza.\n\nLe capitanerie di porto condivideranno i dati " +
        "satellitari delle rotte.\n",
    );
    writeFileSync(
      join(dir, "marseille-medicaments.txt"),
      "Réunion sur la contrefaçon de médicaments à Marseille\n\nLa commissaire Apolline Verdier a présenté les " +
        "résultats de l'opération Pangée contre les médicaments falsifiés vendus en ligne.\n",
    );
    const corpus = await loadCorpus(dir, { settleMs: 0 });
    const lexicon = createLexiconLookup(loadLexiconFiles(lexiconPaths(dir)));
    searcher = createSearcher(corpus, lexicon);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["Helga Brandauer", "vienna-ransomware"],
    ["ransomware Vienna", "vienna-ransomware"],
    ["Operation Nightjar", "vienna-ransomware"],
    ["Sperandeo", "napoli-pesca"],
    ["tonno rosso", "napoli-pesca"],
    ["pescherecci", "napoli-pesca"],
    ["contrefaçon de médicaments", "marseille-medicaments"],
    ["Verdier", "marseille-medicaments"],
    ["opération Pangee", "marseille-medicaments"],
    ["Brandaur", "vienna-ransomware"],
  ])("finds %s in %s by its own words", (question, docId) => {
    expect(searcher.search(question)[0]?.docId).toBe(docId);
  });

  it("finds nothing for a name no document contains", () => {
    expect(searcher.search("Kowalczykowa")).toEqual([]);
  });
});
