/** One schema change; `sql` runs on both backends unless `postgres` gives a PostgreSQL variant. */
export interface Migration {
  version: number;
  name: string;
  sql: readonly string[];
  postgres?: readonly string[];
}

/** Which database a migration runs on. */
export type Backend = "sqlite" | "postgres";

/**
 * Every migration in order; append, never edit one that has shipped. Instants are ISO strings in TEXT columns on
 * both backends so that comparisons and results are identical; booleans are INTEGER 0/1 for the same reason.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "subscriptions, topics, digest ledger, first-seen",
    sql: [
      `CREATE TABLE subscriptions (
        channel_id TEXT PRIMARY KEY,
        team_id TEXT,
        post_time TEXT NOT NULL,
        tz TEXT NOT NULL,
        lang TEXT NOT NULL,
        quiet INTEGER NOT NULL DEFAULT 0,
        paused_reason TEXT,
        paused_since TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE subscription_topics (
        channel_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (channel_id, topic)
      )`,
      `CREATE TABLE digest_ledger (
        channel_id TEXT NOT NULL,
        local_date TEXT NOT NULL,
        state TEXT NOT NULL,
        ts TEXT,
        claimed_by TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        last_error TEXT,
        retryable INTEGER NOT NULL DEFAULT 0,
        posted_at TEXT,
        PRIMARY KEY (channel_id, local_date)
      )`,
      `CREATE TABLE document_first_seen (
        doc_id TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL,
        hash TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: "machine translations and the daily count of translated characters",
    sql: [
      `CREATE TABLE translations (
        text_hash TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        backend TEXT NOT NULL,
        model TEXT NOT NULL,
        translated TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (text_hash, source_lang, target_lang, backend, model)
      )`,
      `CREATE TABLE translation_usage (
        day TEXT NOT NULL,
        backend TEXT NOT NULL,
        chars INTEGER NOT NULL,
        PRIMARY KEY (day, backend)
      )`,
    ],
  },
  {
    version: 3,
    name: "digest ledger: when a send whose outcome is not known began",
    sql: ["ALTER TABLE digest_ledger ADD COLUMN send_started_at TEXT"],
  },
];

/** Returns the statements of a migration for a backend. */
export function migrationSql(migration: Migration, backend: Backend): readonly string[] {
  return backend === "postgres" && migration.postgres ? migration.postgres : migration.sql;
}

/** Returns the migrations newer than the current version, in order. */
export function pendingMigrations(currentVersion: number): Migration[] {
  return MIGRATIONS.filter((m) => m.version > currentVersion);
}

/** Creates the version table; runs on both backends. */
export const CREATE_SCHEMA_VERSION =
  "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

/**
 * Returns the tables the migrations create, in order, e.g. ["subscriptions", …, "document_first_seen"]:
 * what a usable database must hold.
 */
export function expectedTables(): string[] {
  return MIGRATIONS.flatMap((migration) => migration.sql.flatMap((sql) => createdTable(sql) ?? []));
}

/**
 * Returns the statements that rebuild the given tables, which a database that says it is migrated has lost
 * (dropped by hand, or a restore that missed them): every statement of every migration that creates or
 * alters one of them, in migration order.
 */
export function rebuildSql(tables: readonly string[], backend: Backend): string[] {
  const lost = new Set(tables);
  return MIGRATIONS.flatMap((migration) =>
    migrationSql(migration, backend).filter((sql) => {
      const table = createdTable(sql) ?? alteredTable(sql);
      return table !== undefined && lost.has(table);
    }),
  );
}

function createdTable(sql: string): string | undefined {
  return /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/i.exec(sql)?.[1]?.toLowerCase();
}

function alteredTable(sql: string): string | undefined {
  return /^\s*(?:ALTER\s+TABLE\s+|CREATE\s+(?:UNIQUE\s+)?INDEX\s+.*?\s+ON\s+)(\w+)/is
    .exec(sql)?.[1]
    ?.toLowerCase();
}
