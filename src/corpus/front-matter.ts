import { isMap, isScalar, parseDocument } from "yaml";
import { ISO6393_TO_ISO6391 } from "./language.ts";
import type { FrontMatter, LangCode } from "./types.ts";

/** The front matter of a text and the body after it, or why the front matter cannot be read. */
export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; body: string }
  | { ok: false; detail: string };

/** Front matter holds a few short fields; anything longer is not front matter but a load on the parser. */
export const MAX_FRONT_MATTER_CHARS = 8 * 1024;
/** Deeper bracket nesting than any real front matter has; the YAML parser recurses once per level. */
const MAX_FLOW_DEPTH = 32;
/** Aliases a front matter may expand before it counts as an alias bomb (the yaml package's own guard). */
const MAX_ALIAS_COUNT = 50;
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LANG_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

/**
 * Splits optional YAML front matter (`---` … `---` at the very top) from the body and reads title, published
 * (as YYYY-MM-DD), source (URL) and lang (ISO 639-1). A text without front matter is all body.
 * @example splitFrontMatter("---\ntitle: Rome\n---\nBody") // { ok: true, frontMatter: { title: "Rome" }, body: "Body" }
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { ok: true, frontMatter: {}, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { ok: false, detail: "front matter is not closed by ---" };
  const yaml = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, "");
  const data = readYaml(yaml);
  if (data instanceof YamlRefused) return { ok: false, detail: data.message };
  if (data === null || data === undefined) return { ok: true, frontMatter: {}, body };
  if (typeof data !== "object" || Array.isArray(data))
    return { ok: false, detail: "front matter is not a mapping" };
  const fields = readFields(new Map(Object.entries(data)));
  return typeof fields === "string" ? { ok: false, detail: fields } : { ok: true, frontMatter: fields, body };
}

class YamlRefused {
  constructor(readonly message: string) {}
}

/**
 * Returns the front matter's YAML as plain data, or why it is refused: too long, nested too deep, not YAML,
 * or an alias bomb. Never throws: the yaml package throws from toJS() when aliases expand too far.
 */
function readYaml(yaml: string): unknown {
  if (yaml.length > MAX_FRONT_MATTER_CHARS)
    return new YamlRefused(`front matter is longer than ${MAX_FRONT_MATTER_CHARS} characters`);
  if (flowDepth(yaml) > MAX_FLOW_DEPTH)
    return new YamlRefused(`front matter nests deeper than ${MAX_FLOW_DEPTH} levels`);
  try {
    // The yaml package's own duplicate-key check is quadratic (2,000 keys take a second); ours is linear.
    const document = parseDocument(yaml, { uniqueKeys: false });
    const [error] = document.errors;
    if (error) return new YamlRefused(error.message.split("\n")[0] ?? error.code);
    const duplicate = duplicateKey(document.contents);
    if (duplicate !== undefined) return new YamlRefused(`front matter gives ${duplicate} twice`);
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return new YamlRefused(
      error instanceof Error ? error.message.split("\n")[0] || error.name : "unreadable YAML",
    );
  }
}

/** Returns the first top-level key a mapping gives twice, if any. */
function duplicateKey(contents: unknown): string | undefined {
  if (!isMap(contents)) return undefined;
  const seen = new Set<string>();
  for (const item of contents.items) {
    const key = String(isScalar(item.key) ? item.key.value : item.key);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/**
 * Returns the deepest nesting of [ and { brackets, counted without regard to quotes: a cheap upper bound.
 * @example flowDepth("tags: [a, [b]]") // 2
 */
function flowDepth(yaml: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of yaml) {
    if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if ((char === "]" || char === "}") && depth > 0) depth--;
  }
  return deepest;
}

/** Returns the known fields, or a message naming the first field whose value is unusable. */
function readFields(data: ReadonlyMap<string, unknown>): FrontMatter | string {
  const frontMatter: FrontMatter = {};
  const title = data.get("title");
  if (title !== undefined && title !== null) {
    if (typeof title !== "string" && typeof title !== "number") return "title is not text";
    if (String(title).trim() !== "") frontMatter.title = String(title).trim();
  }
  const published = data.get("published");
  if (published !== undefined && published !== null) {
    const day = toIsoDay(published);
    if (day === undefined) return "published is not a date";
    frontMatter.published = day;
  }
  const source = data.get("source");
  if (source !== undefined && source !== null) {
    if (typeof source !== "string" || !URL.canParse(source.trim())) return "source is not a URL";
    frontMatter.source = source.trim();
  }
  const lang = data.get("lang");
  if (lang !== undefined && lang !== null) {
    const code = typeof lang === "string" ? toIso6391(lang) : undefined;
    if (code === undefined) return "lang is not a language code";
    frontMatter.lang = code;
  }
  return frontMatter;
}

function toIsoDay(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  const parsed = new Date(value.trim());
  if (Number.isNaN(parsed.getTime())) return undefined;
  return validDay(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

function toIso6391(tag: string): LangCode | undefined {
  const primary = LANG_TAG.exec(tag.trim())?.[1]?.toLowerCase();
  if (primary === undefined) return undefined;
  return primary.length === 2 ? primary : ISO6393_TO_ISO6391[primary];
}
