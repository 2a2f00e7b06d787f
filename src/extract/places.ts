import { isStopword, normaliseToken } from "../corpus/index.ts";
import { readDateline } from "./dateline.ts";
import { CAP_WORD, NAMED_PHRASE } from "./latin-names.ts";
import { cueHits } from "./meeting-words.ts";
import { INSTITUTION_HEADS } from "./org-words.ts";
import { CHAIR_CUE } from "./person-cues.ts";
import { DEVANAGARI_VENUE_HEADS, locatives } from "./place-locatives.ts";
import { cityPlace } from "./place-names.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { Place } from "./types.ts";

/** Words that introduce a venue in Latin-script languages, each followed by a capitalised name. */
const LATIN_VENUE_CUE =
  "(?:at|in)\\s+the|presso(?:\\s+(?:la|il|lo|l['’]|i|gli|le))?|(?:nella|nel|nello|alla|allo|all['’]|al)|(?:à|dans)\\s+(?:la|le|l['’]|les)|au|aux|en\\s+(?:la|el)|in\\s+(?:der|dem|den)|im|katika|kwenye|na\\s+(?:sede|sala)";
const LATIN_VENUE = new RegExp(`(?<![\\p{L}])(?:${LATIN_VENUE_CUE})\\s*(${NAMED_PHRASE})`, "gu");
/** Nouns that make a named phrase a building or institution one meets in, not a town. */
const VENUE_HEADS: ReadonlySet<string> = new Set(
  [
    ...INSTITUTION_HEADS,
    "school",
    "scuola",
    "ecole",
    "escuela",
    "schule",
    "academy",
    "accademia",
    "academie",
    "academia",
    "headquarters",
    "palace",
    "palazzo",
    "palais",
    "palacio",
    "castello",
    "chateau",
    "castle",
    "hotel",
    "hoteli",
    "hall",
    "sala",
    "salle",
    "ukumbi",
    "university",
    "universita",
    "universite",
    "universidad",
    "chuo",
    "villa",
    "building",
    "house",
    "casa",
    "maison",
    "farnesina",
    "viminale",
  ].map(normaliseToken),
);
const ARABIC_VENUE =
  /(?<![\p{L}])(?:في|بمقر|داخل)\s+((?:مدرسة|وزارة|مقر|قاعة|فندق|مركز|جامعة|أكاديمية|اكاديمية|قصر|مبنى|معهد)(?:\s+[^\s،,.؛:()]+){1,4})/gu;
/** "… विज्ञान भवन में": a venue head and up to five words before it, never across a postposition or a number. */
const DEVANAGARI_VENUE = new RegExp(
  String.raw`(?<!\S)((?:(?!(?:में|के|की|का|को|से|पर|तक|ने|द्वारा|स्थित)\s)[^\s,।()\d०-९]+\s+){0,5}(?:${DEVANAGARI_VENUE_HEADS}))\s+(?:में|पर)(?![\p{L}\p{M}])`,
  "gu",
);
/** Swahili venues: "kwenye ukumbi wa Mikutano wa Kimataifa", "katika Hoteli ya Serena". */
const SWAHILI_VENUE = new RegExp(
  `(?<![\\p{L}])(?:katika|kwenye)\\s+((?:ukumbi|hoteli|kituo|chuo|jengo|makao\\s+makuu)\\s+(?:wa|la|cha|ya)\\s+${NAMED_PHRASE})`,
  "giu",
);
/**
 * How far from a meeting word a locative may stand and still say where the meeting was; in Arabic and
 * Hindi, where "في" and "में" also head common nouns, only close to it.
 */
const CUE_REACH = { latin: 150, other: 80 } as const;
/** The town a Latin-script venue name ends with: "… di Bari", "… de Lyon", "… of Geneva", "… wa Arusha". */
const DEVANAGARI_TOWN_BEFORE = /(?:^|\s)([^\s,।()\d०-९]+)\s+(?:स्थित|के)\s*$/u;
const VENUE_TOWN = new RegExp(`\\s(?:di|de|of|wa|ya)\\s+(${CAP_WORD})$`, "u");
/** How close a "held" verb must be for a locative to outrank the dateline. */
const HELD_REACH = 60;
/** Scores of the kinds of evidence for the city of the event. */
const SCORE = { dateline: 3, locative: 2, held: 2, dated: 1 } as const;

/** A place with how strongly its sentence says the event happened there. */
export interface PlaceCandidate {
  place: Place;
  score: number;
}

/**
 * Returns the places and venues a sentence gives for an event, strongest first: a dateline city
 * ("Wiesbaden (Germany) –", "Ottawa, 4 October 2025 –"), and in a sentence naming a meeting, venues after a
 * cue ("at the Palais du Pharo", "presso la Scuola …", "في فندق …", "kwenye ukumbi wa …", "… भवन में") and
 * cities after a locative word near the meeting word ("in Halifax", "في عمّان", "नई दिल्ली में"). Regions
 * and countries are never a city. `isTowny` tells months and people's names apart from towns.
 * @example extractPlaces(ctx("held in Valletta at the Grand Harbour Academy"), () => true) // Valletta, Grand Harbour Academy (venue)
 */
export function extractPlaces(ctx: SentenceContext, isTowny: (name: string) => boolean): Place[] {
  return placeCandidates(ctx, isTowny, false).map((candidate) => candidate.place);
}

/**
 * Returns `extractPlaces`'s places with their scores: dateline 3; a locative 2, +2 with a "held" verb
 * close by, +1 when the sentence is dated (`dated`). Venues score like the locatives of their sentence.
 * @example placeCandidates(ctx("The forum was held in Valletta on 3 May"), () => true, true)[0]?.score // 5
 */
export function placeCandidates(
  ctx: SentenceContext,
  isTowny: (name: string) => boolean,
  dated: boolean,
): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  const add = (place: Place, score: number): void => {
    const known = found.find((other) => other.place.name === place.name && other.place.venue === place.venue);
    if (known) known.score = Math.max(known.score, score);
    else found.push({ place, score });
  };
  const dateline = readDateline(ctx);
  if (dateline) add(dateline.place, SCORE.dateline);
  const hits = cueHits(ctx.ref.text).filter((hit) => hit.kind !== "operation" && hit.kind !== "report");
  // In a sentence about who chaired, "in/في/में" phrases give affiliations ("… मंत्रालय में महानिदेशक"),
  // not the venue, unless the sentence also says where the meeting was held.
  const chairing = CHAIR_CUE.test(ctx.ref.text) && !hits.some((hit) => hit.kind === "held");
  if (hits.length > 0 && !chairing) {
    const near = (start: number, reach: number, kinds: readonly string[]): boolean =>
      hits.some((hit) => kinds.includes(hit.kind) && Math.abs(hit.start - start) <= reach);
    const base = SCORE.locative + (dated ? SCORE.dated : 0);
    const venueList = venues(ctx);
    for (const venue of venueList) {
      add(venue, base);
      // "Castello Svevo di Bari", "Palais des Congrès de Lyon": the venue names its town.
      const town =
        ctx.script === "latin"
          ? VENUE_TOWN.exec(venue.name)?.[1]
          : ctx.script === "devanagari"
            ? townBefore(ctx.ref.text, venue.name)
            : undefined;
      const place = town && isTowny(town) ? cityPlace(ctx, town) : undefined;
      if (place) add(place, base);
    }
    for (const locative of locatives(ctx, isTowny)) {
      const reach = ctx.script === "latin" ? CUE_REACH.latin : CUE_REACH.other;
      if (!near(locative.start, reach, ["meeting", "held", "concluded"])) continue;
      if (
        hasVenueHead(locative.place.name) ||
        venueList.some((venue) => venue.name.includes(locative.place.name))
      )
        continue;
      add(locative.place, base + (near(locative.start, HELD_REACH, ["held"]) ? SCORE.held : 0));
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

/** "जयपुर स्थित राजस्थान पुलिस अकादमी": the word before "स्थित" (located in) or "के" names the venue's town. */
function townBefore(text: string, venue: string): string | undefined {
  const at = text.indexOf(venue);
  if (at <= 0) return undefined;
  return DEVANAGARI_TOWN_BEFORE.exec(text.slice(0, at))?.[1];
}

function venues(ctx: SentenceContext): Place[] {
  const text = ctx.ref.text;
  const found: Place[] = [];
  const patterns =
    ctx.script === "arabic"
      ? [ARABIC_VENUE]
      : ctx.script === "devanagari"
        ? [DEVANAGARI_VENUE]
        : [LATIN_VENUE, SWAHILI_VENUE];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const matched = (match[1] ?? "").trim();
      if (!matched) continue;
      const start = (match.index ?? 0) + match[0].indexOf(matched);
      // A body named inside the venue's words ends it: "في وزارة الخارجية … مجموعة روما/ليون".
      const inner = ctx.mentions.find(
        (mention) =>
          mention.entry.kind !== "place" && mention.start > start && mention.start < start + matched.length,
      );
      const written = (inner ? matched.slice(0, inner.start - start) : matched).trim();
      if (!written || (ctx.script === "latin" && !hasVenueHead(written))) continue;
      const end = start + written.length;
      const known = ctx.mentions.find(
        (mention) => mention.entry.kind === "organisation" && mention.start === start && mention.end >= end,
      );
      if (known) {
        const name = ctx.lexicon.label(known.entry.id, ctx.lang) ?? known.surface;
        found.push({ name, entityId: known.entry.id, venue: true, ref: ctx.ref });
      } else if (!ctx.lexicon.find(written).some((entry) => entry.kind === "place")) {
        found.push({ name: stripLeadingStopwords(ctx, written), venue: true, ref: ctx.ref });
      }
    }
  }
  return found;
}

/** The venue's words without function words at either end ("la Scuola …", "… Kundi la"). */
function stripLeadingStopwords(ctx: SentenceContext, name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && isStopword(words[0] ?? "", ctx.lang)) words.shift();
  while (words.length > 1 && isStopword(words[words.length - 1] ?? "", ctx.lang)) words.pop();
  return words.join(" ");
}

function hasVenueHead(name: string): boolean {
  return name.split(/\s+/).some((word) => VENUE_HEADS.has(normaliseToken(word)));
}
