/**
 * A store that cannot be used as it stands, said in one line that names the database and what to do,
 * e.g. "store: data/briefbot.sqlite is empty (0 bytes) … ; nothing was changed. Restore it from a backup …".
 */
export class StoreError extends Error {
  override readonly name = "StoreError";
}

/** What a store health probe found: ok, or why the store cannot serve. */
export type StoreHealth = { ok: true } | { ok: false; reason: string };

/**
 * Returns an error's message on one line, e.g. "connect ECONNREFUSED 127.0.0.1:5432".
 * @example oneLine(new Error("a\nb")) // "a b"
 */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s*\n\s*/g, " ").trim();
}
