import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startLibreTranslate, type TranslationServer } from "../support/translation-servers.ts";

const run = promisify(execFile);
const BIN = join(process.cwd(), "bin", "briefbot.js");
const dirs: string[] = [];
const servers: TranslationServer[] = [];
/** The iARMS article, the one seed document about it, exists only in Arabic. */
const ARABIC_SOURCE = "004_6ea3b8ed064881d9";
const ARABIC_DECISION = "أشاد وزراء مجموعة الدول السبع";

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Asked {
  payload: {
    text: string;
    blocks: unknown[];
    metadata: { event_payload: { lang: string; sources: string[] } };
  };
  stderr: string;
  /** performance.now() when the process had written its reply and exited. */
  doneAt: number;
}

/** A CLI run loads the corpus first, which on a busy machine takes seconds: give each run room. */
const RUN_TIMEOUT_MS = 120_000;

async function libre(mode: TranslationServer["mode"]): Promise<TranslationServer> {
  const server = await startLibreTranslate({ translate: (text, from, to) => `(${from}→${to}) ${text}` });
  server.mode = mode;
  servers.push(server);
  return server;
}

function freshDb(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cli-translate-"));
  dirs.push(dir);
  return join(dir, "briefbot.sqlite");
}

/** Runs `briefbot ask --json <line>` as a user would, against the server and the database given. */
async function ask(line: string, server: TranslationServer, db: string): Promise<Asked> {
  const env = {
    ...process.env,
    BRIEFBOT_SEEDS: "seeds",
    BRIEFBOT_DB: db,
    BRIEFBOT_TRANSLATE_KIND: "libretranslate",
    BRIEFBOT_TRANSLATE_URL: server.url,
    BRIEFBOT_TRANSLATE_TIMEOUT_MS: "1500",
  };
  const { stdout, stderr } = await run(process.execPath, [BIN, "ask", "--json", line], {
    env,
    timeout: RUN_TIMEOUT_MS,
  });
  return { payload: JSON.parse(stdout) as Asked["payload"], stderr, doneAt: performance.now() };
}

describe.concurrent("briefbot ask with a LibreTranslate server", { timeout: 2 * RUN_TIMEOUT_MS }, () => {
  it("gives the English reply with the Arabic quotes translated, still citing the Arabic source, and asks the server once", async () => {
    const server = await libre("answer");
    const db = freshDb();
    const first = await ask("/brief iARMS", server, db);
    expect(first.payload.metadata.event_payload).toMatchObject({ lang: "en", sources: [ARABIC_SOURCE] });
    expect(first.payload.text).toContain(`(ar→en) ${ARABIC_DECISION}`);
    expect(first.payload.text).toContain("machine translation");
    expect(first.payload.text).toContain("Arabic");
    expect(JSON.stringify(first.payload.blocks)).toContain("Show original");
    const requests = server.requests.length;
    expect(requests).toBeGreaterThan(0);
    expect(server.requests.every((r) => JSON.stringify(r.body).includes('"source":"ar","target":"en"'))).toBe(
      true,
    );

    const again = await ask("/brief iARMS", server, db);
    expect(again.payload).toEqual(first.payload);
    expect(server.requests).toHaveLength(requests);
  });

  it("gives the originals, exactly as with no translation server, and one log line naming it, when it answers 500", async () => {
    const failing = await libre("fail");
    const unused = await libre("answer");
    const withoutKind = {
      ...process.env,
      BRIEFBOT_SEEDS: "seeds",
      BRIEFBOT_DB: freshDb(),
      BRIEFBOT_TRANSLATE_URL: unused.url,
    };
    const [asked, plain] = await Promise.all([
      ask("/brief iARMS", failing, freshDb()),
      run(process.execPath, [BIN, "ask", "--json", "/brief iARMS"], {
        env: withoutKind,
        timeout: RUN_TIMEOUT_MS,
      }),
    ]);
    expect(asked.payload.text).toContain(ARABIC_DECISION);
    expect(asked.payload.text).not.toContain("(ar→en)");
    expect(asked.payload).toEqual(JSON.parse(plain.stdout));
    expect(asked.stderr.trim().split("\n")).toEqual([
      expect.stringContaining(`${failing.url} failed: HTTP 500`),
    ]);
    // No kind set: no translation, whatever else is set, and no request.
    expect(unused.requests).toHaveLength(0);
  });

  it("waits for a server that never answers no longer than its timeout", async () => {
    const server = await libre("hang");
    const asked = await ask("/brief iARMS", server, freshDb());
    expect(asked.payload.text).toContain(ARABIC_DECISION);
    expect(asked.stderr).toContain("no answer within 1500 ms");
    // From the moment the server was asked to the reply: the timeout, then rendering and exit.
    const waited = asked.doneAt - (server.requests[0]?.receivedAt ?? Number.NaN);
    expect(waited).toBeGreaterThan(1400);
    expect(waited).toBeLessThan(1500 + 3000);
  });
});
