import type { LangCode } from "../corpus/index.ts";
import { monthAt } from "./date-atoms.ts";
import { type DateToken, dateTokens } from "./date-tokens.ts";
import { MONTH_LEADS, MONTH_TRAILS, VAGUE_PHRASES } from "./date-vague-phrases.ts";
import { settleDates, writtenDates } from "./dates.ts";
import type { DatePoint, SourceRef, VagueTime } from "./types.ts";

/** A vague time found in a text, kept as written; `month` is set for a month named alone (1–12). */
export interface VagueMention {
  kind: VagueTime["kind"];
  surface: string;
  month?: number;
}

interface Phrase {
  kind: VagueTime["kind"];
  keys: readonly string[];
}

const MAX_LEADS = 3;
const PHRASE_KINDS: readonly VagueTime["kind"][] = ["recent", "this-year", "other"];
const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"]);

function phraseKeys(phrase: string): string[] {
  return dateTokens(phrase)
    .filter((token) => token.kind === "word")
    .map((token) => token.key);
}

/** Phrases by their first key, longest first within each list, so a token is only tried against its own. */
type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;

const phraseCache = new Map<string, PhraseIndex>();

function phrasesFor(lang: LangCode | undefined): PhraseIndex {
  const cacheKey = lang !== undefined && Object.hasOwn(VAGUE_PHRASES, lang) ? lang : "";
  const cached = phraseCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const index = new Map<string, Phrase[]>();
  for (const phrase of buildPhrases(cacheKey)) {
    const [first] = phrase.keys;
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(phrase);
    index.set(first, list);
  }
  phraseCache.set(cacheKey, index);
  return index;
}

function buildPhrases(lang: string): Phrase[] {
  const langs = lang === "" ? Object.keys(VAGUE_PHRASES) : [lang];
  const phrases: Phrase[] = [];
  for (const code of langs) {
    const table = VAGUE_PHRASES[code] ?? {};
    for (const kind of PHRASE_KINDS) {
      for (const phrase of table[kind] ?? []) phrases.push({ kind, keys: phraseKeys(phrase) });
    }
  }
  return phrases.sort((a, b) => b.keys.length - a.keys.length);
}

const LEAD_KEYS = new Set(MONTH_LEADS.flatMap(phraseKeys));
const TRAIL_KEYS = new Set(MONTH_TRAILS.flatMap(phraseKeys));

/** Index just past the phrase if it is written at `index` (apostrophes between words ignored). */
function phraseEnd(tokens: readonly DateToken[], index: number, keys: readonly string[]): number | undefined {
  let at = index;
  for (const [position, key] of keys.entries()) {
    if (position > 0) while (APOSTROPHES.has(tokens[at]?.text ?? "")) at += 1;
    if (tokens[at]?.kind !== "word" || tokens[at]?.key !== key) return undefined;
    at += 1;
  }
  return at;
}

/** The longest phrase written at `index`, with the index just past it. */
function phraseAt(
  tokens: readonly DateToken[],
  index: number,
  phrases: PhraseIndex,
): { candidate: Phrase; next: number } | undefined {
  const token = tokens[index];
  if (token?.kind !== "word") return undefined;
  for (const candidate of phrases.get(token.key) ?? []) {
    const next = phraseEnd(tokens, index, candidate.keys);
    if (next !== undefined) return { candidate, next };
  }
  return undefined;
}

/** A month named with no day or year next to it, with its leading words: "in September", "في أيلول/سبتمبر". */
function lonelyMonthAt(
  tokens: readonly DateToken[],
  index: number,
): { first: number; next: number; month: number } | undefined {
  const month = monthAt(tokens, index);
  if (month === undefined || month.value.use !== "free") return undefined;
  if (tokens[index - 1]?.kind === "num" || tokens[month.next]?.kind === "num") return undefined;
  let first = index;
  while (
    index - first < MAX_LEADS &&
    tokens[first - 1]?.kind === "word" &&
    LEAD_KEYS.has(tokens[first - 1]?.key ?? "")
  ) {
    first -= 1;
  }
  if (month.value.capitalised && first === index) return undefined;
  const trail = tokens[month.next];
  const next = trail?.kind === "word" && TRAIL_KEYS.has(trail.key) ? month.next + 1 : month.next;
  return { first, next, month: month.value.month };
}

/**
 * Returns the vague time words of a text, kept as written: recent ("in recent days", "nei giorni scorsi",
 * "خلال الأيام الأخيرة"), this-year ("this year", "mwaka huu", "इस साल"), month-only (a month named with
 * no day: "in September", "في أيلول/سبتمبر") and other relative times ("last year"). With a known `lang`
 * only its phrases are looked for; month names are looked for in every language.
 * @example readVagueTimes("siku za hivi karibuni", "sw") // [{ kind: "recent", surface: "siku za hivi karibuni" }]
 */
export function readVagueTimes(text: string, lang?: LangCode): VagueMention[] {
  const tokens = dateTokens(text);
  return vagueTimesIn(text, tokens, settleDates(writtenDates(text, tokens, lang)), lang);
}

/**
 * Returns what `readVagueTimes` returns, from the text's `dateTokens` and its dates read without a year,
 * for a caller that has them already.
 * @example vagueTimesIn("mwaka huu", dateTokens("mwaka huu"), [], "sw")[0]?.kind // "this-year"
 */
export function vagueTimesIn(
  text: string,
  tokens: readonly DateToken[],
  dated: readonly { start: number; end: number }[],
  lang?: LangCode,
): VagueMention[] {
  const inDate = (token: DateToken | undefined): boolean =>
    token !== undefined && dated.some((date) => token.start < date.end && token.end > date.start);
  const phrases = phrasesFor(lang);
  const found: VagueMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const phrase = phraseAt(tokens, index, phrases);
    const lonely = phrase === undefined && !inDate(tokens[index]) ? lonelyMonthAt(tokens, index) : undefined;
    const span = phrase?.next !== undefined ? { first: index, next: phrase.next } : lonely;
    if (span === undefined) {
      index += 1;
      continue;
    }
    const surface = text.slice(tokens[span.first]?.start ?? 0, tokens[span.next - 1]?.end ?? 0);
    if (phrase !== undefined) found.push({ kind: phrase.candidate.kind, surface });
    else if (lonely !== undefined) found.push({ kind: "month-only", surface, month: lonely.month });
    index = span.next;
  }
  return found;
}

/**
 * Returns the vague times of many sentences with their sentence, anchored to the document's known date.
 * @example readVagueFacts([ref], { lang: "it", anchor: { year: 2024 } })[0]?.anchor // { year: 2024 }
 */
export function readVagueFacts(
  refs: readonly SourceRef[],
  context: { lang?: LangCode; anchor?: DatePoint } = {},
): VagueTime[] {
  return refs.flatMap((ref) =>
    readVagueTimes(ref.text, context.lang).map(({ kind, surface }) => {
      const fact: VagueTime = { kind, surface, ref };
      if (context.anchor !== undefined) fact.anchor = context.anchor;
      return fact;
    }),
  );
}
