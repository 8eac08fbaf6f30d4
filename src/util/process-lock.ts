import { createHash } from "node:crypto";
import { createConnection, createServer, type Server } from "node:net";
import { unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { interruptibleDelay, throwIfInterrupted } from "./interrupt.js";
import { describeProcess, pidListeningOn } from "./processes.js";

/** A lock this process holds until `release()`, or until it ends, however it ends. */
export interface HeldLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for the holder; 0 fails at once. */
  readonly timeoutMs: number;
  /** Told once, when the lock is found taken and the caller is going to wait. */
  readonly onWait?: (message: string) => void;
  /** What the lock guards, for messages: "the embedded database at /x". */
  readonly what: string;
  /** Stops the wait (InterruptedError) when aborted. */
  readonly signal?: AbortSignal | undefined;
  /** Messages say the holder "holds" the lock rather than "has ... open" (a lock, not a folder). */
  readonly held?: boolean;
}

export class LockTimeoutError extends Error {
  override readonly name = "LockTimeoutError";
}

const POLL_MS = 100;

/**
 * An exclusive lock between the processes of this machine, named by `key`, that dies with its
 * holder: a listening socket, which the kernel takes back the moment the process ends, so a
 * killed process never leaves a stale lock and no stale-lock guess can break a live holder. On
 * Linux it lives in the abstract socket namespace and on Windows it is a named pipe: no file
 * at all. Elsewhere it is a socket file in the temporary folder; one that nobody listens on
 * is left by a dead process and is taken over.
 */
export async function acquireProcessLock(key: string, options: LockOptions): Promise<HeldLock> {
  const address = lockAddress(key);
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (let attempt = 1; ; attempt++) {
    throwIfInterrupted(options.signal);
    const server = await tryListen(address);
    if (server !== null) return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    const holder = describeHolder(address);
    // A holder that cannot be found may have just let go: try again before saying anything.
    if (holder === null && attempt < 3) continue;
    if (Date.now() >= deadline) {
      const waited = options.timeoutMs > 0 ? `; gave up after ${options.timeoutMs / 1000} s (lock_timeout)` : "";
      const by = holder ?? "another process";
      throw new LockTimeoutError(options.held ? `${capitalize(options.what)} is held by ${by}${waited}` : `${capitalize(options.what)} is in use by ${by}${waited}`);
    }
    if (!told) {
      told = true;
      const by = holder ?? "another process";
      options.onWait?.(options.held ? `Waiting for ${by}, which holds ${options.what} ...` : `Waiting for ${by}, which has ${options.what} open ...`);
    }
    await interruptibleDelay(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), options.signal);
  }
}

function lockAddress(key: string): string {
  const name = `retort-lock-${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;
  if (process.platform === "linux") return `\0${name}`;
  if (process.platform === "win32") return `\\\\?\\pipe\\${name}`;
  return join(tmpdir(), `${name}.sock`);
}

/** Listen on `address`; null when another process holds it. */
async function tryListen(address: string, retakeStale = true): Promise<Server | null> {
  const server = createServer((socket) => socket.destroy());
  const result = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
    server.once("error", resolve);
    server.listen({ path: address, exclusive: true }, () => resolve(null));
  });
  if (result === null) {
    server.unref(); // the lock never keeps the process alive
    return server;
  }
  if (result.code !== "EADDRINUSE") throw result;
  // A socket file that nobody listens on was left by a process that died (not on Linux or Windows).
  if (retakeStale && !address.startsWith("\0") && !address.startsWith("\\\\") && !(await someoneListens(address))) {
    try {
      unlinkSync(address);
    } catch {
      // another waiter took it over first
    }
    return tryListen(address, false);
  }
  return null;
}

function someoneListens(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ path: address });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", (err: NodeJS.ErrnoException) => resolve(err.code !== "ECONNREFUSED" && err.code !== "ENOENT"));
  });
}

/** Who holds the lock, where the system tells; null when it does not. */
function describeHolder(address: string): string | null {
  const pid = address.startsWith("\0") ? pidListeningOn(address.slice(1)) : null;
  if (pid === null) return null;
  return pid === process.pid ? "another command in this process" : describeProcess(pid);
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
