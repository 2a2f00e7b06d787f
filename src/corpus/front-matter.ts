import { parseDocument } from "yaml";
import { ISO6393_TO_ISO6391 } from "./language.ts";
import type { FrontMatter, LangCode } from "./types.ts";

/** The front matter of a text and the body after it, or why the front matter cannot be read. */
export type FrontMatterResult =
  | { ok: true; frontMatter: FrontMatter; body: string }
  | { ok: false; detail: string };

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
  const document = parseDocument(yaml);
  const [error] = document.errors;
  if (error) return { ok: false, detail: error.message.split("\n")[0] ?? error.code };
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { ok: true, frontMatter: {}, body };
  if (typeof data !== "object" || Array.isArray(data))
    return { ok: false, detail: "front matter is not a mapping" };
  const fields = readFields(new Map(Object.entries(data)));
  return typeof fields === "string" ? { ok: false, detail: fields } : { ok: true, frontMatter: fields, body };
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
