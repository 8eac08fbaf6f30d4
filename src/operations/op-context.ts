import type { CapturedSite } from "../util/call-site.js";
import type { Connection } from "../dialects/dialect.js";
import type { Dialect } from "../dialects/dialect.js";
import type { Bind } from "../runtime/bind.js";
import type { Sink } from "../runtime/sink.js";
import type { Table } from "../schema/table.js";
import type { BatchAlterTableOptions } from "./ops/batch-ops.js";
import type { Op } from "./handlers.js";
import { Ambient } from "../util/ambient.js";
import { fail } from "../util/errors.js";

/**
 * What `op.*` needs from the migration being run. The runtime creates one per migration
 * and binds it with `withMigration`; the op proxy is the only ambient state.
 */
export interface MigrationRun {
  readonly dialect: Dialect;
  readonly sink: Sink;
  /** The live connection online; null in offline (--sql) mode. */
  readonly connection: Connection | null;
  /** Offline mode renders bound parameters inline (Alembic's literal_binds). */
  readonly literalBinds: boolean;
  /** The runtime's MigrationContext, returned by op.getContext(). */
  readonly migrationContext: unknown;
  /**
   * Queue a task to run after every task queued before it. Returns its result.
   * The runtime drains the queue before the migration commits, so an op that was not
   * awaited still runs, in order, and its failure fails the migration.
   */
  enqueue<T>(task: () => Promise<T>): Promise<T>;
  /** Run one op now, on the sink (callers queue it). createTable resolves to its Table. */
  runOp(op: Op): Promise<unknown>;
  /** op.getBind(): statements queued like ops, rows back online. */
  bind(): Bind;
  /** The table as it is in the live database, for batch move-and-copy without copyFrom. */
  reflectTable(tableName: string, options: BatchAlterTableOptions): Promise<Table>;
}

// Not a module variable: several runs (tenants, tests) may be active at once.
const active = new Ambient<MigrationRun>();

export function withMigration<T>(run: MigrationRun, fn: () => Promise<T>): Promise<T> {
  return active.run(run, fn);
}

export function currentRun(): MigrationRun {
  return active.get() ?? fail("op.* can only be called inside a running upgrade() or downgrade()");
}

/**
 * Optional hooks the op layer uses when the runtime provides them (additive to MigrationRun;
 * kept separate so existing runtimes still satisfy the interface).
 */
export interface MigrationRunHooks {
  /** The env's target_metadata: op.* schema objects inherit its naming convention, as in Alembic. */
  readonly targetMetadata?: unknown;
  /**
   * op.autocommitBlock(): end the migration's transaction and run in autocommit (offline:
   * print COMMIT). Queued like an op, so it happens after everything queued before it.
   */
  autocommitBegin?(): Promise<void>;
  /** Leave autocommit and begin a new transaction (offline: print BEGIN). */
  autocommitEnd?(): Promise<void>;
  /** Where the user queued the task running now (the op whose statements are being emitted). */
  queuedAt?(): CapturedSite | null;
}
