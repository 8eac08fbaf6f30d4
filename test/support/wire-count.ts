/*
 * A TCP proxy in front of the PostgreSQL server that counts the client's round trips on the
 * wire: each simple query ('Q') and each extended-protocol Sync ('S') is one wait for the server.
 * Counted below every layer of Retort, the driver included.
 */
import { createConnection, createServer, type Server } from "node:net";

export interface WireCounter {
  /** The port to connect to instead of the server's. */
  readonly port: number;
  /** Round trips since the last reset. */
  readonly trips: number;
  reset(): void;
  close(): Promise<void>;
}

export async function countRoundTrips(serverPort = 5432): Promise<WireCounter> {
  let trips = 0;
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: "127.0.0.1", port: serverPort });
    let pending = Buffer.alloc(0);
    let started = false; // the startup message has a length but no type byte
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const typed = started ? 1 : 0;
        if (pending.length < typed + 4) break;
        const length = pending.readInt32BE(typed) + typed;
        if (pending.length < length) break;
        if (started && (pending[0] === 0x51 || pending[0] === 0x53)) trips++;
        started = true;
        pending = pending.subarray(length);
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    port,
    get trips() {
      return trips;
    },
    reset: () => void (trips = 0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
