import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How a stand-in server treats the next requests: answer as its API does, fail with HTTP 500, or never answer. */
export type ServerMode = "answer" | "fail" | "hang";

/** One request a stand-in received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; undefined when it was not JSON. */
  body: unknown;
  /** performance.now() when the request arrived. */
  receivedAt: number;
}

/** A real HTTP server on loopback that speaks one translation API. */
export interface TranslationServer {
  /** The base URL Briefbot is given, e.g. "http://127.0.0.1:41234" or "http://127.0.0.1:41234/v1". */
  url: string;
  requests: ReceivedRequest[];
  mode: ServerMode;
  close(): Promise<void>;
}

/** Translates one text; the stand-ins' default marks it with the language pair: "[ar→en] نص". */
export type FakeTranslate = (text: string, source: string, target: string) => string;

const markPair: FakeTranslate = (text, source, target) => `[${source}→${target}] ${text}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}

type Answer = (request: ReceivedRequest, res: ServerResponse) => void;

async function listen(basePath: string, answer: Answer): Promise<TranslationServer> {
  const server: TranslationServer = {
    url: "",
    requests: [],
    mode: "answer",
    close: async () => undefined,
  };
  const http = createServer(async (req, res) => {
    const request: ReceivedRequest = {
      method: req.method ?? "",
      path: (req.url ?? "").split("?")[0] ?? "",
      headers: req.headers,
      body: await readBody(req),
      receivedAt: performance.now(),
    };
    server.requests.push(request);
    if (server.mode === "hang") return;
    if (server.mode === "fail") {
      sendJson(res, 500, { error: "Internal Server Error" });
      return;
    }
    answer(request, res);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  server.url = `http://127.0.0.1:${port}${basePath}`;
  server.close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return server;
}

/** What a LibreTranslate stand-in accepts. */
export interface LibreTranslateOptions {
  /** When set, api_key must be one of these (else 403), as with LibreTranslate's --api-keys. */
  apiKeys?: readonly string[];
  /** Language codes it has models for; a pair outside them gets 400. */
  languages?: readonly string[];
  translate?: FakeTranslate;
  /** Turns the correct translatedText into what a misbehaving server sends instead. */
  misreply?: (translatedText: string | string[]) => unknown;
}

/**
 * Starts a LibreTranslate stand-in: POST /translate with JSON {q, source, target, format, api_key?}, q a string
 * or an array; {translatedText} mirrors q; {error} with 400 (bad request, unsupported language), 403 (key), 500.
 */
export function startLibreTranslate(options: LibreTranslateOptions = {}): Promise<TranslationServer> {
  const languages = options.languages ?? ["en", "ar", "fr", "it", "hi", "sw"];
  const translate = options.translate ?? markPair;
  const misreply = options.misreply ?? ((translatedText) => translatedText);
  return listen("", ({ method, path, body }, res) => {
    if (method !== "POST" || path !== "/translate") return sendJson(res, 404, { error: "Not Found" });
    if (!isRecord(body)) return sendJson(res, 400, { error: "Invalid request: body is not JSON" });
    if (options.apiKeys && !options.apiKeys.includes(String(body.api_key)))
      return sendJson(res, 403, { error: "Invalid API key" });
    const { q, source, target, format } = body;
    for (const [name, value] of Object.entries({ q, source, target }))
      if (value === undefined)
        return sendJson(res, 400, { error: `Invalid request: missing ${name} parameter` });
    if (format !== undefined && format !== "text" && format !== "html")
      return sendJson(res, 400, { error: `${String(format)} format is not supported` });
    for (const code of [source, target])
      if (typeof code !== "string" || !languages.includes(code))
        return sendJson(res, 400, { error: `${String(code)} is not supported` });
    const from = String(source);
    const to = String(target);
    if (typeof q === "string")
      return sendJson(res, 200, { translatedText: misreply(translate(q, from, to)) });
    if (Array.isArray(q) && q.every((text) => typeof text === "string"))
      return sendJson(res, 200, { translatedText: misreply(q.map((text) => translate(text, from, to))) });
    return sendJson(res, 400, { error: "Invalid request: q must be a string or a list of strings" });
  });
}

/** What an OpenAI-compatible stand-in accepts and how its "model" answers. */
export interface OpenAiOptions {
  /** When set, the Authorization header must be "Bearer <apiKey>" (else 401). */
  apiKey?: string;
  /** Models it serves; another gets 404 as Ollama answers. */
  models?: readonly string[];
  /** The assistant's reply to the user message; by default a JSON object translating each value. */
  reply?: (userContent: string) => string;
  /** How the default reply translates each value; "EN <text>" by default. */
  translate?: (text: string) => string;
}

/** The stand-in model's answer to a JSON object of segments: the same keys, each value translated. */
function defaultReply(translate: (text: string) => string, userContent: string): string {
  let segments: unknown;
  try {
    segments = JSON.parse(userContent);
  } catch {
    return "I cannot help with that.";
  }
  if (!isRecord(segments)) return "I cannot help with that.";
  return JSON.stringify(
    Object.fromEntries(Object.entries(segments).map(([key, text]) => [key, translate(String(text))])),
  );
}

/**
 * Starts an OpenAI-compatible chat completions stand-in at <url> = http://127.0.0.1:<port>/v1: POST
 * /v1/chat/completions with {model, messages}; {choices: [{message: {role, content}}]}; errors as
 * {error: {message, type, code}} with 401 (key), 404 (model), 400 (bad request), 500.
 */
export function startOpenAiCompatible(options: OpenAiOptions = {}): Promise<TranslationServer> {
  const models = options.models ?? ["translator-7b"];
  const translate = options.translate ?? ((text: string) => `EN ${text}`);
  const reply = options.reply ?? ((content: string) => defaultReply(translate, content));
  return listen("/v1", ({ method, path, headers, body }, res) => {
    if (method !== "POST" || path !== "/v1/chat/completions")
      return sendJson(res, 404, { error: { message: "not found", type: "invalid_request_error" } });
    if (options.apiKey !== undefined && headers.authorization !== `Bearer ${options.apiKey}`)
      return sendJson(res, 401, {
        error: {
          message: "Incorrect API key provided",
          type: "invalid_request_error",
          code: "invalid_api_key",
        },
      });
    if (!isRecord(body) || !Array.isArray(body.messages))
      return sendJson(res, 400, {
        error: { message: "messages is required", type: "invalid_request_error" },
      });
    const model = String(body.model);
    if (!models.includes(model))
      return sendJson(res, 404, { error: { message: `model "${model}" not found`, type: "api_error" } });
    const user = [...body.messages].reverse().find((m) => isRecord(m) && m.role === "user");
    const content = isRecord(user) && typeof user.content === "string" ? user.content : "";
    return sendJson(res, 200, {
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1_700_000_000,
      model,
      choices: [{ index: 0, message: { role: "assistant", content: reply(content) }, finish_reason: "stop" }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  });
}
