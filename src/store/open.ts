import type { StoreSettings } from "../core/index.ts";
import { openPostgresStore } from "./postgres.ts";
import { DEFAULT_SQLITE_FILE, openSqliteStore } from "./sqlite.ts";
import type { DigestStore } from "./types.ts";

/**
 * Opens PostgreSQL when a database URL is set, else the SQLite file (default data/briefbot.sqlite), with
 * the settings' claim lifetime and connect wait; `log` hears each failed connection attempt (default stderr).
 */
export function openStore(settings: StoreSettings, log?: (line: string) => void): Promise<DigestStore> {
  const stale =
    settings.claimStaleAfterMs === undefined ? {} : { claimStaleAfterMs: settings.claimStaleAfterMs };
  if (settings.databaseUrl)
    return openPostgresStore({
      connectionString: settings.databaseUrl,
      ...stale,
      ...(settings.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: settings.connectTimeoutMs }),
      ...(log === undefined ? {} : { log }),
    });
  return openSqliteStore({ file: settings.sqliteFile ?? DEFAULT_SQLITE_FILE, ...stale });
}
