/**
 * A local stand-in for Slack: Web API methods under /api/ (auth.test, users.info, chat.postMessage…) and
 * response_url posts under /respond/<id>, each recorded with its arrival time to time the full reply.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A running stand-in: its base URL, and when each response_url post arrived (ms, performance clock). */
export interface SlackSink {
  url: string;
  apiUrl: string;
  responses: Map<string, number>;
  /** Posts that were not valid JSON replies. */
  malformed: number;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function apiAnswer(method: string): Record<string, unknown> {
  switch (method) {
    case "auth.test":
      return {
        ok: true,
        url: "https://bench.slack.com/",
        team: "bench",
        user: "briefbot",
        team_id: "T0BENCH",
        user_id: "U0BOT",
        bot_id: "B0BOT",
      };
    case "users.info":
      return { ok: true, user: { id: "U0BENCH", locale: "en-US", tz: "Europe/Rome", tz_offset: 7200 } };
    case "chat.postMessage":
      return { ok: true, channel: "C0BENCH", ts: `${Date.now() / 1000}` };
    default:
      return { ok: true };
  }
}

function send(response: ServerResponse, body: Record<string, unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/** Starts the stand-in on an ephemeral loopback port. */
export async function startSlackSink(): Promise<SlackSink> {
  const responses = new Map<string, number>();
  const sink = { malformed: 0 };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? "/";
    readBody(request)
      .then((body) => {
        const respond = /^\/respond\/([^/?]+)/.exec(path);
        if (respond?.[1]) {
          responses.set(respond[1], performance.now());
          try {
            JSON.parse(body);
          } catch {
            sink.malformed++;
          }
          send(response, { ok: true });
          return;
        }
        const method = /^\/api\/([^/?]+)/.exec(path)?.[1] ?? "";
        send(response, apiAnswer(method));
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    responses,
    get malformed() {
      return sink.malformed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
