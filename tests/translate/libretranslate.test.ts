import { createServer } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { TranslateSettings } from "../../src/translate/index.ts";
import { startLibreTranslate, type TranslationServer } from "../support/translation-servers.ts";
import { cleanUp, translatorFor } from "./fixture.ts";

const servers: TranslationServer[] = [];

async function libre(options: Parameters<typeof startLibreTranslate>[0] = {}): Promise<TranslationServer> {
  const server = await startLibreTranslate(options);
  servers.push(server);
  return server;
}

function settings(server: TranslationServer, extra: Partial<TranslateSettings> = {}): TranslateSettings {
  return { kind: "libretranslate", url: server.url, timeoutMs: 2000, ...extra };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(cleanUp);

const ARABIC = ["إيطاليا تترأس الفريق", "شبكة تعمل على مدار الساعة"];

describe("LibreTranslate backend", () => {
  it("sends one text as a string and several as an array, with the pair, format text and the API key", async () => {
    const server = await libre({ apiKeys: ["k-123"] });
    const { translator } = await translatorFor(settings(server, { apiKey: "k-123" }));
    await translator.translate([ARABIC[0] ?? ""], "ar", "en");
    await translator.translate(ARABIC, "ar", "fr");
    expect(server.requests.map((r) => [r.method, r.path, r.headers["content-type"]])).toEqual([
      ["POST", "/translate", "application/json"],
      ["POST", "/translate", "application/json"],
    ]);
    expect(server.requests.map((r) => r.body)).toEqual([
      { q: ARABIC[0], source: "ar", target: "en", format: "text", api_key: "k-123" },
      { q: ARABIC, source: "ar", target: "fr", format: "text", api_key: "k-123" },
    ]);
  });

  it("sends no api_key when none is set", async () => {
    const server = await libre();
    const { translator } = await translatorFor(settings(server));
    await translator.translate(ARABIC, "ar", "en");
    expect(server.requests[0]?.body).toEqual({ q: ARABIC, source: "ar", target: "en", format: "text" });
  });

  it("returns the translations in the order of the segments, each marked as machine translation", async () => {
    const server = await libre();
    const { translator } = await translatorFor(settings(server));
    const segments = ["uno", "", "due", "uno", "   ", "tre"];
    expect(await translator.translate(segments, "it", "en")).toEqual([
      { text: "[it→en] uno", machine: true },
      { text: "", machine: false },
      { text: "[it→en] due", machine: true },
      { text: "[it→en] uno", machine: true },
      { text: "   ", machine: false },
      { text: "[it→en] tre", machine: true },
    ]);
    // Blank segments stay out of the request and a repeated one is sent once.
    expect(server.requests.map((r) => r.body)).toEqual([
      { q: ["uno", "due", "tre"], source: "it", target: "en", format: "text" },
    ]);
  });

  it("batches many segments into requests of at most twenty, keeping the order across them", async () => {
    const server = await libre();
    const { translator } = await translatorFor(settings(server));
    const segments = Array.from({ length: 45 }, (_, i) => `frase numero ${i}`);
    const result = await translator.translate(segments, "it", "fr");
    expect(result.map((r) => r.text)).toEqual(segments.map((s) => `[it→fr] ${s}`));
    const sizes = server.requests.map((r) => {
      const q = (r.body as { q: unknown }).q;
      return Array.isArray(q) ? q.length : 1;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([5, 20, 20]);
  });

  it("makes no request when the source is already in the target language", async () => {
    const server = await libre();
    const { translator } = await translatorFor(settings(server));
    expect(await translator.translate(["hello"], "en", "EN")).toEqual([{ text: "hello", machine: false }]);
    expect(server.requests).toHaveLength(0);
  });

  it("keeps the originals and logs the server and the error once a minute when it answers 500", async () => {
    const server = await libre();
    server.mode = "fail";
    const { translator, logLines, advance } = await translatorFor(settings(server));
    for (let i = 0; i < 3; i += 1) {
      expect(await translator.translate(ARABIC, "ar", "en")).toEqual(
        ARABIC.map((text) => ({ text, machine: false })),
      );
      advance(10_000);
    }
    expect(server.requests).toHaveLength(3);
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toContain(server.url);
    expect(logLines[0]).toContain("HTTP 500");
    advance(40_000);
    await translator.translate(ARABIC, "ar", "en");
    expect(logLines).toHaveLength(2);
    expect(logLines[1]).toContain("2 more failures since the last line");
  });

  it("keeps the originals and says the key is wrong when the server answers 403", async () => {
    const server = await libre({ apiKeys: ["right"] });
    const { translator, logLines } = await translatorFor(settings(server, { apiKey: "wrong" }));
    expect((await translator.translate(ARABIC, "ar", "en")).every((s) => !s.machine)).toBe(true);
    expect(logLines).toEqual([
      expect.stringMatching(/HTTP 403 \(wrong or missing API key\?\): Invalid API key/),
    ]);
  });

  it("keeps the originals when the server has no model for the language pair (400)", async () => {
    const server = await libre({ languages: ["en", "fr", "it"] });
    const { translator, logLines } = await translatorFor(settings(server));
    expect(await translator.translate(["Habari ya mkutano"], "sw", "en")).toEqual([
      { text: "Habari ya mkutano", machine: false },
    ]);
    expect(logLines).toEqual([expect.stringContaining("HTTP 400 (unsupported language pair")]);
    expect(logLines[0]).toContain("sw is not supported");
  });

  it("gives up on a server that never answers after the timeout, with the originals", async () => {
    const server = await libre();
    server.mode = "hang";
    const { translator, logLines } = await translatorFor(settings(server, { timeoutMs: 300 }));
    const segments = Array.from({ length: 100 }, (_, i) => `testo ${i}`);
    const started = performance.now();
    const result = await translator.translate(segments, "it", "en");
    const elapsed = performance.now() - started;
    expect(result.every((s, i) => !s.machine && s.text === segments[i])).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    // Five batches, four sent at once, all ending with the one timeout: the call waits once, not per batch.
    expect(elapsed).toBeLessThan(1500);
    expect(server.requests.length).toBeLessThanOrEqual(4);
    expect(logLines).toEqual([expect.stringContaining("no answer within 300 ms")]);
  });

  it("keeps the originals when nothing listens at the address", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const { translator, logLines } = await translatorFor({ kind: "libretranslate", url, timeoutMs: 1000 });
    expect(await translator.translate(["ciao"], "it", "en")).toEqual([{ text: "ciao", machine: false }]);
    expect(logLines).toEqual([expect.stringContaining(`${url} failed: unreachable (ECONNREFUSED)`)]);
  });

  it("keeps the originals when the reply has a different number of translations or none", async () => {
    const short = await libre({ misreply: (t) => (Array.isArray(t) ? t.slice(1) : t) });
    const wrongType = await libre({ misreply: () => ({ text: "?" }) });
    for (const server of [short, wrongType]) {
      const { translator, logLines } = await translatorFor(settings(server));
      expect(await translator.translate(ARABIC, "ar", "en")).toEqual(
        ARABIC.map((text) => ({ text, machine: false })),
      );
      expect(logLines).toEqual([expect.stringContaining("reply not understood")]);
    }
  });

  it("does not mark as machine translation a text that comes back unchanged", async () => {
    const server = await libre({ translate: (text) => text });
    const { translator, logLines } = await translatorFor(settings(server));
    // A translation identical to the original is not shown as a machine translation.
    expect(await translator.translate(["NATO", "UNODC"], "fr", "en")).toEqual([
      { text: "NATO", machine: false },
      { text: "UNODC", machine: false },
    ]);
    expect(logLines).toEqual([]);
  });

  it("stops at the daily cap of characters and counts again the next day", async () => {
    const server = await libre();
    const { translator, logLines, advance, store } = await translatorFor(
      settings(server, { dailyChars: 25 }),
    );
    expect(
      (await translator.translate(["dieci car.", "altri dieci"], "it", "en")).map((s) => s.machine),
    ).toEqual([true, true]);
    expect((await translator.translate(["ancora dieci"], "it", "en"))[0]).toEqual({
      text: "ancora dieci",
      machine: false,
    });
    expect(server.requests).toHaveLength(1);
    expect(logLines).toEqual([expect.stringContaining("daily cap of 25 translated characters reached")]);
    expect(await store.translatedChars("2024-10-27", "libretranslate")).toBe(21);
    advance(24 * 3600_000);
    expect((await translator.translate(["ancora dieci"], "it", "en"))[0]?.machine).toBe(true);
    expect(server.requests).toHaveLength(2);
  });
});
