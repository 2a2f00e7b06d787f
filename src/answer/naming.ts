import type { ReplyLang } from "../core/index.ts";
import type { LexiconLookup } from "../corpus/index.ts";
import type { Meeting, Organisation, Participant, Place } from "../extract/index.ts";
import type { PersonLine } from "./types.ts";

/** Languages whose spelling of a name is preferred after the reply language's own. */
const FALLBACK_LANGS = ["en", "fr", "it"] as const;
/** The script each reply language is written in. */
const SCRIPT_OF: Readonly<Record<string, string>> = {
  en: "latin",
  fr: "latin",
  it: "latin",
  sw: "latin",
  ar: "arabic",
  hi: "devanagari",
};

/**
 * Returns how near a document language is to a reader's: 2 the same language, 1 the same script, 0 neither.
 * @example nearness("sw", "en") // 1
 */
export function nearness(docLang: string, lang: ReplyLang): number {
  if (docLang === lang) return 2;
  return SCRIPT_OF[docLang] !== undefined && SCRIPT_OF[docLang] === SCRIPT_OF[lang] ? 1 : 0;
}

/**
 * Returns a lexicon entry's label in the reply language, else in a widely read language, else undefined.
 * @example entityLabel(lexicon, "fentanyl", "ar") // "الفنتانيل"
 */
export function entityLabel(
  lexicon: LexiconLookup,
  id: string | undefined,
  lang: ReplyLang,
): string | undefined {
  if (!id) return undefined;
  return lexicon.label(id, lang) ?? FALLBACK_LANGS.map((other) => lexicon.label(id, other)).find(Boolean);
}

/**
 * Returns the meeting's name in the reply language when a version gives one, else a version's in the reply's
 * script (a Swahili title for an English asker), else a widely read language's, else any version's.
 */
export function meetingName(meeting: Meeting, lang: ReplyLang): string {
  const names = meeting.names;
  const sameScript = inScriptOf(names, lang);
  return (
    names[lang] ??
    sameScript ??
    FALLBACK_LANGS.map((other) => names[other]).find(Boolean) ??
    Object.values(names).find(Boolean) ??
    meeting.slug
  );
}

/**
 * Returns a person's name as the reply language's version of the document spells it, else as an operator
 * lexicon spells it, else as written in the source.
 */
export function personName(lexicon: LexiconLookup, person: Participant, lang: ReplyLang): string {
  return (
    person.spellings?.[lang] ??
    inScriptOf(person.spellings, lang) ??
    lexicon.label(person.entityId ?? "", lang) ??
    person.name
  );
}

/** A version's spelling in the reply language's script ("Roma" from the Swahili version for an English reader). */
function inScriptOf(spellings: Record<string, string> | undefined, lang: ReplyLang): string | undefined {
  return Object.entries(spellings ?? {}).find(([other]) => SCRIPT_OF[other] === SCRIPT_OF[lang])?.[1];
}

/**
 * Returns a person with the role as the reply language's version words it where one does, else as a version
 * in the reply's script does, else as written.
 */
export function personLine(lexicon: LexiconLookup, person: Participant, lang: ReplyLang): PersonLine {
  const entry = person.entityId ? lexicon.byId(person.entityId) : undefined;
  const role = person.roles?.[lang] ?? entry?.roles?.[lang] ?? inScriptOf(person.roles, lang) ?? person.role;
  const name = personName(lexicon, person, lang);
  return role ? { name, role } : { name };
}

/** Returns an organisation's name in the reply language where known, else its acronym or name as written. */
export function organisationName(
  lexicon: LexiconLookup,
  organisation: Organisation,
  lang: ReplyLang,
): string {
  return lexicon.label(organisation.entityId ?? "", lang) ?? organisation.acronym ?? organisation.name;
}

/** Returns a place's name as the reply language's version spells it, else the thesaurus, else as written. */
export function placeName(
  lexicon: LexiconLookup,
  place: Place | undefined,
  lang: ReplyLang,
): string | undefined {
  if (!place) return undefined;
  return (
    place.spellings?.[lang] ??
    lexicon.label(place.entityId ?? "", lang) ??
    inScriptOf(place.spellings, lang) ??
    place.name
  );
}

/** Returns the first of each group of items that share a key, in order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
