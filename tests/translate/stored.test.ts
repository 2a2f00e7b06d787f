import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openPostgresStore } from "../../src/store/postgres.ts";
import type { DigestStore } from "../../src/store/types.ts";
import type { TranslatedSegment, TranslateSettings } from "../../src/translate/index.ts";
import {
  dropSchemas,
  freshSchemaName,
  PG_TEST_URL,
  postgresRequiredError,
  postgresUnreachable,
} from "../store/postgres-test-db.ts";
import {
  startLibreTranslate,
  startOpenAiCompatible,
  type TranslationServer,
} from "../support/translation-servers.ts";
import { cleanUp, freshSqliteFile, sqliteStore, translatorFor } from "./fixture.ts";

const servers: TranslationServer[] = [];
const schemas: string[] = [];
const pgStores: DigestStore[] = [];
const unreachable = await postgresUnreachable();

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await Promise.allSettled(pgStores.map((store) => store.close()));
  await dropSchemas(schemas);
  await cleanUp();
});

async function libre(): Promise<TranslationServer> {
  const server = await startLibreTranslate();
  servers.push(server);
  return server;
}

function translateInChild(file: string, settings: TranslateSettings, segments: string[]) {
  const script = fileURLToPath(new URL("./translate-process.ts", import.meta.url));
  const child = fork(script, { execArgv: ["--import", "tsx"] });
  const result = new Promise<TranslatedSegment[]>((resolve, reject) => {
    child.once("message", (message) => resolve(message as TranslatedSegment[]));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`translation process exited early (${code})`)));
  });
  child.send({ file, settings, segments, source: "ar", target: "en" });
  return result;
}

async function postgresStore(schema: string): Promise<DigestStore> {
  if (unreachable !== undefined) throw postgresRequiredError(unreachable);
  const store = await openPostgresStore({ connectionString: PG_TEST_URL, schema });
  pgStores.push(store);
  return store;
}

const ARABIC = ["تترأس إيطاليا مجموعة LEPSG", "شبكة تعمل على مدار الساعة 24/7", "جملة ثالثة"];

describe("stored translations", () => {
  it("answers a repeat in another process from the SQLite store, with no new request", async () => {
    const server = await libre();
    const file = freshSqliteFile();
    const settings: TranslateSettings = { kind: "libretranslate", url: server.url, timeoutMs: 2000 };
    const { translator } = await translatorFor(settings, await sqliteStore(file));
    const first = await translator.translate(ARABIC.slice(0, 2), "ar", "en");
    expect(first.map((s) => s.machine)).toEqual([true, true]);
    expect(server.requests).toHaveLength(1);
    const again = await translateInChild(file, settings, ARABIC);
    expect(again).toEqual([...first, { text: `[ar→en] ${ARABIC[2]}`, machine: true }]);
    // Only the segment never seen before went to the server.
    expect(server.requests.map((r) => r.body)).toEqual([
      { q: ARABIC.slice(0, 2), source: "ar", target: "en", format: "text" },
      { q: ARABIC[2], source: "ar", target: "en", format: "text" },
    ]);
  });

  it("shares translations between instances on one PostgreSQL database", async () => {
    const server = await libre();
    const schema = freshSchemaName();
    schemas.push(schema);
    const settings: TranslateSettings = { kind: "libretranslate", url: server.url, timeoutMs: 2000 };
    const a = await translatorFor(settings, await postgresStore(schema));
    const b = await translatorFor(settings, await postgresStore(schema));
    const translated = await a.translator.translate(ARABIC, "ar", "en");
    expect(translated.every((s) => s.machine)).toBe(true);
    expect(await b.translator.translate(ARABIC, "ar", "en")).toEqual(translated);
    expect(await b.translator.stored(ARABIC, "ar", "fr")).toEqual(
      ARABIC.map((text) => ({ text, machine: false })),
    );
    expect(server.requests).toHaveLength(1);
  });

  it("keeps translations of one backend and model apart from another's", async () => {
    const llm = await startOpenAiCompatible({ models: ["small", "large"] });
    servers.push(llm);
    const store = await sqliteStore();
    const base = { kind: "openai", url: llm.url, timeoutMs: 2000 } as const;
    const small = await translatorFor({ ...base, model: "small" }, store);
    const large = await translatorFor({ ...base, model: "large" }, store);
    await small.translator.translate(["uno"], "it", "en");
    await large.translator.translate(["uno"], "it", "en");
    await small.translator.translate(["uno"], "it", "en");
    expect(llm.requests.map((r) => (r.body as { model: string }).model)).toEqual(["small", "large"]);
  });

  it("reads only the store when asked for stored translations, never the server", async () => {
    const server = await libre();
    const { translator } = await translatorFor({ kind: "libretranslate", url: server.url, timeoutMs: 2000 });
    expect(await translator.stored(ARABIC, "ar", "en")).toEqual(
      ARABIC.map((text) => ({ text, machine: false })),
    );
    await translator.translate(ARABIC.slice(0, 1), "ar", "en");
    expect((await translator.stored(ARABIC, "ar", "en")).map((s) => s.machine)).toEqual([true, false, false]);
    expect(server.requests).toHaveLength(1);
  });

  it("still translates, and logs once, when the store cannot be read or written", async () => {
    const server = await libre();
    const store = await sqliteStore();
    const { translator, logLines } = await translatorFor(
      { kind: "libretranslate", url: server.url, timeoutMs: 2000 },
      store,
    );
    await store.close();
    expect((await translator.translate(ARABIC, "ar", "en")).every((s) => s.machine)).toBe(true);
    expect(logLines).toEqual([expect.stringMatching(/^translation: store failed: reading translations/)]);
  });
});
