import { describe, expect, it } from "vitest";
import { extractPlaces } from "../../src/extract/places.ts";
import { sentence } from "./support.ts";

const anyTown = (): boolean => true;

describe("places and venues", () => {
  it("reads a town after a locative word and a venue after its cue", () => {
    const found = extractPlaces(sentence("The forum met in Valletta at the Grand Harbour Academy."), anyTown);
    expect(found.map(({ name, venue }) => ({ name, venue }))).toEqual([
      { name: "Grand Harbour Academy", venue: true },
      { name: "Valletta", venue: undefined },
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
});
