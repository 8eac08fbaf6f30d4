/**
 * Log lines of a run may wait in a buffer (run-env.ts) while other code writes to standard error
 * directly (warn.ts). The process has one standard error, so the buffers that hold its lines are
 * known process-wide: a direct write flushes them first, and the lines stay in order.
 */
const pending = new Set<() => void>();

/** Register a buffer's flush while it may hold lines; returns the way to unregister it. */
export function holdStderr(flush: () => void): () => void {
  pending.add(flush);
  return () => void pending.delete(flush);
}

/** Before writing to standard error directly: what buffers hold goes out first. */
export function flushHeldStderr(): void {
  for (const flush of pending) flush();
}
