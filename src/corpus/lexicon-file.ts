/**
 * Reading lexicon files: YAML or JSON text in, validated entries out, with errors that name the file and
 * the entry so a hand-edited lexicon can be fixed without guessing.
 */
import { parse as parseYaml } from "yaml";
import type { EntryKind, LexiconEntry } from "./lexicon-types.ts";

const KINDS: readonly EntryKind[] = ["topic", "organisation", "person", "place", "meeting"];
const ID = /^[a-z0-9][a-z0-9._-]*$/;
const LANG = /^[a-z]{2,3}$/;
const FIELDS = new Set(["id", "kind", "labels", "variants", "acronym", "roles", "aliases", "related"]);

/**
 * An entry as a file states it: for an id an earlier file already defines, only the fields it extends.
 * Lists are added to the earlier entry's; labels and roles replace it language by language.
 */
export interface EntryPatch {
  id: string;
  kind?: EntryKind;
  labels?: Record<string, string>;
  variants?: string[];
  acronym?: string;
  roles?: Record<string, string>;
  aliases?: string[];
  related?: string[];
}

/**
 * Parses a lexicon file's text (JSON when the name ends in .json, YAML otherwise) into entry patches.
 * Throws an Error naming the file and the faulty entry.
 * @example parseLexiconText("entries:\n  - id: x\n    kind: topic\n    labels: {en: X}\n", "a.yml")[0].id // "x"
 */
export function parseLexiconText(text: string, file: string): EntryPatch[] {
  let data: unknown;
  try {
    data = file.toLowerCase().endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${messageOf(error)}`);
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? data.entries : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list under "entries"`);
  const seen = new Set<string>();
  return list.map((raw, index) => {
    const patch = parseEntry(raw, `${file}: entries[${index}]`);
    if (seen.has(patch.id)) throw new Error(`${file}: entries[${index}]: id "${patch.id}" appears twice`);
    seen.add(patch.id);
    return patch;
  });
}

/**
 * Applies patches in order: a new id becomes an entry (kind and a label required), a known id is extended.
 * Throws an Error naming `file` when a new entry is incomplete.
 */
export function mergeEntries(
  base: readonly LexiconEntry[],
  patches: readonly EntryPatch[],
  file: string,
): LexiconEntry[] {
  const merged = base.map((entry) => ({ ...entry }));
  const at = new Map(merged.map((entry, index) => [entry.id, index]));
  for (const patch of patches) {
    const index = at.get(patch.id);
    const known = index === undefined ? undefined : merged[index];
    if (!known) {
      if (!patch.kind) throw new Error(`${file}: entry "${patch.id}" is new and needs a kind`);
      if (!patch.labels || Object.keys(patch.labels).length === 0) {
        throw new Error(`${file}: entry "${patch.id}" is new and needs at least one label`);
      }
      at.set(patch.id, merged.length);
      merged.push(
        withOptional(
          { id: patch.id, kind: patch.kind, labels: patch.labels, variants: patch.variants ?? [] },
          patch,
        ),
      );
      continue;
    }
    merged[index as number] = withOptional(
      {
        id: known.id,
        kind: patch.kind ?? known.kind,
        labels: { ...known.labels, ...patch.labels },
        variants: union(known.variants, patch.variants),
      },
      {
        id: known.id,
        acronym: patch.acronym ?? known.acronym,
        roles: known.roles || patch.roles ? { ...known.roles, ...patch.roles } : undefined,
        aliases: known.aliases || patch.aliases ? union(known.aliases ?? [], patch.aliases) : undefined,
        related: known.related || patch.related ? union(known.related ?? [], patch.related) : undefined,
      },
    );
  }
  return merged;
}

/**
 * Throws an Error naming `file` when an entry refers to an id that no entry has.
 */
export function checkRelated(entries: readonly LexiconEntry[], file: string): void {
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    for (const id of entry.related ?? []) {
      if (!ids.has(id)) throw new Error(`${file}: entry "${entry.id}" is related to unknown id "${id}"`);
    }
  }
}

function withOptional(entry: LexiconEntry, extra: Partial<EntryPatch>): LexiconEntry {
  if (extra.acronym !== undefined) entry.acronym = extra.acronym;
  if (extra.roles !== undefined) entry.roles = extra.roles;
  if (extra.aliases !== undefined) entry.aliases = extra.aliases;
  if (extra.related !== undefined) entry.related = extra.related;
  return entry;
}

function parseEntry(raw: unknown, where: string): EntryPatch {
  if (!isRecord(raw)) throw new Error(`${where}: expected a map with id, kind, labels, variants`);
  const id = raw.id;
  if (typeof id !== "string" || !ID.test(id)) {
    throw new Error(
      `${where}: id must be lower-case letters, digits, ".", "_" or "-" (got ${JSON.stringify(id)})`,
    );
  }
  const named = `${where} (id "${id}")`;
  for (const key of Object.keys(raw)) {
    if (!FIELDS.has(key)) throw new Error(`${named}: unknown field "${key}"`);
  }
  const patch: EntryPatch = { id };
  if (raw.kind !== undefined) {
    if (!KINDS.includes(raw.kind as EntryKind)) {
      throw new Error(`${named}: kind must be one of ${KINDS.join(", ")} (got ${JSON.stringify(raw.kind)})`);
    }
    patch.kind = raw.kind as EntryKind;
  }
  if (raw.labels !== undefined) patch.labels = languageMap(raw.labels, `${named}: labels`);
  if (raw.roles !== undefined) patch.roles = languageMap(raw.roles, `${named}: roles`);
  if (raw.variants !== undefined) patch.variants = textList(raw.variants, `${named}: variants`);
  if (raw.aliases !== undefined) patch.aliases = textList(raw.aliases, `${named}: aliases`);
  if (raw.related !== undefined) patch.related = textList(raw.related, `${named}: related`);
  if (raw.acronym !== undefined) {
    const acronym = text(raw.acronym);
    if (acronym === undefined) throw new Error(`${named}: acronym must be text`);
    patch.acronym = acronym;
  }
  return patch;
}

function languageMap(value: unknown, where: string): Record<string, string> {
  if (!isRecord(value)) throw new Error(`${where} must map a language code to text`);
  const out: Record<string, string> = {};
  for (const [lang, label] of Object.entries(value)) {
    const written = text(label);
    if (!LANG.test(lang) || written === undefined) {
      throw new Error(`${where} must map a language code to text (bad entry "${lang}")`);
    }
    out[lang] = written;
  }
  return out;
}

function textList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be a list of text`);
  return value.map((item, index) => {
    const written = text(item);
    if (written === undefined) throw new Error(`${where}[${index}] must be text`);
    return written;
  });
}

/** Text, or a number YAML read from unquoted digits ("2024"); anything else is not a spelling. */
function text(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function union(a: readonly string[], b: readonly string[] | undefined): string[] {
  return [...new Set([...a, ...(b ?? [])])];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
