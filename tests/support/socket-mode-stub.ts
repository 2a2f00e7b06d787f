import { createHash } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

/** A message a Socket Mode client sent back, e.g. an ack `{ envelope_id, payload }`. */
export type ClientMessage = Record<string, unknown>;

/**
 * A real local WebSocket server standing in for Slack's Socket Mode endpoint: it says hello to each client,
 * pushes envelopes and records what the client sends back.
 */
export interface SocketModeStub {
  /** The wss-style URL apps.connections.open should return, e.g. "ws://127.0.0.1:5000/link". */
  url: string;
  /** Every JSON message received from clients, in order. */
  received: ClientMessage[];
  /** Resolves once a client has completed the hello handshake. */
  connected(): Promise<void>;
  /** Sends an envelope to every connected client. */
  push(envelope: Record<string, unknown>): void;
  /** Resolves with the client's message answering this envelope id; rejects after timeoutMs. */
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<ClientMessage>;
  close(): Promise<void>;
}

const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const OP_TEXT = 0x1;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([head, payload]);
}

function bigLength(length: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(length));
  return out;
}

interface Frame {
  opcode: number;
  payload: Buffer;
  size: number;
}

/** Reads one complete client frame (clients always mask) from the start of the buffer, if there is one. */
function readFrame(buffer: Buffer): Frame | undefined {
  if (buffer.length < 2) return undefined;
  const opcode = (buffer[0] ?? 0) & 0x0f;
  let length = (buffer[1] ?? 0) & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = ((buffer[1] ?? 0) & 0x80) !== 0;
  const maskEnd = offset + (masked ? 4 : 0);
  if (buffer.length < maskEnd + length) return undefined;
  const payload = Buffer.from(buffer.subarray(maskEnd, maskEnd + length));
  if (masked) {
    for (let i = 0; i < payload.length; i += 1)
      payload[i] = (payload[i] ?? 0) ^ (buffer[offset + (i % 4)] ?? 0);
  }
  return { opcode, payload, size: maskEnd + length };
}

/** Starts the stand-in on 127.0.0.1, port 0. */
export async function startSocketModeStub(): Promise<SocketModeStub> {
  const sockets = new Set<Duplex>();
  const received: ClientMessage[] = [];
  let onConnected: () => void = () => {};
  const firstConnection = new Promise<void>((resolve) => {
    onConnected = resolve;
  });

  const server = createServer((_req, res) => {
    res.writeHead(426);
    res.end();
  });
  server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
    const key = req.headers["sec-websocket-key"] ?? "";
    const accept = createHash("sha1").update(`${key}${WS_GUID}`).digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    let pending = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let next = readFrame(pending); next !== undefined; next = readFrame(pending)) {
        pending = pending.subarray(next.size);
        if (next.opcode === OP_TEXT)
          received.push(JSON.parse(next.payload.toString("utf8")) as ClientMessage);
        else if (next.opcode === OP_PING) socket.write(frame(OP_PONG, next.payload));
        else if (next.opcode === OP_CLOSE) {
          socket.end(frame(OP_CLOSE, next.payload));
          sockets.delete(socket);
        }
      }
    });
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    const hello = { type: "hello", num_connections: 1, connection_info: { app_id: "A0TESTAPP1" } };
    socket.write(frame(OP_TEXT, Buffer.from(JSON.stringify(hello))));
    onConnected();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `ws://127.0.0.1:${port}/link`,
    received,
    connected: () => firstConnection,
    push(envelope) {
      const data = frame(OP_TEXT, Buffer.from(JSON.stringify(envelope)));
      for (const socket of sockets) socket.write(data);
    },
    async waitForAck(envelopeId, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const ack = received.find((message) => message.envelope_id === envelopeId);
        if (ack) return ack;
        if (Date.now() > deadline)
          throw new Error(`socket stub: no ack for ${envelopeId} in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
