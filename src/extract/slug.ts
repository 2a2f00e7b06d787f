import anyAscii from "any-ascii";
import type { LangCode, LexiconEntry } from "../corpus/index.ts";
import { isStopword } from "../corpus/index.ts";

const MAX_SLUG_WORDS = 6;
/** An acronym in a title: capitals and digits, a letter first ("EAPCCO", "G7", "LEPSG"). */
const TITLE_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\d]{1,9}(?![\p{L}\p{N}])/gu;
/** The Arabic article at the start of a word: "الدوحة" is filed as "dwh", not "ldwh". */
const ARABIC_ARTICLE = /(?<![\p{L}])ال(?=\p{L}{2})/gu;
const ENDS_WITH_YEAR = /-\d{4}$/;
/** Latin-script languages whose names make the most readable ASCII slug, best first. */
const SLUG_LANGS: readonly LangCode[] = ["en", "it", "fr", "es", "de", "pt", "sw"];

/**
 * Returns text as a lower-case ASCII slug: accents dropped, other scripts transliterated (Arabic without its
 * article), anything else than letters and digits a hyphen.
 * @example slugify("Vardé, Roma/Lione 2024") // "varde-roma-lione-2024"
 * @example slugify("मुंबई") // "mumbii"
 */
export function slugify(text: string): string {
  return anyAscii(text.normalize("NFKC").replace(ARABIC_ARTICLE, ""))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Returns a meeting's stable slug: an operator lexicon's meeting id (with the year when known and not
 * already in it), else its place in Latin script and year, else an acronym of its titles ("jumbo"), else its
 * place transliterated, else the significant words of its Latin-script name and year.
 * @example meetingSlug({ names: { en: "Regional conference on synthetic drugs" }, year: 2025, place: "Doha" }) // "doha-2025"
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
  const place = input.place ? slugify(input.place) : "";
  if (place && /\p{Script=Latin}/u.test(input.place ?? "")) return withYear(place);
  const acronym = Object.values(input.names).flatMap((title) => [...title.matchAll(TITLE_ACRONYM)])[0]?.[0];
  if (acronym) return withYear(slugify(acronym));
  if (place) return withYear(place);
  const name = SLUG_LANGS.map((lang) => input.names[lang]).find((value) => value && slugify(value) !== "");
  const latin = name ?? Object.values(input.names).find((value) => slugify(value).length > 2);
  if (latin) {
    const words = latin
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word && !isStopword(word, "latin") && slugify(word) !== "");
    const base = slugify(words.slice(0, MAX_SLUG_WORDS).join(" "));
    if (base) return withYear(base);
  }
  return withYear("meeting");
}

/**
 * Returns the other names a meeting answers to as slugs: an operator lexicon entry's aliases and id, its
 * place, the acronyms of its titles and the significant words of its Latin-script titles — each also with
 * the year.
 * @example meetingAliases(undefined, 2024, "Kampala", ["Mkutano wa 25 wa EAPCCO"]) // ["kampala", "eapcco", "eapcco-2024", …]
 */
export function meetingAliases(
  entry: LexiconEntry | undefined,
  year: number | undefined,
  place?: string,
  titles: readonly string[] = [],
): string[] {
  const aliases = new Set<string>();
  const acronyms = titles.flatMap((title) => [...title.matchAll(TITLE_ACRONYM)].map((match) => match[0]));
  const titleWords = titles
    .filter((title) => slugify(title).length > 2 && /\p{Script=Latin}/u.test(title))
    .map((title) =>
      slugify(
        title
          .split(/[^\p{L}\p{N}]+/u)
          .filter((word) => word && !isStopword(word, "latin") && !/^\d{4}$/.test(word))
          .slice(0, MAX_SLUG_WORDS)
          .join(" "),
      ),
    );
  for (const alias of [...(entry?.aliases ?? []), ...(entry ? [entry.id] : []), ...acronyms, ...titleWords]) {
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
