/**
 * The MigrationRun the `op` facade talks to while a migration runs: its queue, and the runtime's
 * ways to run an op, to hand out a bind and to reflect a table. The runtime and the op corpus's
 * harness both build runs here, so the harness runs ops exactly as a migration does.
 */
import type { MigrationRun, MigrationRunHooks } from "../operations/op-context.js";
import { reflectForBatch } from "./batch-reflect.js";
import { makeBind } from "./bind.js";
import { runOp } from "./run-op.js";
import { TaskQueue } from "./task-queue.js";

export type RunBase = Omit<MigrationRun, "enqueue" | "runOp" | "bind" | "reflectTable"> & MigrationRunHooks;

export type QueuedRun = MigrationRun & MigrationRunHooks & {
  /** Wait for everything queued; rethrows the first failure. */
  drain(): Promise<void>;
};

export function createMigrationRun(base: RunBase): QueuedRun {
  const queue = new TaskQueue();
  const run: QueuedRun = {
    ...base,
    enqueue: (task) => queue.enqueue(task),
    drain: () => queue.drain(),
    runOp: (op) => runOp(op, run),
    bind: () => makeBind(run),
    reflectTable: (tableName, options) => reflectForBatch(run, tableName, options),
  };
  return run;
}
