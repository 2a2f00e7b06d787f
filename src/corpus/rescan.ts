/**
 * Rescanning a corpus folder: which files to read again, and how the documents they hold differ from the
 * corpus in use. Pure; corpus-watch.ts lists and reads the folder.
 *
 * A file whose size and modification time are what the last read saw is not read again; a new or changed
 * file is read only once two scans in a row list it with the same size and time, so a file still being
 * written is never indexed half-way (until then the version read before stays). Documents are compared by id
 * and content hash, ids given as loadCorpus gives them, so a rescan and a fresh load of the same folder agree.
 */
import { basename } from "node:path";
import { isLoadWarning } from "./load.ts";
import type { Corpus, CorpusChange, Doc, LoadWarning } from "./types.ts";

/** A document file as listed: its name in the folder and what tells a rewritten file from an untouched one. */
export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

/**
 * What the last read of one file saw: its stamp (unknown for what start-up loaded) and what reading it gave
 * (the id before de-duplication).
 */
export interface ScannedFile {
  stamp?: FileStamp;
  result: Doc | LoadWarning;
}

/** What a rescan carries over to the next one. */
export interface ScanState {
  /** Files by name, as last read. */
  files: ReadonlyMap<string, ScannedFile>;
  /** New or changed files by name, as the last scan listed them, not read yet: read when listed the same again. */
  pending: ReadonlyMap<string, FileStamp>;
  /** Skip warnings already reported, by file and reason (see warningKey). */
  warned: ReadonlySet<string>;
}

/** The outcome of one rescan. */
export interface Rescan {
  change: CorpusChange;
  /** Skip warnings not reported before: a broken file warns once per reason, not on every rescan. */
  newWarnings: LoadWarning[];
  state: ScanState;
  /** Names of new or changed files waiting for a second listing that agrees before they are read. */
  waiting: string[];
}

/**
 * Returns the state before the first rescan of a corpus loaded at start-up: what start-up read of each file
 * (stamps unknown, so each is read again once two listings agree on it), and its skip warnings already reported.
 */
export function initialScanState(corpus: Corpus): ScanState {
  const files = new Map<string, ScannedFile>();
  for (const doc of corpus.docs) files.set(basename(doc.path), { result: doc });
  for (const warning of corpus.warnings) files.set(basename(warning.file), { result: warning });
  return { files, pending: new Map(), warned: new Set(corpus.warnings.map(warningKey)) };
}

/**
 * Returns the names of listed files to read now: new or changed since they were last read, and listed with
 * the same stamp by the scan before, so they have held still between two scans.
 * @example namesToRead(state, [{ name: "a.md", size: 10, mtimeMs: 1 }]) // ["a.md"] when the last scan listed a.md so too
 */
export function namesToRead(state: ScanState, listing: readonly FileStamp[]): string[] {
  return listing
    .filter((stamp) => !sameStamp(state.files.get(stamp.name)?.stamp, stamp))
    .filter((stamp) => sameStamp(state.pending.get(stamp.name), stamp))
    .map((stamp) => stamp.name);
}

function sameStamp(a: FileStamp | undefined, b: FileStamp): boolean {
  return a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/**
 * Returns how the listed folder differs from `previous`: documents added, changed (new hash or path) and
 * removed, the corpus after, and the skip warnings to report. `read` holds what reading each of
 * `namesToRead` gave; other listed files are taken as they were last read, and those new or changed since
 * wait for the next scan.
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
  const pending = new Map<string, FileStamp>();
  const sorted = [...listing].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const stamp of sorted) {
    const fresh = read.get(stamp.name);
    const last = state.files.get(stamp.name);
    if (fresh === undefined && !sameStamp(last?.stamp, stamp)) pending.set(stamp.name, stamp);
    const scanned = fresh === undefined ? last : { stamp, result: fresh };
    if (scanned === undefined) continue;
    files.set(stamp.name, scanned);
    const { result } = scanned;
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
    state: { files, pending, warned },
    waiting: [...pending.keys()],
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
