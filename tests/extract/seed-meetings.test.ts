import { beforeAll, describe, expect, it } from "vitest";
import { resolveMeeting } from "../../src/answer/resolve.ts";
import { formatMeetingsForCli } from "../../src/cli/meetings-print.ts";
import type { Corpus } from "../../src/corpus/types.ts";
import { extractFacts } from "../../src/extract/document-facts.ts";
import { reportedMeeting } from "../../src/extract/meetings.ts";
import type { DocumentFacts, Meeting, Participant } from "../../src/extract/types.ts";
import { mergeMeetings, seedCorpus, shippedLexicon } from "./support.ts";

let corpus: Corpus;
let facts: Map<string, DocumentFacts>;
let meetings: Meeting[];

beforeAll(async () => {
  corpus = await seedCorpus();
  const lexicon = shippedLexicon();
  facts = new Map(corpus.docs.map((doc) => [doc.id, extractFacts(doc, lexicon)]));
  meetings = mergeMeetings(
    corpus.docs.flatMap((doc) => reportedMeeting(doc, facts.get(doc.id) as DocumentFacts, lexicon) ?? []),
    lexicon,
  );
});

/** The meeting reported by the document whose title contains `titlePart` (file names are never used). */
function meetingTitled(titlePart: string): Meeting {
  const doc = corpus.docs.find((candidate) => candidate.title.includes(titlePart));
  const found = meetings.find((meeting) => meeting.versions.some((version) => version.docId === doc?.id));
  if (!found) throw new Error(`no meeting for a title with ${titlePart}`);
  return found;
}

function docIdTitled(titlePart: string): string {
  const doc = corpus.docs.find((candidate) => candidate.title.includes(titlePart));
  if (!doc) throw new Error(`no document titled with ${titlePart}`);
  return doc.id;
}

const person = (people: readonly Participant[], name: string) =>
  people.find((candidate) => candidate.name === name);

describe("the seed meetings", () => {
  it("finds three meetings, the three Rome/Lyon translations merged into one with three versions", () => {
    expect(meetings).toHaveLength(3);
    const romeLyon = meetingTitled("Mkutano wa kwanza");
    expect(romeLyon.versions.map((version) => version.lang).sort()).toEqual(["ar", "hi", "sw"]);
    expect(meetingTitled("G7 इटली 2024")).toBe(romeLyon);
    expect(meetingTitled("الاجتماع الأول لرؤساء وفود")).toBe(romeLyon);
  });

  it("reads the Rome/Lyon meeting: year inferred from the titles, Rome, the ministry as venue, its officials as speakers", () => {
    const romeLyon = meetingTitled("Mkutano wa kwanza");
    expect(romeLyon.slug).toBe("roma-2024");
    expect(romeLyon.dates).toMatchObject({
      start: { year: 2024 },
      precision: "year",
      yearStatus: "inferred",
    });
    expect(romeLyon.vague.map((vague) => vague.kind)).toEqual(["recent", "recent", "recent"]);
    expect(["روما", "Roma", "रोम"]).toContain(romeLyon.place?.name);
    expect(romeLyon.place?.alsoIn).toHaveLength(2);
    expect(romeLyon.venue?.name).toMatch(/^(?:وزارة الخارجية|Wizara ya Mambo ya Nje|विदेश)/);
    // The work was opened with introductory speeches: speakers, and no sentence says who chaired.
    expect(romeLyon.chairs).toEqual([]);
    expect(person(romeLyon.participants, "كارلو لو كاسيو")).toMatchObject({
      role: "نائب الأمين العام",
      part: "speaker",
    });
    const swahili = facts.get(docIdTitled("Mkutano wa kwanza"));
    expect(swahili?.people.map((official) => official.name)).toEqual([
      "Carlo Lo Cascio",
      "Alessandro Azzoni",
      "Stefano Gambacurta",
      "Annunziato Vardé",
    ]);
    expect(person(swahili?.people ?? [], "Carlo Lo Cascio")).toMatchObject({
      role: "Naibu Katibu Mkuu",
      affiliation: "Wizara ya Mambo ya Nje na Ushirikiano wa Kimataifa",
    });
    const hindi = facts.get(docIdTitled("G7 इटली 2024"));
    expect(hindi?.people).toHaveLength(4);
    expect(person(hindi?.people ?? [], "स्टेफानो गैम्बाकुर्टा")?.role).toBe("प्रीफेक्ट");
    const arabic = facts.get(docIdTitled("الاجتماع الأول لرؤساء وفود"));
    expect(arabic?.people.map((official) => official.name)).toEqual([
      "كارلو لو كاسيو",
      "أليساندرو عزوني",
      "ستيفانو غامباكورتا",
      "أنونزياتو فاردي",
    ]);
  });

  it("reads the Rome/Lyon organisations with acronyms and the decisions of every version", () => {
    const romeLyon = meetingTitled("Mkutano wa kwanza");
    const acronyms = romeLyon.organisations.map((org) => org.acronym).filter(Boolean);
    expect(acronyms).toEqual(expect.arrayContaining(["UNODC", "GCERF", "UNICRI", "LEPSG"]));
    const unodc = romeLyon.organisations.find((org) => org.acronym === "UNODC");
    expect(unodc?.alsoIn).toHaveLength(2);
    expect(romeLyon.decisions).toHaveLength(6);
    const perVersion = new Set(romeLyon.decisions.map((decision) => decision.ref.docId));
    expect(perVersion.size).toBe(3);
    expect(romeLyon.decisions.every((decision) => decision.ref.paragraph === 7)).toBe(true);
  });

  it("keeps the follow-up ministers' meeting and the Arabic version's disagreeing dates as a conflict", () => {
    const romeLyon = meetingTitled("Mkutano wa kwanza");
    expect(romeLyon.followUps).toHaveLength(1);
    const [followUp] = romeLyon.followUps;
    expect(followUp?.place).toBe("Mirabella Eclano");
    expect(followUp?.alsoIn).toHaveLength(2);
    expect(followUp?.dates).toMatchObject({
      start: { year: 2024, month: 10, day: 2 },
      end: { year: 2024, month: 10, day: 4 },
      yearStatus: "inferred",
    });
    const conflict = romeLyon.conflicts.find((item) => item.field === "follow-up-dates");
    expect(conflict?.readings).toEqual([
      { value: "10-02..10-04", docIds: [docIdTitled("Mkutano wa kwanza"), docIdTitled("G7 इटली 2024")] },
      { value: "10-07,10-02", docIds: [docIdTitled("الاجتماع الأول لرؤساء وفود")] },
    ]);
  });

  it("reads the JUMBO conference: 17–18 November with no year anywhere, Rome, the Police School, its chairs and counts", () => {
    const jumbo = meetingTitled("(JUMBO)");
    expect(jumbo.kind).toBe("conference");
    expect(jumbo.slug).toBe("jumbo");
    expect(jumbo.dates).toMatchObject({
      start: { month: 11, day: 17 },
      end: { month: 11, day: 18 },
      precision: "day",
      yearStatus: "not-given",
    });
    expect(jumbo.dates?.start.year).toBeUndefined();
    expect(jumbo.place?.name).toBe("روما");
    expect(jumbo.venue).toMatchObject({ name: "مدرسة الشرطة", venue: true });
    // The opening session was opened by speakers; the five panels were chaired (يرأسها) by two people.
    expect(person(jumbo.participants, "ستيفانو غامباكورتا")).toMatchObject({
      role: "المحافظ",
      part: "speaker",
    });
    expect(person(jumbo.participants, "ماجليندا بريغو")).toMatchObject({
      role: "الأمين العام",
      affiliation: "مجلس التعاون الإقليمي",
      part: "speaker",
    });
    expect(jumbo.chairs.map((chair) => chair.name)).toEqual(["Eufemia ESPOSITO", "عامر كابيتانوفيتش"]);
    expect(person(jumbo.chairs, "عامر كابيتانوفيتش")?.role).toContain("السفير");
    expect(jumbo.organisations.map((org) => org.acronym)).toContain("RCC");
    expect(jumbo.counts).toContainEqual(expect.objectContaining({ value: 70, qualifier: "more-than" }));
    expect(jumbo.counts).toContainEqual(expect.objectContaining({ value: 40 }));
    expect(jumbo.decisions.length).toBeGreaterThanOrEqual(1);
    expect(jumbo.followUps).toEqual([]);
  });

  it("reads the Wiesbaden ministerial from its date line: 18 November 2022 stated, Wiesbaden, INTERPOL's Secretary General", () => {
    const wiesbaden = meetingTitled("أدوات الإنتربول");
    expect(wiesbaden.kind).toBe("ministerial");
    expect(wiesbaden.dates).toMatchObject({
      start: { year: 2022, month: 11, day: 18 },
      yearStatus: "stated",
    });
    expect(facts.get(wiesbaden.versions[0]?.docId ?? "")?.published?.surface).toBe("١٨ نوفمبر، ٢٠٢٢");
    expect(wiesbaden.place?.name).toBe("فيسبادن");
    expect(wiesbaden.participants).toHaveLength(1);
    expect(person(wiesbaden.participants, "يورغن شتوك")).toMatchObject({
      role: "الأمين العام",
      affiliation: "الإنتربول",
    });
    expect(wiesbaden.organisations.map((org) => org.acronym)).toEqual(
      expect.arrayContaining(["INTERPOL", "FATF", "ICSE"]),
    );
    expect(wiesbaden.counts).toContainEqual(
      expect.objectContaining({ value: 31000, qualifier: "more-than", noun: "ضحية" }),
    );
    expect(wiesbaden.counts).toContainEqual(expect.objectContaining({ value: 68 }));
    expect(wiesbaden.decisions[0]?.text).toContain("وتعهدوا");
  });

  it("resolves every alias, in any language, to the right meeting", () => {
    const lexicon = shippedLexicon();
    const romeLyon = meetingTitled("Mkutano wa kwanza");
    for (const query of [
      "rome-lyon",
      "roma lione",
      "روما ليون",
      "रोम ल्योन",
      "mkutano wa Roma Lyon",
      "g7-rome-lyon-2024",
    ]) {
      expect(resolveMeeting(query, meetings, lexicon).meeting, query).toBe(romeLyon);
    }
    expect(resolveMeeting("jumbo", meetings, lexicon).meeting).toBe(meetingTitled("(JUMBO)"));
    expect(resolveMeeting("wiesbaden", meetings, lexicon).meeting).toBe(meetingTitled("أدوات الإنتربول"));
    expect(resolveMeeting("wiesbadn", meetings, lexicon).meeting).toBe(meetingTitled("أدوات الإنتربول"));
    expect(resolveMeeting("ويسبادن", meetings, lexicon).meeting).toBe(meetingTitled("أدوات الإنتربول"));
    // Mirabella Eclano is only announced: the card announcing it answers for it.
    expect(resolveMeeting("mirabella", meetings, lexicon).meeting).toBe(romeLyon);
  });

  it("gives no meeting and no look-alike for a name it does not know", () => {
    const result = resolveMeeting("Lisbon summit on fisheries", meetings, shippedLexicon());
    expect(result.meeting).toBeUndefined();
    expect(result.choices).toBeUndefined();
    expect(result.candidates).toEqual([]);
  });

  it("prints every meeting with each fact's source document, and as JSON", () => {
    const text = formatMeetingsForCli(meetings, false);
    for (const doc of corpus.docs) expect(text).toContain(`[${doc.id}`);
    expect(text).toMatch(/follow-up-dates \(.+\): 10-02\.\.10-04/);
    const parsed: Meeting[] = JSON.parse(formatMeetingsForCli(meetings, true));
    expect(parsed.map((meeting) => meeting.slug)).toEqual(meetings.map((meeting) => meeting.slug));
  });
});
