/**
 * Scores what Briefbot reads and answers on a test corpus against the facts and questions written by hand:
 * extraction per field and language (precision and recall), merging of language versions, and the
 * /meeting, digest and /brief questions.
 */
import { extname } from "node:path";
import { upcomingEvents } from "../../src/answer/digest-events.ts";
import { createLexiconLookup, loadLexiconFiles } from "../../src/corpus/lexicon.ts";
import type { LexiconLookup } from "../../src/corpus/lexicon-types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { reportedMeeting } from "../../src/extract/meetings.ts";
import { asciiDigits } from "../../src/extract/numerals.ts";
import type { DateFact, Meeting, Organisation, Participant } from "../../src/extract/types.ts";
import { buildKnowledge } from "../../src/knowledge/build.ts";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { replyTo } from "../../src/render/reply.ts";
import { renderText } from "../../src/render/text.ts";
import type { ExpectedDates, ExpectedMeeting, ExpectedPerson, FixtureCorpus } from "./fixture.ts";

/** True and false positives and negatives of one field. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Tallies by field, then by language ("all" holds the sum). */
export type FieldTallies = Map<string, Map<string, Tally>>;

/** One question's outcome, with what was wrong when it failed. */
export interface QuestionOutcome {
  kind: "meeting" | "digest" | "brief";
  ask: string;
  lang: string;
  ok: boolean;
  why?: string;
  /** /brief only: the listed documents it should cite, those it must not, and how many of each it cited. */
  retrieval?: { expected: number; expectedCited: number; unwantedCited: number };
}

/** Everything the eval reports for one corpus. */
export interface CorpusScore {
  name: string;
  fields: FieldTallies;
  questions: QuestionOutcome[];
}

/** The fields extraction is scored on, in the order the table prints them. */
export const FIELDS = [
  "is-meeting",
  "title",
  "dates",
  "place",
  "venue",
  "chairs",
  "participants",
  "organisations",
  "merge",
] as const;

const NOW = new Date("2026-01-01T00:00:00Z");

/**
 * Returns the knowledge built from a test corpus folder with the shipped thesaurus, as the bot would.
 * @example (await fixtureKnowledge(corpus)).corpus.docs.length // 16
 */
export async function fixtureKnowledge(corpus: FixtureCorpus): Promise<Knowledge> {
  const docs = await loadCorpus(corpus.dir);
  const lexicon = createLexiconLookup(loadLexiconFiles([]));
  return buildKnowledge(docs, lexicon, { now: NOW });
}

/**
 * Returns the scores of one corpus: extraction per field and language, and every question's outcome.
 * @example (await scoreCorpus(readFixtureCorpus("corpus-a"))).questions.filter((q) => q.ok).length
 */
export async function scoreCorpus(corpus: FixtureCorpus): Promise<CorpusScore> {
  const knowledge = await fixtureKnowledge(corpus);
  const fields: FieldTallies = new Map();
  scoreExtraction(corpus, knowledge, fields);
  scoreMerge(corpus, knowledge, fields);
  const questions = [
    ...meetingOutcomes(corpus, knowledge),
    ...digestOutcomes(corpus, knowledge),
    ...briefOutcomes(corpus, knowledge),
  ];
  return { name: corpus.name, fields, questions };
}

/** Adds counts to a field's tally for a language and for "all". */
function count(fields: FieldTallies, field: string, lang: string, add: Partial<Tally>): void {
  const byLang = fields.get(field) ?? new Map<string, Tally>();
  fields.set(field, byLang);
  for (const key of [lang, "all"]) {
    const tally = byLang.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    tally.tp += add.tp ?? 0;
    tally.fp += add.fp ?? 0;
    tally.fn += add.fn ?? 0;
    byLang.set(key, tally);
  }
}

function docId(file: string): string {
  return file.slice(0, file.length - extname(file).length);
}

/** Lower case, no accents or tatweel, punctuation as spaces: enough to compare names written by two hands. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ـ/g, "")
    .replace(/[أإآ]/g, "ا")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether two spellings name the same thing: equal after folding, or one's words all in the other. */
export function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === "" || y === "") return false;
  if (x === y) return true;
  const wordsX = x.split(" ");
  const wordsY = new Set(y.split(" "));
  const wordsYList = y.split(" ");
  const wordsXSet = new Set(wordsX);
  return wordsX.every((word) => wordsY.has(word)) || wordsYList.every((word) => wordsXSet.has(word));
}

function scoreExtraction(corpus: FixtureCorpus, knowledge: Knowledge, fields: FieldTallies): void {
  const expectedById = new Map(corpus.meetings.map((meeting) => [meeting.id, meeting]));
  for (const expectedDoc of corpus.documents) {
    const doc = knowledge.corpus.docs.find((candidate) => candidate.id === docId(expectedDoc.file));
    const facts = doc ? knowledge.facts.get(doc.id) : undefined;
    const lang = expectedDoc.lang;
    const expected = expectedDoc.meeting ? expectedById.get(expectedDoc.meeting) : undefined;
    const listed = knowledge.meetings.some((meeting) =>
      meeting.versions.some((version) => version.docId === docId(expectedDoc.file)),
    );
    if (expected) count(fields, "is-meeting", lang, listed ? { tp: 1 } : { fn: 1 });
    else count(fields, "is-meeting", lang, listed ? { fp: 1 } : {});
    if (!doc || !facts || !expected || !listed) {
      if (expected) missAll(fields, expected, expectedDoc.file, lang);
      continue;
    }
    const reported = reportedMeeting(doc, facts, knowledge.lexicon)?.meeting;
    if (!reported) {
      missAll(fields, expected, expectedDoc.file, lang);
      continue;
    }
    scoreMeetingVersion(fields, expected, expectedDoc.file, lang, reported, knowledge.lexicon);
  }
}

/** A meeting not found at all: every fact the annotator wrote is missed. */
function missAll(fields: FieldTallies, expected: ExpectedMeeting, file: string, lang: string): void {
  const version = expected.versions[file];
  count(fields, "title", lang, { fn: 1 });
  if (expected.dates) count(fields, "dates", lang, { fn: 1 });
  if (version?.place) count(fields, "place", lang, { fn: 1 });
  if (version?.venue) count(fields, "venue", lang, { fn: 1 });
  count(fields, "chairs", lang, { fn: namesIn(expected.chairs, lang).length });
  count(fields, "participants", lang, { fn: namesIn(expected.participants, lang).length });
  count(fields, "organisations", lang, { fn: expected.organisations.length });
}

function scoreMeetingVersion(
  fields: FieldTallies,
  expected: ExpectedMeeting,
  file: string,
  lang: string,
  reported: Meeting,
  lexicon: LexiconLookup,
): void {
  const version = expected.versions[file];
  const title = reported.versions[0]?.title ?? "";
  count(fields, "title", lang, version && fold(title) === fold(version.title) ? { tp: 1 } : { fp: 1, fn: 1 });
  scorePresence(fields, "dates", lang, expected.dates, reported.dates, sameDates);
  scorePresence(fields, "place", lang, version?.place, reported.place?.name, sameName);
  scorePresence(fields, "venue", lang, version?.venue, reported.venue?.name, sameName);
  scoreSet(fields, "chairs", lang, namesIn(expected.chairs, lang), reported.chairs.map(personName));
  const everyone = [...expected.chairs, ...expected.participants];
  const participants = reported.participants.map(personName);
  // A chair reported as a participant is a missed chair, not a wrong participant.
  const chairNames = namesIn(expected.chairs, lang);
  scoreSet(
    fields,
    "participants",
    lang,
    namesIn(expected.participants, lang),
    participants.filter((name) => !chairNames.some((chair) => sameName(chair, name))),
    namesIn(everyone, lang),
  );
  scoreOrganisations(fields, lang, expected, reported.organisations, lexicon);
}

function personName(person: Participant): string {
  return person.name;
}

function namesIn(people: readonly ExpectedPerson[], lang: string): string[] {
  return people.map((person) => person.names[lang]).filter((name): name is string => Boolean(name));
}

function scorePresence<E, P>(
  fields: FieldTallies,
  field: string,
  lang: string,
  expected: E | undefined,
  predicted: P | undefined,
  same: (expected: E, predicted: P) => boolean,
): void {
  if (expected === undefined && predicted === undefined) return;
  if (expected === undefined) count(fields, field, lang, { fp: 1 });
  else if (predicted === undefined) count(fields, field, lang, { fn: 1 });
  else count(fields, field, lang, same(expected, predicted) ? { tp: 1 } : { fp: 1, fn: 1 });
}

/**
 * Counts a set of names: each predicted name matching an expected one is a hit; one matching nobody is a
 * false positive unless it names someone the annotator knows under another field (`tolerated`).
 */
function scoreSet(
  fields: FieldTallies,
  field: string,
  lang: string,
  expected: readonly string[],
  predicted: readonly string[],
  tolerated: readonly string[] = expected,
): void {
  const found = expected.filter((name) => predicted.some((other) => sameName(name, other)));
  const wrong = predicted.filter(
    (name) =>
      !expected.some((other) => sameName(name, other)) && !tolerated.some((other) => sameName(name, other)),
  );
  count(fields, field, lang, { tp: found.length, fn: expected.length - found.length, fp: wrong.length });
}

function scoreOrganisations(
  fields: FieldTallies,
  lang: string,
  expected: ExpectedMeeting,
  predicted: readonly Organisation[],
  lexicon: LexiconLookup,
): void {
  const matches = (name: string, org: Organisation): boolean => {
    const ids = new Set(lexicon.find(name).map((entry) => entry.id));
    if (org.entityId && ids.has(org.entityId)) return true;
    const forms = [org.name, org.acronym, org.expansion].filter((form): form is string => Boolean(form));
    if (org.entityId) forms.push(...Object.values(lexicon.byId(org.entityId)?.labels ?? {}));
    return forms.some((form) => sameName(form, name));
  };
  const found = expected.organisations.filter((name) => predicted.some((org) => matches(name, org)));
  const threats = predicted.filter((org) => expected.not_organisations.some((name) => matches(name, org)));
  count(fields, "organisations", lang, {
    tp: found.length,
    fn: expected.organisations.length - found.length,
    fp: threats.length,
  });
}

function sameDates(expected: ExpectedDates, predicted: DateFact): boolean {
  const [fromMonth, fromDay] = monthDay(expected.from);
  const [toMonth, toDay] = monthDay(expected.to);
  const end = predicted.end ?? predicted.start;
  if (predicted.start.month !== fromMonth || predicted.start.day !== fromDay) return false;
  if (end.month !== toMonth || end.day !== toDay) return false;
  if (expected.year === "not-given") return predicted.start.year === undefined;
  return predicted.start.year === Number(expected.from.slice(0, 4));
}

function monthDay(iso: string): [number, number] {
  const parts = iso.replace(/^--/, "").split("-").map(Number);
  const [month, day] = parts.slice(-2);
  return [month ?? 0, day ?? 0];
}

/** Pairs of documents put in one meeting: found pairs are hits, pairs across two meetings false positives. */
function scoreMerge(corpus: FixtureCorpus, knowledge: Knowledge, fields: FieldTallies): void {
  const expectedOf = new Map(corpus.documents.map((doc) => [docId(doc.file), doc.meeting]));
  const predictedOf = new Map<string, string>();
  for (const meeting of knowledge.meetings)
    for (const version of meeting.versions) predictedOf.set(version.docId, meeting.slug);
  const ids = [...expectedOf.keys()];
  for (const [at, a] of ids.entries()) {
    for (const b of ids.slice(at + 1)) {
      const expected = expectedOf.get(a) !== null && expectedOf.get(a) === expectedOf.get(b);
      const predicted = predictedOf.has(a) && predictedOf.get(a) === predictedOf.get(b);
      if (expected || predicted)
        count(fields, "merge", "all", expected && predicted ? { tp: 1 } : expected ? { fn: 1 } : { fp: 1 });
    }
  }
}

/** The slug of the meeting holding an expected meeting's first version. */
function slugOf(id: string, corpus: FixtureCorpus, knowledge: Knowledge): string | undefined {
  const expected = corpus.meetings.find((meeting) => meeting.id === id);
  const files = Object.keys(expected?.versions ?? {}).map(docId);
  return knowledge.meetings.find((meeting) =>
    meeting.versions.some((version) => files.includes(version.docId)),
  )?.slug;
}

function commandOf(ask: string): { command: "brief" | "meeting"; text: string } {
  const match = /^\/(brief|meeting)\s*(.*)$/su.exec(ask.trim());
  return { command: match?.[1] === "meeting" ? "meeting" : "brief", text: match?.[2] ?? ask };
}

function meetingOutcomes(corpus: FixtureCorpus, knowledge: Knowledge): QuestionOutcome[] {
  return corpus.meetingQuestions.map((question) => {
    const { text } = commandOf(question.ask);
    const reply = replyTo("meeting", text, { knowledge, now: NOW, defaultLang: "en" });
    const answer = reply.answer.command === "meeting" ? reply.answer.answer : undefined;
    const outcome = { kind: "meeting" as const, ask: question.ask, lang: question.lang };
    if (reply.lang !== question.lang) return { ...outcome, ok: false, why: `answered in ${reply.lang}` };
    if (question.expect === "none") {
      const ok = answer?.kind === "not-found";
      return {
        ...outcome,
        ok,
        ...(ok ? {} : { why: `gave ${answer?.kind === "card" ? answer.slug : answer?.kind}` }),
      };
    }
    if (typeof question.expect === "string") {
      const slug = slugOf(question.expect, corpus, knowledge);
      const ok = answer?.kind === "card" && slug !== undefined && answer.slug === slug;
      const got = answer?.kind === "card" ? answer.slug : answer?.kind;
      return { ...outcome, ok, ...(ok ? {} : { why: `gave ${got}, wanted ${slug ?? "(not built)"}` }) };
    }
    const slugs = question.expect.map((id) => slugOf(id, corpus, knowledge));
    const offered =
      answer?.kind === "choice" ? answer.options.map((option) => `/meeting ${option.slug}`) : [];
    const ok =
      answer?.kind === "choice" &&
      slugs.every((slug) => slug !== undefined && offered.some((command) => command.includes(slug)));
    return {
      ...outcome,
      ok,
      ...(ok ? {} : { why: `gave ${answer?.kind}, wanted a choice of ${slugs.join(", ")}` }),
    };
  });
}

function digestOutcomes(corpus: FixtureCorpus, knowledge: Knowledge): QuestionOutcome[] {
  return corpus.digestQuestions.map((question) => {
    const events = upcomingEvents(knowledge, question.today, "en");
    const docsUp = new Set(events.flatMap((event) => event.docIds));
    const wanted = question.upcoming.map((id) => {
      const expected = corpus.meetings.find((meeting) => meeting.id === id);
      return Object.keys(expected?.versions ?? {}).map(docId);
    });
    const missing = wanted.filter((files) => !files.some((file) => docsUp.has(file)));
    const wrong = question.never.map(docId).filter((file) => docsUp.has(file));
    const expectedDocs = new Set(wanted.flat());
    const extra = [...docsUp].filter(
      (id) => !expectedDocs.has(id) && corpus.documents.some((doc) => docId(doc.file) === id),
    );
    const ok = missing.length === 0 && wrong.length === 0 && extra.length === 0;
    const why = ok
      ? undefined
      : `missing ${missing.length}, never-listed shown ${wrong.join(" ")}, extra ${extra.join(" ")}`;
    return { kind: "digest", ask: `digest ${question.today}`, lang: "en", ok, ...(why ? { why } : {}) };
  });
}

function briefOutcomes(corpus: FixtureCorpus, knowledge: Knowledge): QuestionOutcome[] {
  return corpus.briefQuestions.map((question) => {
    const { command, text } = commandOf(question.ask);
    const reply = replyTo(command, text, { knowledge, now: NOW, defaultLang: "en" });
    const answer = reply.answer.command === "brief" ? reply.answer.answer : undefined;
    const outcome = { kind: "brief" as const, ask: question.ask, lang: question.lang };
    const problems: string[] = [];
    if (reply.lang !== question.lang) problems.push(`answered in ${reply.lang}`);
    const cited = answer?.kind === "brief" ? answer.citations.map((citation) => citation.docId) : [];
    if (question.documents.length === 0 && answer?.kind === "brief") problems.push("found something");
    const missing = question.documents.map(docId).filter((id) => !cited.includes(id));
    if (missing.length > 0) problems.push(`did not cite ${missing.join(" ")}`);
    const wrong = question.not.map(docId).filter((id) => cited.includes(id));
    if (wrong.length > 0) problems.push(`cited ${wrong.join(" ")}`);
    const shown = asciiDigits(renderText(reply.message)).replace(
      /(?<=\d)[,.\s\u066c\u202f\u00a0'](?=\d{3})/g,
      "",
    );
    const figures = question.figures.filter(
      (figure) => !new RegExp(`(?<![\\d])${figure.replace(".", "[.,]")}(?![\\d])`).test(shown),
    );
    if (figures.length > 0) problems.push(`no figure ${figures.join(" ")}`);
    const retrieval = {
      expected: question.documents.length,
      expectedCited: question.documents.length - missing.length,
      unwantedCited: wrong.length,
    };
    return {
      ...outcome,
      retrieval,
      ok: problems.length === 0,
      ...(problems.length ? { why: problems.join("; ") } : {}),
    };
  });
}
