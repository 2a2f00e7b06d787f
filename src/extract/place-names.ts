import type { LexiconEntry } from "../corpus/index.ts";
import { isStopword, shippedThesaurus } from "../corpus/index.ts";
import { cueHits } from "./meeting-words.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { Place } from "./types.ts";

const ARABIC_MARKS = /[\u064B-\u0652]/u;

let shippedPlaces: ReadonlySet<string> | undefined;

/** Ids of the shipped thesaurus's places: regions and countries, never the city a meeting is held in. */
function shippedPlaceIds(): ReadonlySet<string> {
  shippedPlaces ??= new Set(
    shippedThesaurus()
      .entries.filter((entry) => entry.kind === "place")
      .map((entry) => entry.id),
  );
  return shippedPlaces;
}

/**
 * Returns what a candidate city name is by the lexicon: "city" for a place a corpus folder's own lexicon
 * lists (a hint the text has now confirmed), "other" for any other entry (a region, a country, a body, a
 * topic), or undefined when the lexicon does not know it.
 * @example lexiconVerdict(ctx, "Western Balkans") // { verdict: "other" }
 */
export function lexiconVerdict(
  ctx: SentenceContext,
  name: string,
): { verdict: "city"; entry: LexiconEntry } | { verdict: "other" } | undefined {
  // Marks the normalised look-up drops may tell names apart ("عمّان" Amman, "عمان" Oman): when the text
  // writes them, only an entry spelled with them matches.
  const marked = ARABIC_MARKS.test(name);
  const entries = ctx.lexicon
    .find(name)
    .filter((entry) => !marked || [...Object.values(entry.labels), ...entry.variants].includes(name));
  if (entries.length === 0) return undefined;
  const hint = entries.find((entry) => entry.kind === "place" && !shippedPlaceIds().has(entry.id));
  return hint ? { verdict: "city", entry: hint } : { verdict: "other" };
}

/**
 * Returns the place a confirmed city name stands for: the operator's lexicon entry when it lists the city,
 * else the name as written; undefined when the name is a region, a country or another lexicon entry, or
 * a function word.
 * @example cityPlace(ctx, "Halifax") // { name: "Halifax", ref }
 */
export function cityPlace(ctx: SentenceContext, name: string): Place | undefined {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.every((word) => isStopword(word, ctx.lang))) return undefined;
  if (words.some((word) => cueHits(word).length > 0)) return undefined;
  const known = lexiconVerdict(ctx, name);
  if (known?.verdict === "other") return undefined;
  if (known?.verdict === "city") {
    return {
      name: ctx.lexicon.label(known.entry.id, ctx.lang) ?? name,
      entityId: known.entry.id,
      ref: ctx.ref,
    };
  }
  if (words.some((word) => lexiconVerdict(ctx, word)?.verdict === "other")) return undefined;
  return { name, ref: ctx.ref };
}
