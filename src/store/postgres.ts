import pg from "pg";
import { oneLine, StoreError } from "./errors.ts";
import {
  CREATE_SCHEMA_VERSION,
  expectedTables,
  migrationSql,
  pendingMigrations,
  rebuildSql,
} from "./migrations.ts";
import {
  type SqlDriver,
  type SqlRow,
  type SqlValue,
  toDollarPlaceholders,
  withSchemaRepair,
} from "./sql-driver.ts";
import { createSqlStore } from "./sql-store.ts";
import { DEFAULT_CLAIM_STALE_AFTER_MS, type DigestStore } from "./types.ts";

/** Where and how to open the PostgreSQL store. */
export interface PostgresStoreOptions {
  connectionString: string;
  /** Schema to hold the tables (created when missing); the server's default search_path when absent. */
  schema?: string;
  claimStaleAfterMs?: number;
  poolSize?: number;
  /** How long start-up keeps trying to reach a server that is not answering (default 60 s). */
  connectTimeoutMs?: number;
  /** Wait before the given retry (1 = first) when the server did not answer (default 0.5 s, doubling to 8 s). */
  backoffMs?: (retry: number) => number;
  /** Where each failed attempt is told, one line each (default stderr). */
  log?: (line: string) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;
/** Default for PostgresStoreOptions.connectTimeoutMs. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 60_000;
/** Longest wait for one connection to open, so a server that swallows packets cannot hang a call. */
const CONNECTION_TIMEOUT_MS = 5000;

/** Node socket errors and PostgreSQL states that say "not reachable yet", worth trying again. */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P03", // cannot_connect_now: the server is starting up
  "53300", // too_many_connections
  "3D000", // the database does not exist (yet: a container creating it)
  "57P01", // admin_shutdown
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/** Whether an error says the server cannot be reached now (as opposed to a refusal like a bad password). */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return UNREACHABLE.has(code);
  // pg's own connection failures carry no code.
  return (
    error instanceof Error &&
    /connection terminated|timeout exceeded when trying to connect/i.test(error.message)
  );
}

/** Whether PostgreSQL failed because a table (or the schema holding it) does not exist. */
function isMissingTable(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === "42P01" || code === "3F000";
}

/**
 * Returns the connection string without its password, for messages.
 * @example safeUrl("postgres://bot:s3cret@db:5432/briefbot") // "postgres://bot@db:5432/briefbot"
 */
export function safeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = "";
    url.search = "";
    return url.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

/** Runs `work` on one pooled client inside BEGIN … COMMIT, rolling back when it throws. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Migrates to the latest version and rebuilds any table the database says it has but has lost. */
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
    const present = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
    );
    const names = new Set(present.rows.map((row) => row.name.toLowerCase()));
    const lost = expectedTables().filter((table) => !names.has(table));
    for (const sql of rebuildSql(lost, "postgres")) await client.query(sql);
  });
}

/**
 * Migrates, trying again with backoff while the server cannot be reached, for up to `connectTimeoutMs`;
 * each failure is logged as one line. Throws a StoreError naming the server (no password) and the cause.
 */
async function migrateWithBackoff(
  pool: pg.Pool,
  options: PostgresStoreOptions,
  where: string,
): Promise<void> {
  const began = Date.now();
  const limit = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const backoff = options.backoffMs ?? ((retry: number) => Math.min(500 * 2 ** (retry - 1), 8000));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (let attempt = 1; ; attempt += 1) {
    try {
      await migrate(pool, options.schema);
      return;
    } catch (error) {
      if (!isUnreachable(error))
        throw new StoreError(`store: PostgreSQL at ${where} refused to open the store: ${oneLine(error)}`);
      const wait = backoff(attempt);
      const spent = Date.now() - began;
      if (spent + wait > limit)
        throw new StoreError(
          `store: PostgreSQL at ${where} unreachable after ${attempt} attempts over ` +
            `${Math.round(spent / 1000)} s: ${oneLine(error)}`,
        );
      log(
        `store: PostgreSQL at ${where} unreachable (attempt ${attempt}): ${oneLine(error)}; retrying in ${wait} ms`,
      );
      await new Promise((done) => setTimeout(done, wait));
    }
  }
}

/**
 * Opens the PostgreSQL store, waiting with backoff for a server that is not up yet and migrating as needed;
 * a table dropped later is rebuilt on the first call that misses it.
 * @example await openPostgresStore({ connectionString: "postgres://bot@db:5432/briefbot" })
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<DigestStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new StoreError(`store: bad schema name "${schema}"`);
  const where = safeUrl(options.connectionString);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  try {
    await migrateWithBackoff(pool, options, where);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const query = async (sql: string, params: readonly SqlValue[]) =>
    pool.query<SqlRow>(toDollarPlaceholders(sql), [...params]);
  const driver: SqlDriver = {
    label: `PostgreSQL ${where}`,
    all: async (sql, params) => (await query(sql, params)).rows,
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    atomically: (statements) =>
      inTransaction(pool, async (client) => {
        for (const s of statements) await client.query(toDollarPlaceholders(s.sql), [...s.params]);
      }),
    close: () => pool.end(),
  };
  return createSqlStore(
    withSchemaRepair(driver, isMissingTable, () => migrate(pool, schema)),
    { claimStaleAfterMs: options.claimStaleAfterMs ?? DEFAULT_CLAIM_STALE_AFTER_MS },
  );
}
