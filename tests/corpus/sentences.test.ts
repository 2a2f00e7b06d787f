import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/corpus/paragraphs.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

const seedParagraphs = (name: string): string[] =>
  splitParagraphs(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8"));
const paragraphStarting = (name: string, start: string): string => {
  const found = seedParagraphs(name).find((paragraph) => paragraph.startsWith(start));
  if (found === undefined) throw new Error(`no paragraph starting "${start}" in ${name}`);
  return found;
};

describe("splitSentences in Arabic", () => {
  it("splits at the period between two sentences of the INTERPOL article", () => {
    const sentences = splitSentences(paragraphStarting("004_6ea3b8ed064881d9.txt", "وتشكل مكافحة"), "ar");
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^وتشكل مكافحة .* دورا أساسيا\.$/);
    expect(sentences[1]).toMatch(/^وقاعدة بيانات الإنتربول/);
  });

  it("does not split at the Arabic comma ، (the JUMBO article uses it between clauses)", () => {
    const paragraph = paragraphStarting("003_83bbd339d5c662bb.txt", "وشهد المؤتمر");
    expect(paragraph).toContain("،");
    expect(splitSentences(paragraph, "ar").every((sentence) => !sentence.endsWith("،"))).toBe(true);
  });

  it("keeps a one-word piece after a stray period with its sentence ('دول الغرب. البلقان.')", () => {
    const sentences = splitSentences(paragraphStarting("003_83bbd339d5c662bb.txt", "شارك أكثر من 70"), "ar");
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatch(/دول الغرب\. البلقان\.$/);
  });

  it("splits at the Arabic question mark ؟ and semicolon ؛", () => {
    expect(splitSentences("من حضر الاجتماع؟ حضر الوزراء؛ ثم انتهى الاجتماع.", "ar")).toEqual([
      "من حضر الاجتماع؟",
      "حضر الوزراء؛",
      "ثم انتهى الاجتماع.",
    ]);
  });
});

describe("splitSentences in Swahili", () => {
  it("splits the Rome/Lyon paragraph at its periods", () => {
    const sentences = splitSentences(
      paragraphStarting("001_7c412255d0c700a3.txt", "Mkutano wa kwanza wa mkutano"),
      "sw",
    );
    expect(sentences[0]).toMatch(/^Mkutano wa kwanza .* Urais wa Italia\.$/);
    expect(sentences[1]).toMatch(/^Idara ya Usalama wa Umma/);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
  });

  it("does not split at a stray period followed by a lowercase word ('Naibu Mkurugenzi Mkuu. wa Usalama')", () => {
    const paragraph = paragraphStarting("001_7c412255d0c700a3.txt", "Kazi hizo zilifunguliwa");
    expect(paragraph).toContain("Mkuu. wa Usalama");
    expect(splitSentences(paragraph, "sw")).toEqual([paragraph]);
  });
});

describe("splitSentences in Hindi", () => {
  it("splits at the danda and at a period, and keeps the rest of the paragraph", () => {
    const sentences = splitSentences(paragraphStarting("002_b3fcfc7112fb2b41.txt", "की पहली बैठक"), "hi");
    expect(sentences).toHaveLength(3);
    expect(sentences[0]).toMatch(/रोम\/ल्योन समूह\.$/);
    expect(sentences[1]).toMatch(/^सार्वजनिक सुरक्षा .* जिम्मेदारी है।$/);
    expect(sentences[2]).toMatch(/^समूह, जिसके पास/);
  });

  it("splits at a danda glued to the next word and at the double danda", () => {
    expect(splitSentences("यह पहला वाक्य है।यह दूसरा है॥ तीसरा", "hi")).toEqual([
      "यह पहला वाक्य है।",
      "यह दूसरा है॥",
      "तीसरा",
    ]);
  });

  it("keeps a heading without punctuation as one sentence", () => {
    const heading = "G7 इटली 2024 के प्रतिनिधिमंडल के प्रमुखों की पहली बैठक";
    expect(splitSentences(heading, "hi")).toEqual([heading]);
  });
});

describe("splitSentences around periods that do not end a sentence", () => {
  it("does not split after titles, initials, e.g. and numbered abbreviations in English", () => {
    expect(
      splitSentences(
        "Dr. Smith met J. Brown and Mr. Lee, e.g. about case No. 5 in the U.S. capital. Then they left.",
        "en",
      ),
    ).toEqual([
      "Dr. Smith met J. Brown and Mr. Lee, e.g. about case No. 5 in the U.S. capital.",
      "Then they left.",
    ]);
  });

  it("splits a sentence glued to the next one by a period without a space", () => {
    expect(
      splitSentences("It gathered many international organisations.The next session was in Lyon.", "en"),
    ).toEqual(["It gathered many international organisations.", "The next session was in Lyon."]);
  });

  it("keeps decimal numbers and times whole", () => {
    expect(splitSentences("Il mercato vale 3.5 miliardi. La sessione è finita alle 18.30.", "it")).toEqual([
      "Il mercato vale 3.5 miliardi.",
      "La sessione è finita alle 18.30.",
    ]);
  });

  it("does not split after Italian titles such as Min. Plen. and On.", () => {
    expect(
      splitSentences(
        "Ha presieduto il Min. Plen. Carlo Rossi con l'On. Bianchi. Poi la sessione è proseguita.",
        "it",
      ),
    ).toEqual([
      "Ha presieduto il Min. Plen. Carlo Rossi con l'On. Bianchi.",
      "Poi la sessione è proseguita.",
    ]);
  });

  it("does not split after French M. and Mme but does at ? and !", () => {
    expect(splitSentences("M. Dupont et Mme Martin sont arrivés. Qui a parlé ? Le préfet !", "fr")).toEqual([
      "M. Dupont et Mme Martin sont arrivés.",
      "Qui a parlé ?",
      "Le préfet !",
    ]);
  });

  it("still ends a sentence at a year followed by a capitalised word", () => {
    expect(splitSentences("The pledge was made in 2021. Ministers renewed it.", "en")).toEqual([
      "The pledge was made in 2021.",
      "Ministers renewed it.",
    ]);
  });
});
