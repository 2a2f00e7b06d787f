import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { errorMessage } from "../core/index.ts";
import { parseDocument } from "./document.ts";
import type { Corpus, Doc, LoadWarning } from "./types.ts";

/** Files larger than this are not read unless BRIEFBOT_MAX_FILE_BYTES says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A document as parsed from a file's content, without what names and measures the file. */
export type ParsedDocument = Omit<Doc, "id" | "path" | "hash" | "bytes">;

/** How a corpus folder is read. */
export interface LoadOptions {
  maxBytes?: number;
  /** Called once per skipped file, in file-name order. */
  warn?: (warning: LoadWarning) => void;
  /**
   * A document parsed before from a file with the same content hash (sha256, hex) and kind, if known:
   * it is used instead of parsing the file again.
   */
  parsed?: (hash: string, markdown: boolean) => ParsedDocument | undefined;
}

const DOCUMENT_EXTENSIONS = new Set([".txt", ".md"]);
const MARKDOWN_EXTENSIONS = new Set([".md"]);
/** Text may carry a stray control character; a file where this share of characters are controls is not text. */
const MAX_CONTROL_SHARE = 0.1;
const CONTROL = /(?![\t\n\r\f])\p{Cc}/gu;
const READ_CONCURRENCY = 8;

/** Whether a load result is a skipped file rather than a document. */
export function isLoadWarning(result: Doc | LoadWarning): result is LoadWarning {
  return "reason" in result;
}

/**
 * Reads every .txt and .md file directly in the folder, in file-name order, as documents; files that cannot
 * be documents are skipped with one warning each. Throws only when the folder itself cannot be listed.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isDocumentName(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const results = await mapLimited(names, READ_CONCURRENCY, (name) =>
    loadDocumentFile(join(dir, name), options),
  );
  const docs: Doc[] = [];
  const warnings: LoadWarning[] = [];
  const ids = new Set<string>();
  results.forEach((result, at) => {
    if (isLoadWarning(result)) {
      warnings.push(result);
      options.warn?.(result);
      return;
    }
    // "a.txt" and "a.md" would share the id "a"; the later one keeps its full name.
    const id = ids.has(result.id) ? (names[at] ?? result.id) : result.id;
    ids.add(id);
    docs.push({ ...result, id });
  });
  return { dir, docs, warnings };
}

/**
 * Reads one file as a document, or returns why it cannot be one (empty, binary, not UTF-8, too large,
 * bad front matter, unreadable). Never throws.
 */
export async function loadDocumentFile(path: string, options: LoadOptions = {}): Promise<Doc | LoadWarning> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { file: path, reason: "unreadable", detail: "not a regular file" };
    if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
    bytes = await readFile(path);
  } catch (error) {
    return {
      file: path,
      reason: "unreadable",
      detail: errorMessage(error),
    };
  }
  if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
  const id = basename(path, extname(path));
  const hash = createHash("sha256").update(bytes).digest("hex");
  const markdown = MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase());
  // Only content that once parsed into a document is remembered, so a known hash skips the checks too.
  const known = options.parsed?.(hash, markdown);
  if (known !== undefined) return { id, path, ...known, hash, bytes: bytes.length };
  const text = decodeText(bytes);
  if (typeof text !== "string") return { file: path, ...text };
  return parseDocument({ id, path, text, bytes: bytes.length, hash, markdown });
}

/** Returns the file's text (BOM removed), or why its bytes are not a text document. */
function decodeText(bytes: Buffer): string | Omit<LoadWarning, "file"> {
  if (bytes.length === 0) return { reason: "empty" };
  if (bytes.includes(0)) return { reason: "binary", detail: "contains NUL bytes" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { reason: "not-utf8" };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > text.length * MAX_CONTROL_SHARE)
    return { reason: "binary", detail: "mostly control characters" };
  if (text.trim() === "") return { reason: "empty" };
  return text;
}

function tooLarge(path: string, size: number, maxBytes: number): LoadWarning {
  return { file: path, reason: "too-large", detail: `${size} > ${maxBytes} bytes` };
}

/**
 * Whether a file name is one the corpus reads: .txt or .md, not hidden.
 * @example isDocumentName("report.md") // true
 */
export function isDocumentName(name: string): boolean {
  return !name.startsWith(".") && DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
