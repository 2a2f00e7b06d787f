import { cueHits, isMeetingSentence } from "./meeting-words.ts";
import { refKey } from "./source.ts";
import type { DocumentFacts, DocumentKind, SourceRef } from "./types.ts";

/** A cue in the title counts as much as this many sentences of the body. */
const TITLE_WEIGHT = 2;

/**
 * Returns what a document reports, on the evidence of its words. It is a meeting when a sentence outside
 * the announcements of later meetings names a gathering and the document gives that gathering a date or
 * a place (a dated meeting sentence, a city near the meeting word, or a dateline), and meeting words
 * outweigh the words of operation results ("arrested", "sequestri", "القبض") and of statistics or annual
 * reports ("relazione annuale", "takwimu"). Otherwise it is an operation, a report, or other.
 * @example documentKind("Operation Kestrel Tide: 41 arrests", refs, facts) // "operation"
 */
export function documentKind(
  title: string,
  refs: readonly SourceRef[],
  facts: Omit<DocumentFacts, "kind">,
): DocumentKind {
  const announced = new Set(facts.followUps.map((followUp) => refKey(followUp.ref)));
  const own = refs.filter((ref) => !announced.has(refKey(ref)) && isMeetingSentence(ref.text));
  const ownKeys = new Set(own.map(refKey));
  const dated = facts.dates.some((date) => date.precision !== "year" && ownKeys.has(refKey(date.ref)));
  const placed = facts.places.some((place) => ownKeys.has(refKey(place.ref)));
  const anchored = own.length > 0 && (dated || placed || facts.dateline !== undefined);
  const titleHits = cueHits(title);
  const titleHas = (kinds: readonly string[]): number =>
    titleHits.some((hit) => kinds.includes(hit.kind)) ? TITLE_WEIGHT : 0;
  const count = (kind: string): number =>
    refs.filter((ref) => cueHits(ref.text).some((hit) => hit.kind === kind)).length;
  const meeting = own.length + titleHas(["meeting", "held", "concluded"]);
  const operation = count("operation") + titleHas(["operation"]);
  const report = count("report") + titleHas(["report"]);
  if (anchored && meeting > Math.max(operation, report)) return "meeting";
  if (operation > 0 && operation >= report) return "operation";
  if (report > 0) return "report";
  return "other";
}
