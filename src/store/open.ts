import type { StoreSettings } from "../core/index.ts";
import { openPostgresStore } from "./postgres.ts";
import { DEFAULT_SQLITE_FILE, openSqliteStore } from "./sqlite.ts";
import type { DigestStore } from "./types.ts";

/** Opens PostgreSQL when a database URL is set, else the SQLite file (default data/briefbot.sqlite). */
export function openStore(settings: StoreSettings): Promise<DigestStore> {
  if (settings.databaseUrl) return openPostgresStore({ connectionString: settings.databaseUrl });
  return openSqliteStore({ file: settings.sqliteFile ?? DEFAULT_SQLITE_FILE });
}
