import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/corpus/types.ts";
import { extractFacts } from "../../src/extract/document-facts.ts";
import { reportedMeeting } from "../../src/extract/meetings.ts";
import type { DocumentFacts, Meeting } from "../../src/extract/types.ts";
import { EVENT_DOCUMENTS, type EventDocument } from "./event-documents.ts";
import { docFromText, shippedLexicon } from "./support.ts";

interface Read {
  doc: EventDocument;
  facts: DocumentFacts;
  meeting: Meeting | undefined;
}

const READ: readonly Read[] = EVENT_DOCUMENTS.map((doc) => {
  const parsed = docFromText(doc.id, doc.text);
  const facts = extractFacts(parsed, shippedLexicon());
  return { doc, facts, meeting: reportedMeeting(parsed, facts, shippedLexicon())?.meeting };
});

/** The meeting a document written in the test reports, read with the shipped lexicon. */
function meetingOf(parsed: Doc): Meeting | undefined {
  return reportedMeeting(parsed, extractFacts(parsed, shippedLexicon()), shippedLexicon())?.meeting;
}

function read(id: string): Read {
  const found = READ.find((item) => item.doc.id === id);
  if (!found) throw new Error(`no test document ${id}`);
  return found;
}

describe("is this a meeting?", () => {
  for (const { doc, meeting, facts } of READ) {
    it(`${doc.expected.meeting ? "reports" : "does not report"} a meeting: ${doc.id}`, () => {
      expect(meeting !== undefined).toBe(doc.expected.meeting);
      expect(facts.kind === "meeting").toBe(doc.expected.meeting);
    });
  }

  it("reads an operation's results and an annual report as documents, not meetings", () => {
    expect(read("en-operation").facts.kind).toBe("operation");
    expect(read("it-report").facts.kind).toBe("report");
    expect(read("en-announcement").facts.kind).toBe("other");
  });

  it("keeps the conference an announcement names as a later event with its own date and place", () => {
    const [followUp] = read("en-announcement").facts.followUps;
    expect(followUp).toMatchObject({ place: "Tunis", dates: { start: { year: 2026, month: 3, day: 3 } } });
  });
});

describe("event dates", () => {
  for (const { doc, meeting } of READ.filter((item) => item.doc.expected.dates)) {
    it(`reads the event's own dates in ${doc.lang}: ${doc.id}`, () => {
      const expected = doc.expected.dates;
      expect(meeting?.dates).toMatchObject({ precision: "day", ...expected });
      if (expected?.yearStatus === "not-given") expect(meeting?.dates?.start.year).toBeUndefined();
    });
  }

  it("prefers the range in the meeting sentence to the dateline above it", () => {
    const { meeting, facts } = read("en-halifax");
    expect(facts.dateline?.date?.surface).toBe("4 October 2025");
    expect(meeting?.dates?.surface).toBe("from 2 to 4 October 2025");
    expect(meeting?.dates?.ref.text).toContain("met in Halifax");
  });

  it("takes a missing year from the dateline and marks it inferred", () => {
    expect(read("fr-lyon").meeting?.dates).toMatchObject({
      surface: "du 3 au 5 février",
      yearStatus: "inferred",
    });
    expect(read("ar-amman-native").meeting?.dates?.surface).toBe("من ١٢ إلى ١٤ تشرين الثاني/نوفمبر");
    const other = docFromText(
      "dateline-year",
      "اجتماع إقليمي في صفاقس\n\nصفاقس في ٩ آذار ٢٠٢٥ – عقد الاجتماع الإقليمي في صفاقس من ٦ إلى ٨ آذار/مارس، بعد اجتماع سابق في كانون الثاني/يناير 2024.\n",
    );
    const meeting = meetingOf(other);
    expect(meeting?.dates).toMatchObject({ start: { year: 2025, month: 3, day: 6 }, yearStatus: "inferred" });
  });

  it("dates a meeting by its date line only when the lead says it ended", () => {
    const text = `Ministers close their meeting

Tampere (Finland) – The meeting of justice ministers ended with a call for closer cooperation on cybercrime.
`;
    const doc = docFromText("ended", `${text.split("\n\n")[0]}\n\n12 March 2025\n\n${text.split("\n\n")[1]}`);
    const meeting = meetingOf(doc);
    expect(meeting?.dates).toMatchObject({ start: { year: 2025, month: 3, day: 12 }, yearStatus: "stated" });
    expect(meeting?.place?.name).toBe("Tampere");
    const open = docFromText(
      "open",
      "Ministers discuss cybercrime\n\n12 March 2025\n\nTampere (Finland) – Justice ministers met to discuss cybercrime.\n",
    );
    const undated = meetingOf(open);
    expect(undated?.dates).toBeUndefined();
  });

  it("never gives a follow-up's date or place to the meeting that announces it", () => {
    for (const { doc, meeting } of READ.filter((item) => item.doc.expected.followUp && item.meeting)) {
      const follow = doc.expected.followUp;
      expect(meeting?.dates?.start, doc.id).not.toEqual(follow?.start);
      expect(meeting?.place?.name, doc.id).not.toBe(follow?.place);
    }
  });
});

describe("place and venue", () => {
  for (const { doc, meeting } of READ.filter((item) => item.doc.expected.place)) {
    it(`reads the city where the event happened in ${doc.lang}: ${doc.id}`, () => {
      expect(meeting?.place?.name).toBe(doc.expected.place);
      expect(meeting?.place?.ref.docId).toBe(doc.id);
      if (doc.expected.venue) expect(meeting?.venue).toMatchObject({ name: doc.expected.venue, venue: true });
      else expect(meeting?.venue).toBeUndefined();
    });
  }

  it("never takes a region or country the agenda names for the city", () => {
    const regions = [
      "Western Balkans",
      "West Africa",
      "Balcani occidentali",
      "Mediterraneo",
      "Europa",
      "Sahel",
    ];
    const places = READ.flatMap((item) => item.facts.places.map((place) => place.name));
    for (const region of regions) expect(places).not.toContain(region);
    expect(places).not.toContain("Tanzania");
  });

  it("reads the dateline 'CITY, Country, date —' and keeps a past edition's town out of this meeting", () => {
    const parsed = docFromText(
      "entebbe",
      "Police chiefs close annual meeting in Entebbe\n\nENTEBBE, Uganda, 26 September 2025 — Police chiefs ended their annual general meeting in Entebbe today.\n\nThe meeting was held from 24 to 26 September at the Lake Hotel.\n\nThe chiefs reviewed the resolutions adopted at the previous annual general meeting, held in Addis Ababa in 2024.",
    );
    const meeting = meetingOf(parsed);
    expect(meeting?.place?.name).toBe("Entebbe");
    expect(meeting?.dates).toMatchObject({
      yearStatus: "inferred",
      start: { year: 2025, month: 9, day: 24 },
    });
  });

  it("reads 'CITY (Country), date –' and dates the document by a dateline whose city is also a country", () => {
    const genes = docFromText(
      "genes",
      "Les ports contre la cocaïne\n\nGÊNES (Italie), 21 mai 2025 – Les responsables se sont réunis les 20 et 21 mai au palais San Giorgio.",
    );
    const gMeeting = meetingOf(genes);
    expect(gMeeting?.place?.name).toBe("Gênes");
    expect(gMeeting?.dates).toMatchObject({
      yearStatus: "inferred",
      start: { year: 2025, month: 5, day: 20 },
    });
    const algiers = docFromText(
      "algiers",
      "اختتام الاجتماع الإقليمي\n\nالجزائر، ١٩ نوفمبر ٢٠٢٥ – اختتمت اليوم أشغال الاجتماع الإقليمي الذي عقد يومي ١٨ و١٩ نوفمبر في الجزائر العاصمة.\n\nوسيعقد الاجتماع المقبل في أبوجا يومي ١٠ و١١ مارس ٢٠٢٦.",
    );
    const aMeeting = meetingOf(algiers);
    expect(aMeeting?.dates).toMatchObject({ start: { year: 2025, month: 11, day: 18 } });
  });

  it("takes neither a month nor the next meeting's town for the place", () => {
    const parsed = docFromText(
      "next",
      "हैदराबाद में साइबर अपराध पर राष्ट्रीय सम्मेलन संपन्न\n\nहैदराबाद में १९ और २० फरवरी २०२५ को राष्ट्रीय सम्मेलन आयोजित किया गया।\n\nअगला राष्ट्रीय सम्मेलन अगले वर्ष पुणे में आयोजित किया जाएगा।",
    );
    const facts = extractFacts(parsed, shippedLexicon());
    const meeting = reportedMeeting(parsed, facts, shippedLexicon())?.meeting;
    expect(meeting?.place?.name).toBe("हैदराबाद");
    expect(facts.followUps[0]?.place).toBe("पुणे");
    const march = docFromText(
      "march",
      "Experts met in Lyon\n\nExperts met in Lyon on 3 June 2025. Losses grew in March.",
    );
    expect(extractFacts(march, shippedLexicon()).places.map((place) => place.name)).not.toContain("March");
  });

  it("reads no city from common nouns after في and में", () => {
    const places = [...read("ar-doha").facts.places, ...read("hi-guwahati").facts.places].map(
      (place) => place.name,
    );
    for (const noun of ["مجال", "إطار", "جلسات", "क्षेत्र"]) expect(places.join(" ")).not.toContain(noun);
  });

  it("keeps each follow-up's own date and place", () => {
    for (const { doc, facts } of READ.filter((item) => item.doc.expected.followUp)) {
      const expected = doc.expected.followUp;
      expect(facts.followUps, doc.id).toHaveLength(1);
      expect(facts.followUps[0], doc.id).toMatchObject({
        place: expected?.place,
        dates: { start: expected?.start, ...(expected?.end ? { end: expected.end } : {}) },
      });
    }
  });

  it("keeps the sentence every date and place was read from", () => {
    for (const { doc, meeting } of READ.filter((item) => item.meeting)) {
      const body = docFromText(doc.id, doc.text).paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
      if (meeting?.dates) expect(body).toContain(meeting.dates.ref.text);
      if (meeting?.place) expect(body).toContain(meeting.place.ref.text);
    }
  });
});
