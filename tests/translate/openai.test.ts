import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { TranslateSettings } from "../../src/translate/index.ts";
import { startOpenAiCompatible, type TranslationServer } from "../support/translation-servers.ts";
import { cleanUp, translatorFor } from "./fixture.ts";

const servers: TranslationServer[] = [];

async function model(options: Parameters<typeof startOpenAiCompatible>[0] = {}): Promise<TranslationServer> {
  const server = await startOpenAiCompatible(options);
  servers.push(server);
  return server;
}

function settings(server: TranslationServer, extra: Partial<TranslateSettings> = {}): TranslateSettings {
  return { kind: "openai", url: server.url, model: "translator-7b", timeoutMs: 2000, ...extra };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(cleanUp);

interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
}

const HINDI = ["इटली LEPSG की अध्यक्षता करता है", "बैठक 12 मई 2024 को हुई"];

describe("OpenAI-compatible backend", () => {
  it("posts to /chat/completions with the model, the Bearer key and the segments numbered as JSON", async () => {
    const server = await model({ apiKey: "sk-test" });
    const { translator } = await translatorFor(settings(server, { apiKey: "sk-test" }));
    await translator.translate(HINDI, "hi", "it");
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect([request?.method, request?.path, request?.headers.authorization]).toEqual([
      "POST",
      "/v1/chat/completions",
      "Bearer sk-test",
    ]);
    const body = request?.body as ChatBody;
    expect(body.model).toBe("translator-7b");
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(JSON.parse(body.messages[1]?.content ?? "")).toEqual({ "1": HINDI[0], "2": HINDI[1] });
    const prompt = body.messages[0]?.content ?? "";
    expect(prompt).toContain("from Hindi to Italian");
    expect(prompt).toMatch(/only a JSON object with exactly the same keys/);
    expect(prompt).toMatch(/names .* numbers .* exactly/);
  });

  it("sends no Authorization header when no key is set, as a local Ollama needs none", async () => {
    const server = await model();
    const { translator } = await translatorFor(settings(server));
    expect(await translator.translate(HINDI, "hi", "en")).toEqual(
      HINDI.map((text) => ({ text: `EN ${text}`, machine: true })),
    );
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("reads the translations by key, whatever order, fences or reasoning the reply wraps them in", async () => {
    const server = await model({
      reply: (content) => {
        const segments = JSON.parse(content) as Record<string, string>;
        const reversed = Object.entries(segments)
          .reverse()
          .map(([key, text]) => `"${key}": ${JSON.stringify(`EN ${text}`)}`);
        return `<think>the user wants a translation</think>\n\`\`\`json\n{${reversed.join(", ")}}\n\`\`\``;
      },
    });
    const { translator } = await translatorFor(settings(server));
    const segments = ["uno", "due", "tre"];
    expect((await translator.translate(segments, "it", "en")).map((s) => s.text)).toEqual([
      "EN uno",
      "EN due",
      "EN tre",
    ]);
  });

  it("keeps the original of a segment whose translation lost or changed a number, or is missing", async () => {
    const server = await model({
      reply: () =>
        JSON.stringify({ "1": "Italy chairs LEPSG", "2": "The meeting took place on 13 May 2024" }),
    });
    const { translator, logLines } = await translatorFor(settings(server));
    const result = await translator.translate([...HINDI, "तीसरा वाक्य"], "hi", "en");
    expect(result).toEqual([
      { text: "Italy chairs LEPSG", machine: true },
      { text: HINDI[1], machine: false },
      { text: "तीसरा वाक्य", machine: false },
    ]);
    expect(logLines).toEqual([expect.stringContaining("no usable translation for 2 of 3 segments")]);
  });

  it("accepts numbers a model rewrites from Devanagari or Arabic-Indic digits into 0-9", async () => {
    const server = await model({ reply: () => JSON.stringify({ "1": "Meeting on 12 May 2024" }) });
    const { translator } = await translatorFor(settings(server));
    expect(await translator.translate(["बैठक १२ मई २०२४"], "hi", "en")).toEqual([
      { text: "Meeting on 12 May 2024", machine: true },
    ]);
  });

  it("keeps the originals when the reply is not the mirrored JSON", async () => {
    const server = await model({ reply: () => "Sure! Here is the translation: Italy chairs LEPSG." });
    const { translator, logLines } = await translatorFor(settings(server));
    expect(await translator.translate(HINDI, "hi", "en")).toEqual(
      HINDI.map((text) => ({ text, machine: false })),
    );
    expect(logLines).toEqual([expect.stringContaining("reply did not mirror the 2 numbered segments")]);
  });

  it("keeps the originals and names the error when the key is wrong (401)", async () => {
    const server = await model({ apiKey: "sk-right" });
    const { translator, logLines } = await translatorFor(settings(server, { apiKey: "sk-wrong" }));
    expect((await translator.translate(HINDI, "hi", "en")).every((s) => !s.machine)).toBe(true);
    expect(logLines).toEqual([
      expect.stringMatching(/HTTP 401 \(wrong or missing API key\?\): Incorrect API key provided/),
    ]);
    expect(logLines[0]).not.toContain("sk-wrong");
  });

  it("keeps the originals when the model is not served (404) or the server fails (500)", async () => {
    const server = await model();
    const unknown = await translatorFor(settings(server, { model: "nope" }));
    expect((await unknown.translator.translate(HINDI, "hi", "en")).every((s) => !s.machine)).toBe(true);
    expect(unknown.logLines).toEqual([expect.stringContaining('HTTP 404: model "nope" not found')]);
    server.mode = "fail";
    const failing = await translatorFor(settings(server));
    expect((await failing.translator.translate(HINDI, "hi", "en")).every((s) => !s.machine)).toBe(true);
    expect(failing.logLines).toEqual([expect.stringContaining("HTTP 500")]);
  });

  it("gives up on a model that never answers after the timeout", async () => {
    const server = await model();
    server.mode = "hang";
    const { translator, logLines } = await translatorFor(settings(server, { timeoutMs: 250 }));
    const started = performance.now();
    expect(await translator.translate(HINDI, "hi", "en")).toEqual(
      HINDI.map((text) => ({ text, machine: false })),
    );
    expect(performance.now() - started).toBeLessThan(1200);
    expect(logLines).toEqual([expect.stringContaining(`${server.url} failed: no answer within 250 ms`)]);
  });

  it("sends at most eight segments per request, a model writing its reply token by token", async () => {
    const server = await model();
    const { translator } = await translatorFor(settings(server));
    const segments = Array.from({ length: 20 }, (_, i) => `frase ${i}`);
    const result = await translator.translate(segments, "it", "en");
    expect(result.map((s) => s.text)).toEqual(segments.map((s) => `EN ${s}`));
    const sizes = server.requests.map(
      (r) => Object.keys(JSON.parse((r.body as ChatBody).messages[1]?.content ?? "")).length,
    );
    expect(sizes.sort((a, b) => a - b)).toEqual([4, 8, 8]);
  });
});
