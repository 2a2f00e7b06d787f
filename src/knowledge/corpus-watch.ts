import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorMessage, type Logger } from "../core/index.ts";
import type { Doc, LoadWarning } from "../corpus/index.ts";
import {
  diffRescan,
  type FileStamp,
  initialScanState,
  isDocumentName,
  isEmptyChange,
  loadDocumentFile,
  namesToRead,
  type ScanState,
} from "../corpus/index.ts";
import type { DigestStore } from "../store/index.ts";
import type { KnowledgeSource } from "./source.ts";
import { updateKnowledge } from "./update.ts";

const READ_CONCURRENCY = 8;

/** How the watcher reads the folder; the defaults are the file system. */
export interface FolderIo {
  /** Lists the document files directly in the folder (symbolic links stamped by their target). */
  list(dir: string): Promise<FileStamp[]>;
  /** Reads one file as a document or a skip warning; never throws. */
  load(path: string, maxBytes: number | undefined): Promise<Doc | LoadWarning>;
}

/** What the watcher needs. */
export interface CorpusWatchOptions {
  dir: string;
  knowledge: KnowledgeSource;
  store: Pick<DigestStore, "recordFirstSeen">;
  clock: () => Date;
  logger: Logger;
  /** Milliseconds between timed rescans; 0 turns the timer off (rescanNow still works). */
  intervalMs: number;
  maxBytes?: number;
  io?: FolderIo;
}

/** What one rescan did. */
export interface RescanReport {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files newly skipped with a warning. */
  skipped: LoadWarning[];
  /** How long the rescan took, in milliseconds. */
  ms: number;
}

/** Keeps the running knowledge in step with the corpus folder. */
export interface CorpusWatch {
  /** Rescans every `intervalMs` from now on; the timer never keeps the process alive. */
  start(): void;
  /** Stops the timer and resolves once the rescan in flight, if any, has finished. */
  stop(): Promise<void>;
  /**
   * Rescans now, or right after the rescan in flight (it may have listed the folder too early); resolves
   * with what it did, or undefined when it failed (logged) or the watcher is stopped. Never rejects.
   */
  rescanNow(): Promise<RescanReport | undefined>;
}

/** The file system as the watcher reads it. */
export const realFolderIo: FolderIo = {
  async list(dir) {
    const entries = await readdir(dir, { withFileTypes: true });
    const stamps: FileStamp[] = [];
    for (const entry of entries) {
      if (!(entry.isFile() || entry.isSymbolicLink()) || !isDocumentName(entry.name)) continue;
      try {
        const info = await stat(join(dir, entry.name));
        stamps.push({ name: entry.name, size: info.size, mtimeMs: info.mtimeMs });
      } catch {
        // Gone between readdir and stat, or a dangling link: the next rescan sees the folder as it is then.
      }
    }
    return stamps;
  },
  load: (path, maxBytes) => loadDocumentFile(path, maxBytes === undefined ? {} : { maxBytes }),
};

/**
 * Returns a watcher that rescans the corpus folder, records first-seen instants of new documents in the
 * store and installs the updated knowledge. Rescans never overlap; errors are logged, never thrown.
 */
export function createCorpusWatch(options: CorpusWatchOptions): CorpusWatch {
  const { dir, knowledge, store, clock, logger } = options;
  const io = options.io ?? realFolderIo;
  let state: ScanState | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<RescanReport | undefined> | undefined;
  let queued: Promise<RescanReport | undefined> | undefined;

  async function rescan(): Promise<RescanReport | undefined> {
    const began = performance.now();
    const current = knowledge.current();
    if (current === undefined) return undefined;
    const before = state ?? initialScanState(current.corpus);
    const listing = await io.list(dir);
    const names = namesToRead(before, listing);
    const read = new Map<string, Doc | LoadWarning>();
    for (let at = 0; at < names.length; at += READ_CONCURRENCY) {
      const batch = names.slice(at, at + READ_CONCURRENCY);
      const results = await Promise.all(batch.map((name) => io.load(join(dir, name), options.maxBytes)));
      batch.forEach((name, i) => {
        read.set(name, results[i] as Doc | LoadWarning);
      });
    }
    const result = diffRescan(current.corpus, before, listing, read);
    for (const warning of result.newWarnings) logger.warn(`skipped ${warning.file}: ${warning.reason}`);
    const { change } = result;
    if (!isEmptyChange(change)) {
      const now = clock();
      const firstSeen = new Map<string, string>();
      for (const doc of [...change.added, ...change.changed])
        firstSeen.set(doc.id, await store.recordFirstSeen(doc.id, doc.hash, now));
      knowledge.set(updateKnowledge(current, change, now, { firstSeen }));
    }
    // Advanced only once the knowledge is installed, so a failed rescan is tried again in full.
    state = result.state;
    const report: RescanReport = {
      added: change.added.map((doc) => doc.id),
      changed: change.changed.map((doc) => doc.id),
      removed: change.removed,
      skipped: result.newWarnings,
      ms: performance.now() - began,
    };
    if (!isEmptyChange(change)) logger.info(reportLine(report));
    return report;
  }

  function runOnce(): Promise<RescanReport | undefined> {
    const run = rescan()
      .catch((error: unknown) => {
        logger.error(`corpus rescan failed: ${errorMessage(error)}`);
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    running = run;
    return run;
  }

  function rescanNow(): Promise<RescanReport | undefined> {
    if (stopped) return Promise.resolve(undefined);
    if (running === undefined) return runOnce();
    queued ??= running.then(() => {
      queued = undefined;
      return stopped ? undefined : runOnce();
    });
    return queued;
  }

  return {
    start() {
      if (timer !== undefined || stopped || options.intervalMs <= 0) return;
      timer = setInterval(() => {
        // A tick during a rescan is dropped rather than queued: the next tick comes soon enough.
        if (running === undefined) void rescanNow();
      }, options.intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      timer = undefined;
      await queued;
      await running;
    },
    rescanNow,
  };
}

/** One log line per rescan that changed something, e.g. "corpus rescan: 1 added (report), 0 changed, 0 removed (12 ms)". */
function reportLine(report: RescanReport): string {
  const named = (ids: readonly string[]): string => (ids.length > 0 ? ` (${ids.join(", ")})` : "");
  return (
    `corpus rescan: ${report.added.length} added${named(report.added)}, ` +
    `${report.changed.length} changed${named(report.changed)}, ` +
    `${report.removed.length} removed${named(report.removed)} (${Math.round(report.ms)} ms)`
  );
}
