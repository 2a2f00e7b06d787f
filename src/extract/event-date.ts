import { comparePoints } from "./date-calendar.ts";
import { cueHits, isMeetingSentence, saysEnded } from "./meeting-words.ts";
import { refKey } from "./source.ts";
import type { DateFact, DatePoint, DocumentFacts } from "./types.ts";

/** Scores of what makes a date the event's own: its sentence names the meeting, says it was held, … */
const SCORE = { meeting: 3, held: 1, day: 2, span: 1 } as const;

/**
 * Returns the dates of the meeting a document reports, never a follow-up's, the dateline's or the
 * publication date:
 * 1. the best date in a sentence naming the meeting (outside announcements of later meetings): a day beats
 *    a month, a range or list of days beats a single day, a sentence saying it was held beats one that
 *    only names it; ties go to the earlier date;
 * 2. else, when the lead says the meeting ended (or was held today), the dateline's date or the
 *    publication date: the report is filed the day it closes;
 * 3. else "in recent days" placed in the document's year (precision year, marked inferred).
 * A year inferred from the publication date that would put a past meeting after its own report is
 * moved back one year ("held on 28–30 December", published 5 January).
 * @example eventDate(facts)?.surface // "from 2 to 4 October 2025"
 */
export function eventDate(facts: DocumentFacts): DateFact | undefined {
  const announced = new Set(facts.followUps.map((followUp) => refKey(followUp.ref)));
  const excluded = (date: DateFact): boolean =>
    sameDate(date, facts.published) || sameDate(date, facts.dateline?.date) || date.precision === "year";
  let best: { date: DateFact; score: number } | undefined;
  for (const date of facts.dates) {
    if (announced.has(refKey(date.ref)) || excluded(date) || !isMeetingSentence(date.ref.text)) continue;
    const held = cueHits(date.ref.text).some((hit) => hit.kind === "held" || hit.kind === "concluded");
    const score =
      SCORE.meeting +
      (held ? SCORE.held : 0) +
      (date.precision === "day" ? SCORE.day : 0) +
      (date.end !== undefined ? SCORE.span : 0);
    if (!best || score > best.score) best = { date, score };
  }
  if (best) return beforePublication(best.date, facts);
  const lead = leadSentence(facts, announced);
  const filed = facts.dateline?.date ?? facts.published;
  if (lead && filed && saysEnded(lead)) return filed;
  const recent = facts.vague.find((vague) => vague.kind === "recent");
  if (!recent || !facts.contextYear) return undefined;
  return {
    start: { year: facts.contextYear.year },
    precision: "year",
    yearStatus: "inferred",
    surface: recent.surface,
    ref: recent.ref,
  };
}

function sameDate(date: DateFact, other: DateFact | undefined): boolean {
  return other !== undefined && refKey(date.ref) === refKey(other.ref) && date.surface === other.surface;
}

/** The dateline's sentence, else the first sentence naming the meeting that carries a place. */
function leadSentence(facts: DocumentFacts, announced: ReadonlySet<string>): string | undefined {
  if (facts.dateline) return facts.dateline.place.ref.text;
  return facts.places.find((place) => !announced.has(refKey(place.ref)) && isMeetingSentence(place.ref.text))
    ?.ref.text;
}

function beforePublication(date: DateFact, facts: DocumentFacts): DateFact {
  const published = facts.published?.start;
  if (date.yearStatus !== "inferred" || facts.contextYear?.source !== "publication" || !published?.year)
    return date;
  if (comparePoints(date.start, published) <= 0) return date;
  const back = (point: DatePoint): DatePoint =>
    point.year === undefined ? point : { ...point, year: point.year - 1 };
  const moved: DateFact = { ...date, start: back(date.start) };
  if (date.end) moved.end = back(date.end);
  if (date.listed) moved.listed = date.listed.map(back);
  return moved;
}
