import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/errors.ts";
import { openPostgresStore } from "../../src/store/postgres.ts";
import type { DigestStore } from "../../src/store/types.ts";
import { freePort, startTcpProxy, type TcpProxy } from "../support/tcp-proxy.ts";
import {
  dropSchemas,
  freshSchemaName,
  PG_TEST_URL,
  postgresRequiredError,
  postgresUnreachable,
} from "./postgres-test-db.ts";

const unreachable = await postgresUnreachable();
const server = new URL(PG_TEST_URL);
const target = { host: server.hostname, port: Number(server.port || 5432) };
const schemas: string[] = [];
const stores: DigestStore[] = [];
const proxies: TcpProxy[] = [];

/** The test database's URL with host and port replaced by a loopback port, and a password to keep secret. */
function viaPort(port: number, password = "s3cret-in-url"): string {
  const url = new URL(PG_TEST_URL);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  url.password = password;
  return url.toString();
}

function schema(): string {
  const name = freshSchemaName();
  schemas.push(name);
  return name;
}

beforeAll(() => {
  if (unreachable !== undefined) throw postgresRequiredError(unreachable);
});

afterAll(async () => {
  await Promise.allSettled(stores.map((store) => store.close()));
  await Promise.allSettled(proxies.map((proxy) => proxy.close()));
  if (unreachable === undefined) await dropSchemas(schemas);
});

describe("PostgreSQL at start-up", () => {
  it("waits with backoff for a server that comes up late, logging each failed attempt as one line", async () => {
    const port = await freePort();
    const lines: string[] = [];
    let proxyStarted: Promise<TcpProxy> | undefined;
    const opening = openPostgresStore({
      connectionString: viaPort(port),
      schema: schema(),
      backoffMs: () => 150,
      connectTimeoutMs: 20_000,
      log: (line) => {
        lines.push(line);
        // The server comes up after the second failed attempt.
        if (lines.length === 2) proxyStarted = startTcpProxy(target, port);
      },
    });
    const store = await opening;
    stores.push(store);
    if (proxyStarted) proxies.push(await proxyStarted);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const [i, line] of lines.entries()) {
      expect(line).not.toContain("\n");
      expect(line).toContain(`store: PostgreSQL at postgres://postgres@127.0.0.1:${port}/`);
      expect(line).toContain(`unreachable (attempt ${i + 1})`);
      expect(line).toMatch(/ECONNREFUSED/);
      expect(line).not.toContain("s3cret-in-url");
    }
    expect(await store.probe()).toEqual({ ok: true });
  });

  it("gives up after its time limit with one line naming the server and the cause, never the password", async () => {
    const port = await freePort();
    const began = performance.now();
    const error = await openPostgresStore({
      connectionString: viaPort(port),
      backoffMs: () => 100,
      connectTimeoutMs: 600,
      log: () => undefined,
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(performance.now() - began).toBeLessThan(5000);
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^store: PostgreSQL at postgres://postgres@127\\.0\\.0\\.1:${port}/\\S+ unreachable after \\d+ attempts`,
      ),
    );
    expect(message).toMatch(/ECONNREFUSED/);
    expect(message).not.toContain("s3cret-in-url");
    expect(message).not.toContain("\n");
  });

  it("does not retry a server that answers with a refusal", async () => {
    const url = new URL(PG_TEST_URL);
    url.username = "no_such_role_here";
    const lines: string[] = [];
    const began = performance.now();
    await expect(
      openPostgresStore({
        connectionString: url.toString(),
        connectTimeoutMs: 20_000,
        log: (l) => lines.push(l),
      }),
    ).rejects.toThrow(/refused to open the store: .*no_such_role_here/);
    expect(lines).toEqual([]);
    expect(performance.now() - began).toBeLessThan(5000);
  });
});

describe("PostgreSQL while running", () => {
  it("migrates again when its schema was dropped and recreated empty, and keeps serving", async () => {
    const name = schema();
    const store = await openPostgresStore({ connectionString: PG_TEST_URL, schema: name });
    stores.push(store);
    await store.recordFirstSeen("doc-a", "h1", new Date("2024-10-27T06:00:00Z"));
    const admin = new pg.Client({ connectionString: PG_TEST_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA ${name} CASCADE`);
    await admin.query(`CREATE SCHEMA ${name}`);
    await admin.end();
    expect(await store.firstSeenAll()).toEqual(new Map());
    expect(await store.recordFirstSeen("doc-b", "h2", new Date("2024-10-28T06:00:00Z"))).toBe(
      "2024-10-28T06:00:00.000Z",
    );
  });

  it("reports the server down on its health probe within the deadline, and up again once it is back", async () => {
    const first = await startTcpProxy(target);
    const store = await openPostgresStore({ connectionString: viaPort(first.port), schema: schema() });
    stores.push(store);
    expect(await store.probe()).toEqual({ ok: true });
    await first.close();
    const began = performance.now();
    const down = await store.probe(1500);
    expect(performance.now() - began).toBeLessThan(3000);
    expect(down.ok).toBe(false);
    expect(!down.ok && down.reason).toMatch(
      new RegExp(`^store: PostgreSQL postgres://postgres@127\\.0\\.0\\.1:${first.port}/\\S+: `),
    );
    proxies.push(await startTcpProxy(target, first.port));
    expect(await store.probe()).toEqual({ ok: true });
  });
});
