import { createHash } from "node:crypto";
import { constants, lstatSync, type Stats } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, sep } from "node:path";
import { errorMessage } from "../core/index.ts";
import { parseDocument } from "./document.ts";
import type { Corpus, Doc, LoadWarning } from "./types.ts";

/** Files larger than this are not read unless BRIEFBOT_MAX_FILE_BYTES says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * A file must hold still this long to count as written: at start-up one modified more recently is looked at
 * again after this wait, and rescans read a file only once two listings this far apart agree on it.
 */
export const DEFAULT_SETTLE_MS = 2000;

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
  /**
   * The real path (symbolic links resolved) of the corpus folder: no file whose real path leaves it is read.
   * Defaults to the real path of the file's own folder.
   */
  root?: string;
  /** loadCorpus: how long a file modified just before start-up must hold still (default DEFAULT_SETTLE_MS). */
  settleMs?: number;
  /**
   * The content hash recorded for the file at this real path when it had this identity: with `parsed`, a
   * file whose identity has not changed is not read again.
   */
  knownHash?: (real: string, identity: FileIdentity) => string | undefined;
  /** Told each document read: its real path, its identity when read and its content hash, for `knownHash`. */
  stamped?: (real: string, identity: FileIdentity, hash: string) => void;
}

/**
 * What tells an untouched file from a rewritten one without reading it, as version control does: any write
 * changes its status-change time, and a file put in its place has another inode.
 */
export interface FileIdentity extends ReadStamp {
  ctimeMs: number;
  ino: number;
}

/** A file's size and modification time when it was read: what tells a rewritten file from an untouched one. */
export interface ReadStamp {
  size: number;
  mtimeMs: number;
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
  const began = Date.now();
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new Error(`cannot read the corpus folder ${dir} (BRIEFBOT_SEEDS): ${errorMessage(error)}`);
  });
  const names = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isDocumentName(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const withRoot = { ...options, root: options.root ?? (await realpath(dir)) };
  const read = await mapLimited(names, READ_CONCURRENCY, (name) =>
    readDocumentFile(join(dir, name), withRoot, join(withRoot.root, name)),
  );
  const results = await settled(read, began, options.settleMs ?? DEFAULT_SETTLE_MS);
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

/** What reading one file gave, with the file's stamp when it was opened. */
interface FileRead {
  path: string;
  result: Doc | LoadWarning;
  stamp?: ReadStamp;
}

/**
 * Returns the results, with every file modified within `settleMs` before `began` looked at again once it
 * is that old: one that changed meanwhile is still being written and becomes an "unsettled" warning.
 * Start-up waits only when such a file exists, and at most `settleMs`.
 */
async function settled(
  reads: readonly FileRead[],
  began: number,
  settleMs: number,
): Promise<(Doc | LoadWarning)[]> {
  const recent = reads.filter((read) => read.stamp !== undefined && read.stamp.mtimeMs > began - settleMs);
  if (recent.length === 0) return reads.map((read) => read.result);
  const youngest = Math.max(...recent.map((read) => read.stamp?.mtimeMs ?? 0));
  const wait = Math.min(settleMs, Math.max(0, youngest + settleMs - Date.now()));
  await new Promise((done) => setTimeout(done, wait));
  const moved = new Set<string>();
  await Promise.all(
    recent.map(async (read) => {
      const now = await stat(read.path).catch(() => undefined);
      if (now?.size !== read.stamp?.size || now?.mtimeMs !== read.stamp?.mtimeMs) moved.add(read.path);
    }),
  );
  return reads.map((read) =>
    moved.has(read.path)
      ? { file: read.path, reason: "unsettled", detail: `changed within ${settleMs} ms of being read` }
      : read.result,
  );
}

/**
 * Reads one file as a document, or returns why it cannot be one (outside the corpus folder, empty, binary,
 * not UTF-8, too large, bad front matter, unreadable). Never throws.
 */
export async function loadDocumentFile(path: string, options: LoadOptions = {}): Promise<Doc | LoadWarning> {
  return (await readDocumentFile(path, options)).result;
}

/**
 * Reads the file at `path` as a document. `entry`, when given, is the same directory entry in the corpus
 * folder's real path: a regular file there (no link) is inside the folder without resolving its path.
 */
async function readDocumentFile(path: string, options: LoadOptions, entry?: string): Promise<FileRead> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  let identity: FileIdentity;
  let real: string;
  try {
    if (entry !== undefined) {
      const known = knownDocument(path, entry, maxBytes, options);
      if (known !== undefined) return known;
    }
    const root = options.root ?? (await realpath(dirname(path)));
    real = await realpath(path);
    if (!isInside(root, real))
      return { path, result: { file: path, reason: "outside-corpus", detail: `resolves to ${real}` } };
    // The resolved path, opened without following a link put there since and without blocking on a FIFO,
    // then checked on the open descriptor: what is read is what was checked.
    const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile())
        return { path, result: { file: path, reason: "unreadable", detail: "not a regular file" } };
      identity = identityOf(info);
      if (info.size > maxBytes) return { path, result: tooLarge(path, info.size, maxBytes), stamp: identity };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { path, result: { file: path, reason: "unreadable", detail: errorMessage(error) } };
  }
  const result = documentOf(path, bytes, maxBytes, options);
  if (!isLoadWarning(result)) options.stamped?.(real, identity, result.hash);
  return { path, result, stamp: identity };
}

/**
 * The document of a file read before whose identity has not changed since, parsed as it was then; undefined
 * when it must be read. Only a regular file directly in the corpus folder's real path is looked up (not
 * followed if it is a link: links are resolved and checked the guarded way, as are changed files).
 */
function knownDocument(
  path: string,
  real: string,
  maxBytes: number,
  options: LoadOptions,
): FileRead | undefined {
  if (options.knownHash === undefined || options.parsed === undefined) return undefined;
  // Synchronous: an lstat takes microseconds, and through the promise API it cost 20 µs of the event loop's
  // time each (2 s of a warm start at 100,000 files).
  let info: Stats | undefined;
  try {
    info = lstatSync(real, { throwIfNoEntry: false });
  } catch {
    // The guarded way reads it again and says what is wrong.
    return undefined;
  }
  if (info === undefined || !info.isFile() || info.size > maxBytes) return undefined;
  const identity = identityOf(info);
  const hash = options.knownHash(real, identity);
  const parsed = hash === undefined ? undefined : options.parsed(hash, isMarkdownName(path));
  if (hash === undefined || parsed === undefined) return undefined;
  options.stamped?.(real, identity, hash);
  const doc: Doc = { id: basename(path, extname(path)), path, ...parsed, hash, bytes: info.size };
  return { path, result: doc, stamp: identity };
}

function identityOf(info: Stats): FileIdentity {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

function isMarkdownName(path: string): boolean {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase());
}

/**
 * Whether `real` lies inside the folder `root` (both real paths).
 * @example isInside("/srv/corpus", "/etc/passwd") // false
 */
export function isInside(root: string, real: string): boolean {
  const rel = relative(root, real);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function documentOf(path: string, bytes: Buffer, maxBytes: number, options: LoadOptions): Doc | LoadWarning {
  if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
  const id = basename(path, extname(path));
  const hash = createHash("sha256").update(bytes).digest("hex");
  const markdown = isMarkdownName(path);
  // Only content that once parsed into a document is remembered, so a known hash skips the checks too.
  const known = options.parsed?.(hash, markdown);
  if (known !== undefined) return { id, path, ...known, hash, bytes: bytes.length };
  const text = decodeText(bytes);
  if (typeof text !== "string") return { file: path, ...text };
  try {
    return parseDocument({ id, path, text, bytes: bytes.length, hash, markdown });
  } catch (error) {
    // One hostile file must never stop the corpus loading; the parsers are guarded, this is the last net.
    return { file: path, reason: "unreadable", detail: errorMessage(error) };
  }
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
