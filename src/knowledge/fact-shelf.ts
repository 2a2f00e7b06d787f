/**
 * The fact shelf: each document's saved facts (saved-facts.ts) in an SQLite file of the knowledge cache, so a
 * large archive's facts stay on disk and are read when an answer needs them. The file is stamped with what
 * wrote it (code and lexicon); opened with another stamp, it is made anew. It is a cache: writes are not synced.
 */
import { rmSync } from "node:fs";
import Database from "better-sqlite3";

/** Facts written before a transaction is committed: one commit per document would dominate a cold build. */
const WRITES_PER_COMMIT = 500;
/**
 * The tables' layout, part of the stamp. Outlines have a table of their own: read beside the facts, every
 * start read the whole file (3.3 s of a warm start at 100,000 documents, whose facts fill 470 MB).
 */
const LAYOUT = "facts+outlines/2";

/** Saved facts by cache entry key (content hash and file kind), on disk, with their outlines at hand. */
export interface FactShelf {
  /** The outline JSON of every entry on the shelf, by key: read when it was opened, and written since. */
  readonly outlines: ReadonlyMap<string, string>;
  /** The saved JSON of an entry's facts; pending writes are committed first. */
  read(key: string): string | undefined;
  /**
   * Puts an entry's saved facts and outline JSON on the shelf (committed in batches, and by read, keepOnly
   * and close).
   */
  write(key: string, json: string, outline: string): void;
  /** Removes every entry not in `keys`. */
  keepOnly(keys: ReadonlySet<string>): void;
  close(): void;
}

/**
 * Opens (or creates) the shelf at `path` for `stamp`; a file of another stamp is made anew, and one that is no
 * SQLite database is replaced. Throws when the file cannot be made at all, or another process holds it locked
 * past the busy timeout.
 */
export function openFactShelf(path: string, stamp: string): FactShelf {
  const stamped = `${LAYOUT}\u0000${stamp}`;
  let db: Database.Database;
  try {
    db = openStamped(path, stamped);
  } catch (error) {
    // Replacing a file another process is writing would pull the shelf from under it.
    if (isBusy(error)) throw error;
    rmSync(path, { force: true });
    rmSync(`${path}-journal`, { force: true });
    db = openStamped(path, stamped);
  }
  const outlines = new Map<string, string>();
  for (const row of db.prepare("SELECT key, outline FROM outlines").raw().iterate() as Iterable<unknown[]>) {
    const [key, outline] = row;
    if (typeof key === "string" && typeof outline === "string") outlines.set(key, outline);
  }
  const select = db.prepare("SELECT json FROM facts WHERE key = ?").pluck();
  const insertFacts = db.prepare("INSERT OR REPLACE INTO facts (key, json) VALUES (?, ?)");
  const insertOutline = db.prepare("INSERT OR REPLACE INTO outlines (key, outline) VALUES (?, ?)");
  const removeFacts = db.prepare("DELETE FROM facts WHERE key = ?");
  const removeOutline = db.prepare("DELETE FROM outlines WHERE key = ?");
  let pending: [string, string, string][] = [];
  const commit = db.transaction((rows: readonly [string, string, string][]) => {
    for (const [key, json, outline] of rows) {
      insertFacts.run(key, json);
      insertOutline.run(key, outline);
    }
  });
  const flush = (): void => {
    if (pending.length === 0) return;
    commit(pending);
    pending = [];
  };
  return {
    outlines,
    read(key) {
      flush();
      const json: unknown = select.get(key);
      return typeof json === "string" ? json : undefined;
    },
    write(key, json, outline) {
      pending.push([key, json, outline]);
      outlines.set(key, outline);
      if (pending.length >= WRITES_PER_COMMIT) flush();
    },
    keepOnly(wanted) {
      flush();
      const gone = [...outlines.keys()].filter((key) => !wanted.has(key));
      if (gone.length === 0) return;
      db.transaction(() => {
        for (const key of gone) {
          removeFacts.run(key);
          removeOutline.run(key);
        }
      })();
      for (const key of gone) outlines.delete(key);
    },
    close() {
      flush();
      db.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}

function openStamped(path: string, stamp: string): Database.Database {
  const db = new Database(path);
  try {
    db.pragma("synchronous = OFF");
    db.pragma("busy_timeout = 5000");
    db.exec("CREATE TABLE IF NOT EXISTS stamp (value TEXT NOT NULL)");
    const current: unknown = db.prepare("SELECT value FROM stamp").pluck().get();
    if (current !== stamp) {
      // Other code may have laid the tables out otherwise: they are made anew, not emptied.
      db.transaction(() => {
        db.exec(
          "DROP TABLE IF EXISTS facts; DROP TABLE IF EXISTS outlines; DELETE FROM stamp;" +
            "CREATE TABLE facts (key TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;" +
            "CREATE TABLE outlines (key TEXT PRIMARY KEY, outline TEXT NOT NULL) WITHOUT ROWID;",
        );
        db.prepare("INSERT INTO stamp (value) VALUES (?)").run(stamp);
      })();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
