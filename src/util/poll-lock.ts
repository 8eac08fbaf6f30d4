import { interruptibleDelay, throwIfInterrupted } from "./interrupt.js";
import { LockTimeoutError } from "./process-lock.js";

/** How a command waits for a lock another process holds (Dialect.acquireMigrationLock). */
export interface LockWait {
  /** How long to wait; 0 fails at once. */
  readonly timeoutMs: number;
  /** Told once, when the lock is found taken and the caller is going to wait. */
  readonly onWait?: ((message: string) => void) | undefined;
  /** Stops the wait (InterruptedError) when aborted. */
  readonly signal?: AbortSignal | undefined;
}

export interface PolledLock extends LockWait {
  /** One attempt that does not wait: true when the lock is now held. */
  tryTake(): Promise<boolean>;
  /** Who holds it, where the database can tell ("PostgreSQL session 123 (retort 456@web-1)"). */
  holder(): Promise<string | null>;
  /** What the lock guards, for messages: "the migration lock of x (retort_version)". */
  readonly what: string;
}

const POLL_MS = 100;

/**
 * Take a lock that the database offers only as "try now" (or whose blocking form could not be
 * interrupted or timed): try, say once whom we wait for, try again every 100 ms until the
 * timeout. Polling keeps Ctrl-C and the timeout exact, and costs one round trip a tenth of a second.
 */
export async function pollForLock(o: PolledLock): Promise<void> {
  const deadline = Date.now() + o.timeoutMs;
  let told = false;
  for (;;) {
    throwIfInterrupted(o.signal);
    if (await o.tryTake()) return;
    if (Date.now() >= deadline) {
      const holder = await o.holder();
      const waited = o.timeoutMs > 0 ? `; gave up after ${o.timeoutMs / 1000} s (lock_timeout)` : " (lock_timeout is 0: not waiting)";
      throw new LockTimeoutError(`${capitalize(o.what)} is held by ${holder ?? "another session"}${waited}`);
    }
    if (!told) {
      told = true;
      const holder = await o.holder();
      o.onWait?.(`Waiting for ${holder ?? "another session"}, which holds ${o.what} ...`);
    }
    await interruptibleDelay(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), o.signal);
  }
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
