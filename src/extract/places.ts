import { isStopword, normaliseToken } from "../corpus/index.ts";
import { CAP_WORD, NAMED_PHRASE } from "./latin-names.ts";
import { INSTITUTION_HEADS } from "./org-words.ts";
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
const DEVANAGARI_VENUE =
  /((?:[^\s,।()]+\s+){0,5}(?:मंत्रालय|विद्यालय|स्कूल|मुख्यालय|भवन|होटल|अकादमी|विश्वविद्यालय|केंद्र|संस्थान))\s+(?:में|पर)(?![\p{L}\p{M}])/gu;
/** "Wiesbaden (Germany) –" or "فيسبادن (ألمانيا) -" opening a news body. */
const DATELINE = /^\s*([^\s()\-–—:]+(?:\s[^\s()\-–—:]+){0,2})\s*\(([^()]{2,40})\)\s*[-–—:]/u;
/** "in Valletta", "à Lyon", "mjini Roma": a capitalised town after a locative word, for towns the lexicon lacks. */
const LATIN_TOWN = new RegExp(
  `(?<![\\p{L}])(?:in|at|à|a|en|nach|mjini|jijini)\\s+(${CAP_WORD}(?:\\s+${CAP_WORD}){0,2})`,
  "gu",
);
const TOWN_CONFIDENCE_WORDS = 3;

/**
 * Returns the places and venues a sentence names: lexicon places in any script, venues after a cue
 * ("at the Police School", "presso …", "في مدرسة الشرطة"), a dateline place, and — in Latin script — a
 * capitalised town after a locative word. `isTowny` tells a capitalised word that is a month or other known
 * non-place apart.
 * @example extractPlaces(ctx("held in Valletta at the Grand Harbour Hotel"), () => true) // Valletta, Grand Harbour Hotel (venue)
 */
export function extractPlaces(ctx: SentenceContext, isTowny: (name: string) => boolean): Place[] {
  const found: Place[] = [];
  const add = (place: Place): void => {
    if (
      found.some(
        (known) => (known.entityId && known.entityId === place.entityId) || known.name === place.name,
      )
    )
      return;
    found.push(place);
  };
  const text = ctx.ref.text;
  const dateline = ctx.ref.paragraph === 1 && ctx.ref.sentence === 1 ? DATELINE.exec(text) : null;
  const datelineName = dateline?.[1];
  if (datelineName) add(lexiconPlace(ctx, datelineName) ?? { name: datelineName, ref: ctx.ref });
  for (const venue of venues(ctx)) add(venue);
  for (const mention of ctx.mentions) {
    if (mention.entry.kind !== "place") continue;
    if (insideParentheses(text, mention.start) && !datelineName) continue;
    add({
      name: ctx.lexicon.label(mention.entry.id, ctx.lang) ?? mention.surface,
      entityId: mention.entry.id,
      ref: ctx.ref,
    });
  }
  if (ctx.script === "latin") for (const town of towns(ctx, isTowny)) add(town);
  return found;
}

function lexiconPlace(ctx: SentenceContext, name: string): Place | undefined {
  const entry = ctx.lexicon.find(name).find((candidate) => candidate.kind === "place");
  if (!entry) return undefined;
  return { name: ctx.lexicon.label(entry.id, ctx.lang) ?? name, entityId: entry.id, ref: ctx.ref };
}

function venues(ctx: SentenceContext): Place[] {
  const text = ctx.ref.text;
  const found: Place[] = [];
  const pattern =
    ctx.script === "arabic" ? ARABIC_VENUE : ctx.script === "devanagari" ? DEVANAGARI_VENUE : LATIN_VENUE;
  for (const match of text.matchAll(pattern)) {
    const written = (match[1] ?? "").trim();
    if (!written || (ctx.script === "latin" && !hasVenueHead(written))) continue;
    const start = (match.index ?? 0) + match[0].indexOf(written);
    const end = start + written.length;
    const known = ctx.mentions.find(
      (mention) => mention.entry.kind !== "person" && mention.start < end && start < mention.end,
    );
    if (known) {
      const name = ctx.lexicon.label(known.entry.id, ctx.lang) ?? known.surface;
      found.push({ name, entityId: known.entry.id, venue: true, ref: ctx.ref });
    } else if (!ctx.lexicon.find(written).some((entry) => entry.kind === "place")) {
      found.push({ name: stripLeadingStopwords(ctx, written), venue: true, ref: ctx.ref });
    }
  }
  return found;
}

function stripLeadingStopwords(ctx: SentenceContext, name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && isStopword(words[0] ?? "", ctx.lang)) words.shift();
  return words.join(" ");
}

function hasVenueHead(name: string): boolean {
  return name.split(/\s+/).some((word) => VENUE_HEADS.has(normaliseToken(word)));
}

function towns(ctx: SentenceContext, isTowny: (name: string) => boolean): Place[] {
  const found: Place[] = [];
  for (const match of ctx.ref.text.matchAll(LATIN_TOWN)) {
    const name = match[1] ?? "";
    const words = name.split(/\s+/);
    if (words.length > TOWN_CONFIDENCE_WORDS || words.some((word) => isStopword(word, "latin"))) continue;
    if (hasVenueHead(name) || !isTowny(name)) continue;
    const known = ctx.lexicon.find(name);
    if (known.length > 0 && known.every((entry) => entry.kind !== "place")) continue;
    found.push(lexiconPlace(ctx, name) ?? { name, ref: ctx.ref });
  }
  return found;
}

function insideParentheses(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  return open >= 0 && text.indexOf(")", open) >= at && text.lastIndexOf(")", at) < open;
}
