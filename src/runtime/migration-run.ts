/**
 * The MigrationRun the `op` facade talks to while a migration runs: its queue, and the runtime's
 * ways to run an op, to hand out a bind and to reflect a table. The runtime and the op corpus's
 * harness both build runs here, so the harness runs ops exactly as a migration does.
 */
import type { MigrationRun, MigrationRunHooks } from "../operations/op-context.js";
import { reflectForBatch } from "./batch-reflect.js";
import { makeBind, type Bind } from "./bind.js";
import { runOp } from "./run-op.js";
import { TaskQueue } from "./task-queue.js";
import type { Op } from "../operations/handlers.js";
import type { BatchAlterTableOptions } from "../operations/ops/batch-ops.js";
import type { Table } from "../schema/table.js";
import type { CapturedSite } from "../util/call-site.js";

export type RunBase = Omit<MigrationRun, "enqueue" | "runOp" | "bind" | "reflectTable"> & MigrationRunHooks;

export type QueuedRun = MigrationRun & MigrationRunHooks & {
  /** Wait for everything queued; rethrows the first failure. */
  drain(): Promise<void>;
};

export function createMigrationRun(base: RunBase): QueuedRun {
  return new Run(base);
}

/** A class rather than an object spread of `base`: one is made for every revision run. */
class Run implements QueuedRun {
  readonly dialect: RunBase["dialect"];
  readonly sink: RunBase["sink"];
  readonly connection: RunBase["connection"];
  readonly literalBinds: boolean;
  readonly migrationContext: unknown;
  readonly targetMetadata: unknown;
  readonly autocommitBegin: RunBase["autocommitBegin"];
  readonly autocommitEnd: RunBase["autocommitEnd"];
  private readonly queue = new TaskQueue();

  constructor(base: RunBase) {
    this.dialect = base.dialect;
    this.sink = base.sink;
    this.connection = base.connection;
    this.literalBinds = base.literalBinds;
    this.migrationContext = base.migrationContext;
    this.targetMetadata = base.targetMetadata;
    this.autocommitBegin = base.autocommitBegin;
    this.autocommitEnd = base.autocommitEnd;
  }

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.enqueue(task);
  }

  drain(): Promise<void> {
    return this.queue.drain();
  }

  queuedAt(): CapturedSite | null {
    return this.queue.runningSite;
  }

  runOp(op: Op): Promise<unknown> {
    return runOp(op, this);
  }

  bind(): Bind {
    return makeBind(this);
  }

  reflectTable(tableName: string, options: BatchAlterTableOptions): Promise<Table> {
    return reflectForBatch(this, tableName, options);
  }
}
