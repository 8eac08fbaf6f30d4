import { RetortError } from "./errors.js";

/**
 * A run stopped from outside: a signal the CLI caught, or the AbortSignal an API caller passed.
 * Its message says how far the run got and what state the database was left in.
 */
export class InterruptedError extends RetortError {
  constructor(
    message: string,
    /** What stopped it: "SIGINT", "SIGTERM", or "AbortSignal". */
    readonly reason: string,
  ) {
    super(message);
  }
}

/** What an abort is called in messages: the CLI aborts with the signal's name as the reason. */
export function interruptReason(signal: AbortSignal): string {
  return typeof signal.reason === "string" ? signal.reason : "AbortSignal";
}

/** Throw before work that should not start once the run is being interrupted. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new InterruptedError(`Interrupted (${interruptReason(signal)})`, interruptReason(signal));
}

/** Resolves after `ms`, or throws InterruptedError as soon as `signal` aborts. */
export function interruptibleDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  throwIfInterrupted(signal);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new InterruptedError(`Interrupted (${interruptReason(signal!)})`, interruptReason(signal!)));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * `work`, unless `signal` aborts first: then `abandon` is called and InterruptedError thrown at
 * once (a connection to an unreachable host would otherwise wait for the system's TCP timeout).
 */
export async function interruptible<T>(work: Promise<T>, signal: AbortSignal | undefined, abandon: () => void): Promise<T> {
  if (signal === undefined) return work;
  throwIfInterrupted(signal);
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      abandon();
      reject(new InterruptedError(`Interrupted (${interruptReason(signal)})`, interruptReason(signal)));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
  work.catch(() => {}); // once abandoned, its failure is not the one to report
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
