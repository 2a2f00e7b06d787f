/**
 * The thesaurus shipped with the code: knowledge true of the field, not of particular documents — crime
 * areas and their terms, bodies that recur in international police cooperation, regions, and countries
 * from a maintained package. It never names a meeting, a person or a venue.
 */
import { checkRelated, mergeEntries, parseLexiconText } from "../lexicon-file.ts";
import type { Lexicon } from "../lexicon-types.ts";
import { countryEntries } from "./countries.ts";
import field from "./field.json" with { type: "json" };

/** The file name the field vocabulary is validated under, for error messages. */
const FIELD_FILE = "thesaurus/field.json";

/**
 * Returns the shipped thesaurus: the field vocabulary followed by one entry per country.
 * @example shippedThesaurus().entries.some((entry) => entry.id === "europol") // true
 */
export function shippedThesaurus(): Lexicon {
  const fieldEntries = mergeEntries([], parseLexiconText(JSON.stringify(field), FIELD_FILE), FIELD_FILE);
  const entries = [...fieldEntries, ...countryEntries()];
  checkRelated(entries, FIELD_FILE);
  return { entries };
}
