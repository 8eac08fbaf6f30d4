/**
 * The `op` proxy: one hand-written line per operation, so tsc and editors see real
 * signatures. Each builds a frozen op and queues it on the migration being run.
 */
import type { Column } from "../schema/column.js";
import type { Table, TableClause, TableOptions } from "../schema/table.js";
import type { SqlExpr } from "../schema/expressions.js";
import { bindparam, type BindParam } from "../schema/expressions.js";
import { conv, type ConvName, type NameLike } from "../schema/naming-name.js";
import type { TypeLike } from "../schema/types.js";
import { isOptions } from "../schema/item.js";
import { fail } from "../util/errors.js";
import { currentRun, type MigrationRun, type MigrationRunHooks } from "./op-context.js";
import type { Op } from "./handlers.js";
import { runOp } from "./run-op.js";
import { makeBind, type Bind } from "./bind.js";
import {
  createTableOp, dropTableOp, renameTableOp, createTableCommentOp, dropTableCommentOp,
  type CreateTableItem, type DropTableOptions, type TableCommentOptions,
} from "./ops/table-ops.js";
import {
  addColumnOp, alterColumnOp, dropColumnOp, type AddColumnOptions, type AlterColumnOptions, type DropColumnOptions,
} from "./ops/column-ops.js";
import {
  createCheckConstraintOp, createExcludeConstraintOp, createForeignKeyOp, createIndexOp, createPrimaryKeyOp,
  createUniqueConstraintOp, dropConstraintOp, dropIndexOp,
  type CheckOptions, type ConstraintColumns, type CreateIndexOptions, type DropIndexOptions, type ExcludeElementArg,
  type ExcludeOptions, type ForeignKeyOptions, type IndexColumn, type UniqueOptions,
} from "./ops/constraint-ops.js";
import { bulkInsertOp, executeOp, type ExecutableSql } from "./ops/data-ops.js";
import { batchAlterTableOp, type BatchAlterTableOptions, type BatchOpExtra } from "./ops/batch-ops.js";
import { reflectForBatch } from "./batch-reflect.js";
import { runBatch } from "./batch-run.js";
import { makeBatchOp, type BatchOp } from "./batch-op.js";

/** Queue an op on the current run; the promise settles when it has run. */
export function submit(op: Op, run: MigrationRun = currentRun()): Promise<unknown> {
  return run.enqueue(() => runOp(op, run));
}

/**
 * The promise an op call returns. It is marked handled, so an op the migration did not await
 * fails the migration through the run's queue instead of as an unhandled rejection.
 */
const done = (p: Promise<unknown>): Promise<void> => {
  const settled = p.then(() => undefined);
  settled.catch(() => {});
  return settled;
};

function splitTrailing<T extends object>(args: readonly unknown[]): [unknown[], T] {
  const last = args[args.length - 1];
  return args.length > 0 && isOptions(last) ? [args.slice(0, -1), last as T] : [[...args], {} as T];
}

/**
 * MigrationContext.autocommit_block(): the runtime's hooks end the transaction (offline:
 * COMMIT) and begin a new one (offline: BEGIN), each queued like an op, so the body's ops
 * (queued in between) run outside the transaction. The runtime's context calls this too.
 */
export async function runAutocommitBlock<T>(run: MigrationRun, body: () => Promise<T>): Promise<T> {
  const hooks = run as MigrationRun & MigrationRunHooks;
  const begin = hooks.autocommitBegin?.bind(run) ?? fail("autocommitBlock is not supported by this runtime");
  const end = hooks.autocommitEnd?.bind(run) ?? fail("autocommitBlock is not supported by this runtime");
  await run.enqueue(begin);
  try {
    return await body();
  } finally {
    await run.enqueue(end);
  }
}

/** What migrations use of the runtime's MigrationContext (the runtime's object has more). */
export interface OpMigrationContext {
  autocommitBlock<T>(body: () => Promise<T>): Promise<T>;
  readonly [member: string]: unknown;
}

export const op = {
  createTable: async (tableName: string, ...args: (CreateTableItem | TableOptions)[]): Promise<Table> => {
    const [items, o] = splitTrailing<TableOptions>(args);
    return (await submit(createTableOp(tableName, items as CreateTableItem[], o))) as Table;
  },
  dropTable: (tableName: string, o: DropTableOptions = {}) => done(submit(dropTableOp(tableName, o))),
  renameTable: (oldTableName: string, newTableName: string, o: { schema?: string | null } = {}) =>
    done(submit(renameTableOp(oldTableName, newTableName, o))),
  createTableComment: (tableName: string, comment: string | null, o: TableCommentOptions = {}) =>
    done(submit(createTableCommentOp(tableName, comment, o))),
  dropTableComment: (tableName: string, o: TableCommentOptions = {}) => done(submit(dropTableCommentOp(tableName, o))),
  addColumn: (tableName: string, column: Column, o: AddColumnOptions = {}) => done(submit(addColumnOp(tableName, column, o))),
  dropColumn: (tableName: string, columnName: string, o: DropColumnOptions = {}) => done(submit(dropColumnOp(tableName, columnName, o))),
  alterColumn: (tableName: string, columnName: string, o: AlterColumnOptions = {}) =>
    done(submit(alterColumnOp(tableName, columnName, o))),
  createIndex: (indexName: NameLike | null, tableName: string, columns: IndexColumn | readonly IndexColumn[], o: CreateIndexOptions = {}) =>
    done(submit(createIndexOp(indexName, tableName, columns, o))),
  dropIndex: (indexName: NameLike, tableName?: string | null | (DropIndexOptions & { tableName?: string }), o: DropIndexOptions = {}) => {
    if (isOptions(tableName)) {
      const { tableName: t, ...rest } = tableName as DropIndexOptions & { tableName?: string };
      return done(submit(dropIndexOp(indexName, t ?? null, rest)));
    }
    return done(submit(dropIndexOp(indexName, (tableName as string | null | undefined) ?? null, o)));
  },
  createPrimaryKey: (constraintName: NameLike | null, tableName: string, columns: ConstraintColumns, o: { schema?: string | null } = {}) =>
    done(submit(createPrimaryKeyOp(constraintName, tableName, columns, o))),
  createUniqueConstraint: (constraintName: NameLike | null, tableName: string, columns: ConstraintColumns, o: UniqueOptions = {}) =>
    done(submit(createUniqueConstraintOp(constraintName, tableName, columns, o))),
  createForeignKey: (constraintName: NameLike | null, sourceTable: string, referentTable: string, localCols: ConstraintColumns,
    remoteCols: ConstraintColumns, o: ForeignKeyOptions = {}) =>
    done(submit(createForeignKeyOp(constraintName, sourceTable, referentTable, localCols, remoteCols, o))),
  createCheckConstraint: (constraintName: NameLike | null, tableName: string, condition: string | SqlExpr, o: CheckOptions = {}) =>
    done(submit(createCheckConstraintOp(constraintName, tableName, condition, o))),
  createExcludeConstraint: (constraintName: NameLike | null, tableName: string, ...elements: (ExcludeElementArg | ExcludeOptions)[]) => {
    const [els, o] = splitTrailing<ExcludeOptions>(elements);
    return done(submit(createExcludeConstraintOp(constraintName, tableName, els as ExcludeElementArg[], o)));
  },
  dropConstraint: (constraintName: NameLike, tableName: string, o: { type_?: string | null; schema?: string | null } = {}) =>
    done(submit(dropConstraintOp(constraintName, tableName, o))),
  execute: (sqltext: ExecutableSql, o: { executionOptions?: Record<string, unknown> } = {}) => done(submit(executeOp(sqltext, o))),
  bulkInsert: (table: Table | TableClause, rows: readonly Record<string, unknown>[], o: { multiinsert?: boolean } = {}) =>
    done(submit(bulkInsertOp(table, rows, o))),
  batchAlterTable: async (tableName: string, body: (batchOp: BatchOp) => Promise<void> | void, o: BatchAlterTableOptions = {}): Promise<void> => {
    const run = currentRun();
    const recreate = o.recreate ?? "auto";
    // Errors go through the queue, so whatever was queued before them is emitted first, as in Alembic.
    if (!["auto", "always", "never"].includes(recreate)) {
      await run.enqueue(async () => fail("recreate may be one of 'auto', 'always', or 'never'."));
    }
    const collected: Op[] = [];
    const extras: BatchOpExtra[] = [];
    await body(makeBatchOp(tableName, o.schema ?? null, recreate === "always",
      (inner, extra) => { collected.push(inner); extras.push(extra); },
      (inner) => done(submit(inner, run))));
    if (recreate !== "always" || (o.copyFrom !== undefined && o.copyFrom !== null)) {
      const batch = batchAlterTableOp(tableName, collected, o, { extras });
      await run.enqueue(() => runBatch(batch, run));
      return;
    }
    if (run.sink.offline || run.connection === null) {
      await run.enqueue(async () => fail(`This operation cannot proceed in --sql mode; batch mode with dialect ${run.dialect.name} requires a live database connection with which to reflect the table "${tableName}". To generate a batch SQL migration script using table "move and copy", a complete Table object should be passed to the "copy_from" argument of the batch_alter_table() method so that table reflection can be skipped.`));
    }
    // Reflect in the queue, so the table is read after every op queued before this batch has run.
    await run.enqueue(async () => {
      const existingTable = await reflectForBatch(run, tableName, o);
      return runBatch(batchAlterTableOp(tableName, collected, o, { extras, existingTable, reflected: true }), run);
    });
  },
  /** Render a value inline, online as well as offline (Alembic's inline_literal). */
  inlineLiteral: (value: string | number | boolean | null, type_?: TypeLike | { type_?: TypeLike }): BindParam => {
    const t = type_ === undefined ? undefined : isOptions(type_) ? (type_ as { type_?: TypeLike }).type_ : (type_ as TypeLike);
    return bindparam(null, value, { literalExecute: true, ...(t === undefined ? {} : { type_: t }) });
  },
  /** Mark a name as already converted by the naming convention. */
  f: (name: string): ConvName => conv(name),
  getBind: (): Bind => makeBind(currentRun()),
  getContext: (): OpMigrationContext => currentRun().migrationContext as OpMigrationContext,
  /** Run statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY). */
  autocommitBlock: <T>(body: () => Promise<T>): Promise<T> => runAutocommitBlock(currentRun(), body),
};

export type Operations = typeof op;
