import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request body after parsing: form fields (JSON-looking values such as blocks decoded) or a JSON object. */
export type StubBody = Record<string, unknown>;

/** One request the stand-in received. */
export interface StubCall {
  /** API method for /api/<method> requests, e.g. "chat.postMessage"; undefined for other paths. */
  method?: string;
  /** Request path without query, e.g. "/api/chat.postMessage" or "/commands/T1/1/abc". */
  path: string;
  httpMethod: string;
  contentType: string;
  /** Bearer token from the Authorization header, else a `token` field. */
  token?: string;
  body: StubBody;
  rawBody: string;
  /** Date.now() when the request arrived. */
  receivedAt: number;
}

/** How to answer one request. `body` is sent as JSON; `delayMs` holds the answer back (to provoke timeouts). */
export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

/** Computes an answer from the request. */
export type StubHandler = (call: StubCall) => StubReply | Promise<StubReply>;

/** A fixed answer, a handler, or answers given in order (the last one repeats). */
export type StubResponder = StubReply | StubHandler | readonly (StubReply | StubHandler)[];

/** A real local HTTP server standing in for Slack's Web API and response_url endpoints. */
export interface SlackApiStub {
  /** Base URL for WebClient's slackApiUrl, e.g. "http://127.0.0.1:53211/api/". */
  apiUrl: string;
  /** e.g. "http://127.0.0.1:53211". */
  origin: string;
  /** Every request received, in arrival order. */
  calls: StubCall[];
  /** Returns the calls to an API method ("chat.postMessage") or to a path ("/commands/x"). */
  callsTo(methodOrPath: string): StubCall[];
  /** Sets how an API method answers; replaces any earlier responder for it. */
  on(method: string, responder: StubResponder): void;
  /** Sets how a path outside /api/ answers (response_url and the like). */
  onPath(path: string, responder: StubResponder): void;
  /** Returns an absolute response_url served here, e.g. responseUrl("T1/1/abc") → ".../commands/T1/1/abc". */
  responseUrl(id?: string): string;
  /** Resolves once `count` calls to methodOrPath have arrived; rejects after timeoutMs. */
  waitForCalls(methodOrPath: string, count: number, timeoutMs?: number): Promise<StubCall[]>;
  /** Forgets calls and responders. */
  reset(): void;
  close(): Promise<void>;
}

/** Returns a successful Web API answer with extra fields; e.g. ok({ user: { tz: "Europe/Rome" } }). */
export function ok(fields: Record<string, unknown> = {}): StubReply {
  return { body: { ok: true, ...fields } };
}

/** Returns a Web API error answer (HTTP 200, ok:false); e.g. slackError("channel_not_found"). */
export function slackError(error: string): StubReply {
  return { body: { ok: false, error } };
}

/** Returns an HTTP 429 with Retry-After in seconds. */
export function rateLimited(retryAfterSeconds: number): StubReply {
  return {
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    body: { ok: false, error: "ratelimited" },
  };
}

/** Returns a bare HTTP error, e.g. httpError(500). */
export function httpError(status: number): StubReply {
  return { status, body: { ok: false, error: `http_${status}` } };
}

/** Returns the reply held back by ms milliseconds. */
export function slow(ms: number, reply: StubReply = ok()): StubReply {
  return { ...reply, delayMs: ms };
}

let tsCounter = 0;

/** The stand-in's default answer: chat.postMessage gets ok with a fresh ts, anything else plain ok. */
export const answerLikeSlack: StubHandler = (call) => {
  if (call.method !== "chat.postMessage") return ok();
  tsCounter += 1;
  const ts = `1700000000.${String(tsCounter).padStart(6, "0")}`;
  return ok({ channel: call.body.channel, ts, message: { ts, text: call.body.text } });
};

function decodeValue(value: string): unknown {
  if (value.startsWith("{") || value.startsWith("[")) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function parseBody(contentType: string, raw: string, query: URLSearchParams): StubBody {
  const body: StubBody = {};
  for (const [key, value] of query) body[key] = decodeValue(value);
  if (raw.length === 0) return body;
  if (contentType.includes("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? { ...body, ...(parsed as StubBody) }
      : { ...body, json: parsed };
  }
  for (const [key, value] of new URLSearchParams(raw)) body[key] = decodeValue(value);
  return body;
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Starts the stand-in on 127.0.0.1, port 0 (a free one); unconfigured methods get answerLikeSlack. */
export async function startSlackApiStub(): Promise<SlackApiStub> {
  const calls: StubCall[] = [];
  const methodResponders = new Map<string, StubResponder>();
  const pathResponders = new Map<string, StubResponder>();
  const served = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();

  const answerFor = async (key: string, responder: StubResponder | undefined, call: StubCall) => {
    if (responder === undefined) return answerLikeSlack(call);
    if (typeof responder === "function") return responder(call);
    if (Array.isArray(responder)) {
      const index = served.get(key) ?? 0;
      served.set(key, index + 1);
      const next: StubReply | StubHandler =
        responder[Math.min(index, responder.length - 1)] ?? answerLikeSlack;
      return typeof next === "function" ? next(call) : next;
    }
    return responder as StubReply;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://stub");
    const rawBody = await readAll(req);
    const contentType = req.headers["content-type"] ?? "";
    const body = parseBody(contentType, rawBody, url.searchParams);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const method = url.pathname.startsWith("/api/") ? url.pathname.slice("/api/".length) : undefined;
    const call: StubCall = {
      path: url.pathname,
      httpMethod: req.method ?? "POST",
      contentType,
      body,
      rawBody,
      receivedAt: Date.now(),
      ...(method ? { method } : {}),
    };
    const token = bearer ?? (typeof body.token === "string" ? body.token : undefined);
    if (token) call.token = token;
    calls.push(call);
    const reply = method
      ? await answerFor(`m:${method}`, methodResponders.get(method), call)
      : await answerFor(`p:${url.pathname}`, pathResponders.get(url.pathname), call);
    const send = (): void => {
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { ok: true }));
    };
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, reply.delayMs);
      timers.add(timer);
    } else {
      send();
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`stub failure: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const callsTo = (methodOrPath: string): StubCall[] =>
    calls.filter((call) => call.method === methodOrPath || call.path === methodOrPath);

  return {
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    callsTo,
    on(method, responder) {
      methodResponders.set(method, responder);
      served.delete(`m:${method}`);
    },
    onPath(path, responder) {
      pathResponders.set(path, responder);
      served.delete(`p:${path}`);
    },
    responseUrl(id = `T0/${calls.length}/${Math.random().toString(36).slice(2)}`) {
      return `${origin}/commands/${id}`;
    },
    async waitForCalls(methodOrPath, count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (callsTo(methodOrPath).length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `stub: ${callsTo(methodOrPath).length}/${count} calls to ${methodOrPath} in ${timeoutMs} ms`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return callsTo(methodOrPath);
    },
    reset() {
      calls.length = 0;
      methodResponders.clear();
      pathResponders.clear();
      served.clear();
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/** One message a stand-in channel holds. */
export interface ChannelMessage {
  channel: string;
  ts: string;
  text: string;
  metadata: unknown;
}

/**
 * Channels as Slack keeps them: `post` is a chat.postMessage handler that keeps the message (as Slack does
 * once the request reached it) and then answers with `answer` (like Slack by default; a stall to make the
 * sender time out or be killed mid-call); `history` answers conversations.history from what was kept,
 * newest first, with metadata, from `oldest` on.
 */
export function stubChannels() {
  const messages: ChannelMessage[] = [];
  let next = 0;
  const keep = (call: StubCall): ChannelMessage => {
    next += 1;
    const kept: ChannelMessage = {
      channel: String(call.body.channel),
      ts: `${Math.floor(Date.now() / 1000)}.${String(next).padStart(6, "0")}`,
      text: String(call.body.text ?? ""),
      metadata: call.body.metadata,
    };
    messages.push(kept);
    return kept;
  };
  return {
    messages,
    post:
      (answer?: (kept: ChannelMessage) => StubReply): StubHandler =>
      (call) => {
        const kept = keep(call);
        return answer ? answer(kept) : ok({ channel: kept.channel, ts: kept.ts, message: { ts: kept.ts } });
      },
    history: ((call) => {
      const oldest = Number(call.body.oldest ?? 0);
      const found = messages
        .filter((message) => message.channel === call.body.channel && Number(message.ts) >= oldest)
        .reverse()
        .map(({ ts, text, metadata }) => ({ type: "message", ts, text, metadata }));
      return ok({ messages: found, has_more: false });
    }) satisfies StubHandler,
  };
}
