import type { LangCode, LexiconEntry } from "../corpus/index.ts";
import { isStopword } from "../corpus/index.ts";

const MAX_SLUG_WORDS = 6;
const ENDS_WITH_YEAR = /-\d{4}$/;
/** Latin-script languages whose names make the most readable ASCII slug, best first. */
const SLUG_LANGS: readonly LangCode[] = ["en", "it", "fr", "es", "de", "pt", "sw"];

/**
 * Returns text as a lower-case ASCII slug: accents dropped, anything else than letters and digits a hyphen.
 * @example slugify("Vardé, Roma/Lione 2024") // "varde-roma-lione-2024"
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Returns a meeting's stable slug: the lexicon meeting id (with the year when known and not already in it),
 * else the significant words of its Latin-script name plus the year, else its place and year.
 * @example meetingSlug({ entry, names: {}, year: 2024 }) // "rome-lyon-heads-of-delegation-2024"
 */
export function meetingSlug(input: {
  entry?: LexiconEntry;
  names: Readonly<Record<LangCode, string>>;
  year?: number;
  place?: string;
}): string {
  const withYear = (base: string): string =>
    input.year !== undefined && !ENDS_WITH_YEAR.test(base) && !base.includes(String(input.year))
      ? `${base}-${input.year}`
      : base;
  if (input.entry) return withYear(slugify(input.entry.id));
  const name = SLUG_LANGS.map((lang) => input.names[lang]).find((value) => value && slugify(value) !== "");
  const latin = name ?? Object.values(input.names).find((value) => slugify(value).length > 2);
  if (latin) {
    const words = latin
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word && !isStopword(word, "latin") && slugify(word) !== "");
    const base = slugify(words.slice(0, MAX_SLUG_WORDS).join(" "));
    if (base) return withYear(base);
  }
  return withYear(slugify(`meeting ${input.place ?? ""}`) || "meeting");
}

/**
 * Returns the other names a meeting answers to as slugs: the lexicon entry's aliases and id, each also
 * with the year, and its place.
 * @example meetingAliases(entry, 2024, "Rome") // ["rome-lyon", "rome-lyon-2024", …, "rome"]
 */
export function meetingAliases(
  entry: LexiconEntry | undefined,
  year: number | undefined,
  place?: string,
): string[] {
  const aliases = new Set<string>();
  for (const alias of [...(entry?.aliases ?? []), ...(entry ? [entry.id] : [])]) {
    const slug = slugify(alias);
    if (!slug) continue;
    aliases.add(slug);
    const bare = slug.replace(ENDS_WITH_YEAR, "");
    aliases.add(bare);
    if (year !== undefined) aliases.add(`${bare}-${year}`);
  }
  if (place) {
    const slug = slugify(place);
    if (slug) aliases.add(slug);
  }
  return [...aliases];
}
