/**
 * The `op` proxy: one hand-written line per operation, so tsc and editors see real
 * signatures. Each builds a frozen op and queues it on the migration being run.
 */
import type { Column } from "../schema/column.js";
import type { Table, TableClause, TableOptions } from "../schema/table.js";
import type { SqlExpr } from "../schema/expressions.js";
import type { NameLike } from "../schema/naming-name.js";
import { isOptions } from "../schema/item.js";
import { fail } from "../util/errors.js";
import { currentRun, type MigrationRun, type MigrationRunHooks } from "./op-context.js";
import type { Op } from "./handlers.js";
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
import { makeBatchOp, type BatchOp } from "./batch-op.js";
import { bindArgs, param, type Forms } from "./arguments.js";
import { describeValue } from "../util/describe-value.js";
import { opHelpers } from "./helpers.js";
import { withUnknownMembers } from "../util/unknown-member.js";
export type { OpMigrationContext } from "./helpers.js";

/** Queue an op on the current run; the promise settles when it has run. */
export function submit(op: Op, run: MigrationRun = currentRun()): Promise<unknown> {
  return run.enqueue(() => run.runOp(op));
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

/** Table options, and Alembic 1.13's if_not_exists. */
type CreateTableOptions = TableOptions & { ifNotExists?: boolean };

type BatchBody = (batchOp: BatchOp) => Promise<void> | void;
const BODY = { name: "body", what: "a function (async (batchOp) => { ... })", ok: (v: unknown) => typeof v === "function" };

export const op = withUnknownMembers("op", "operation", {
  createTable: async (
    ...given: [tableName: string, ...items: (CreateTableItem | CreateTableOptions)[]] | [options: CreateTableOptions & { readonly tableName: string }]
  ): Promise<Table> => {
    // Columns are Python's *columns, so only create_table(table_name=...) alone is all by name.
    const [first, ...args] = given;
    const [[tableName], named] = isOptions(first) ? bindArgs("op.createTable", [param.table("tableName")], [first]) : [[first], null];
    if (named === null) bindArgs("op.createTable", [param.table("tableName")], [tableName, ...args.filter(isOptions).slice(-1)]);
    const [items, o] = named === null ? splitTrailing<TableOptions>(args) : [[], named as TableOptions];
    for (const item of items) bindArgs("op.createTable", [param.tableItem("each of columns")], [item]);
    return (await submit(createTableOp(tableName as string, items as CreateTableItem[], o))) as Table;
  },
  dropTable: (...args: Forms<["tableName"], [string], DropTableOptions>) => {
    const [[tableName], o] = bindArgs("op.dropTable", [param.table("tableName")], args);
    return done(submit(dropTableOp(tableName as string, o as DropTableOptions)));
  },
  renameTable: (...args: Forms<["oldTableName", "newTableName"], [string, string], { schema?: string | null }>) => {
    const [[oldName, newName], o] = bindArgs("op.renameTable", [param.table("oldTableName"), param.table("newTableName")], args);
    return done(submit(renameTableOp(oldName as string, newName as string, o)));
  },
  createTableComment: (...args: Forms<["tableName", "comment"], [string, string | null], TableCommentOptions>) => {
    const [[tableName, comment], o] = bindArgs("op.createTableComment", [param.table("tableName"), param.comment("comment")], args);
    return done(submit(createTableCommentOp(tableName as string, comment as string | null, o)));
  },
  dropTableComment: (...args: Forms<["tableName"], [string], TableCommentOptions>) => {
    const [[tableName], o] = bindArgs("op.dropTableComment", [param.table("tableName")], args);
    return done(submit(dropTableCommentOp(tableName as string, o)));
  },
  addColumn: (...args: Forms<["tableName", "column"], [string, Column], AddColumnOptions>) => {
    const [[tableName, column], o] = bindArgs("op.addColumn", [param.table("tableName"), param.columnObject("column")], args);
    return done(submit(addColumnOp(tableName as string, column as Column, o)));
  },
  dropColumn: (...args: Forms<["tableName", "columnName"], [string, string], DropColumnOptions>) => {
    const [[tableName, columnName], o] = bindArgs("op.dropColumn", [param.table("tableName"), param.column("columnName")], args);
    return done(submit(dropColumnOp(tableName as string, columnName as string, o)));
  },
  alterColumn: (...args: Forms<["tableName", "columnName"], [string, string], AlterColumnOptions>) => {
    const [[tableName, columnName], o] = bindArgs("op.alterColumn", [param.table("tableName"), param.column("columnName")], args);
    return done(submit(alterColumnOp(tableName as string, columnName as string, o)));
  },
  createIndex: (...args: Forms<["indexName", "tableName", "columns"], [NameLike | null, string, IndexColumn | readonly IndexColumn[]], CreateIndexOptions>) => {
    const [[indexName, tableName, columns], o] = bindArgs("op.createIndex", [param.nameOrNull("indexName"), param.table("tableName"), param.indexColumns("columns")], args);
    return done(submit(createIndexOp(indexName as NameLike | null, tableName as string, columns as IndexColumn[], o)));
  },
  dropIndex: (...args: Forms<["indexName"], [NameLike], DropIndexOptions & { tableName?: string | null }> | [NameLike, string | null, DropIndexOptions?]) => {
    // table_name is optional in Alembic: the second positional argument, or a name in the options.
    const given = args.length >= 2 && !isOptions(args[1]) ? [args[0], { ...(args[2] as object), tableName: args[1] }] : args;
    const [[indexName], { tableName, ...o }] = bindArgs("op.dropIndex", [param.name("indexName")], given);
    if (tableName !== undefined && tableName !== null && typeof tableName !== "string") fail(`op.dropIndex: tableName must be a table name (a string) or null, got ${describeValue(tableName)}`);
    return done(submit(dropIndexOp(indexName as NameLike, (tableName as string | null | undefined) ?? null, o)));
  },
  createPrimaryKey: (...args: Forms<["constraintName", "tableName", "columns"], [NameLike | null, string, ConstraintColumns], { schema?: string | null }>) => {
    const [[name, tableName, columns], o] = bindArgs("op.createPrimaryKey", [param.nameOrNull("constraintName"), param.table("tableName"), param.columns("columns")], args);
    return done(submit(createPrimaryKeyOp(name as NameLike | null, tableName as string, columns as ConstraintColumns, o)));
  },
  createUniqueConstraint: (...args: Forms<["constraintName", "tableName", "columns"], [NameLike | null, string, ConstraintColumns], UniqueOptions>) => {
    const [[name, tableName, columns], o] = bindArgs("op.createUniqueConstraint", [param.nameOrNull("constraintName"), param.table("tableName"), param.columns("columns")], args);
    return done(submit(createUniqueConstraintOp(name as NameLike | null, tableName as string, columns as ConstraintColumns, o)));
  },
  createForeignKey: (
    ...args: Forms<["constraintName", "sourceTable", "referentTable", "localCols", "remoteCols"], [NameLike | null, string, string, ConstraintColumns, ConstraintColumns], ForeignKeyOptions>
  ) => {
    const params = [param.nameOrNull("constraintName"), param.table("sourceTable"), param.table("referentTable"), param.columns("localCols"), param.columns("remoteCols")];
    const [[name, source, referent, local, remote], o] = bindArgs("op.createForeignKey", params, args);
    return done(submit(createForeignKeyOp(name as NameLike | null, source as string, referent as string, local as ConstraintColumns, remote as ConstraintColumns, o)));
  },
  createCheckConstraint: (...args: Forms<["constraintName", "tableName", "condition"], [NameLike | null, string, string | SqlExpr], CheckOptions>) => {
    const [[name, tableName, condition], o] = bindArgs("op.createCheckConstraint", [param.nameOrNull("constraintName"), param.table("tableName"), param.condition("condition")], args);
    return done(submit(createCheckConstraintOp(name as NameLike | null, tableName as string, condition as string | SqlExpr, o)));
  },
  createExcludeConstraint: (constraintName: NameLike | null, tableName: string, ...elements: (ExcludeElementArg | ExcludeOptions)[]) => {
    bindArgs("op.createExcludeConstraint", [param.nameOrNull("constraintName"), param.table("tableName")], [constraintName, tableName]);
    const [els, o] = splitTrailing<ExcludeOptions>(elements);
    return done(submit(createExcludeConstraintOp(constraintName, tableName, els as ExcludeElementArg[], o)));
  },
  dropConstraint: (...args: Forms<["constraintName", "tableName"], [NameLike, string], { type_?: string | null; schema?: string | null }>) => {
    const [[name, tableName], o] = bindArgs("op.dropConstraint", [param.name("constraintName"), param.table("tableName")], args);
    return done(submit(dropConstraintOp(name as NameLike, tableName as string, o)));
  },
  execute: (...args: Forms<["sqltext"], [ExecutableSql], { executionOptions?: Record<string, unknown> }>) => {
    const [[sqltext], o] = bindArgs("op.execute", [param.sql("sqltext")], args);
    return done(submit(executeOp(sqltext as ExecutableSql, o)));
  },
  bulkInsert: (...args: Forms<["table", "rows"], [Table | TableClause, readonly Record<string, unknown>[]], { multiinsert?: boolean }>) => {
    const [[table, rows], o] = bindArgs("op.bulkInsert", [param.tableObject("table"), param.rows("rows")], args);
    return done(submit(bulkInsertOp(table as Table | TableClause, rows as Record<string, unknown>[], o)));
  },
  batchAlterTable: async (
    ...given: [tableName: string, body: BatchBody, options?: BatchAlterTableOptions] | [body: BatchBody, options: BatchAlterTableOptions & { readonly tableName: string }]
  ): Promise<void> => {
    // `with op.batch_alter_table(table_name="t") as batch_op:` puts the body first, the name in the options.
    const [first, ...rest] = given;
    const args = typeof first === "function" ? [{ ...(rest[0] as object), body: first }] : given;
    const [[name, fn], options] = bindArgs("op.batchAlterTable", [param.table("tableName"), BODY], args);
    const [tableName, body, o] = [name as string, fn as BatchBody, options as BatchAlterTableOptions];
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
    const batch = batchAlterTableOp(tableName, collected, o, { extras });
    // Move and copy needs the existing table: copyFrom, or else reflected (Alembic's flush).
    const moveAndCopy = recreate === "always" || (recreate === "auto" && (run.dialect.requiresRecreateInBatch?.(batch) ?? false));
    if (!moveAndCopy || (o.copyFrom !== undefined && o.copyFrom !== null)) {
      await run.enqueue(() => run.runOp(batch));
      return;
    }
    if (run.sink.offline || run.connection === null) {
      await run.enqueue(async () => fail(`This operation cannot proceed in --sql mode; batch mode with dialect ${run.dialect.name} requires a live database connection with which to reflect the table "${tableName}". To generate a batch SQL migration script using table "move and copy", a complete Table object should be passed to the "copy_from" argument of the batch_alter_table() method so that table reflection can be skipped.`));
    }
    // Reflect in the queue, so the table is read after every op queued before this batch has run.
    await run.enqueue(async () => {
      const existingTable = await run.reflectTable(tableName, o);
      return run.runOp(batchAlterTableOp(tableName, collected, o, { extras, existingTable, reflected: true }));
    });
  },
  ...opHelpers,
  /** Run statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY). */
  autocommitBlock: <T>(body: () => Promise<T>): Promise<T> => runAutocommitBlock(currentRun(), body),
});

export type Operations = typeof op;
