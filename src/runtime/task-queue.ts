/**
 * Runs tasks one after another in the order they were queued. `op.*` calls queue here, so an
 * operation that was not awaited still runs in order; `drain()` waits for all of them and
 * rethrows the first failure, which then fails the migration.
 */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private firstError: { error: unknown } | null = null;

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => {
      if (this.firstError) throw this.firstError.error;
      return task();
    });
    // Remember the first failure even when nobody awaits this task.
    this.tail = result.catch((error: unknown) => {
      this.firstError ??= { error };
    });
    return result;
  }

  async drain(): Promise<void> {
    await this.tail;
    if (this.firstError) throw this.firstError.error;
  }
}
