import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus, Doc } from "../../src/corpus/types.ts";
import { extractFacts } from "../../src/extract/document-facts.ts";
import { reportedMeeting } from "../../src/extract/meetings.ts";
import type { DocumentFacts, Meeting } from "../../src/extract/types.ts";
import { seedCorpus, shippedLexicon } from "./support.ts";

let corpus: Corpus;

beforeAll(async () => {
  corpus = await seedCorpus();
});

/** The document whose title contains `titlePart`, its facts and the meeting it reports (file names are never used). */
function titled(titlePart: string): { doc: Doc; facts: DocumentFacts; meeting: Meeting | undefined } {
  const doc = corpus.docs.find((candidate) => candidate.title.includes(titlePart));
  if (!doc) throw new Error(`no document titled with ${titlePart}`);
  const facts = extractFacts(doc, shippedLexicon());
  return { doc, facts, meeting: reportedMeeting(doc, facts, shippedLexicon())?.meeting };
}

describe("when and where the seed meetings happened, read from their text", () => {
  it("reads Rome and the foreign ministry from each version of the Rome/Lyon article, and no date but the recent days", () => {
    for (const [title, city, venue] of [
      ["الاجتماع الأول لرؤساء وفود", "روما", "وزارة الخارجية والتعاون الدولي"],
      ["Mkutano wa kwanza", "Roma", "Wizara ya Mambo ya Nje"],
      ["G7 इटली 2024", "रोम", "विदेश एवं अंतर्राष्ट्रीय सहयोग मंत्रालय"],
    ] as const) {
      const { meeting } = titled(title);
      expect(meeting?.place?.name, title).toBe(city);
      expect(meeting?.venue?.name, title).toMatch(new RegExp(`^${venue}`));
      expect(meeting?.dates?.precision ?? "year", title).toBe("year");
    }
    expect(titled("Mkutano wa kwanza").meeting?.dates).toMatchObject({
      start: { year: 2024 },
      yearStatus: "inferred",
    });
  });

  it("keeps the Mirabella Eclano ministers' meeting a follow-up with its own dates in every version", () => {
    const arabic = titled("الاجتماع الأول لرؤساء وفود").facts.followUps;
    expect(arabic).toHaveLength(1);
    expect(arabic[0]).toMatchObject({
      place: "ميرابيلا إيكلانو",
      dates: { listed: [{ day: 7 }, { day: 2 }] },
    });
    expect(titled("Mkutano wa kwanza").facts.followUps[0]).toMatchObject({
      place: "Mirabella Eclano",
      dates: { start: { year: 2024, month: 10, day: 2 }, end: { day: 4 } },
    });
    expect(titled("G7 इटली 2024").facts.followUps[0]?.place).toBe("मिराबेला एक्लानो");
    expect(titled("Mkutano wa kwanza").meeting?.place?.name).not.toBe("Mirabella Eclano");
  });

  it("reads JUMBO on 17–18 November with no year, in Rome, at the Police School, never the Western Balkans", () => {
    const { meeting } = titled("(JUMBO)");
    expect(meeting?.dates).toMatchObject({
      start: { month: 11, day: 17 },
      end: { month: 11, day: 18 },
      yearStatus: "not-given",
    });
    expect(meeting?.dates?.start.year).toBeUndefined();
    expect(meeting?.place?.name).toBe("روما");
    expect(meeting?.venue).toMatchObject({ name: "مدرسة الشرطة", venue: true });
  });

  it("reads Wiesbaden from the dateline, dated by the date line because the lead says the meeting ended", () => {
    const { meeting, facts } = titled("أدوات الإنتربول");
    expect(facts.dateline?.place.name).toBe("فيسبادن");
    expect(meeting?.place?.name).toBe("فيسبادن");
    expect(meeting?.dates).toMatchObject({ start: { year: 2022, month: 11, day: 18 }, yearStatus: "stated" });
    expect(meeting?.dates?.surface).toBe("١٨ نوفمبر، ٢٠٢٢");
  });
});
