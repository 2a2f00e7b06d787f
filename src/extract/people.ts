import type { LexiconMention } from "../corpus/index.ts";
import { isStopword, normalise } from "../corpus/index.ts";
import { AFFIL_LEAD, NAMED_PHRASE, PERSON_NAME, UPPER_WORD } from "./latin-names.ts";
import { findRoles, type RoleMatch } from "./roles.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { Participant } from "./types.ts";

/** How far before a lexicon person a role title may stand and still be theirs ("the Prefect of X, Name"). */
const ROLE_REACH = 90;
const MAX_NON_LATIN_NAME_WORDS = 3;

const AFTER_ROLE = new RegExp(`^\\s+${AFFIL_LEAD}(${NAMED_PHRASE})`, "u");
const NAME_AFTER = new RegExp(`^\\s*(,\\s*)?(${PERSON_NAME})(?![\\p{L}\\p{M}])`, "u");
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${PERSON_NAME}),\\s*(?:the\\s+|il\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+|der\\s+|die\\s+)?(?:(${UPPER_WORD})\\s+)?$`,
  "u",
);
/** Where a name written after a role title in Arabic or Devanagari text ends. */
const NON_LATIN_STOP = /[،,.؛;:()"«»\u0964\u0965\-–]|\s(?:و(?=ال)|और|एवं|तथा)|\sو\s/u;
/** A comma and at most an acronym between a name and the role that describes it ("Stock, INTERPOL Secretary General"). */
const APPOSITION_GAP = /^\s*[,،]\s*(?:\p{Lu}{2,}\s+)?$/u;
const ARABIC_AFFIL_WORD = /^(?:ال|لل|ل|بال|وال)/u;

/**
 * Returns the people a sentence names, with role and affiliation where written: lexicon people in any
 * script, and people the lexicon does not know when a role title stands next to their name.
 * @example extractPeople(ctx("Mario Rossi, Director of the Police School, spoke.")) // [{ name: "Mario Rossi", role: "Director", affiliation: "Police School", … }]
 */
export function extractPeople(ctx: SentenceContext): Participant[] {
  const text = ctx.ref.text;
  const roles = findRoles(text, ctx.script);
  const people: Participant[] = [];
  for (const mention of ctx.mentions) {
    if (mention.entry.kind === "person") people.push(lexiconPerson(ctx, mention, roles));
  }
  const taken = ctx.mentions.map((mention): readonly [number, number] => [mention.start, mention.end]);
  const found = ctx.script === "latin" ? latinPeople(ctx, roles) : nonLatinPeople(ctx, roles);
  for (const person of found) {
    if (taken.some(([start, end]) => person.start < end && start < person.end)) continue;
    const known = people.find((other) => sameName(other.name, person.participant.name));
    if (known) mergeParticipant(known, person.participant);
    else people.push(person.participant);
  }
  return people;
}

interface Located {
  participant: Participant;
  start: number;
  end: number;
}

function lexiconPerson(
  ctx: SentenceContext,
  mention: LexiconMention,
  roles: readonly RoleMatch[],
): Participant {
  const text = ctx.ref.text;
  const before = roles
    .filter((role) => role.end <= mention.start && mention.start - role.end <= ROLE_REACH)
    .filter(
      (role) => !personBetween(ctx, role.end, mention.start) && !roleBetween(roles, role.end, mention.start),
    )
    .at(-1);
  const after = roles.find(
    (role) => role.start >= mention.end && APPOSITION_GAP.test(text.slice(mention.end, role.start)),
  );
  const adjacent = before !== undefined && /^\s*$/u.test(text.slice(before.end, mention.start));
  const participant: Participant = { name: mention.surface, entityId: mention.entry.id, ref: ctx.ref };
  const chosen =
    before && !(adjacent && after && ctx.script === "latin") ? [before] : after ? [before, after] : [];
  const held = chosen.filter((role): role is RoleMatch => role !== undefined);
  const roleText =
    held.length > 0 ? held.map((role) => role.role).join(", ") : mention.entry.roles?.[ctx.lang];
  if (roleText) participant.role = roleText;
  const last = held.at(-1);
  if (last) {
    const affiliation = organisationNear(ctx, last, mention) ?? affiliationAfter(ctx, last);
    if (affiliation) participant.affiliation = affiliation;
  }
  return participant;
}

function roleBetween(roles: readonly RoleMatch[], start: number, end: number): boolean {
  return roles.some((role) => role.start >= start && role.end <= end);
}

function personBetween(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.mentions.some(
    (mention) => mention.entry.kind === "person" && mention.start >= start && mention.end <= end,
  );
}

/** An organisation from the lexicon written between a role and its holder, or right after the role. */
function organisationNear(ctx: SentenceContext, role: RoleMatch, person: LexiconMention): string | undefined {
  const from = Math.min(role.end, person.end);
  const to = role.end <= person.start ? person.start : role.end + ROLE_REACH;
  const org = ctx.mentions.find(
    (mention) => mention.entry.kind === "organisation" && mention.start >= from && mention.start <= to,
  );
  if (!org) return undefined;
  return ctx.lexicon.label(org.entry.id, ctx.lang) ?? org.surface;
}

function affiliationAfter(ctx: SentenceContext, role: RoleMatch): string | undefined {
  if (ctx.script !== "latin") return undefined;
  return latinAffiliation(ctx.ref.text.slice(role.end));
}

function latinPeople(ctx: SentenceContext, roles: readonly RoleMatch[]): Located[] {
  const found: Located[] = [];
  for (const role of roles) {
    const person = adjacentName(ctx, role) ?? appositionName(ctx, role) ?? nameAfterAffiliation(ctx, role);
    if (person) found.push(person);
  }
  return found;
}

/** "Prefect Stefano Gambacurta", "le préfet Jean Dupont": the name right after the title. */
function adjacentName(ctx: SentenceContext, role: RoleMatch): Located | undefined {
  const after = NAME_AFTER.exec(ctx.ref.text.slice(role.end));
  if (!after?.[2] || after[1]) return undefined;
  return located(ctx, trimName(after[2]), role, role.end + after[0].length - after[2].length);
}

/** "Mario Rossi, Director of the …", "Jürgen Stock, INTERPOL Secretary General". */
function appositionName(ctx: SentenceContext, role: RoleMatch): Located | undefined {
  const before = NAME_BEFORE.exec(ctx.ref.text.slice(0, role.start));
  if (!before?.[1]) return undefined;
  const affiliation = latinAffiliation(ctx.ref.text.slice(role.end)) ?? before[2];
  const name = trimLeading(before[1]);
  return located(ctx, name, role, before.index + before[1].length - name.length, affiliation);
}

/** "the Secretary General of the Regional Cooperation Council, Majlinda Bregu". */
function nameAfterAffiliation(ctx: SentenceContext, role: RoleMatch): Located | undefined {
  const rest = ctx.ref.text.slice(role.end);
  const affiliation = AFTER_ROLE.exec(rest);
  const at = affiliation?.[0].length ?? 0;
  const after = NAME_AFTER.exec(rest.slice(at));
  if (!after?.[2] || !after[1]) return undefined;
  const start = role.end + at + after[0].length - after[2].length;
  return located(ctx, trimName(after[2]), role, start, latinAffiliation(rest));
}

function located(
  ctx: SentenceContext,
  name: string,
  role: RoleMatch,
  start: number,
  affiliation?: string,
): Located | undefined {
  if (!validLatinName(ctx, name)) return undefined;
  const participant: Participant = { name, role: role.role, ref: ctx.ref };
  if (affiliation) participant.affiliation = affiliation;
  return { participant, start, end: start + name.length };
}

function latinAffiliation(afterRole: string): string | undefined {
  return AFTER_ROLE.exec(afterRole)?.[1]?.replace(/[.]+$/u, "");
}

/** Drops leading role titles and function words a name pattern swallowed ("Prefect Stefano Gambacurta"). */
function trimLeading(name: string): string {
  const words = name.split(/\s+/);
  while (
    words.length > 2 &&
    (isStopword(words[0] ?? "", "latin") || findRoles(words[0] ?? "", "latin").length > 0)
  ) {
    words.shift();
  }
  return words.join(" ");
}

/** Drops trailing capitalised words that are role titles or function words ("… Rossi And"). */
function trimName(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && isStopword(words.at(-1) ?? "", "latin")) words.pop();
  return words.join(" ");
}

function validLatinName(ctx: SentenceContext, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const first = words[0] ?? "";
  if (isStopword(first, "latin")) return false;
  if (words.some((word) => findRoles(word, "latin").length > 0)) return false;
  return !ctx.lexicon.find(name).some((entry) => entry.kind !== "person");
}

function nonLatinPeople(ctx: SentenceContext, roles: readonly RoleMatch[]): Located[] {
  const text = ctx.ref.text;
  const found: Located[] = [];
  for (const role of roles) {
    const rest = text.slice(role.end);
    const stop = NON_LATIN_STOP.exec(rest);
    const segment = stop ? rest.slice(0, stop.index) : rest;
    let name = nameInSegment(ctx, segment);
    let affiliation = affiliationInSegment(ctx, segment);
    let offset = role.end + rest.indexOf(name ?? "\u0000");
    if (!name && affiliation && stop && /[،,]/u.test(stop[0])) {
      const tail = rest.slice(stop.index + 1);
      const next = NON_LATIN_STOP.exec(tail);
      name = nameInSegment(ctx, next ? tail.slice(0, next.index) : tail);
      offset = role.end + stop.index + 1 + tail.indexOf(name ?? "\u0000");
    } else if (name) {
      affiliation = affiliationInSegment(ctx, segment.slice(0, segment.indexOf(name)));
    }
    if (!name) continue;
    const participant: Participant = { name, role: role.role, ref: ctx.ref };
    if (affiliation) participant.affiliation = affiliation;
    found.push({ participant, start: offset, end: offset + name.length });
  }
  return found;
}

/** Affiliation words in Arabic carry the article or the preposition ل; a transliterated foreign name does not. */
function affiliationInSegment(ctx: SentenceContext, segment: string): string | undefined {
  if (ctx.script !== "arabic") return undefined;
  const words = segment.trim().split(/\s+/).filter(Boolean);
  const lead: string[] = [];
  for (const word of words) {
    if (!ARABIC_AFFIL_WORD.test(word)) break;
    lead.push(word);
  }
  if (lead.length === 0) return undefined;
  return lead.join(" ").replace(/^لل/u, "ال");
}

function nameInSegment(ctx: SentenceContext, segment: string): string | undefined {
  const words = segment.trim().split(/\s+/).filter(Boolean);
  let index = 0;
  if (ctx.script === "arabic")
    while (index < words.length && ARABIC_AFFIL_WORD.test(words[index] ?? "")) index++;
  const name: string[] = [];
  for (; index < words.length && name.length < MAX_NON_LATIN_NAME_WORDS; index++) {
    const word = words[index] ?? "";
    if (isStopword(word, ctx.lang) || /\p{N}/u.test(word)) break;
    if (ctx.script === "arabic" && ARABIC_AFFIL_WORD.test(word)) break;
    name.push(word);
  }
  if (name.length < 2) return undefined;
  const joined = name.join(" ");
  if (ctx.lexicon.find(joined).some((entry) => entry.kind !== "person")) return undefined;
  if (ctx.mentions.some((mention) => mention.entry.kind !== "person" && joined.includes(mention.surface)))
    return undefined;
  return joined;
}

/**
 * Folds what a second mention says about a person into the first: a further role is appended, a missing
 * affiliation or lexicon id filled in.
 * @example mergeParticipant({ name: "Jean Dupont", role: "préfet", … }, { name: "Jean Dupont", role: "Directeur général", … })
 */
export function mergeParticipant(into: Participant, other: Participant): void {
  if (other.role && !into.role) into.role = other.role;
  else if (other.role && into.role && !normalise(into.role).includes(normalise(other.role))) {
    into.role = `${into.role}, ${other.role}`;
  }
  if (other.affiliation && !into.affiliation) into.affiliation = other.affiliation;
  if (other.entityId && !into.entityId) into.entityId = other.entityId;
}

function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
