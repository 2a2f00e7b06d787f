import { closeSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { oneLine, StoreError } from "./errors.ts";
import {
  CREATE_SCHEMA_VERSION,
  expectedTables,
  migrationSql,
  pendingMigrations,
  rebuildSql,
} from "./migrations.ts";
import { type SqlDriver, type SqlRow, withSchemaRepair } from "./sql-driver.ts";
import { createSqlStore } from "./sql-store.ts";
import { DEFAULT_CLAIM_STALE_AFTER_MS, type DigestStore } from "./types.ts";

/** Where and how to open the SQLite store. */
export interface SqliteStoreOptions {
  /** Database file; its folder is created when missing. ":memory:" works for a throwaway store. */
  file: string;
  claimStaleAfterMs?: number;
  /** How long a writer waits for another connection's lock before failing. */
  busyTimeoutMs?: number;
}

/** Default database file when BRIEFBOT_DB is not set. */
export const DEFAULT_SQLITE_FILE = "data/briefbot.sqlite";

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** Migrates to the latest version and rebuilds any table the database says it has but has lost. */
function migrate(db: Database.Database): void {
  // IMMEDIATE takes the write lock before reading the version, so two processes opening together migrate once.
  db.transaction(() => {
    db.exec(CREATE_SCHEMA_VERSION);
    const row = db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null };
    for (const migration of pendingMigrations(row.v ?? 0)) {
      for (const sql of migrationSql(migration, "sqlite")) db.exec(sql);
      db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    const present = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (table) => table.name.toLowerCase(),
      ),
    );
    const lost = expectedTables().filter((table) => !present.has(table));
    for (const sql of rebuildSql(lost, "sqlite")) db.exec(sql);
  }).immediate();
}

/** Whether SQLite failed because a table the query names does not exist. */
function isMissingTable(error: unknown): boolean {
  return error instanceof Error && /no such table/i.test(error.message);
}

/**
 * Returns the error for a file that is there but is no usable database; nothing in it has been changed.
 * @example refused("/srv/data/briefbot.sqlite", "is empty (0 bytes)").message
 */
function refused(file: string, problem: string): StoreError {
  return new StoreError(
    `store: ${file} ${problem}; nothing was changed. Restore it from a backup, or move it aside to start ` +
      "with a new database (subscriptions and the digest ledger start empty then).",
  );
}

/**
 * Opens an existing database file after checking that it is one: not empty, an SQLite header, and a
 * clean PRAGMA quick_check, all before anything is written to it.
 */
function openExisting(file: string, busyTimeoutMs: number): Database.Database {
  const size = statSync(file).size;
  if (size === 0) throw refused(file, "is empty (0 bytes), not a Briefbot database");
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw refused(file, "is not an SQLite database (its header is wrong)");
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    const problems = (db.pragma("quick_check") as { quick_check: string }[]).map((row) => row.quick_check);
    if (problems.length !== 1 || problems[0] !== "ok")
      throw refused(file, `fails PRAGMA quick_check (${oneLine(problems.slice(0, 3).join("; "))})`);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    const code = (error as { code?: unknown }).code;
    const message = oneLine(error);
    if (code === "SQLITE_BUSY")
      throw new StoreError(
        `store: ${file} is locked by another process (${message}); try again once it is free`,
      );
    throw refused(file, `is damaged: ${String(code ?? "error")} ${oneLine(message)}`);
  }
}

/**
 * Opens (creating and migrating as needed) the SQLite store; e.g. openSqliteStore({ file: "data/briefbot.sqlite" }).
 * An existing file that is empty, truncated or corrupt is refused with a StoreError naming it, never overwritten.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<DigestStore> {
  const busyTimeoutMs = Math.trunc(options.busyTimeoutMs ?? 5000);
  const memory = options.file === ":memory:";
  const file = memory ? options.file : resolve(options.file);
  let db: Database.Database;
  if (memory) db = new Database(file);
  else if (statSync(file, { throwIfNoEntry: false }) !== undefined) db = openExisting(file, busyTimeoutMs);
  else {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
  }
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // The file opened, by identity: a health probe notices it deleted or replaced under the running store.
  const opened = memory ? undefined : statSync(file);

  // better-sqlite3 is synchronous, so each call below finishes before any other code runs: no interleaving.
  const driver: SqlDriver = {
    label: `SQLite ${file}`,
    all: async (sql, params) => db.prepare(sql).all(...params) as SqlRow[],
    run: async (sql, params) => db.prepare(sql).run(...params).changes,
    atomically: async (statements) => {
      db.transaction(() => {
        for (const statement of statements) db.prepare(statement.sql).run(...statement.params);
      }).immediate();
    },
    check: async () => {
      if (opened === undefined) return;
      const now = statSync(file, { throwIfNoEntry: false });
      if (now?.ino !== opened.ino || now.dev !== opened.dev)
        throw new StoreError(
          `${file} was removed or replaced while open; restart to open the file there now`,
        );
    },
    close: async () => {
      db.close();
    },
  };
  return createSqlStore(
    withSchemaRepair(driver, isMissingTable, async () => migrate(db)),
    { claimStaleAfterMs: options.claimStaleAfterMs ?? DEFAULT_CLAIM_STALE_AFTER_MS },
  );
}
