import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import hi from "i18n-iso-countries/langs/hi.json" with { type: "json" };
import it from "i18n-iso-countries/langs/it.json" with { type: "json" };
import sw from "i18n-iso-countries/langs/sw.json" with { type: "json" };
import type { LexiconEntry } from "../lexicon-types.ts";
import type { LangCode } from "../types.ts";

const LOCALES = { en, ar, sw, hi, it, fr } as const;
const LANGS = Object.keys(LOCALES) as LangCode[];

const COUNTRY_ID_PREFIX = "country-";

/**
 * Returns whether a thesaurus id is a country's (a region such as the Sahel is not).
 * @example isCountryId("country-tn") // true
 */
export function isCountryId(id: string): boolean {
  return id.startsWith(COUNTRY_ID_PREFIX);
}

/**
 * Returns one place entry per country, named in the six reply languages by the i18n-iso-countries package
 * (every official and alternative name as a variant), with ids like "country-tn".
 * @example countryEntries().find((entry) => entry.id === "country-tn")?.labels.ar // "تونس"
 */
export function countryEntries(): LexiconEntry[] {
  for (const locale of Object.values(LOCALES)) countries.registerLocale(locale);
  const names = new Map(LANGS.map((lang) => [lang, countries.getNames(lang, { select: "all" })]));
  const entries: LexiconEntry[] = [];
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const labels: Record<LangCode, string> = {};
    const variants = new Set<string>();
    for (const lang of LANGS) {
      const [label, ...others] = names.get(lang)?.[code] ?? [];
      if (!label) continue;
      labels[lang] = label;
      for (const other of others) variants.add(other);
    }
    if (!labels.en) continue;
    entries.push({
      id: `${COUNTRY_ID_PREFIX}${code.toLowerCase()}`,
      kind: "place",
      labels,
      variants: [...variants],
    });
  }
  return entries;
}
