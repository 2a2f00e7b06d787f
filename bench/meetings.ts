/**
 * /meeting resolution at scale: synthetic meetings that share places and organisations (every one of them
 * in Rome, as an archive of one city's meetings would be), resolved the way `/meeting rome` resolves them.
 */
import { resolveMeeting } from "../src/answer/resolve.ts";
import { createLexiconLookup, loadLexiconFiles } from "../src/corpus/lexicon.ts";
import type { LexiconLookup } from "../src/corpus/lexicon-types.ts";
import type { Meeting, SourceRef } from "../src/extract/types.ts";
import { median, round } from "./stats.ts";

/** One size's figure: the median time of resolving one query over that many meetings. */
export interface MeetingScaleFigure {
  meetings: number;
  resolveMs: number;
  runsMs: number[];
}

const ORGANISATIONS = ["interpol", "europol", "unodc", "g7", "osce"];

/** `count` meetings, all held in Rome, each naming a few of a handful of organisations. */
export function syntheticMeetings(count: number): Meeting[] {
  return Array.from({ length: count }, (_, index) => {
    const ref: SourceRef = { docId: `doc-${index}`, paragraph: 1, sentence: 1, text: "" };
    const organisations = [0, 1, 2].map((shift) => {
      const id = ORGANISATIONS[(index + shift) % ORGANISATIONS.length] ?? "interpol";
      return { name: id.toUpperCase(), entityId: id, ref };
    });
    return {
      slug: `meeting-${index}`,
      aliases: [],
      names: { en: `Working meeting number ${index}` },
      kind: "meeting",
      vague: [],
      place: { name: "Rome", entityId: "rome", ref },
      organisers: [],
      chairs: [],
      participants: [],
      organisations,
      counts: [],
      topics: [],
      decisions: [],
      followUps: [],
      versions: [],
      conflicts: [],
    };
  });
}

/** The shipped thesaurus, which knows Rome by its spellings in every reply language. */
export function shippedLexicon(): LexiconLookup {
  return createLexiconLookup(loadLexiconFiles([]));
}

/** Times `/meeting rome` over each number of meetings, `runs` times each on a fresh list. */
export function runMeetingScale(
  sizes: readonly number[],
  runs: number,
  log: (line: string) => void,
): MeetingScaleFigure[] {
  const lexicon = shippedLexicon();
  // The lexicon's phrase matcher is built on first use; that is start-up work, not resolution.
  resolveMeeting("rome", syntheticMeetings(10), lexicon);
  return sizes.map((size) => {
    const runsMs = Array.from({ length: runs }, () => {
      // A fresh list each run: nothing computed for an earlier list may be reused.
      const meetings = syntheticMeetings(size);
      const began = performance.now();
      resolveMeeting("rome", meetings, lexicon);
      return round(performance.now() - began, 1);
    });
    const figure = { meetings: size, resolveMs: median(runsMs), runsMs };
    log(`/meeting rome over ${size} meetings: ${figure.resolveMs} ms`);
    return figure;
  });
}
