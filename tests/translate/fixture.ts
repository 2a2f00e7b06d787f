import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { DigestStore } from "../../src/store/types.ts";
import { createTranslator, type TranslateSettings, type Translator } from "../../src/translate/index.ts";

/** A translator under test with what it logged, its store and a clock the test moves. */
export interface TranslatorUnderTest {
  translator: Translator;
  logLines: string[];
  store: DigestStore;
  /** Moves the translator's clock forward. */
  advance(ms: number): void;
}

/** Temporary folders and stores made by the fixtures, for cleanUp() to remove. */
const dirs: string[] = [];
const stores: DigestStore[] = [];

/** Returns a fresh SQLite file path in a temporary folder. */
export function freshSqliteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-translate-"));
  dirs.push(dir);
  return join(dir, "briefbot.sqlite");
}

/** Opens a SQLite store at `file` (a fresh one by default), closed by cleanUp(). */
export async function sqliteStore(file = freshSqliteFile()): Promise<DigestStore> {
  const store = await openSqliteStore({ file });
  stores.push(store);
  return store;
}

/** Returns a translator with the given settings over a store (a fresh SQLite one by default). */
export async function translatorFor(
  settings: TranslateSettings,
  store?: DigestStore,
  start = new Date("2024-10-27T06:00:00.000Z"),
): Promise<TranslatorUnderTest> {
  let now = start.getTime();
  const logLines: string[] = [];
  const used = store ?? (await sqliteStore());
  const translator = createTranslator(settings, {
    store: used,
    clock: () => new Date(now),
    logger: { warn: (line) => logLines.push(line) },
  });
  return {
    translator,
    logLines,
    store: used,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Closes the fixtures' stores and removes their folders. */
export async function cleanUp(): Promise<void> {
  await Promise.allSettled(stores.splice(0).map((store) => store.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
