/**
 * Rescanning a corpus folder: which files to read again, and how the documents they hold differ from the
 * corpus in use. Pure; corpus-watch.ts lists and reads the folder.
 *
 * A file whose size and modification time are what the last scan saw is not read again. Documents are
 * compared by id and content hash, ids given as loadCorpus gives them, so a rescan and a fresh load of
 * the same folder agree.
 */
import { isLoadWarning } from "./load.ts";
import type { Corpus, CorpusChange, Doc, LoadWarning } from "./types.ts";

/** A document file as listed: its name in the folder and what tells a rewritten file from an untouched one. */
export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

/** What the last scan saw of one file: its stamp and what reading it gave (the id before de-duplication). */
export interface ScannedFile {
  stamp: FileStamp;
  result: Doc | LoadWarning;
}

/** What a rescan carries over to the next one. */
export interface ScanState {
  /** Files by name, as last read. */
  files: ReadonlyMap<string, ScannedFile>;
  /** Skip warnings already reported, by file and reason (see warningKey). */
  warned: ReadonlySet<string>;
}

/** The outcome of one rescan. */
export interface Rescan {
  change: CorpusChange;
  /** Skip warnings not reported before: a broken file warns once per reason, not on every rescan. */
  newWarnings: LoadWarning[];
  state: ScanState;
}

/**
 * Returns the state before the first rescan of a corpus loaded at start-up: no file read yet, and the
 * start-up skip warnings already reported.
 */
export function initialScanState(corpus: Corpus): ScanState {
  return { files: new Map(), warned: new Set(corpus.warnings.map(warningKey)) };
}

/**
 * Returns the names of listed files that must be read: new ones and those whose stamp changed.
 * @example namesToRead(state, [{ name: "a.md", size: 10, mtimeMs: 1 }]) // ["a.md"] when a.md is new
 */
export function namesToRead(state: ScanState, listing: readonly FileStamp[]): string[] {
  return listing
    .filter((stamp) => {
      const seen = state.files.get(stamp.name)?.stamp;
      return seen === undefined || seen.size !== stamp.size || seen.mtimeMs !== stamp.mtimeMs;
    })
    .map((stamp) => stamp.name);
}

/**
 * Returns how the listed folder differs from `previous`: documents added, changed (new hash or path) and
 * removed, the corpus after, and the skip warnings to report. `read` holds what reading each of
 * `namesToRead` gave; other listed files are taken as the last scan saw them.
 */
export function diffRescan(
  previous: Corpus,
  state: ScanState,
  listing: readonly FileStamp[],
  read: ReadonlyMap<string, Doc | LoadWarning>,
): Rescan {
  const before = new Map(previous.docs.map((doc) => [doc.id, doc]));
  const files = new Map<string, ScannedFile>();
  const docs: Doc[] = [];
  const warnings: LoadWarning[] = [];
  const added: Doc[] = [];
  const changed: Doc[] = [];
  const ids = new Set<string>();
  const sorted = [...listing].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const stamp of sorted) {
    const result = read.get(stamp.name) ?? state.files.get(stamp.name)?.result;
    if (result === undefined) continue;
    files.set(stamp.name, { stamp, result });
    if (isLoadWarning(result)) {
      warnings.push(result);
      continue;
    }
    // As in loadCorpus: "a.txt" and "a.md" would share the id "a"; the later one keeps its full name.
    const id = ids.has(result.id) ? stamp.name : result.id;
    ids.add(id);
    const doc = id === result.id ? result : { ...result, id };
    const old = before.get(id);
    if (old === undefined) added.push(doc);
    else if (old.hash !== doc.hash || old.path !== doc.path) changed.push(doc);
    // An untouched document keeps its object: one rewritten with the same bytes is not a change.
    docs.push(old !== undefined && old.hash === doc.hash && old.path === doc.path ? old : doc);
  }
  const removed = previous.docs.filter((doc) => !ids.has(doc.id)).map((doc) => doc.id);
  const warned = new Set(warnings.map(warningKey));
  return {
    change: { corpus: { dir: previous.dir, docs, warnings }, added, changed, removed },
    newWarnings: warnings.filter((warning) => !state.warned.has(warningKey(warning))),
    // Only warnings still standing are remembered, so a file fixed and broken again warns again.
    state: { files, warned },
  };
}

/** Whether a change adds, changes or removes anything. */
export function isEmptyChange(change: CorpusChange): boolean {
  return change.added.length === 0 && change.changed.length === 0 && change.removed.length === 0;
}

/**
 * Returns the key a skip warning is remembered by: its file and reason.
 * @example warningKey({ file: "/c/a.md", reason: "empty" }) // "/c/a.md\u0000empty"
 */
export function warningKey(warning: LoadWarning): string {
  return `${warning.file}\u0000${warning.reason}`;
}
