import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { CREATE_SCHEMA_VERSION, migrationSql, pendingMigrations } from "./migrations.ts";
import type { SqlDriver, SqlRow } from "./sql-driver.ts";
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
  }).immediate();
}

/** Opens (creating and migrating as needed) the SQLite store; e.g. openSqliteStore({ file: "data/briefbot.sqlite" }). */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<DigestStore> {
  if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  migrate(db);

  // better-sqlite3 is synchronous, so each call below finishes before any other code runs: no interleaving.
  const driver: SqlDriver = {
    all: async (sql, params) => db.prepare(sql).all(...params) as SqlRow[],
    run: async (sql, params) => db.prepare(sql).run(...params).changes,
    atomically: async (statements) => {
      db.transaction(() => {
        for (const statement of statements) db.prepare(statement.sql).run(...statement.params);
      }).immediate();
    },
    close: async () => {
      db.close();
    },
  };
  return createSqlStore(driver, {
    claimStaleAfterMs: options.claimStaleAfterMs ?? DEFAULT_CLAIM_STALE_AFTER_MS,
  });
}
