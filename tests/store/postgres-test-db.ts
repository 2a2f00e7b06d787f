import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server the tests use: DATABASE_URL_TEST, else the local trust-auth database "test". */
export const PG_TEST_URL = process.env.DATABASE_URL_TEST ?? "postgres://postgres@127.0.0.1:5432/test";

/** True only when the PostgreSQL tests may be left out: BRIEFBOT_SKIP_PG=1 and CI has not required them. */
export const PG_SKIP_ALLOWED =
  process.env.BRIEFBOT_SKIP_PG === "1" && process.env.BRIEFBOT_PG_REQUIRED !== "1";

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Returns why the server cannot be used, or undefined when it answers. */
export async function postgresUnreachable(): Promise<string | undefined> {
  try {
    await withClient((client) => client.query("SELECT 1"));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The error a suite raises when PostgreSQL is needed but not there. */
export function postgresRequiredError(reason: string): Error {
  return new Error(
    `PostgreSQL is not reachable at ${PG_TEST_URL} (${reason}). Start it (.ci/run does), point DATABASE_URL_TEST ` +
      "at one, or set BRIEFBOT_SKIP_PG=1 to leave these tests out locally (refused when BRIEFBOT_PG_REQUIRED=1).",
  );
}

/** Returns a fresh, unused schema name for one test database, e.g. "briefbot_test_3f9a…". */
export function freshSchemaName(): string {
  return `briefbot_test_${randomBytes(6).toString("hex")}`;
}

/** Drops the given test schemas and everything in them. */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  await withClient(async (client) => {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });
}
