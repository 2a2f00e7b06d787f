import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLexiconLookup, lexiconPaths, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import type { LexiconLookup } from "../../src/corpus/lexicon-types.ts";

const SEEDS = join(import.meta.dirname, "../../seeds");
const LANGUAGES = ["en", "ar", "sw", "hi", "it", "fr"];

describe("the shipped lexicon", () => {
  let lexicon: LexiconLookup;
  beforeAll(() => {
    lexicon = createLexiconLookup(loadLexiconFiles([]));
  });

  it("gives every entry a label in each of the six answer languages", () => {
    const missing = lexicon.entries.flatMap((entry) =>
      LANGUAGES.filter((lang) => !lexicon.label(entry.id, lang)).map((lang) => `${entry.id}:${lang}`),
    );
    expect(lexicon.entries.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("finds fentanyl from its spelling in any script, with or without the Arabic article and conjunction", () => {
    for (const term of [
      "fentanyl",
      "Fentanyl",
      "fentanil",
      "الفنتانيل",
      "فنتانيل",
      "والفنتانيل",
      "फेंटानिल",
      "फेंटानाइल",
    ]) {
      expect(lexicon.find(term).map((entry) => entry.id)).toContain("fentanyl");
    }
  });

  it("finds multi-word spellings: sarafu za siri, العملات المشفرة and criptovalute are one entry", () => {
    for (const term of [
      "sarafu za siri",
      "العملات المشفرة",
      "criptovalute",
      "cryptomonnaies",
      "क्रिप्टोकरेंसी",
    ]) {
      expect(lexicon.find(term)[0]?.id).toBe("cryptocurrencies");
    }
    expect(lexicon.find("sarafu")).toEqual([]);
  });

  it("finds meetings by their slug aliases", () => {
    expect(lexicon.find("rome-lyon").map((entry) => entry.id)).toContain(
      "rome-lyon-heads-of-delegation-2024",
    );
    expect(lexicon.find("jumbo")[0]?.kind).toBe("meeting");
  });

  it("reads methamphetamine and its precursor ephedrine in the JUMBO article's sentence", () => {
    const text =
      "السوق الجديد المثير للقلق للميثامفيتامين ، وعلى وجه الخصوص ، للاستخدام غير القانوني لسلائفها ، الايفيدرين.";
    const mentions = lexicon.mentions(text);
    expect(mentions.map((mention) => mention.entry.id)).toEqual(["methamphetamine", "ephedrine"]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
    expect(mentions[0]?.surface).toBe("للميثامفيتامين");
  });

  it("prefers the longest name: the Rome/Lyon Group rather than Rome", () => {
    const mentions = lexicon.mentions("Kundi la G7 Rome/Lyon chini ya Urais wa Italia.");
    expect(mentions.map((mention) => mention.entry.id)).toEqual([
      "g7",
      "rome-lyon-group",
      "italian-g7-presidency",
    ]);
    expect(mentions[1]?.surface).toBe("Rome/Lyon");
  });

  it("matches a short acronym only in capitals, so Italian 'ai' is not artificial intelligence", () => {
    expect(lexicon.mentions("il ruolo dell'AI nella sicurezza").map((mention) => mention.entry.id)).toEqual([
      "artificial-intelligence",
    ]);
    expect(lexicon.mentions("un saluto ai ministri")).toEqual([]);
  });

  it("gives people their role per language", () => {
    expect(lexicon.byId("majlinda-bregu")?.roles?.ar).toContain("مجلس التعاون الإقليمي");
    expect(lexicon.byId("jurgen-stock")?.roles?.en).toContain("INTERPOL");
  });
});

describe("a corpus folder's own lexicon", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-lexicon-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("extends the shipped one: new entries are added and known ids gain spellings", () => {
    writeFileSync(
      join(dir, "lexicon.yml"),
      [
        "entries:",
        "  - id: tuna-poaching",
        "    kind: topic",
        "    labels: {en: bluefin tuna poaching, it: pesca illegale del tonno rosso}",
        "    variants: [tonno rosso]",
        "  - id: fentanyl",
        "    variants: [fentanilo]",
      ].join("\n"),
    );
    const paths = lexiconPaths(dir);
    expect(paths).toEqual([join(SEEDS, "lexicon.yml"), join(dir, "lexicon.yml")]);
    const lexicon = createLexiconLookup(loadLexiconFiles(paths));
    expect(lexicon.find("tonno rosso")[0]?.id).toBe("tuna-poaching");
    expect(lexicon.find("fentanilo")[0]?.id).toBe("fentanyl");
    expect(lexicon.find("الفنتانيل")[0]?.id).toBe("fentanyl");
    expect(lexicon.byId("fentanyl")?.labels.hi).toBe("फेंटानिल");
  });

  it("adds nothing when the corpus folder is the shipped folder", () => {
    expect([]).toEqual([join(SEEDS, "lexicon.yml")]);
  });

  it("rejects a file with a misspelt field, naming the file and the entry", () => {
    const bad = join(dir, "bad.yml");
    writeFileSync(bad, "entries:\n  - id: x\n    kind: topic\n    labels: {en: X}\n    variant: [y]\n");
    expect(() => loadLexiconFiles([bad])).toThrow(
      /bad\.yml: entries\[0\] \(id "x"\): unknown field "variant"/,
    );
  });

  it("rejects a new entry without a kind, and invalid JSON, naming the file", () => {
    const noKind = join(dir, "nokind.yml");
    writeFileSync(noKind, "entries:\n  - id: y\n    labels: {en: Y}\n");
    expect(() => loadLexiconFiles([noKind])).toThrow(/nokind\.yml: entry "y" is new and needs a kind/);
    const json = join(dir, "lexicon.json");
    writeFileSync(json, "{ entries: ");
    expect(() => loadLexiconFiles([json])).toThrow(/lexicon\.json: not valid JSON/);
  });
});
