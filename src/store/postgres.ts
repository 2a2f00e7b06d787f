import pg from "pg";
import { CREATE_SCHEMA_VERSION, migrationSql, pendingMigrations } from "./migrations.ts";
import { type SqlDriver, type SqlRow, type SqlValue, toDollarPlaceholders } from "./sql-driver.ts";
import { createSqlStore } from "./sql-store.ts";
import { DEFAULT_CLAIM_STALE_AFTER_MS, type DigestStore } from "./types.ts";

/** Where and how to open the PostgreSQL store. */
export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema to hold the tables (created when missing); the server's default search_path when absent. */
  schema?: string;
  claimStaleAfterMs?: number;
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** Runs `work` on one pooled client inside BEGIN … COMMIT, rolling back when it throws. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

function migrate(pool: pg.Pool, schema: string | undefined): Promise<void> {
  return inTransaction(pool, async (client) => {
    // Serialises instances starting together; released at COMMIT/ROLLBACK. Keyed per schema so separate
    // schemas (test runs) do not wait on each other.
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`briefbot-migrations:${schema ?? ""}`]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(CREATE_SCHEMA_VERSION);
    const { rows } = await client.query<{ v: number | null }>("SELECT MAX(version) AS v FROM schema_version");
    for (const migration of pendingMigrations(rows[0]?.v ?? 0)) {
      for (const sql of migrationSql(migration, "postgres")) await client.query(sql);
      await client.query("INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
  });
}

/** Opens (migrating as needed) the PostgreSQL store; e.g. openPostgresStore({ connectionString: "postgres://…" }). */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<DigestStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`store: bad schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 5,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const query = async (sql: string, params: readonly SqlValue[]) =>
    pool.query<SqlRow>(toDollarPlaceholders(sql), [...params]);
  const driver: SqlDriver = {
    all: async (sql, params) => (await query(sql, params)).rows,
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    atomically: (statements) =>
      inTransaction(pool, async (client) => {
        for (const s of statements) await client.query(toDollarPlaceholders(s.sql), [...s.params]);
      }),
    close: () => pool.end(),
  };
  return createSqlStore(driver, {
    claimStaleAfterMs: options.claimStaleAfterMs ?? DEFAULT_CLAIM_STALE_AFTER_MS,
  });
}
