import type { Doc, LexiconLookup } from "../corpus/index.ts";
import { isCountryId, normalise } from "../corpus/index.ts";
import { extractCounts } from "./counts.ts";
import { contextYearOf, statedYears } from "./date-context-year.ts";
import { monthsForKey, monthWordKey } from "./date-months.ts";
import { dateTokens } from "./date-tokens.ts";
import { readVagueTimes, vagueTimesIn } from "./date-vague.ts";
import { DATELINE_PARAGRAPHS, readDateline, readDatelineDate } from "./dateline.ts";
import { type LocatedDate, locateDates, readDates, settleDates, writtenDates } from "./dates.ts";
import { extractDecisions } from "./decisions.ts";
import { documentKind } from "./document-kind.ts";
import { extractFollowUps } from "./follow-ups.ts";
import { addOrganisation, extractOrganisations } from "./organisations.ts";
import { extractPeople, mergeParticipant } from "./people.ts";
import { type PlaceCandidate, placeCandidates } from "./places.ts";
import { type SentenceContext, sentenceContext } from "./sentence-context.ts";
import { docSentences } from "./source.ts";
import type { DateFact, DocumentFacts, Participant, SourceRef } from "./types.ts";

/** A date line is the date and little else: at most this many other characters on its sentence. */
const DATE_LINE_SLACK = 4;

/**
 * Returns every fact of one document, each with its source sentence: dates (years inferred only from the
 * document's own publication date, title or text), vague times, people, organisations, places (the
 * strongest evidence of where the event was first), counts, decisions, follow-up events, lexicon topics,
 * the dateline and what kind of document it is (see `documentKind`).
 * @example extractFacts(doc, lexicon).followUps[0]?.dates?.surface // "2 - 4 Oktoba"
 */
export function extractFacts(doc: Doc, lexicon: LexiconLookup): DocumentFacts {
  const refs = docSentences(doc);
  const published = publicationDate(doc, refs);
  // Each sentence is tokenised and its dates found once; only settling them depends on the year.
  const sentences = refs.map((ref) => {
    const tokens = dateTokens(ref.text);
    const written = writtenDates(ref.text, tokens, doc.lang);
    return { ref, tokens, written, yearless: settleDates(written) };
  });
  // A dateline's stated year dates the document as a publication line does ("بيروت في ٩ تشرين الثاني ٢٠٢٣ –").
  const datelineYear = refs
    .slice(0, DATELINE_PARAGRAPHS)
    .map((ref) => readDatelineDate(sentenceContext(ref, doc.lang, doc.script, lexicon)))
    .find((date) => date?.yearStatus === "stated");
  const year = contextYearOf(
    doc.title,
    doc.published ?? isoOf(published) ?? isoOf(datelineYear),
    sentences.flatMap((sentence) => statedYears(sentence.yearless.map((date) => date.span))),
  );
  const anchor = anchorOf(published, year?.year);
  const facts: Omit<DocumentFacts, "kind"> = {
    docId: doc.id,
    lang: doc.lang,
    dates: [],
    vague: sentences.flatMap(({ ref, tokens, yearless }) =>
      vagueTimesIn(ref.text, tokens, yearless, doc.lang).map(({ kind, surface }) => ({
        kind,
        surface,
        ref,
        ...anchor,
      })),
    ),
    people: [],
    organisations: [],
    places: [],
    counts: [],
    decisions: [],
    followUps: [],
    topics: [],
  };
  if (published) facts.published = published;
  if (year) facts.contextYear = year;
  const topicCounts = new Map<string, number>();
  const places: PlaceCandidate[] = [];
  for (const { ref, written, yearless } of sentences) {
    const ctx = sentenceContext(ref, doc.lang, doc.script, lexicon);
    const dates = year === undefined ? yearless : settleDates(written, year.year);
    places.push(...readSentence(ctx, dates, facts));
    const dateline = facts.dateline ? undefined : readDateline(ctx, year?.year);
    if (dateline)
      facts.dateline = dateline.date
        ? { place: dateline.place, date: dateline.date }
        : { place: dateline.place };
    for (const mention of ctx.mentions) {
      if (mention.entry.kind === "topic" || isLeadRegion(mention.entry.id, mention.entry.kind, ref.paragraph))
        topicCounts.set(mention.entry.id, (topicCounts.get(mention.entry.id) ?? 0) + 1);
    }
  }
  facts.topics = [...topicCounts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  facts.places = strongestFirst(places);
  return { ...facts, kind: documentKind(doc.title, refs, facts) };
}

/**
 * Paragraphs of a release's lead: what is named here is what the document reports on ("… in the Western
 * Balkans").
 */
export const LEAD_PARAGRAPHS = 3;

/** A thesaurus region (not a country) named in the lead is on the agenda; named later it is in passing. */
function isLeadRegion(id: string, kind: string, paragraph: number): boolean {
  return kind === "place" && !isCountryId(id) && paragraph <= LEAD_PARAGRAPHS;
}

/** One place per name, strongest evidence first (text order among equals). */
function strongestFirst(candidates: readonly PlaceCandidate[]): DocumentFacts["places"] {
  const best = new Map<string, PlaceCandidate>();
  for (const candidate of candidates) {
    const key = `${candidate.place.venue ? "venue" : "city"}:${normalise(candidate.place.name)}`;
    const known = best.get(key);
    if (!known || candidate.score > known.score) best.set(key, candidate);
  }
  return [...best.values()].sort((a, b) => b.score - a.score).map((candidate) => candidate.place);
}

/** Reads one sentence's facts into `facts`; returns its place candidates, which are ranked per document. */
function readSentence(
  ctx: SentenceContext,
  dates: readonly LocatedDate[],
  facts: Omit<DocumentFacts, "kind">,
): PlaceCandidate[] {
  for (const date of dates) facts.dates.push({ ...date.span, ref: ctx.ref });
  const people = extractPeople(ctx);
  for (const person of people) addPerson(facts.people, person);
  const names = people.map((person) => person.name);
  for (const org of extractOrganisations(ctx, names)) addOrganisation(facts.organisations, org);
  facts.counts.push(
    ...extractCounts(
      ctx,
      dates.map((date) => date.span.surface),
    ),
  );
  facts.decisions.push(...extractDecisions(ctx));
  const isTowny = (name: string): boolean => isPlaceName(name, names);
  const followUps = extractFollowUps(ctx, dates, isTowny);
  facts.followUps.push(...followUps);
  const dated = dates.some((date) => date.span.precision !== "year");
  // The town where the next meeting will be held is not where this one was.
  const announced = new Set(followUps.map((followUp) => followUp.place));
  return placeCandidates(ctx, isTowny, dated).filter((candidate) => !announced.has(candidate.place.name));
}

/** A capitalised word after "in" is a town unless it is a month, a date word or someone's name. */
function isPlaceName(name: string, people: readonly string[]): boolean {
  if (readDates(name).length > 0 || readVagueTimes(name).length > 0) return false;
  // "in March": a month alone is no date to the date reader, and no town either.
  if (monthsForKey(monthWordKey(name)).length > 0) return false;
  return !people.some((person) => person.includes(name));
}

function addPerson(people: Participant[], person: Participant): void {
  const known = people.find(
    (other) =>
      (other.entityId && other.entityId === person.entityId) ||
      normalise(other.name) === normalise(person.name) ||
      surnameReference(other, person),
  );
  if (known) mergeParticipant(known, person);
  else people.push(person);
}

/**
 * A later mention by the same title and the surname ("الأمين العام شتوك قائلا" after "الأمين العام …
 * يورغن شتوك"): the same person, whatever words the name reader took after the surname.
 */
function surnameReference(known: Participant, later: Participant): boolean {
  if (!known.role || known.role !== later.role) return false;
  const full = normalise(known.name).split(" ");
  const short = normalise(later.name).split(" ");
  return full.length >= 2 && short[0] === full.at(-1);
}

/**
 * The publication date: front matter's, else a line opening the document that is only a full date with
 * its year ("١٨ نوفمبر، ٢٠٢٢").
 */
function publicationDate(doc: Doc, refs: readonly SourceRef[]): DateFact | undefined {
  const first = refs[0];
  if (doc.published) {
    const [span] = readDates(doc.published.replace(/T.*$/, ""));
    const ref: SourceRef = first ?? { docId: doc.id, paragraph: 0, sentence: 0, text: doc.published };
    if (span) return { ...span, ref: { ...ref, text: doc.published } };
    const [year, month, day] = doc.published.split("-").map(Number);
    if (year && month && day) {
      return {
        start: { year, month, day },
        precision: "day",
        yearStatus: "stated",
        surface: doc.published,
        ref: { ...ref, text: doc.published },
      };
    }
    return undefined;
  }
  if (first?.paragraph !== 1) return undefined;
  const line = first.text.split("\n")[0] ?? "";
  const [located] = locateDates(line, { lang: doc.lang });
  if (located?.span.precision !== "day" || located.span.yearStatus !== "stated") return undefined;
  const rest = line.slice(0, located.start) + line.slice(located.end);
  if (rest.replace(/[\s,،.\-–—]/gu, "").length > DATE_LINE_SLACK) return undefined;
  return { ...located.span, ref: first };
}

function isoOf(date: DateFact | undefined): string | undefined {
  const start = date?.start;
  if (!start?.year) return undefined;
  const pad = (value: number | undefined): string => String(value ?? 1).padStart(2, "0");
  return `${start.year}-${pad(start.month)}-${pad(start.day)}`;
}

function anchorOf(published: DateFact | undefined, year: number | undefined): { anchor?: DateFact["start"] } {
  if (published) return { anchor: published.start };
  return year === undefined ? {} : { anchor: { year } };
}
