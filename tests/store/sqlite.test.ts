import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/answer/digest-time.ts";
import { CREATE_SCHEMA_VERSION, MIGRATIONS } from "../../src/store/migrations.ts";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import { aSubscription } from "../support/subscription.ts";
import { registerStoreContract } from "./store-contract.ts";

const roots: string[] = [];

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as T));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`claim process exited early (${code})`)));
  });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-store-"));
  roots.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

registerStoreContract("SQLite", async () => {
  let n = 0;
  return {
    async freshDatabase() {
      n += 1;
      const file = join(tempDir(), `db-${n}`, "briefbot.sqlite");
      return {
        open: (options) => openSqliteStore({ file, ...options }),
        async dropTable(table) {
          const db = new Database(file);
          db.pragma("busy_timeout = 5000");
          db.exec(`DROP TABLE ${table}`);
          db.close();
        },
      };
    },
    async cleanup() {},
  };
});

describe("SQLite digest store across processes", () => {
  it("creates the database folder and applies migrations once when opened twice", async () => {
    const file = join(tempDir(), "nested", "deeper", "briefbot.sqlite");
    const [a, b] = await Promise.all([openSqliteStore({ file }), openSqliteStore({ file })]);
    await a.upsertSubscription(
      aSubscription({ tz: "UTC", lang: "en", createdAt: "2024-01-01T00:00:00.000Z" }),
    );
    expect((await b.listSubscriptions()).map((s) => s.channelId)).toEqual(["C1"]);
    await Promise.all([a.close(), b.close()]);
  });

  it("grants each claim to exactly one of four processes writing the same file at once", async () => {
    const file = join(tempDir(), "race.sqlite");
    await (await openSqliteStore({ file })).close();
    const dates = Array.from({ length: 300 }, (_, i) => addDays("2024-01-01", i));
    const script = fileURLToPath(new URL("./sqlite-claim-process.ts", import.meta.url));
    const children = Array.from({ length: 4 }, () => fork(script, { execArgv: ["--import", "tsx"] }));
    const ready = children.map((child) => nextMessage<string>(child));
    children.forEach((child, id) => {
      child.send({
        file,
        instanceId: `process-${id}`,
        channelId: "C1",
        dates,
        now: "2024-10-27T06:00:00.000Z",
      });
    });
    await Promise.all(ready);
    const results = children.map((child) => nextMessage<string[]>(child));
    for (const child of children) child.send("go");
    const won = (await Promise.all(results)).flat();
    expect(won).toHaveLength(dates.length);
    expect(new Set(won).size).toBe(dates.length);
  });
});

describe("SQLite store made by an earlier version", () => {
  it("adds the columns later migrations bring, keeping the rows", async () => {
    const file = join(tempDir(), "version-1.sqlite");
    const old = new Database(file);
    old.exec(CREATE_SCHEMA_VERSION);
    for (const sql of MIGRATIONS[0]?.sql ?? []) old.exec(sql);
    old.prepare("INSERT INTO schema_version VALUES (1, 'first', '2024-01-01T00:00:00.000Z')").run();
    old
      .prepare(
        "INSERT INTO digest_ledger (channel_id, local_date, state, claimed_by, claimed_at, attempts) VALUES (?, ?, ?, ?, ?, ?)",
      )
      .run("C1", "2024-10-27", "claimed", "old", "2024-10-27T06:00:00.000Z", 1);
    old.close();
    const store = await openSqliteStore({ file });
    expect(await store.markSending("C1", "2024-10-27", "old", new Date("2024-10-27T06:01:00Z"))).toBe(true);
    expect(await store.getLedgerEntry("C1", "2024-10-27")).toMatchObject({
      state: "sending",
      sendStartedAt: "2024-10-27T06:01:00.000Z",
    });
    await store.close();
  });
});

describe("SQLite store upgrade", () => {
  it("adds the translation tables to a database written before they existed, keeping its data", async () => {
    const file = join(tempDir(), "v1.sqlite");
    const db = new Database(file);
    db.exec(CREATE_SCHEMA_VERSION);
    for (const sql of MIGRATIONS[0]?.sql ?? []) db.exec(sql);
    db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (1, 'v1', '2024-01-01')").run();
    db.prepare(
      "INSERT INTO document_first_seen (doc_id, first_seen_at, hash) VALUES ('d', '2024-01-01', 'h')",
    ).run();
    db.close();
    const store = await openSqliteStore({ file });
    const scope = { sourceLang: "hi", targetLang: "fr", backend: "libretranslate", model: "" };
    await store.saveTranslations(scope, [{ textHash: "x", translated: "traduit" }], new Date());
    expect((await store.findTranslations(scope, ["x"])).get("x")).toBe("traduit");
    expect((await store.firstSeenAll()).get("d")?.hash).toBe("h");
    await store.close();
  });
});
