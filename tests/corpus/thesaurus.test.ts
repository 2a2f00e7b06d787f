import { beforeAll, describe, expect, it } from "vitest";
import { createLexiconLookup, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import type { LexiconLookup } from "../../src/corpus/lexicon-types.ts";
import { normalise } from "../../src/corpus/normalise.ts";
import { countryEntries } from "../../src/corpus/thesaurus/countries.ts";
import field from "../../src/corpus/thesaurus/field.json" with { type: "json" };
import { shippedThesaurus } from "../../src/corpus/thesaurus/index.ts";
import { allUnits, unitOf } from "../../src/corpus/thesaurus/units.ts";

const LANGUAGES = ["en", "ar", "sw", "hi", "it", "fr"];

/** The only places the field vocabulary may name: regions an agenda speaks of, never a city or a venue. */
const REGIONS = new Set([
  "western-balkans",
  "balkans",
  "balkan-route",
  "west-africa",
  "africa",
  "caribbean",
  "sahel",
  "east-africa",
  "horn-of-africa",
  "north-africa",
  "southern-africa",
  "middle-east",
  "gulf-region",
  "mediterranean",
  "indo-pacific",
  "south-asia",
  "southeast-asia",
  "central-asia",
  "latin-america",
  "europe",
  "great-lakes",
  "levant",
  "gulf-of-guinea",
]);

const fieldEntries = field.entries as { id: string; kind: string; labels: Record<string, string> }[];

function missingLabels(id: string, labels: Record<string, string>): string[] {
  return LANGUAGES.filter((lang) => !labels[lang]?.trim()).map((lang) => `${id}:${lang}`);
}

describe("the shipped thesaurus holds the field, not particular documents", () => {
  it("ships no meeting and no person, in the field vocabulary, the countries or the units", () => {
    const kinds = [
      ...shippedThesaurus().entries.map((entry) => entry.kind as string),
      ...allUnits().map((unit) => unit.kind as string),
    ];
    expect(kinds.filter((kind) => kind === "meeting" || kind === "person")).toEqual([]);
    expect(new Set(allUnits().map((unit) => unit.kind))).toEqual(
      new Set(["count", "measure", "money", "time"]),
    );
  });

  it("names no city or venue: every place in the field vocabulary is a known region", () => {
    const places = fieldEntries.filter((entry) => entry.kind === "place").map((entry) => entry.id);
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((id) => !REGIONS.has(id))).toEqual([]);
  });

  it("takes every other place from the country package, one per country", () => {
    const fieldIds = new Set(fieldEntries.map((entry) => entry.id));
    const otherPlaces = shippedThesaurus()
      .entries.filter((entry) => entry.kind === "place" && !fieldIds.has(entry.id))
      .map((entry) => entry.id);
    expect(otherPlaces.filter((id) => !/^country-[a-z]{2}$/.test(id))).toEqual([]);
    expect(otherPlaces.length).toBe(countryEntries().length);
  });
});

describe("the shipped entries are well formed", () => {
  it("gives every id once, across the field vocabulary and the countries, and once among the units", () => {
    const ids = shippedThesaurus().entries.map((entry) => entry.id);
    expect(ids.filter((id, at) => ids.indexOf(id) !== at)).toEqual([]);
    const unitIds = allUnits().map((unit) => unit.id);
    expect(unitIds.filter((id, at) => unitIds.indexOf(id) !== at)).toEqual([]);
  });

  it("labels every field entry and every unit (plural and singular) in all six languages", () => {
    const missing = [
      ...fieldEntries.flatMap((entry) => missingLabels(entry.id, entry.labels)),
      ...allUnits().flatMap((unit) => [
        ...missingLabels(unit.id, unit.labels),
        ...missingLabels(`${unit.id} (singular)`, unit.singular),
      ]),
    ];
    expect(missing).toEqual([]);
  });

  it("relates entries only to ids that exist", () => {
    const ids = new Set(shippedThesaurus().entries.map((entry) => entry.id));
    const dangling = shippedThesaurus().entries.flatMap((entry) =>
      (entry.related ?? []).filter((id) => !ids.has(id)).map((id) => `${entry.id} → ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it("never lets one spelling of a unit name two units", () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const unit of allUnits()) {
      for (const spelling of [
        ...Object.values(unit.labels),
        ...Object.values(unit.singular),
        ...unit.variants,
      ]) {
        const key = normalise(spelling) || spelling;
        const first = owner.get(key);
        if (first !== undefined && first !== unit.id) shared.push(`${spelling}: ${first}, ${unit.id}`);
        owner.set(key, first ?? unit.id);
      }
    }
    expect(shared).toEqual([]);
  });
});

describe("topics across languages and scripts", () => {
  let lexicon: LexiconLookup;
  beforeAll(() => {
    lexicon = createLexiconLookup(loadLexiconFiles([]));
  });

  it("finds the same entry for الكبتاغون, Captagon and कैप्टागन", () => {
    const arabic = lexicon.find("الكبتاغون")[0]?.id;
    expect(arabic).toBe("captagon");
    expect(lexicon.find("Captagon")[0]?.id).toBe(arabic);
    expect(lexicon.find("कैप्टागन")[0]?.id).toBe(arabic);
    expect(lexicon.mentions("ضبط ملايين من حبوب الكبتاجون")[0]?.entry.id).toBe(arabic);
  });

  it("reads ransomware in the Italian 'attacchi ransomware' and in an Arabic sentence on برامج الفدية", () => {
    expect(lexicon.mentions("attacchi ransomware").map((mention) => mention.entry.id)).toContain(
      "ransomware",
    );
    expect(
      lexicon.mentions("ارتفعت هجمات برامج الفدية على المستشفيات").map((mention) => mention.entry.id),
    ).toContain("ransomware");
  });

  it("meets trafic de biens culturels and الممتلكات الثقافية in one entry", () => {
    const french = lexicon.find("trafic de biens culturels")[0]?.id;
    expect(french).toBe("cultural-property-trafficking");
    expect(
      lexicon.mentions("إعادة الممتلكات الثقافية المسروقة").map((mention) => mention.entry.id),
    ).toContain(french);
  });

  it("links narrower topics to broader ones: captagon to synthetic drugs to drugs, ransomware to cybercrime", () => {
    expect(lexicon.byId("captagon")?.related).toContain("synthetic-drugs");
    expect(lexicon.byId("synthetic-drugs")?.related).toContain("drugs");
    expect(lexicon.byId("ransomware")?.related).toContain("cybercrime");
    expect(lexicon.byId("ivory-trafficking")?.related).toContain("wildlife-trafficking");
    expect(lexicon.byId("wildlife-trafficking")?.related).toContain("environmental-crime");
  });

  it("does not read ivory into Côte d'Ivoire or Costa d'Avorio", () => {
    for (const text of ["Côte d'Ivoire", "Costa d'Avorio", "ساحل العاج", "Ivory Coast"]) {
      const found = lexicon.mentions(`delegates from ${text}`).map((mention) => mention.entry.id);
      expect(found).not.toContain("ivory-trafficking");
    }
  });
});

describe("unitOf", () => {
  it("finds the unit of a counted noun in each language and script", () => {
    expect(unitOf("متحدثًا")?.id).toBe("speakers");
    expect(unitOf("delegati")?.id).toBe("delegates");
    expect(unitOf("washiriki")?.id).toBe("participants");
    expect(unitOf("देशों")?.id).toBe("countries");
    expect(unitOf("pays")?.id).toBe("countries");
  });

  it("tells member countries from countries, and reads a longer noun from its head", () => {
    expect(unitOf("pays membres")?.id).toBe("member-countries");
    expect(unitOf("attacchi ransomware")?.id).toBe("attacks");
    expect(unitOf("ransomware attacks")?.id).toBe("attacks");
    expect(unitOf("tonnellate di cocaina")?.id).toBe("tonnes");
  });

  it("gives the unit's noun in the reply's language and its currency", () => {
    expect(unitOf("دولة")?.labels.it).toBe("paesi");
    expect(unitOf("rupees")?.currency).toBe("INR");
    expect(unitOf("وفدًا")?.singular.en).toBe("delegation");
  });

  it("finds nothing for a word that counts nothing", () => {
    expect(unitOf("ransomware")).toBeUndefined();
    expect(unitOf("")).toBeUndefined();
  });
});
