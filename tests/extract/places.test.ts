import { describe, expect, it } from "vitest";
import { extractPlaces } from "../../src/extract/places.ts";
import { sentence } from "./support.ts";

const anyTown = (): boolean => true;

describe("places and venues", () => {
  it("reads a town after a locative word and a venue after its cue, the town next to 'met' first", () => {
    const found = extractPlaces(sentence("The forum met in Valletta at the Grand Harbour Academy."), anyTown);
    expect(found.map(({ name, venue }) => ({ name, venue }))).toEqual([
      { name: "Valletta", venue: undefined },
      { name: "Grand Harbour Academy", venue: true },
    ]);
  });

  it("reads Italian and Arabic venues", () => {
    const italian = extractPlaces(
      sentence("Si è svolto presso il Centro Congressi del Porto Vecchio.", "it"),
      anyTown,
    );
    expect(italian[0]).toMatchObject({ name: "Centro Congressi del Porto Vecchio", venue: true });
    const arabic = extractPlaces(
      sentence("عقد المؤتمر في قاعة المدينة الكبرى ، يومي 3 و4 مايو", "ar", "arabic"),
      anyTown,
    );
    expect(arabic[0]).toMatchObject({ name: "قاعة المدينة الكبرى", venue: true });
  });

  it("reads the place of a dateline opening a news body", () => {
    const found = extractPlaces(sentence("Tampere (Finland) – The ministers ended their meeting."), anyTown);
    expect(found[0]?.name).toBe("Tampere");
  });

  it("leaves out what the caller says is not a town, such as a month", () => {
    const found = extractPlaces(
      sentence("The report was published in September."),
      (name) => name !== "September",
    );
    expect(found).toEqual([]);
  });

  it("reads a Hindi city before the venue it owns and leaves a ministry named as an affiliation alone", () => {
    const held = extractPlaces(
      sentence("कार्यशाला 4 और 5 मार्च को चेन्नई के अन्ना शताब्दी सभागार में आयोजित की गई।", "hi", "devanagari"),
      anyTown,
    );
    expect(held.map(({ name, venue }) => ({ name, venue }))).toEqual([
      { name: "चेन्नई", venue: undefined },
      { name: "अन्ना शताब्दी सभागार", venue: true },
    ]);
    const chaired = extractPlaces(
      sentence("सम्मेलन की अध्यक्षता केन्या के आंतरिक मंत्रालय में पुलिस महानिदेशक ने की।", "hi", "devanagari"),
      anyTown,
    );
    expect(chaired).toEqual([]);
  });

  it("reads the town a Hindi venue is 'located in' (स्थित)", () => {
    const found = extractPlaces(
      sentence(
        "ब्यूरो ने 12 से 14 मार्च तक भोपाल स्थित मध्य प्रदेश पुलिस अकादमी में कार्यशाला आयोजित की।",
        "hi",
        "devanagari",
      ),
      anyTown,
    );
    expect(found.map(({ name, venue }) => ({ name, venue }))).toContainEqual({
      name: "भोपाल",
      venue: undefined,
    });
  });

  it("takes no country or common noun after في for the city", () => {
    const found = extractPlaces(
      sentence("عقد الاجتماع في دولة الكويت في إطار التعاون في مجال الأمن.", "ar", "arabic"),
      anyTown,
    );
    expect(found).toEqual([]);
  });

  it("reads an Arabic wire dateline with في and an agency tag, and a venue's own town", () => {
    const wire = extractPlaces(
      sentence("صفاقس في 3 مارس 2025 (وات) – افتتحت أشغال الندوة الإقليمية حول الهجرة.", "ar", "arabic"),
      anyTown,
    );
    expect(wire[0]?.name).toBe("صفاقس");
    const italian = extractPlaces(
      sentence(
        "Si è tenuto il 4 aprile, presso il Castello Estense di Ferrara, il seminario sui furti d'arte.",
        "it",
      ),
      anyTown,
    );
    expect(italian.map(({ name, venue }) => ({ name, venue }))).toEqual([
      { name: "Castello Estense di Ferrara", venue: true },
      { name: "Ferrara", venue: undefined },
    ]);
    const hindi = extractPlaces(
      sentence("बैठक पुणे स्थित राष्ट्रीय रक्षा अकादमी में आयोजित की गई।", "hi", "devanagari"),
      anyTown,
    );
    expect(hindi.map((place) => place.name)).toEqual(["पुणे", "राष्ट्रीय रक्षा अकादमी"]);
  });
});
