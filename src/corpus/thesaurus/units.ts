/**
 * Units of the figures this field's prose counts (countries, delegates, arrests, tonnes, euros, days …), named
 * in the six reply languages so a figure found in one language can be given in another.
 */
import { normalise } from "../normalise.ts";
import type { LangCode } from "../types.ts";
import units from "./units.json" with { type: "json" };

/** What a unit measures: a count of things or people, a quantity, a sum of money, or a span of time. */
export type UnitKind = "count" | "measure" | "money" | "time";

/** One unit: its plural and singular noun per reply language, and every other spelling in any script. */
export interface UnitEntry {
  id: string;
  kind: UnitKind;
  /** The plural noun a reply in that language uses ("68 countries", "68 paesi"). */
  labels: Record<LangCode, string>;
  /** The singular noun ("1 country"; also what Arabic puts after 11 to 99 and after hundreds). */
  singular: Record<LangCode, string>;
  /** Every other singular, plural or inflected form, in any language or script. */
  variants: string[];
  /** ISO 4217 code when the unit is one currency, for Intl.NumberFormat. */
  currency?: string;
}

/** Arabic adds an alef to a noun in the accusative after 11–99 (متحدثًا): tried without it as well. */
const ACCUSATIVE_ALEF = /^([\u0621-\u064A]{2,})\u0627$/;

const UNITS: readonly UnitEntry[] = units.units.map((unit) => ({ ...unit, kind: unit.kind as UnitKind }));

/** Every spelling after normalisation → its unit; the first unit listed keeps a spelling two units share. */
const BY_SPELLING: ReadonlyMap<string, UnitEntry> = indexSpellings(UNITS);

/** Returns every shipped unit, in file order. */
export function allUnits(): readonly UnitEntry[] {
  return UNITS;
}

/**
 * Returns the unit a counted noun names, in any of the six languages or scripts, after normalisation
 * (case, accents, Arabic article, conjunction and marks, Devanagari nukta and nasal spellings). A noun
 * with more words than any spelling is read from its head: its longest leading spelling first ("tonnellate
 * di cocaina", "هجمات الفدية"), then its longest trailing one ("ransomware attacks").
 * @example unitOf("متحدثًا")?.id // "speakers"
 * @example unitOf("washiriki")?.labels.en // "participants"
 */
export function unitOf(noun: string): UnitEntry | undefined {
  const words = normalise(noun)
    .split(" ")
    .filter((word) => word !== "");
  if (words.length === 0) return BY_SPELLING.get(noun.trim());
  for (let length = words.length; length >= 1; length--) {
    const found = spelled(words.slice(0, length)) ?? spelled(words.slice(words.length - length));
    if (found) return found;
  }
  return undefined;
}

function spelled(words: readonly string[]): UnitEntry | undefined {
  const phrase = words.join(" ");
  const found = BY_SPELLING.get(phrase);
  if (found || words.length !== 1) return found;
  const bare = ACCUSATIVE_ALEF.exec(phrase)?.[1];
  return bare === undefined ? undefined : BY_SPELLING.get(bare);
}

function indexSpellings(list: readonly UnitEntry[]): Map<string, UnitEntry> {
  const index = new Map<string, UnitEntry>();
  for (const unit of list) {
    for (const spelling of [
      ...Object.values(unit.labels),
      ...Object.values(unit.singular),
      ...unit.variants,
    ]) {
      // A symbol such as "€" normalises to nothing and is kept as written.
      const key = normalise(spelling) || spelling.trim();
      if (!index.has(key)) index.set(key, unit);
    }
  }
  return index;
}
