import { captureSite, type CapturedSite } from "../util/call-site.js";
import { noteQueuedAt } from "../util/failure-details.js";

/**
 * Runs tasks one after another in the order they were queued. `op.*` calls queue here, so an
 * operation that was not awaited still runs in order; `drain()` waits for all of them and
 * rethrows the first failure, which then fails the migration.
 */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private firstError: { error: unknown } | null = null;
  /** Where the running task was queued. */
  private site: CapturedSite | null = null;

  get runningSite(): CapturedSite | null {
    return this.site;
  }

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const site = captureSite();
    const result = this.tail.then(async () => {
      if (this.firstError) throw this.firstError.error;
      this.site = site;
      try {
        return await task();
      } catch (err) {
        noteQueuedAt(err, site); // a failure says which of the user's lines queued the work
        throw err;
      }
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
