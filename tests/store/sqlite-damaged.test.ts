import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/core/index.ts";
import { StoreError } from "../../src/store/errors.ts";
import { openStore } from "../../src/store/open.ts";
import { openSqliteStore } from "../../src/store/sqlite.ts";
import type { Subscription } from "../../src/store/types.ts";

const root = mkdtempSync(join(tmpdir(), "briefbot-damaged-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const subscription = (channelId: string): Subscription => ({
  channelId,
  time: "08:00",
  tz: "Europe/Rome",
  lang: "it",
  quiet: false,
  topics: ["fentanyl"],
  createdBy: "U1",
  createdAt: "2024-10-01T00:00:00.000Z",
});

/** A real store file holding three subscriptions and enough ledger rows to span many pages, closed. */
async function populatedFile(): Promise<string> {
  n += 1;
  const file = join(root, `store-${n}.sqlite`);
  const store = await openSqliteStore({ file });
  for (const id of ["C1", "C2", "C3"]) await store.upsertSubscription(subscription(id));
  for (let day = 1; day <= 400; day += 1) {
    const date = `2024-${String(1 + (day % 12)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}`;
    await store.claimDigest(`C${day}`, date, "instance-with-a-long-name", new Date("2024-10-27T06:00:00Z"));
  }
  await store.close();
  return file;
}

const digest = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Opening `file` must fail with one line naming it and saying what to do, leaving its bytes as they were. */
async function expectRefused(file: string, problem: RegExp): Promise<string> {
  const before = digest(file);
  const error = await openSqliteStore({ file }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StoreError);
  const message = (error as StoreError).message;
  expect(message).not.toContain("\n");
  expect(message).toContain(file);
  expect(message).toMatch(problem);
  expect(message).toMatch(/nothing was changed\. Restore it from a backup, or move it aside/);
  expect(digest(file)).toBe(before);
  return message;
}

describe("opening a SQLite file that is not a usable database", () => {
  it("refuses an existing empty file instead of taking it for a new database", async () => {
    const file = join(root, "empty.sqlite");
    writeFileSync(file, "");
    await expectRefused(file, /is empty \(0 bytes\)/);
    expect(statSync(file).size).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it("refuses the same empty file when the store is chosen by BRIEFBOT_DB", async () => {
    const file = join(root, "empty-env.sqlite");
    writeFileSync(file, "");
    await expect(openStore(readConfig({ BRIEFBOT_DB: file }, root).store)).rejects.toThrow(
      /is empty \(0 bytes\)/,
    );
    expect(statSync(file).size).toBe(0);
  });

  it("refuses a store file cut to half its length", async () => {
    const file = await populatedFile();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await expectRefused(file, /is damaged|quick_check/);
  });

  it("refuses a store file with a page overwritten by garbage", async () => {
    const file = await populatedFile();
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 3 * 4096);
    closeSync(fd);
    await expectRefused(file, /is damaged|quick_check/);
  });

  it("refuses a file that is not SQLite at all", async () => {
    const file = join(root, "notes.sqlite");
    writeFileSync(file, "subscriptions: C1, C2, C3\n");
    await expectRefused(file, /is not an SQLite database/);
  });

  it("opens an intact store file with its subscriptions, having checked it", async () => {
    const file = await populatedFile();
    const store = await openSqliteStore({ file });
    expect((await store.listSubscriptions()).map((sub) => sub.channelId)).toEqual(["C1", "C2", "C3"]);
    await store.close();
  });
});

describe("the SQLite store's health probe", () => {
  it("reports the file removed while the store runs, naming it", async () => {
    const file = await populatedFile();
    const store = await openSqliteStore({ file });
    expect(await store.probe()).toEqual({ ok: true });
    rmSync(file);
    const health = await store.probe();
    expect(health.ok).toBe(false);
    expect(!health.ok && health.reason).toContain(`${file} was removed or replaced while open`);
    await store.close();
  });

  it("rebuilds a table another connection dropped when probed, and reports healthy", async () => {
    const file = await populatedFile();
    const store = await openSqliteStore({ file });
    const other = new Database(file);
    other.exec("DROP TABLE subscription_topics");
    other.close();
    expect(await store.probe()).toEqual({ ok: true });
    expect((await store.getSubscription("C1"))?.topics).toEqual([]);
    await store.close();
  });
});
