import { beforeAll, describe, expect, it } from "vitest";
import { sameNameAcrossScripts, sameSpelledName, spellingOfName } from "../../src/corpus/transliterate.ts";
import type { Meeting } from "../../src/extract/types.ts";
import { readFixtureCorpus } from "../eval/fixture.ts";
import { fixtureKnowledge } from "../eval/score.ts";

describe("names across scripts", () => {
  it("matches a name in Latin, Arabic and Devanagari, a title kept or not", () => {
    expect(sameNameAcrossScripts("Roberto Sciacca", "روبرتو شاكا")).toBe(true);
    expect(sameNameAcrossScripts("ناصر مبارك المناعي", "ब्रिगेडियर नासिर मुबारक अल-मन्नाई")).toBe(true);
    expect(sameNameAcrossScripts("Rajiv Menon", "أنيكه دي فريس")).toBe(false);
    expect(sameNameAcrossScripts("Kigali", "Kampala")).toBe(false);
  });

  it("gives the same answers for names read once and compared many times", () => {
    const names = ["Roberto Sciacca", "روبرتو شاكا", "Genève", "geneve", "Kigali", "ناصر مبارك المناعي"];
    const pairs = names.flatMap((a) => names.map((b) => [a, b] as const));
    // Some pairs other than a name with itself are the same name, so both answers are tried.
    expect(pairs.filter(([a, b]) => sameNameAcrossScripts(a, b)).length).toBeGreaterThan(names.length);
    for (const [a, b] of pairs)
      expect(sameSpelledName(spellingOfName(a), spellingOfName(b)), `${a} / ${b}`).toBe(
        sameNameAcrossScripts(a, b),
      );
  });
});

describe("one release in three languages, merged", () => {
  let doha: Meeting | undefined;
  beforeAll(async () => {
    const knowledge = await fixtureKnowledge(readFixtureCorpus("corpus-a"));
    doha = knowledge.meetings.find((meeting) =>
      meeting.versions.some((version) => version.docId === "en-doha-synthetic-drugs"),
    );
  });

  it("holds the three versions, named by place and year", () => {
    expect(doha?.versions.map((version) => version.lang).sort()).toEqual(["ar", "en", "hi"]);
    expect(doha?.slug).toBe("doha-2025");
  });

  it("lists each person once, with the spelling of every version that names them", () => {
    const people = [...(doha?.chairs ?? []), ...(doha?.participants ?? [])];
    const menon = people.filter((person) =>
      Object.values(person.spellings ?? {}).some((name) => name.includes("Menon")),
    );
    expect(menon).toHaveLength(1);
    expect(menon[0]?.spellings).toEqual({ ar: "راجيف مينون", en: "Rajiv Menon", hi: "राजीव मेनन" });
  });

  it("does not report the dates as disagreeing when every version says 21–23 October", () => {
    expect(doha?.conflicts.filter((conflict) => conflict.field === "dates")).toEqual([]);
    expect(doha?.dates?.start).toMatchObject({ month: 10, day: 21 });
    expect(doha?.dates?.end).toMatchObject({ month: 10, day: 23 });
  });
});

describe("a release that recalls an earlier meeting", () => {
  it("keeps that meeting's place and chair out of the meeting it reports", async () => {
    const knowledge = await fixtureKnowledge(readFixtureCorpus("corpus-c"));
    const halifax = knowledge.meetings.find((meeting) =>
      meeting.versions.some((version) => version.docId === "en-halifax-2025"),
    );
    expect(halifax?.place?.name).toBe("Halifax");
    expect(halifax?.chairs.map((chair) => chair.name)).toEqual(["Margaret Tolliver"]);
    expect(halifax?.dates?.start).toMatchObject({ year: 2025, month: 9, day: 9 });
  });
});
