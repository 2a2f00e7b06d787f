import type { Script } from "../corpus/index.ts";
import {
  CHAIR_AFTER_NAME,
  CHAIR_BEFORE_NAME,
  CHAIR_GAP_BEFORE,
  CHAIR_JOINER,
  CHAIR_SPAN,
  cueReaches,
  SPEAKER_CUES,
} from "./person-cues.ts";
import { findTitles } from "./roles.ts";
import type { Participant, PersonPart } from "./types.ts";

/**
 * A person read from a sentence with offsets: `start`–`end` is the name, `lead` where the words about them
 * begin (their title or role when it comes first).
 */
export interface Located {
  participant: Participant;
  start: number;
  end: number;
  lead: number;
}

const RANK: Readonly<Record<PersonPart, number>> = { participant: 0, speaker: 1, chair: 2 };

/**
 * Returns the stronger of two parts: a chair in one sentence is the chair, a speaker outranks a participant.
 * @example strongerPart("speaker", "chair") // "chair"
 */
export function strongerPart(a: PersonPart | undefined, b: PersonPart | undefined): PersonPart | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[b] > RANK[a] ? b : a;
}

/**
 * Sets each person's part from the sentence: the people a chairing cue points at are chairs (with those
 * joined to them by "and"), the others speakers when the sentence has someone open or speak, else
 * participants. `people` must be in text order of their `lead`.
 * @example assignParts("Opened by Minister A, it was chaired by Director B.", [a, b]) // a: speaker, b: chair
 */
export function assignParts(text: string, people: readonly Located[]): void {
  const chairs = new Set<Located>();
  for (const cue of text.matchAll(CHAIR_BEFORE_NAME)) {
    const end = (cue.index ?? 0) + cue[0].length;
    const first = people.find((person) => person.lead >= end);
    if (!first || !cueReaches(text.slice(end, first.lead))) continue;
    let previous = first;
    chairs.add(first);
    for (const next of people.slice(people.indexOf(first) + 1)) {
      if (!joined(text, previous, next)) break;
      chairs.add(next);
      previous = next;
    }
  }
  for (const cue of text.matchAll(CHAIR_AFTER_NAME)) {
    const start = cue.index ?? 0;
    const before = people.filter((person) => person.end <= start);
    const last = before.at(-1);
    if (!last || !CHAIR_GAP_BEFORE.test(text.slice(last.end, start))) continue;
    chairs.add(last);
    let next = last;
    for (const previous of before.slice(0, -1).reverse()) {
      if (!joined(text, previous, next)) break;
      chairs.add(previous);
      next = previous;
    }
  }
  // "सम्मेलन की सह-अध्यक्षता A तथा B ने की": everyone between the cue and "ने की" chaired.
  for (const span of text.matchAll(CHAIR_SPAN)) {
    const from = (span.index ?? 0) + span[0].indexOf(span[1] ?? "");
    const to = from + (span[1]?.length ?? 0);
    for (const person of people) if (person.lead >= from && person.end <= to) chairs.add(person);
  }
  const speaking = SPEAKER_CUES.test(text);
  SPEAKER_CUES.lastIndex = 0;
  for (const person of people) {
    const part: PersonPart = chairs.has(person) ? "chair" : speaking ? "speaker" : "participant";
    person.participant.part = strongerPart(person.participant.part, part) ?? part;
  }
}

/** Whether two people are listed together: only "and", a comma or an Arabic و glued to the next one between them. */
function joined(text: string, previous: Located, next: Located): boolean {
  const gap = withoutApposition(text.slice(previous.end, next.lead));
  if (!CHAIR_JOINER.test(gap)) return false;
  return /\S/u.test(gap) || text.charAt(next.lead) === "و";
}

/**
 * Drops the role written in apposition after the first person ("A, Director General of X, and B"), so the
 * "and" that follows it still joins the two; only a clause holding a role title counts as apposition.
 */
function withoutApposition(gap: string): string {
  const apposition = /^\s*[,،]([^,،.;:؛]{1,160})[,،]/u.exec(gap);
  if (!apposition?.[1] || findTitles(apposition[1], scriptOf(apposition[1])).length === 0) return gap;
  return gap.slice(apposition[0].length);
}

function scriptOf(text: string): Script {
  if (/\p{Script=Arabic}/u.test(text)) return "arabic";
  if (/\p{Script=Devanagari}/u.test(text)) return "devanagari";
  return "latin";
}
