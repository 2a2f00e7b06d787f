import type { LexiconLookup } from "../corpus/index.ts";
import { normalise, sameNameAcrossScripts } from "../corpus/index.ts";
import type { ReportedMeeting } from "./meetings.ts";
import { meetingAliases, meetingSlug } from "./slug.ts";
import type {
  Conflict,
  CountFact,
  DateFact,
  DateSpan,
  FollowUp,
  Meeting,
  Organisation,
  Place,
  Reading,
  SourceRef,
} from "./types.ts";

/** Weighted share of evidence two reports must have in common to be one event told twice. */
export const SAME_EVENT_THRESHOLD = 0.3;

/**
 * Every report's evidence packed for comparing pairs: each key numbered once for the whole archive, a
 * report's keys in ascending order from `at[report]` to `at[report + 1]` of `keys`, their weights beside
 * them. Comparing two sorted runs of numbers replaces two walks of string-keyed Maps: at 100,000 documents
 * the merge compares millions of pairs, and the Maps' walks were 15 s of a cold build.
 */
interface PackedEvidence {
  at: Int32Array;
  keys: Int32Array;
  weights: Float64Array;
  /** Each report's evidence weight in all. */
  totals: Float64Array;
}

function packedEvidence(summaries: readonly ReportSummary[]): PackedEvidence {
  const numbers = new Map<string, number>();
  let total = 0;
  for (const summary of summaries) total += summary.evidence.size;
  const at = new Int32Array(summaries.length + 1);
  const keys = new Int32Array(total);
  const weights = new Float64Array(total);
  const totals = new Float64Array(summaries.length);
  const run: [key: number, weight: number][] = [];
  summaries.forEach((summary, report) => {
    run.length = 0;
    summary.evidence.forEach((weight, key) => {
      let number = numbers.get(key);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(key, number);
      }
      run.push([number, weight]);
      totals[report] = (totals[report] as number) + weight;
    });
    run.sort((x, y) => x[0] - y[0]);
    const from = at[report] as number;
    run.forEach(([key, weight], offset) => {
      keys[from + offset] = key;
      weights[from + offset] = weight;
    });
    at[report + 1] = from + run.length;
  });
  return { at, keys, weights, totals };
}

/**
 * Returns the weighted Jaccard similarity of two reports' language-independent evidence, from 0 to 1.
 * @example evidenceSimilarity(packedEvidence([romeLyonArabic, romeLyonSwahili]), 0, 1) // 0.6
 */
function evidenceSimilarity(packed: PackedEvidence, a: number, b: number): number {
  const { at, keys, weights } = packed;
  let i = at[a] as number;
  let j = at[b] as number;
  const endA = at[a + 1] as number;
  const endB = at[b + 1] as number;
  let shared = 0;
  let union = 0;
  while (i < endA && j < endB) {
    const keyA = keys[i] as number;
    const keyB = keys[j] as number;
    if (keyA === keyB) {
      const wa = weights[i++] as number;
      const wb = weights[j++] as number;
      shared += Math.min(wa, wb);
      union += Math.max(wa, wb);
    } else if (keyA < keyB) union += weights[i++] as number;
    else union += weights[j++] as number;
  }
  while (i < endA) union += weights[i++] as number;
  while (j < endB) union += weights[j++] as number;
  return union === 0 ? 0 : shared / union;
}

/**
 * What the merge compares of a report. The report itself, which holds its document's facts, is asked for
 * again only when its group is merged: at 10,000 documents the reports held until the merge were 57 MB.
 */
export interface ReportSummary {
  evidence: ReadonlyMap<string, number>;
  bounds: EventBounds;
}

/** Returns what the merge compares of a report. */
export function reportSummary(report: ReportedMeeting): ReportSummary {
  return { evidence: report.evidence, bounds: eventBounds(report) };
}

/**
 * What decides whether two reports could be the same event at all: not two different lexicon meetings, not two
 * different stated years, not day-precise dates that do not overlap.
 */
interface EventBounds {
  entityId: string | undefined;
  year: number | undefined;
  /** First and last day (as dayNumber) of day-precise dates. */
  days: readonly [number, number] | undefined;
}

function eventBounds(report: ReportedMeeting): EventBounds {
  const dates = report.meeting.dates;
  return {
    entityId: report.entityId || undefined,
    year: report.year,
    days: dates?.precision === "day" ? dayRange(dates) : undefined,
  };
}

/**
 * Every report's bounds packed, so the merge checks millions of pairs without reading two objects each.
 * `possible` tells whether two reports (by position) could be one event.
 */
interface PackedBounds {
  possible(a: number, b: number): boolean;
}

function packedBounds(summaries: readonly ReportSummary[]): PackedBounds {
  const entityNumbers = new Map<string, number>();
  // 0: no lexicon meeting; NaN: no known year; -1: no day-precise dates (day numbers are never negative).
  const entity = new Int32Array(summaries.length);
  const year = new Float64Array(summaries.length).fill(Number.NaN);
  const firstDay = new Int32Array(summaries.length).fill(-1);
  const lastDay = new Int32Array(summaries.length);
  summaries.forEach(({ bounds }, position) => {
    if (bounds.entityId) {
      if (!entityNumbers.has(bounds.entityId)) entityNumbers.set(bounds.entityId, entityNumbers.size + 1);
      entity[position] = entityNumbers.get(bounds.entityId) as number;
    }
    if (bounds.year !== undefined) year[position] = bounds.year;
    if (bounds.days) [firstDay[position], lastDay[position]] = bounds.days;
  });
  return {
    possible(a, b) {
      const ea = entity[a] as number;
      const eb = entity[b] as number;
      if (ea !== 0 && eb !== 0 && ea !== eb) return false;
      const ya = year[a] as number;
      const yb = year[b] as number;
      if (!Number.isNaN(ya) && !Number.isNaN(yb) && ya !== yb) return false;
      const fa = firstDay[a] as number;
      const fb = firstDay[b] as number;
      return fa === -1 || fb === -1 || (fa <= (lastDay[b] as number) && fb <= (lastDay[a] as number));
    },
  };
}

function dayNumber(point: DateSpan["start"]): number {
  return (point.month ?? 0) * 40 + (point.day ?? 0);
}

function dayRange(span: DateSpan): [number, number] {
  const days = (span.listed ?? [span.start, span.end ?? span.start]).map(dayNumber);
  return [Math.min(...days), Math.max(...days)];
}

/**
 * Merges reports of the same event in different documents (any languages) into one Meeting with one
 * Version per document; facts keep the version that states them, and disagreements become Conflicts.
 * Never looks at file names: only shared evidence decides. Yields the meetings one at a time: groups are
 * found from the summaries alone, and a group's reports are asked for (`reportAt`, by position in
 * `summaries`) only when it is merged, so a caller that writes each meeting away never holds every report or
 * every merged meeting at once.
 * @example [...mergedMeetings(summaries, reportAt, lexicon)].map((meeting) => meeting.versions.length) // [3, 1, 1]
 */
export function* mergedMeetings(
  summaries: readonly ReportSummary[],
  reportAt: (position: number) => ReportedMeeting,
  lexicon: LexiconLookup,
): Generator<Meeting, void, undefined> {
  const unique = slugNamer();
  for (const group of meetingGroups(summaries)) yield unique(mergeGroup(group.map(reportAt), lexicon));
}

/** Returns the positions of the reports of each event, in the order of each event's first report. */
function meetingGroups(summaries: readonly ReportSummary[]): number[][] {
  const bounds = packedBounds(summaries);
  const groupOf = new Map<number, number[]>();
  for (const { a, b } of similarPairs(summaries, bounds).sort(
    (x, y) => y.score - x.score || x.a - y.a || x.b - y.b,
  )) {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga && ga === gb) continue;
    const joined = [...(ga ?? [a]), ...(gb ?? [b])];
    if (!joined.every((x, i) => joined.every((y, j) => i === j || bounds.possible(x, y)))) continue;
    for (const member of joined) groupOf.set(member, joined);
  }
  const groups: number[][] = [];
  const seen = new Set<number[]>();
  for (let position = 0; position < summaries.length; position++) {
    const group = groupOf.get(position);
    if (!group) groups.push([position]);
    else if (!seen.has(group)) {
      seen.add(group);
      groups.push(group);
    }
  }
  return groups;
}

/** Two reports (by position, `a` before `b`) similar enough to be one event, and how similar. */
interface SimilarPair {
  a: number;
  b: number;
  score: number;
}

/**
 * Shared weight two reports of these totals need to reach SAME_EVENT_THRESHOLD: the union is both totals less
 * what they share, so shared ÷ (wa + wb − shared) ≥ T holds exactly when shared ≥ T ÷ (1 + T) × (wa + wb).
 */
const SHARE_NEEDED = SAME_EVENT_THRESHOLD / (1 + SAME_EVENT_THRESHOLD);

/** Shrinks the bounds below a little: a pair kept too many costs little, one too few could lose a merge. */
const MARGIN = 0.999;

/**
 * Returns every pair of reports that could be one event (`bounds`) and reach SAME_EVENT_THRESHOLD.
 * Reports are taken from the lightest evidence to the heaviest; each is looked up among those taken before it
 * by the keys of its prefix (evidencePrefixes), then filed under the keys of its shorter indexed prefix. Only
 * reports of its year or of no known year are looked up: two different known years never are one event, and a
 * key shared by most of an archive's meetings would otherwise make every report meet every other of every
 * year. Keys come in one order for all reports, so every key two reports share before the last key the
 * look-up meets them at was met too: what they share is at most what the look-up adds up plus the lesser of
 * what either weighs after that key (positional filtering, as in PPJoin). At 100,000 documents (93,906
 * reports) the merge compares 4.4 million pairs, where prefix filtering alone had it compare 11.4 million.
 */
export function similarPairs(
  summaries: readonly ReportSummary[],
  bounds: PackedBounds = packedBounds(summaries),
): SimilarPair[] {
  const packed = packedEvidence(summaries);
  const { totals } = packed;
  const prefixes = evidencePrefixes(summaries);
  /** By key and year ("key\u0000year"), the reports of a known year. */
  const ofYear = new Map<string, PrefixList>();
  /** By key, the reports of no known year. */
  const yearless = new Map<string, PrefixList>();
  /** By key, every report (what a report of no known year may meet). */
  const all = new Map<string, PrefixList>();
  // Per report met: the weight shared at the keys met so far, and the lesser of what either weighs after the last.
  const shared = new Float64Array(summaries.length);
  const afterLast = new Float64Array(summaries.length);
  // Stamped with the position (plus one) of the report being looked up once it met the other.
  const metBy = new Int32Array(summaries.length);
  const met: number[] = [];
  let stamp = 0;
  const pairs: SimilarPair[] = [];
  const lookUp = (list: PrefixList | undefined, weight: number, rest: number): void => {
    if (!list) return;
    for (let at = 0; at < list.positions.length; at++) {
      const other = list.positions[at] as number;
      if (metBy[other] !== stamp) {
        metBy[other] = stamp;
        shared[other] = 0;
        met.push(other);
      }
      shared[other] = (shared[other] as number) + Math.min(weight, list.weights[at] as number);
      afterLast[other] = Math.min(rest, list.after[at] as number);
    }
  };
  const byWeight = summaries.map((_, position) => position);
  byWeight.sort((x, y) => (totals[x] as number) - (totals[y] as number) || x - y);
  for (const position of byWeight) {
    const { year } = (summaries[position] as ReportSummary).bounds;
    const { keys, weights, after, indexed } = prefixes[position] as Prefix;
    const total = totals[position] as number;
    stamp = position + 1;
    keys.forEach((key, at) => {
      const weight = weights[at] as number;
      const rest = after[at] as number;
      if (year === undefined) lookUp(all.get(key), weight, rest);
      else {
        lookUp(ofYear.get(`${key}\u0000${year}`), weight, rest);
        lookUp(yearless.get(key), weight, rest);
      }
    });
    for (const other of met) {
      const reachable = (shared[other] as number) + (afterLast[other] as number);
      if (reachable < SHARE_NEEDED * (total + (totals[other] as number)) * MARGIN) continue;
      if (!bounds.possible(position, other)) continue;
      const a = Math.min(position, other);
      const b = Math.max(position, other);
      const score = evidenceSimilarity(packed, a, b);
      if (score >= SAME_EVENT_THRESHOLD) pairs.push({ a, b, score });
    }
    met.length = 0;
    for (let at = 0; at < indexed; at++) {
      const key = keys[at] as string;
      const filed = [position, weights[at] as number, after[at] as number] as const;
      file(all, key, ...filed);
      if (year === undefined) file(yearless, key, ...filed);
      else file(ofYear, `${key}\u0000${year}`, ...filed);
    }
  }
  return pairs;
}

/** The reports filed under one key, each with its weight of the key and its evidence after it. */
interface PrefixList {
  positions: number[];
  weights: number[];
  after: number[];
}

function file(
  index: Map<string, PrefixList>,
  key: string,
  position: number,
  weight: number,
  rest: number,
): void {
  const list = index.get(key);
  if (list) {
    list.positions.push(position);
    list.weights.push(weight);
    list.after.push(rest);
  } else index.set(key, { positions: [position], weights: [weight], after: [rest] });
}

/**
 * A report's prefix: its first keys in the common order, each with its weight and the report's evidence
 * weight after it; the first `indexed` of them are those it is filed under.
 */
interface Prefix {
  keys: string[];
  weights: number[];
  after: number[];
  indexed: number;
}

/**
 * Returns, per report, the keys two reports reaching SAME_EVENT_THRESHOLD must have one of in common
 * (prefix filtering). Keys are put in one order for all reports, rarest first. Two such reports share at
 * least SHARE_NEEDED of both totals, so the first key they share (in that order) has that much or more of
 * either report's evidence from it on. For the lighter report that is at least 2 × SHARE_NEEDED of its total:
 * the indexed prefix ends where less than that is left. The heavier report shares at least the threshold's
 * share of its own total (the lighter weighs at least that much): the prefix it looks up by ends where less
 * than that is left. Comparing only reports whose prefixes meet keeps unrelated reports from being compared
 * at all: about linear time where comparing every pair is quadratic.
 */
function evidencePrefixes(summaries: readonly ReportSummary[]): Prefix[] {
  const frequency = new Map<string, number>();
  for (const summary of summaries)
    for (const key of summary.evidence.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  return summaries.map((summary) => {
    const evidence = [...summary.evidence].sort(
      (x, y) =>
        (frequency.get(x[0]) ?? 0) - (frequency.get(y[0]) ?? 0) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
    );
    const total = evidence.reduce((sum, [, weight]) => sum + weight, 0);
    let rest = total;
    const prefix: Prefix = { keys: [], weights: [], after: [], indexed: 0 };
    for (const [key, weight] of evidence) {
      if (rest < SAME_EVENT_THRESHOLD * total * MARGIN) break;
      if (rest >= 2 * SHARE_NEEDED * total * MARGIN) prefix.indexed++;
      rest -= weight;
      prefix.keys.push(key);
      prefix.weights.push(weight);
      prefix.after.push(rest);
    }
    return prefix;
  });
}

/**
 * Returns a namer that gives each meeting passed to it, in order, a slug no earlier one has: the second
 * "rome-lyon-2024" becomes "rome-lyon-2024-2".
 */
function slugNamer(): (meeting: Meeting) => Meeting {
  const used = new Map<string, number>();
  return (meeting) => {
    const count = used.get(meeting.slug) ?? 0;
    used.set(meeting.slug, count + 1);
    if (count > 0) meeting.slug = `${meeting.slug}-${count + 1}`;
    return meeting;
  };
}

function mergeGroup(group: readonly ReportedMeeting[], lexicon: LexiconLookup): Meeting {
  const sorted = [...group].sort((a, b) =>
    (a.meeting.versions[0]?.docId ?? "").localeCompare(b.meeting.versions[0]?.docId ?? ""),
  );
  const meetings = sorted.map((report) => report.meeting);
  const entityId = sorted.find((report) => report.entityId)?.entityId;
  const entry = entityId ? lexicon.byId(entityId) : undefined;
  const year = mostCommon(
    sorted.map((report) => report.year).filter((value): value is number => value !== undefined),
  );
  const conflicts: Conflict[] = [];
  const names: Record<string, string> = {};
  for (const meeting of meetings) Object.assign(names, meeting.names);
  for (const meeting of meetings)
    for (const version of meeting.versions)
      names[version.lang] = meeting.names[version.lang] ?? version.title;
  const merged: Meeting = {
    slug: "",
    aliases: [],
    names,
    kind: mostCommon(meetings.map((meeting) => meeting.kind)) ?? "meeting",
    vague: meetings.flatMap((meeting) => meeting.vague),
    organisers: unite(
      meetings.map((meeting) => meeting.organisers),
      organisationKey,
    ),
    chairs: [],
    participants: [],
    organisations: unite(
      meetings.map((meeting) => meeting.organisations),
      organisationKey,
    ),
    counts: unite(
      meetings.map((meeting) => meeting.counts),
      countKey,
    ),
    topics: uniteTopics(meetings.map((meeting) => meeting.topics)),
    decisions: meetings.flatMap((meeting) => meeting.decisions),
    followUps: [],
    versions: meetings.flatMap((meeting) => meeting.versions),
    conflicts,
  };
  if (entityId) merged.entityId = entityId;
  const langOf = new Map(merged.versions.map((version) => [version.docId, version.lang]));
  const chairs = uniteNamed(
    meetings.map((meeting) => meeting.chairs),
    langOf,
  );
  const others = uniteNamed(
    meetings.map((meeting) => meeting.participants),
    langOf,
  );
  // A person one version says chaired is a chair, whatever another version calls them.
  merged.chairs = chairs;
  merged.participants = others.filter((person) => !chairs.some((chair) => sameNamed(chair, person)));
  const dates = preferredDates(
    meetings.map((meeting) => meeting.dates),
    "dates",
    "",
    conflicts,
  );
  if (dates) merged.dates = dates as DateFact;
  const place = preferredPlace(
    meetings.map((meeting) => meeting.place),
    langOf,
  );
  if (place) merged.place = place;
  const venue = uniteNamed(
    meetings.map((meeting) => (meeting.venue ? [meeting.venue] : [])),
    langOf,
  )[0];
  if (venue) merged.venue = venue;
  merged.followUps = mergeFollowUps(
    meetings.map((meeting) => meeting.followUps),
    conflicts,
  );
  const placeName = merged.place?.entityId
    ? lexicon.label(merged.place.entityId, "en")
    : merged.place && latinSpelling(merged.place);
  merged.slug = meetingSlug({
    ...(entry ? { entry } : {}),
    names,
    ...(year ? { year } : {}),
    ...(placeName ? { place: placeName } : {}),
  });
  merged.aliases = meetingAliases(entry, year, placeName, Object.values(names)).filter(
    (alias) => alias !== merged.slug,
  );
  return merged;
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A name with where it was read and, once merged, its spelling per language version. */
type Named = {
  name: string;
  entityId?: string;
  ref: SourceRef;
  alsoIn?: string[];
  spellings?: Record<string, string>;
};

function sameNamed(a: Named, b: Named): boolean {
  if (a.entityId && a.entityId === b.entityId) return true;
  const names = (item: Named): string[] => [item.name, ...Object.values(item.spellings ?? {})];
  return names(a).some((x) => names(b).some((y) => sameNameAcrossScripts(x, y)));
}

/**
 * One person (or place) per name across versions, matched across scripts by consonant skeleton; the first
 * version's wording stays, every version's spelling (and a person's role) is kept by language.
 */
function uniteNamed<T extends Named & { role?: string; roles?: Record<string, string> }>(
  lists: readonly (readonly T[])[],
  langOf: ReadonlyMap<string, string>,
): T[] {
  const united: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const lang = langOf.get(item.ref.docId) ?? "und";
      const known = united.find((other) => sameNamed(other, item));
      const target = known ?? ({ ...item, spellings: {} } as T);
      if (!known) united.push(target);
      else if (known.ref.docId !== item.ref.docId && !known.alsoIn?.includes(item.ref.docId))
        known.alsoIn = [...(known.alsoIn ?? []), item.ref.docId];
      const spellings = target.spellings ?? {};
      spellings[lang] ??= item.name;
      target.spellings = spellings;
      if (item.role) target.roles = { [lang]: item.role, ...(target.roles ?? {}) };
    }
  }
  return united;
}

/** The place's spelling in a Latin-script version, for slugs people can type. */
function latinSpelling(place: Place): string {
  const spellings = [place.name, ...Object.values(place.spellings ?? {})];
  return spellings.find((name) => /^[\p{Script=Latin}\s'’.-]+$/u.test(name)) ?? place.name;
}

function organisationKey(org: Organisation): string {
  if (org.entityId) return `e:${org.entityId}`;
  return org.acronym ? `a:${org.acronym}` : `n:${normalise(org.name)}`;
}

function countKey(count: CountFact): string {
  return `${count.value}:${count.qualifier ?? ""}`;
}

/** One fact per key across versions; the first version's wording stays, the others are listed in alsoIn. */
function unite<T extends { ref: SourceRef; alsoIn?: string[] }>(
  lists: readonly (readonly T[])[],
  key: (item: T) => string,
): T[] {
  const byKey = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const known = byKey.get(key(item));
      if (!known) byKey.set(key(item), { ...item });
      else if (known.ref.docId !== item.ref.docId && !known.alsoIn?.includes(item.ref.docId)) {
        known.alsoIn = [...(known.alsoIn ?? []), item.ref.docId];
      }
    }
  }
  return [...byKey.values()];
}

function uniteTopics(lists: readonly (readonly string[])[]): string[] {
  const score = new Map<string, number>();
  for (const list of lists) {
    list.forEach((topic, rank) => {
      score.set(topic, (score.get(topic) ?? 0) + list.length - rank);
    });
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([topic]) => topic);
}

/**
 * Returns a date span as a reading that ignores how its year was obtained, so that versions compare
 * on what they say: "10-02..10-04" for a range, "10-07,10-02" for a list, "2024" for a year.
 * @example dateReading({ start: { month: 10, day: 2 }, end: { month: 10, day: 4 }, … }) // "10-02..10-04"
 */
export function dateReading(span: DateSpan): string {
  const pad = (value: number | undefined): string => String(value ?? 0).padStart(2, "0");
  const point = (p: DateSpan["start"]): string =>
    span.precision === "year"
      ? String(p.year ?? "")
      : span.precision === "month"
        ? pad(p.month)
        : `${pad(p.month)}-${pad(p.day)}`;
  if (span.listed && span.listed.length > 1) return span.listed.map(point).join(",");
  return span.end ? `${point(span.start)}..${point(span.end)}` : point(span.start);
}

const YEAR_RANK: Readonly<Record<DateSpan["yearStatus"], number>> = {
  stated: 0,
  inferred: 1,
  "not-given": 2,
};

/** Picks the reading most versions give (a known year breaks ties) and records a Conflict when they differ. */
function preferredDates<T extends DateSpan & { ref: SourceRef }>(
  spans: readonly (T | undefined)[],
  field: Conflict["field"],
  subject: string,
  conflicts: Conflict[],
): T | undefined {
  const given = spans.filter((span): span is T => span !== undefined);
  if (given.length === 0) return undefined;
  const byReading = new Map<string, T[]>();
  for (const span of given)
    byReading.set(dateReading(span), [...(byReading.get(dateReading(span)) ?? []), span]);
  const ranked = [...byReading.entries()].sort(
    (a, b) => b[1].length - a[1].length || bestYear(a[1]) - bestYear(b[1]),
  );
  if (ranked.length > 1) {
    const readings: Reading[] = ranked.map(([value, items]) => ({
      value,
      docIds: items.map((item) => item.ref.docId),
    }));
    conflicts.push({ field, subject, readings });
  }
  const winners = ranked[0]?.[1] ?? [];
  return [...winners].sort((a, b) => YEAR_RANK[a.yearStatus] - YEAR_RANK[b.yearStatus])[0];
}

function bestYear(spans: readonly DateSpan[]): number {
  return Math.min(...spans.map((span) => YEAR_RANK[span.yearStatus]));
}

/**
 * The place most versions name, spellings kept per language. Versions naming different places are not
 * reported as disagreeing: a place is read from cues, and a version whose cue was missed is no evidence.
 */
function preferredPlace(
  places: readonly (Place | undefined)[],
  langOf: ReadonlyMap<string, string>,
): Place | undefined {
  const given = places.filter((place): place is Place => place !== undefined);
  const united = uniteNamed(
    given.map((place) => [place]),
    langOf,
  );
  return united.sort((a, b) => (b.alsoIn?.length ?? 0) - (a.alsoIn?.length ?? 0))[0];
}

/**
 * Follow-ups of different versions are the same event when they name the same lexicon meeting or place,
 * else when they stand in the same order; their dates are compared like the meeting's own.
 */
function mergeFollowUps(lists: readonly (readonly FollowUp[])[], conflicts: Conflict[]): FollowUp[] {
  const groups: FollowUp[][] = [];
  for (const list of lists) {
    list.forEach((followUp, order) => {
      const same = groups.find((group) =>
        group.some(
          (other) =>
            other.ref.docId !== followUp.ref.docId &&
            ((followUp.meetingId !== undefined && other.meetingId === followUp.meetingId) ||
              (followUp.placeId !== undefined && other.placeId === followUp.placeId)),
        ),
      );
      const byOrder = groups[order];
      const target =
        same ??
        (byOrder &&
        !byOrder.some((other) => other.ref.docId === followUp.ref.docId) &&
        !followUp.meetingId &&
        !followUp.placeId
          ? byOrder
          : undefined);
      if (target) target.push(followUp);
      else groups.push([followUp]);
    });
  }
  return groups.map((group) => {
    const first = group[0] as FollowUp;
    const subject = first.meetingId ?? first.placeId ?? first.name;
    const dated = group
      .filter((followUp) => followUp.dates)
      .map((followUp) => ({ ...(followUp.dates as DateSpan), ref: followUp.ref }));
    const best = preferredDates(dated, "follow-up-dates", subject, conflicts);
    const lead = group.find((followUp) => followUp.ref.docId === best?.ref.docId) ?? first;
    const merged: FollowUp = { ...lead };
    const others = group.filter((followUp) => followUp !== lead).map((followUp) => followUp.ref.docId);
    if (others.length > 0) merged.alsoIn = others;
    return merged;
  });
}
