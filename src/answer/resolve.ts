import { memoised } from "../core/index.ts";
import type { LexiconLookup } from "../corpus/index.ts";
import {
  consonantSignature,
  editDistance,
  isStopword,
  type NameSpelling,
  normaliseToken,
  sameSpelledName,
  spellingOfName,
  tokenise,
} from "../corpus/index.ts";
import type { Meeting } from "../extract/index.ts";
import { asciiDigits, cueHits, MINISTERIAL_WORDS, slugify } from "../extract/index.ts";

/** A candidate needs this score to be taken as the meeting asked for; below, only candidates are offered. */
const RESOLVE_THRESHOLD = 0.5;
/** Meetings scoring within this of the best are as good a fit: the asker picks from a short list. */
const TIE_MARGIN = 0.1;
const MAX_CANDIDATES = 5;
/** A meeting of another year than the one asked for is kept only as a poor candidate. */
const OTHER_YEAR_FACTOR = 0.3;
/** A meeting whose year is not known, when a year is asked for. */
const UNKNOWN_YEAR_FACTOR = 0.6;
/** A word matched only through its consonant skeleton (another script, another spelling) counts less. */
const SKELETON_MATCH = 0.8;
/** A word naming the place of a meeting announced for later: the announcing meeting, a little less surely. */
const FOLLOW_UP_MATCH = 0.8;
const MIN_SKELETON = 4;
/** An acronym read as a word has few consonants: three must all be there. */
const MIN_ACRONYM_SKELETON = 3;
const YEAR = /^(?:19|20)\d\d$/;

/** A meeting and how well it matches a query, from 0 to 1. */
export interface MeetingCandidate {
  meeting: Meeting;
  score: number;
}

/** The meeting asked for, or several that fit equally well, and the ranked candidates either way. */
export interface Resolution {
  meeting?: Meeting;
  /** Two or more meetings that fit about equally: the asker picks one. */
  choices?: Meeting[];
  candidates: MeetingCandidate[];
}

/** A name of one word or more, and each of its words, read for comparing across scripts. */
interface PhraseName {
  whole: NameSpelling;
  words: readonly NameSpelling[];
}

/** What a meeting can be asked for by, read once per meeting. */
interface MeetingKeys {
  slugs: ReadonlySet<string>;
  /** Every spelling of its place and venue, and of each person named. */
  places: readonly PhraseName[];
  people: readonly (readonly PhraseName[])[];
  /** Every spelling of the places of the later meetings it announces. */
  followUps: readonly PhraseName[];
  /** The words of its place and venue names, and of its announced meetings' places, four letters or more. */
  placeWords: readonly NameSpelling[];
  followUpWords: readonly NameSpelling[];
  acronyms: ReadonlySet<string>;
  /** Consonant skeletons of the acronyms that read as words ("jmb" for JUMBO). */
  acronymSkeletons: ReadonlySet<string>;
  /** Thesaurus ids of its organisations, organisers and topics, and of what its titles name. */
  entities: ReadonlySet<string>;
  words: ReadonlySet<string>;
  skeletons: ReadonlySet<string>;
  year?: number;
  ministerial: boolean;
}

/** One word of the question, as written and normalised. */
interface Term {
  raw: string;
  norm: string;
  spelling: NameSpelling;
  /** Thesaurus entries the word is part of a spelling of. */
  entityIds: readonly string[];
}

/**
 * Finds the meeting a user means by whatever they type, in any language or script: its slug, its place in
 * any spelling, its year, an acronym, an organiser or a person, a topic, distinctive words of its titles.
 * Words for "meeting" decide nothing. Several equally good fits are offered as choices; a poor fit is none.
 * @example resolveMeeting("conférence de Tunis 2025", meetings, lexicon).meeting?.slug // "tunis-2025"
 */
export function resolveMeeting(
  query: string,
  meetings: readonly Meeting[],
  lexicon: LexiconLookup,
): Resolution {
  const slug = slugify(query);
  const bySlug = meetings.filter((meeting) => slug !== "" && keysOf(meeting, lexicon).slugs.has(slug));
  const [named] = bySlug;
  if (bySlug.length === 1 && named?.slug === slug)
    return { meeting: named, candidates: [{ meeting: named, score: 1 }] };
  const question = readQuestion(query, lexicon);
  const ranked = meetings
    .map((meeting) => ({ meeting, score: scoreMeeting(question, keysOf(meeting, lexicon), lexicon) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score);
  // An alias ("g7", an acronym of one title) is that meeting's, unless others answer to it fully as well.
  if (bySlug.length === 1 && named) {
    const others = ranked.filter(
      (candidate) => candidate.meeting !== named && candidate.score >= 1 - TIE_MARGIN,
    );
    if (others.length === 0) return { meeting: named, candidates: [{ meeting: named, score: 1 }] };
    return {
      choices: [named, ...others.map((candidate) => candidate.meeting)].slice(0, MAX_CANDIDATES),
      candidates: [{ meeting: named, score: 1 }, ...others],
    };
  }
  const candidates = ranked.slice(0, MAX_CANDIDATES);
  const best = ranked[0];
  if (!best || best.score < RESOLVE_THRESHOLD) return { candidates };
  const close = ranked.filter((candidate) => candidate.score >= best.score - TIE_MARGIN);
  if (close.length === 1) return { meeting: best.meeting, candidates };
  return { choices: close.slice(0, MAX_CANDIDATES).map((candidate) => candidate.meeting), candidates };
}

/** The question's year, whether it asks for a ministerial meeting, and its other words. */
interface Question {
  text: string;
  year?: number;
  ministerial: boolean;
  terms: Term[];
  /** Runs of its words read as one name, by where they start and how many they are ("2 3"). */
  runs: Map<string, NameSpelling>;
}

function readQuestion(query: string, lexicon: LexiconLookup): Question {
  const text = asciiDigits(query);
  const meetingWords = new Set<string>();
  for (const hit of cueHits(text)) {
    if (hit.kind !== "meeting") continue;
    for (const word of tokenise(text.slice(hit.start, hit.end))) meetingWords.add(word);
  }
  const entityOf = new Map<string, string[]>();
  for (const mention of lexicon.mentions(text, { anyCase: true })) {
    for (const word of tokenise(mention.surface))
      entityOf.set(word, [...(entityOf.get(word) ?? []), mention.entry.id]);
  }
  let year: number | undefined;
  let ministerial = false;
  const terms: Term[] = [];
  for (const raw of tokenise(text)) {
    if (YEAR.test(raw)) {
      year = Number(raw);
      continue;
    }
    if (MINISTERIAL_WORDS.test(raw)) {
      ministerial = true;
      continue;
    }
    if (meetingWords.has(raw) || isStopword(raw, "any")) continue;
    const norm = normaliseToken(raw);
    if (norm !== "")
      terms.push({ raw, norm, spelling: spellingOfName(raw), entityIds: entityOf.get(raw) ?? [] });
  }
  return { text, ...(year === undefined ? {} : { year }), ministerial, terms, runs: new Map() };
}

/**
 * The share of the question's words the meeting answers to (a place, a person, an acronym, a thesaurus
 * entry, a title word; another script's spelling counts a little less), then the year: another year than
 * the one asked for makes a poor fit.
 */
function scoreMeeting(question: Question, keys: MeetingKeys, lexicon: LexiconLookup): number {
  const parts: number[] = question.terms.map(() => 0);
  // Places and people may be several words ("Dar es Salaam", "Nasser Al-Mannai"): matched as phrases first.
  for (const names of [keys.places, ...keys.people]) markPhrase(question, names, parts);
  // A later meeting it announces (no document of its own) is found through the announcing meeting's card.
  const announced = question.terms.map(() => 0);
  markPhrase(question, keys.followUps, announced);
  announced.forEach((hit, at) => {
    if (hit > 0 && (parts[at] ?? 0) === 0) parts[at] = FOLLOW_UP_MATCH;
  });
  question.terms.forEach((term, at) => {
    if ((parts[at] ?? 0) > 0) return;
    parts[at] = termScore(term, keys, lexicon);
  });
  if (question.ministerial) parts.push(keys.ministerial ? 1 : 0);
  let score = parts.length === 0 ? (question.year === undefined ? 0 : 1) : sum(parts) / parts.length;
  if (question.year !== undefined && keys.year !== question.year)
    score *= keys.year === undefined ? UNKNOWN_YEAR_FACTOR : OTHER_YEAR_FACTOR;
  return score;
}

function termScore(term: Term, keys: MeetingKeys, lexicon: LexiconLookup): number {
  if (keys.acronyms.has(term.raw.toUpperCase())) return 1;
  if (term.entityIds.some((id) => keys.entities.has(id) || relatedIn(id, keys, lexicon))) return 1;
  if (keys.words.has(term.norm)) return 1;
  const skeleton = term.spelling.skeleton;
  // A place in another spelling ("Geneva", "Genève"; "ويسبادن", "فيسبادن") has a close skeleton; one word of
  // a place of several ("mirabella") names it too.
  const names = (place: NameSpelling): boolean =>
    sameSpelledName(term.spelling, place) || closeSkeleton(skeleton, place.skeleton);
  if (keys.placeWords.some(names)) return 1;
  if (keys.followUpWords.some(names)) return FOLLOW_UP_MATCH;
  // An acronym spelt out in another script ("جامبو", "जंबो" for JUMBO): its skeleton, however short.
  if (skeleton.length >= MIN_ACRONYM_SKELETON && keys.acronymSkeletons.has(skeleton)) return SKELETON_MATCH;
  return skeleton.length >= MIN_SKELETON && keys.skeletons.has(skeleton) ? SKELETON_MATCH : 0;
}

/** A question naming a broader topic (drugs) finds a meeting on a narrower one (captagon). */
function relatedIn(id: string, keys: MeetingKeys, lexicon: LexiconLookup): boolean {
  for (const own of keys.entities) if (lexicon.byId(own)?.related?.includes(id)) return true;
  return false;
}

/**
 * Marks the question's words that spell one of the names in order, in any script; a name of three words or
 * more may be asked for by two of them ("ناصر المناعي" for "ناصر مبارك المناعي").
 */
function markPhrase(question: Question, names: readonly PhraseName[], parts: number[]): void {
  for (const { whole, words } of names) {
    if (words.length === 0) continue;
    for (let at = 0; at + words.length <= question.terms.length; at++)
      if (sameSpelledName(runOf(question, at, words.length), whole)) parts.fill(1, at, at + words.length);
    if (words.length < 3) continue;
    const hits = question.terms.flatMap((term, at) =>
      words.some((word) => sameSpelledName(term.spelling, word)) ? [at] : [],
    );
    if (hits.length >= 2) for (const at of hits) parts[at] = 1;
  }
}

/** The question's words from `at`, `count` of them, read as one name once per question. */
function runOf(question: Question, at: number, count: number): NameSpelling {
  const key = `${at} ${count}`;
  const known = question.runs.get(key);
  if (known) return known;
  const written = question.terms
    .slice(at, at + count)
    .map((term) => term.raw)
    .join(" ");
  const spelling = spellingOfName(written);
  question.runs.set(key, spelling);
  return spelling;
}

/**
 * Names and words read for comparing, shared by every meeting that names them: a city or a chair recurs in
 * many meetings (at 10k documents, 76,000 names of meetings are 19,000 different ones).
 */
const NAMES_REMEMBERED = 200_000;
const nameSpelling = memoised(NAMES_REMEMBERED, spellingOfName);
const phraseName = memoised(
  NAMES_REMEMBERED,
  (name): PhraseName => ({ whole: nameSpelling(name), words: tokenise(name).map(nameSpelling) }),
);

/** Skeletons of three consonants must be equal; from four on one consonant may differ. */
function closeSkeleton(skeleton: string, other: string): boolean {
  if (skeleton.length < 3 || other.length < 3) return false;
  const allowed = Math.max(skeleton.length, other.length) >= 4 ? 1 : 0;
  return editDistance(skeleton, other, allowed) <= allowed;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The words of names, four letters or more (shorter words of a name say little alone). */
function wordsOf(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => tokenise(name)).filter((word) => word.length >= 4))];
}

const keysCache = new WeakMap<Meeting, MeetingKeys>();

/** What a meeting answers to, read once per meeting: resolving a question is linear in the meetings. */
function keysOf(meeting: Meeting, lexicon: LexiconLookup): MeetingKeys {
  const known = keysCache.get(meeting);
  if (known) return known;
  const titles = [...Object.values(meeting.names), ...meeting.versions.map((version) => version.title)];
  const spellings = (named: { name: string; spellings?: Record<string, string> } | undefined): string[] =>
    named ? [named.name, ...Object.values(named.spellings ?? {})] : [];
  const places = [...spellings(meeting.place), ...spellings(meeting.venue)];
  const entities = new Set<string>(meeting.topics);
  for (const org of [...meeting.organisations, ...meeting.organisers])
    if (org.entityId) entities.add(org.entityId);
  for (const title of titles) for (const mention of lexicon.mentions(title)) entities.add(mention.entry.id);
  const acronyms = new Set<string>();
  for (const org of [...meeting.organisations, ...meeting.organisers])
    if (org.acronym) acronyms.add(org.acronym.toUpperCase());
  for (const title of titles)
    for (const match of title.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\d-]{1,11}(?![\p{L}\p{N}])/gu))
      acronyms.add(match[0].toUpperCase());
  const words = new Set<string>();
  const skeletons = new Set<string>();
  for (const text of [...titles, ...places, ...meeting.aliases]) {
    for (const token of tokenise(text)) {
      if (isStopword(token, "any")) continue;
      words.add(normaliseToken(token));
      const skeleton = consonantSignature(token);
      if (skeleton.length >= MIN_SKELETON) skeletons.add(skeleton);
    }
  }
  const year = meeting.dates?.start.year;
  const followUps = meeting.followUps.flatMap((followUp) => (followUp.place ? [followUp.place] : []));
  const keys: MeetingKeys = {
    slugs: new Set([meeting.slug, ...meeting.aliases]),
    places: places.map(phraseName),
    people: [...meeting.chairs, ...meeting.participants].map((person) => spellings(person).map(phraseName)),
    followUps: followUps.map(phraseName),
    placeWords: wordsOf(places).map(nameSpelling),
    followUpWords: wordsOf(followUps).map(nameSpelling),
    acronyms,
    acronymSkeletons: new Set([...acronyms].map((acronym) => consonantSignature(acronym.toLowerCase()))),
    entities,
    words,
    skeletons,
    ...(year === undefined ? {} : { year }),
    ministerial: meeting.kind === "ministerial",
  };
  keysCache.set(meeting, keys);
  return keys;
}
