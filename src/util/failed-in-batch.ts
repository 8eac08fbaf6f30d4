/*
 * A batch of statements sent in one round trip stops at the first that fails. The driver notes
 * on the error it throws how many completed before it, so that the caller can say which
 * statement failed, and whose it was.
 */

const positions = new WeakMap<object, number>();

/** `err` is the failure of statement `index` (0-based) of a batch; returns `err`, to throw. */
export function noteFailedInBatch<E>(err: E, index: number): E {
  if (typeof err === "object" && err !== null) positions.set(err, index);
  return err;
}

/** Which statement of its batch `err` is the failure of; null where no driver said. */
export function failedInBatch(err: unknown): number | null {
  return typeof err === "object" && err !== null ? positions.get(err) ?? null : null;
}
