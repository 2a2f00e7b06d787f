import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server the tests use: DATABASE_URL_TEST, else the local trust-auth database "test". */
export const PG_TEST_URL = process.env.DATABASE_URL_TEST ?? "postgres://postgres@127.0.0.1:5432/test";

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
    `PostgreSQL is not reachable at ${PG_TEST_URL} (${reason}). Start it (.ci/run does) or point ` +
      "DATABASE_URL_TEST at one: the PostgreSQL store is tested on every run, never left out.",
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

/** Drops one table of a test schema, through a connection of its own. */
export async function dropTable(schema: string, table: string): Promise<void> {
  await withClient((client) => client.query(`DROP TABLE ${schema}.${table}`));
}
