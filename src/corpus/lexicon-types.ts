import type { PhraseMatcher } from "./lexicon-match.ts";
import type { LangCode } from "./types.ts";

/** What a lexicon entry names. */
export type EntryKind = "topic" | "organisation" | "person" | "place" | "meeting";

/**
 * One meaning with many spellings: a stable id, a display label per language, and every variant
 * seen or likely in any script. Variants are matched after normalisation.
 */
export interface LexiconEntry {
  id: string;
  kind: EntryKind;
  /** Display label per language (at least en, ar, sw, hi, it, fr where known). */
  labels: Record<LangCode, string>;
  /** Every other spelling, in any language or script. */
  variants: string[];
  /** For organisations: the acronym (e.g. "UNODC"). */
  acronym?: string;
  /** For people: their role per language where known. */
  roles?: Record<LangCode, string>;
  /** For meetings: slug aliases such as "rome-lyon", "jumbo". */
  aliases?: string[];
  /** Ids of broader or related entries (e.g. fentanyl → synthetic-drugs). */
  related?: string[];
}

/** The shipped lexicon, possibly extended by a corpus folder's own lexicon file. */
export interface Lexicon {
  entries: LexiconEntry[];
}

/** A place in a text where a lexicon entry is named. Offsets are into the text as given. */
export interface LexiconMention {
  entry: LexiconEntry;
  surface: string;
  start: number;
  end: number;
}

/** Look-ups over a loaded lexicon; implemented in src/corpus/lexicon.ts. */
export interface LexiconLookup {
  readonly entries: readonly LexiconEntry[];
  /** The phrase matcher over every spelling of the entries, for others reading texts with the same lexicon. */
  readonly matcher: PhraseMatcher;
  byId(id: string): LexiconEntry | undefined;
  /** Entries one of whose labels or variants equals the term or phrase after normalisation. */
  find(term: string): LexiconEntry[];
  /**
   * Every mention in a text, longest match first, non-overlapping, in text order. Place names count only
   * when capitalised, unless `anyCase` (a question typed in small letters: "western balkans").
   */
  mentions(text: string, options?: { anyCase?: boolean }): LexiconMention[];
  /** The entry's label in a language, if the lexicon has one. */
  label(id: string, lang: LangCode): string | undefined;
}
