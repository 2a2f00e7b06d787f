import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLexiconLookup, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import type { Doc } from "../../src/corpus/types.ts";
import { extractFacts } from "../../src/extract/document-facts.ts";
import { reportedMeeting } from "../../src/extract/meetings.ts";
import { mergedMeetings, reportSummary } from "../../src/extract/merge.ts";
import type { Meeting } from "../../src/extract/types.ts";
import { docFromText, mergeMeetings, shippedLexicon } from "./support.ts";

const HARBOUR_EN = docFromText(
  "harbour-en",
  `Harbour security forum meets in Valletta

The Mediterranean Harbour Security Forum (MHSF) met in Valletta on 12 - 13 March 2025 at the Grand Harbour Academy. The meeting was opened by Commissioner Joseph Azzopardi, Director of the Maltese Port Authority, and by Ambassador Clara Montfort.

More than 45 delegates from 12 countries took part in the sessions on container fraud.

The delegations agreed to set up a joint register of container inspections.

The coast guard chiefs will meet in Tarragona on 3 - 4 June 2025.
`,
);

const HARBOUR_IT = docFromText(
  "harbour-it",
  `Il forum sulla sicurezza portuale si riunisce a La Valletta

Il Mediterranean Harbour Security Forum (MHSF) si è riunito a La Valletta dal 12 al 13 marzo 2025 presso la Grand Harbour Academy. I lavori sono stati aperti dal commissario Joseph Azzopardi, direttore della Maltese Port Authority, e dall'ambasciatrice Clara Montfort.

Oltre 45 delegati da 12 paesi hanno partecipato alle sessioni sulla frode dei container.

È stato deciso di istituire un registro comune delle ispezioni dei container.

I capi delle guardie costiere si riuniranno a Tarragona dal 3 al 4 giugno 2025.
`,
);

const FISHERIES_EN = docFromText(
  "fisheries-en",
  `Illegal fishing conference in Valletta

The Blue Waters Fisheries Conference was held in Valletta on 27 March 2025 at the Marsa Conference Centre. It was chaired by Minister Elena Sorrentino of the Adriatic Fisheries Agency.

Some 30 inspectors from 9 countries discussed satellite tracking of trawlers.

The participants adopted a code of conduct for boarding inspections.
`,
);

const PORTS_FR = docFromText(
  "ports-fr",
  `Réunion des préfets maritimes à Brest

La réunion des préfets maritimes s'est tenue à Brest du 5 au 6 mai 2025 à l'École navale. Le préfet Jean-Luc Marchand, Directeur général de la Gendarmerie maritime, a ouvert la séance.

Il a été décidé de créer un centre commun de veille.
`,
);

function meetingsOf(...docs: Doc[]): Meeting[] {
  const lexicon = shippedLexicon();
  return mergeMeetings(
    docs.flatMap((doc) => reportedMeeting(doc, extractFacts(doc, lexicon), lexicon) ?? []),
    lexicon,
  );
}

function only(meetings: Meeting[], docId: string): Meeting {
  const found = meetings.find((meeting) => meeting.versions.some((version) => version.docId === docId));
  if (!found) throw new Error(`no meeting reported by ${docId}`);
  return found;
}

describe("meetings in documents written here (names and places unknown to the lexicon)", () => {
  const meetings = meetingsOf(HARBOUR_EN, FISHERIES_EN, PORTS_FR, HARBOUR_IT);

  it("reads the English meeting's dates, place, venue, speakers, organisations, counts, decision and follow-up", () => {
    const harbour = only(meetings, "harbour-en");
    expect(harbour.dates).toMatchObject({
      start: { year: 2025, month: 3, day: 12 },
      end: { day: 13 },
      precision: "day",
      yearStatus: "stated",
    });
    expect(harbour.place?.name).toBe("Valletta");
    expect(harbour.venue?.name).toBe("Grand Harbour Academy");
    // "opened by" makes speakers; nobody is said to chair this meeting.
    expect(harbour.chairs).toEqual([]);
    expect(harbour.participants).toContainEqual(
      expect.objectContaining({
        name: "Joseph Azzopardi",
        role: "Commissioner, Director",
        affiliation: "Maltese Port Authority",
        part: "speaker",
      }),
    );
    expect(harbour.participants).toContainEqual(
      expect.objectContaining({ name: "Clara Montfort", part: "speaker" }),
    );
    expect(harbour.organisations).toContainEqual(
      expect.objectContaining({ acronym: "MHSF", expansion: "Mediterranean Harbour Security Forum" }),
    );
    expect(harbour.counts).toContainEqual(
      expect.objectContaining({ value: 45, qualifier: "more-than", noun: "delegates" }),
    );
    expect(harbour.decisions.map((decision) => decision.ref.docId)).toEqual(["harbour-en", "harbour-it"]);
    expect(harbour.followUps).toHaveLength(1);
    expect(harbour.followUps[0]).toMatchObject({
      place: "Tarragona",
      dates: { start: { year: 2025, month: 6, day: 3 } },
    });
  });

  it("merges the Italian translation into the English meeting without any lexicon entry", () => {
    const harbour = only(meetings, "harbour-en");
    expect(harbour.versions.map((version) => version.lang).sort()).toEqual(["en", "it"]);
    const azzopardi = harbour.participants.find((person) => person.name === "Joseph Azzopardi");
    expect(azzopardi?.alsoIn).toEqual(["harbour-it"]);
    expect(harbour.conflicts).toEqual([]);
  });

  it("does not merge an unrelated meeting in the same city and month", () => {
    expect(only(meetings, "fisheries-en")).not.toBe(only(meetings, "harbour-en"));
    expect(meetings).toHaveLength(3);
    const fisheries = only(meetings, "fisheries-en");
    expect(fisheries.kind).toBe("conference");
    expect(fisheries.place?.name).toBe("Valletta");
    expect(fisheries.chairs).toContainEqual(
      expect.objectContaining({
        name: "Elena Sorrentino",
        role: "Minister",
        affiliation: "Adriatic Fisheries Agency",
      }),
    );
    expect(fisheries.decisions).toHaveLength(1);
  });

  it("reads the French meeting's people with roles (the prefect who opened it a speaker), dates and decision", () => {
    const ports = only(meetings, "ports-fr");
    expect(ports.dates).toMatchObject({ start: { year: 2025, month: 5, day: 5 }, end: { day: 6 } });
    expect(ports.place?.name).toBe("Brest");
    expect(ports.chairs).toEqual([]);
    expect(ports.participants).toContainEqual(
      expect.objectContaining({
        name: "Jean-Luc Marchand",
        role: "préfet, Directeur général",
        affiliation: "Gendarmerie maritime",
        part: "speaker",
      }),
    );
    expect(ports.decisions[0]?.text).toContain("Il a été décidé");
    expect(ports.slug).toMatch(/^[a-z0-9-]+-2025$/);
  });

  it("merges one event at a time, asking for an event's reports only when it is merged, as mergeMeetings does", () => {
    const lexicon = shippedLexicon();
    const docs = [HARBOUR_EN, FISHERIES_EN, PORTS_FR, HARBOUR_IT];
    const reports = docs.flatMap((doc) => reportedMeeting(doc, extractFacts(doc, lexicon), lexicon) ?? []);
    const asked: number[] = [];
    const merged = mergedMeetings(
      reports.map(reportSummary),
      (position) => {
        asked.push(position);
        return reports[position] as (typeof reports)[number];
      },
      lexicon,
    );
    const first = merged.next();
    expect(first.done).toBe(false);
    expect(asked.sort()).toEqual([0, 3]);
    const rest = [...merged];
    expect(asked.sort()).toEqual([0, 1, 2, 3]);
    expect(JSON.parse(JSON.stringify([first.value, ...rest]))).toEqual(JSON.parse(JSON.stringify(meetings)));
  });

  it("names a document's lexicon meeting as an earlier reading found it, without looking for it again", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-named-"));
    try {
      const file = join(dir, "lexicon.yml");
      writeFileSync(
        file,
        "entries:\n  - id: harbour-forum\n    kind: meeting\n    labels: {en: Mediterranean Harbour Security Forum}\n",
      );
      const lexicon = createLexiconLookup(loadLexiconFiles([file]));
      const facts = extractFacts(HARBOUR_EN, lexicon);
      const first = reportedMeeting(HARBOUR_EN, facts, lexicon);
      expect(first?.entityId).toBe("harbour-forum");
      expect(reportedMeeting(HARBOUR_EN, facts, lexicon, { entityId: "harbour-forum" })).toEqual(first);
      const unnamed = reportedMeeting(HARBOUR_EN, facts, lexicon, { entityId: undefined });
      expect(unnamed?.entityId).toBeUndefined();
      expect(unnamed?.meeting.names.en).toBe("Harbour security forum meets in Valletta");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
