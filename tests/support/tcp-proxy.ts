/**
 * A real TCP proxy on loopback standing in for the network between Briefbot and a server: it can be
 * started late on a chosen port (a server still booting) and cut (an outage), every connection dropped.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

/** A running proxy. */
export interface TcpProxy {
  port: number;
  /** Drops every connection and stops listening. */
  close(): Promise<void>;
}

/** Returns a loopback port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Starts a proxy on `port` (0 = any) forwarding every connection to target host:port. */
export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("proxy did not bind");
  return {
    port: address.port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
