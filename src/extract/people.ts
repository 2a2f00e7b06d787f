import type { LexiconMention } from "../corpus/index.ts";
import { isStopword, normalise, normaliseToken } from "../corpus/index.ts";
import { AFFIL_LEAD, CAP_WORD, NAMED_PHRASE, PERSON_NAME, UPPER_WORD } from "./latin-names.ts";
import { type NameReading, readNameAfter } from "./names-non-latin.ts";
import { ORGANISATION_HEADS } from "./org-words.ts";
import { CHAIR_BEFORE_NAME } from "./person-cues.ts";
import { assignParts, type Located, strongerPart } from "./person-parts.ts";
import { findRoles, findTitles, type RoleMatch } from "./roles.ts";
import type { SentenceContext } from "./sentence-context.ts";
import type { Participant } from "./types.ts";

/** How far before a lexicon person a role title may stand and still be theirs ("the Prefect of X, Name"). */
const ROLE_REACH = 90;

const AFTER_ROLE = new RegExp(`^\\s+${AFFIL_LEAD}(${NAMED_PHRASE})`, "u");
const NAME_AT = new RegExp(`^\\s*(${PERSON_NAME})(?![\\p{L}\\p{M}])`, "u");
const NAME_AFTER = new RegExp(`^\\s*(,\\s*)?(${PERSON_NAME})(?![\\p{L}\\p{M}])`, "u");
const NAME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${PERSON_NAME}),\\s*(?:the\\s+|il\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+|der\\s+|die\\s+)?(?:(${UPPER_WORD})\\s+)?(?:${CAP_WORD}\\s+)?$`,
  "u",
);
/** Languages whose adjectives follow the noun in lower case ("Police nationale"). */
const ADJECTIVE_AFTER_NOUN: ReadonlySet<string> = new Set(["fr", "it", "es", "pt"]);
/** Articles a chairing cue may stand before the name it points at ("chaired by the …" is read by roles). */
const CUE_TO_NAME = /^\s*/u;
/** A comma and at most an acronym between a name and the role that describes it ("Stock, INTERPOL Secretary General"). */
const APPOSITION_GAP = /^\s*[,،]\s*(?:\p{Lu}{2,}\s+)?$/u;

/**
 * Returns the people a sentence names, with role, affiliation and the part they play (chair on a chairing
 * cue that points at them, speaker when the sentence has them open or speak, participant otherwise):
 * people next to a title, a role or a chairing cue in any script, and people of an operator's lexicon.
 * @example extractPeople(ctx("It was chaired by Mario Rossi, Director of the Police School.")) // [{ name: "Mario Rossi", role: "Director", affiliation: "Police School", part: "chair", … }]
 */
export function extractPeople(ctx: SentenceContext): Participant[] {
  const text = ctx.ref.text;
  const titles = findTitles(text, ctx.script);
  const roles = titles.filter((title) => !title.honorific);
  const located: Located[] = [];
  for (const mention of ctx.mentions) {
    if (mention.entry.kind !== "person") continue;
    const participant = lexiconPerson(ctx, mention, roles);
    located.push({ participant, start: mention.start, end: mention.end, lead: mention.start });
  }
  const found = ctx.script === "latin" ? latinPeople(ctx, titles) : nonLatinPeople(ctx, titles);
  for (const person of found) addLocated(located, person);
  located.sort((a, b) => a.lead - b.lead);
  assignParts(text, located);
  return located.map((person) => person.participant);
}

/** Adds a reading, or folds it into the one already read over the same words or under the same name. */
function addLocated(located: Located[], person: Located): void {
  const known = located.find(
    (other) =>
      (person.start < other.end && other.start < person.end) ||
      sameName(other.participant.name, person.participant.name),
  );
  if (!known) {
    located.push(person);
    return;
  }
  mergeParticipant(known.participant, person.participant);
  known.lead = Math.min(known.lead, person.lead);
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
  return latinAffiliation(ctx, ctx.ref.text.slice(role.end));
}

function latinPeople(ctx: SentenceContext, titles: readonly RoleMatch[]): Located[] {
  const found: Located[] = [];
  for (const title of titles) {
    const person = title.honorific
      ? adjacentName(ctx, title)
      : (adjacentName(ctx, title) ?? appositionName(ctx, title) ?? nameAfterAffiliation(ctx, title));
    if (person) found.push(person);
  }
  for (const cue of ctx.ref.text.matchAll(CHAIR_BEFORE_NAME)) {
    const at = (cue.index ?? 0) + cue[0].length;
    const person = adjacentName(ctx, {
      role: "",
      start: at,
      end: at + (CUE_TO_NAME.exec(ctx.ref.text.slice(at))?.[0].length ?? 0),
    });
    if (person) found.push({ ...person, lead: person.start });
  }
  return found;
}

/** "Prefect Stefano Gambacurta", "le préfet Jean Dupont": the name right after the title. */
function adjacentName(ctx: SentenceContext, role: RoleMatch): Located | undefined {
  const after = NAME_AFTER.exec(ctx.ref.text.slice(role.end));
  if (!after?.[2] || after[1]) return undefined;
  const name = trimName(after[2]);
  const start = role.end + after[0].length - after[2].length;
  const affiliation = latinAffiliation(ctx, ctx.ref.text.slice(start + name.length));
  return located(ctx, name, role, start, affiliation);
}

/** "Mario Rossi, Director of the …", "Jürgen Stock, INTERPOL Secretary General". */
function appositionName(ctx: SentenceContext, role: RoleMatch): Located | undefined {
  const before = NAME_BEFORE.exec(ctx.ref.text.slice(0, role.start));
  if (!before?.[1]) return undefined;
  const affiliation = latinAffiliation(ctx, ctx.ref.text.slice(role.end)) ?? before[2];
  const name = withoutRank(ctx, before.index, trimLeading(before[1]), before[1].length);
  return located(ctx, name, role, before.index + before[1].length - name.length, affiliation);
}

/** "the Secretary General of the Regional Cooperation Council, Majlinda Bregu". */
function nameAfterAffiliation(ctx: SentenceContext, role: RoleMatch): Located | undefined {
  const rest = ctx.ref.text.slice(role.end);
  const body = AFTER_ROLE.exec(rest);
  const at = body?.[0].length ?? 0;
  const bracket = /^\s*\([^()]{1,30}\)/u.exec(rest.slice(at));
  const comma = /^\s*,\s*/u.exec(rest.slice(at + (bracket?.[0].length ?? 0)));
  if (!comma && !bracket) return body?.[1] ? nameEndingBody(ctx, role, body) : undefined;
  let from = at + (bracket?.[0].length ?? 0) + (comma?.[0].length ?? 0);
  // "…wa Polisi wa Kenya, Bi. Grace …": a form of address between the comma and the name.
  const title = findTitles(rest.slice(from), "latin")[0];
  if (title?.honorific && title.start === 0) from += title.end;
  const after = NAME_AT.exec(rest.slice(from));
  if (!after?.[1]) return undefined;
  const start = role.end + from + after[0].length - after[1].length;
  return located(ctx, trimName(after[1]), role, start, latinAffiliation(ctx, rest));
}

/**
 * "Kamishna Msaidizi wa Polisi Hamisi Rajabu Mtui", "Director of Police John Smith": with no comma, the
 * capitalised run after the body's head noun is the name.
 */
function nameEndingBody(ctx: SentenceContext, role: RoleMatch, body: RegExpExecArray): Located | undefined {
  const phrase = body[1] ?? "";
  const words = phrase.split(/\s+/);
  const heads = words.map((word, index) => (ORGANISATION_HEADS.has(normaliseToken(word)) ? index : -1));
  const head = Math.max(...heads);
  if (head < 0 || words.length - head - 1 < 2) return undefined;
  const name = words.slice(head + 1).join(" ");
  if (!new RegExp(`^${PERSON_NAME}$`, "u").test(name)) return undefined;
  const start = role.end + body[0].length - name.length;
  return located(ctx, name, role, start, words.slice(0, head + 1).join(" "));
}

function located(
  ctx: SentenceContext,
  name: string,
  role: RoleMatch,
  start: number,
  affiliation?: string,
): Located | undefined {
  if (!validLatinName(ctx, name)) return undefined;
  const participant: Participant = { name, ref: ctx.ref };
  if (role.role && !role.honorific) participant.role = role.role;
  if (affiliation) participant.affiliation = affiliation;
  return { participant, start, end: start + name.length, lead: Math.min(start, role.start) };
}

function latinAffiliation(ctx: SentenceContext, afterRole: string): string | undefined {
  const match = AFTER_ROLE.exec(afterRole);
  const body = match?.[1]?.replace(/[.]+$/u, "");
  if (!match || !body || !ADJECTIVE_AFTER_NOUN.has(ctx.lang)) return body;
  // "Police nationale", "Direzione centrale": Romance adjectives follow the body's noun in lower case.
  const rest = /^(?:\s+(?!(?:et|e|ed|y|ou|o|a|ha|est|è)\s)\p{Ll}[\p{L}\p{M}]+){1,2}(?=\s*[,.;:]|$)/u.exec(
    afterRole.slice(match[0].length),
  );
  return rest ? `${body}${rest[0]}` : body;
}

/**
 * Drops the tail of a rank the name pattern swallowed: in "Generale di Divisione Roberto Sciacca" the run
 * "Divisione Roberto Sciacca" starts inside the rank "Generale di Divisione".
 */
function withoutRank(ctx: SentenceContext, runStart: number, name: string, runLength: number): string {
  const nameStart = runStart + runLength - name.length;
  const rank = findRoles(ctx.ref.text, "latin").find(
    (role) => role.start < nameStart && role.end > nameStart,
  );
  if (!rank) return name;
  const rest = ctx.ref.text.slice(rank.end, nameStart + name.length).trim();
  return rest.split(/\s+/).length >= 2 ? rest : name;
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
  if (findRoles(name, "latin").length > 0) return false;
  return !ctx.lexicon.find(name).some((entry) => entry.kind !== "person");
}

function nonLatinPeople(ctx: SentenceContext, titles: readonly RoleMatch[]): Located[] {
  const text = ctx.ref.text;
  const found: Located[] = [];
  const add = (reading: NameReading | undefined, lead: number, title?: RoleMatch): void => {
    if (!reading) return;
    const participant: Participant = { name: reading.name, ref: ctx.ref };
    if (title && !title.honorific) participant.role = title.role;
    const affiliation = reading.affiliation ?? (title ? affiliationBefore(ctx, title) : undefined);
    if (affiliation) participant.affiliation = affiliation;
    found.push({ participant, start: reading.start, end: reading.end, lead: Math.min(lead, reading.start) });
  };
  for (const title of titles) {
    // "السيد فريد الزين، مدير الشرطة القضائية، كلمة …": a role right after a name and its comma describes
    // that person, and the words after it are not another name; "، والمدير …" starts the next person.
    const previous = found.at(-1);
    const apposition = previous && /^\s*[,،]\s*$/u.test(text.slice(previous.end, title.start));
    if (previous && apposition && !title.honorific && !/^و/u.test(text.slice(title.start))) {
      mergeParticipant(previous.participant, {
        name: previous.participant.name,
        role: title.role,
        ref: ctx.ref,
      });
      continue;
    }
    add(readNameAfter(ctx, title.end), title.start, title);
  }
  for (const cue of text.matchAll(CHAIR_BEFORE_NAME)) {
    const at = (cue.index ?? 0) + cue[0].length;
    add(readNameAfter(ctx, at), at);
  }
  return found;
}

/** In Hindi the body comes before the role: "सीबीआई के निदेशक …" → "सीबीआई". */
function affiliationBefore(ctx: SentenceContext, title: RoleMatch): string | undefined {
  if (ctx.script !== "devanagari" || title.honorific) return undefined;
  const before =
    /(?:^|[,।;:()]\s*|\s(?:और|एवं|तथा|ने|से|में|पर|को)\s)((?:[\p{L}\p{M}]+\s+){1,4}?)(?:के|की|का)\s+$/u.exec(
      ctx.ref.text.slice(0, title.start),
    );
  return before?.[1]?.trim() || undefined;
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
  const part = strongerPart(into.part, other.part);
  if (part) into.part = part;
}

function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
