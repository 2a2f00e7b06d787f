import { openPostgresStore } from "./postgres.ts";
import { DEFAULT_SQLITE_FILE, openSqliteStore } from "./sqlite.ts";
import type { DigestStore } from "./types.ts";

/** The environment variables that choose the store. */
export interface StoreEnv {
  DATABASE_URL?: string;
  BRIEFBOT_DB?: string;
}

/** Opens PostgreSQL when DATABASE_URL is set, else SQLite at BRIEFBOT_DB (default data/briefbot.sqlite). */
export function openStore(env: StoreEnv): Promise<DigestStore> {
  const url = env.DATABASE_URL?.trim();
  if (url) return openPostgresStore({ connectionString: url });
  return openSqliteStore({ file: env.BRIEFBOT_DB?.trim() || DEFAULT_SQLITE_FILE });
}
