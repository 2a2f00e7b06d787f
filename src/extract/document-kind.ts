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
 * reports ("relazione annuale", "takwimu") in sentences naming no gathering. Otherwise it is an operation,
 * a report, or other.
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
  const titleHas = (kinds: readonly string[]): boolean => titleHits.some((hit) => kinds.includes(hit.kind));
  const titleMeeting = titleHas(["meeting", "held", "concluded"]);
  // A sentence saying a gathering was held, with its date or place, is the strongest evidence of all.
  const heldHere = own.some(
    (ref) =>
      cueHits(ref.text).some((hit) => hit.kind === "held") &&
      (facts.dates.some((date) => date.precision !== "year" && refKey(date.ref) === refKey(ref)) ||
        facts.places.some((place) => refKey(place.ref) === refKey(ref))),
  );
  // Operation and report words count only where no gathering is named: a meeting may discuss seizures.
  const count = (kind: string): number =>
    refs.filter((ref) => !isMeetingSentence(ref.text) && cueHits(ref.text).some((hit) => hit.kind === kind))
      .length + (!titleMeeting && titleHas([kind]) ? TITLE_WEIGHT : 0);
  const meeting = own.length + (titleMeeting ? TITLE_WEIGHT : 0) + (heldHere ? TITLE_WEIGHT : 0);
  const operation = count("operation");
  const report = count("report");
  if (anchored && meeting > Math.max(operation, report)) return "meeting";
  if (operation > 0 && operation >= report) return "operation";
  if (report > 0) return "report";
  return "other";
}
