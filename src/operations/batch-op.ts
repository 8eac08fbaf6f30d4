/**
 * `batchOp` inside `op.batchAlterTable(name, async (batchOp) => {...})`: Alembic's
 * BatchOperations, whose methods drop the table name. Calls only collect ops (execute aside);
 * the batch runs them, in order, when the body has finished.
 */
import type { Column } from "../schema/column.js";
import type { SqlExpr } from "../schema/expressions.js";
import type { NameLike } from "../schema/naming-name.js";
import type { Op } from "./handlers.js";
import { addColumnOp, alterColumnOp, dropColumnOp, type AddColumnOptions, type AlterColumnOptions, type DropColumnOptions } from "./ops/column-ops.js";
import {
  createCheckConstraintOp, createExcludeConstraintOp, createForeignKeyOp, createIndexOp, createPrimaryKeyOp,
  createUniqueConstraintOp, dropConstraintOp, dropIndexOp,
  type CheckOptions, type ConstraintColumns, type CreateIndexOptions, type DropIndexOptions, type ExcludeElementArg,
  type ExcludeOptions, type ForeignKeyOptions, type IndexColumn, type UniqueOptions,
} from "./ops/constraint-ops.js";
import { createTableCommentOp, dropTableCommentOp } from "./ops/table-ops.js";
import { executeOp, type ExecutableSql } from "./ops/data-ops.js";
import { isOptions } from "../schema/item.js";
import { fail } from "../util/errors.js";
import { resolveType } from "../schema/types.js";
import type { BatchOpExtra } from "./ops/batch-ops.js";
import { opHelpers } from "./helpers.js";
import { withUnknownMembers } from "../util/unknown-member.js";
import { bindArgs, param, type Forms } from "./arguments.js";

export type BatchOp = ReturnType<typeof makeBatchOp>;

/**
 * @param recreate whether this batch moves and copies (Alembic's _should_recreate)
 * @param collect records an op (and what move-and-copy needs that the op record leaves out)
 * @param runNow runs an op at once: batch execute() goes straight to the migration, as in
 *   Alembic, where it does not wait for the batch to flush
 */
export function makeBatchOp(table: string, schema: string | null, recreate: boolean, collect: (op: Op, extra: BatchOpExtra) => void,
  runNow: (op: Op) => Promise<void>) {
  const add = async (op: Op, extra: BatchOpExtra = {}): Promise<void> => {
    collect(op, extra);
  };
  const s = { schema };
  return withUnknownMembers("batchOp", "batch operation", Object.freeze({
    ...opHelpers,
    addColumn: (...args: Forms<["column"], [Column], AddColumnOptions>) => {
      const [[column], given] = bindArgs("batchOp.addColumn", [param.columnObject("column")], args);
      const o = given as AddColumnOptions;
      // Without move-and-copy there is no column order to choose (Alembic's ApplyBatchImpl check).
      if ((o.insertBefore !== undefined || o.insertAfter !== undefined) && !recreate) {
        fail("Can't specify insert_before or insert_after when using ALTER; please specify recreate='always'");
      }
      return add(addColumnOp(table, column as Column, { ...o, ...s }), { insertBefore: o.insertBefore, insertAfter: o.insertAfter });
    },
    alterColumn: (...args: Forms<["columnName"], [string], AlterColumnOptions>) => {
      const [[columnName], o] = bindArgs("batchOp.alterColumn", [param.column("columnName")], args);
      return add(alterColumnOp(table, columnName as string, { ...o, ...s }));
    },
    dropColumn: (...args: Forms<["columnName"], [string], DropColumnOptions>) => {
      const [[columnName], given] = bindArgs("batchOp.dropColumn", [param.column("columnName")], args);
      const o = given as DropColumnOptions;
      return add(dropColumnOp(table, columnName as string, { ...o, ...s }), { existingType: o.existingType === undefined ? null : resolveType(o.existingType) });
    },
    createIndex: (...args: Forms<["indexName", "columns"], [NameLike | null, IndexColumn | readonly IndexColumn[]], CreateIndexOptions>) => {
      const [[indexName, columns], o] = bindArgs("batchOp.createIndex", [param.nameOrNull("indexName"), param.indexColumns("columns")], args);
      return add(createIndexOp(indexName as NameLike | null, table, columns as IndexColumn[], { ...o, ...s }));
    },
    dropIndex: (...args: Forms<["indexName"], [NameLike], DropIndexOptions>) => {
      const [[indexName], o] = bindArgs("batchOp.dropIndex", [param.name("indexName")], args);
      return add(dropIndexOp(indexName as NameLike, table, { ...o, ...s }));
    },
    createPrimaryKey: (...args: Forms<["constraintName", "columns"], [NameLike | null, ConstraintColumns], Record<string, never>>) => {
      const [[name, columns]] = bindArgs("batchOp.createPrimaryKey", [param.nameOrNull("constraintName"), param.columns("columns")], args);
      return add(createPrimaryKeyOp(name as NameLike | null, table, columns as ConstraintColumns, s));
    },
    createUniqueConstraint: (...args: Forms<["constraintName", "columns"], [NameLike | null, ConstraintColumns], UniqueOptions>) => {
      const [[name, columns], o] = bindArgs("batchOp.createUniqueConstraint", [param.nameOrNull("constraintName"), param.columns("columns")], args);
      return add(createUniqueConstraintOp(name as NameLike | null, table, columns as ConstraintColumns, { ...o, ...s }));
    },
    createForeignKey: (...args: Forms<["constraintName", "referentTable", "localCols", "remoteCols"], [NameLike | null, string, ConstraintColumns, ConstraintColumns], ForeignKeyOptions>) => {
      const params = [param.nameOrNull("constraintName"), param.table("referentTable"), param.columns("localCols"), param.columns("remoteCols")];
      const [[name, referent, local, remote], o] = bindArgs("batchOp.createForeignKey", params, args);
      return add(createForeignKeyOp(name as NameLike | null, table, referent as string, local as ConstraintColumns, remote as ConstraintColumns, { ...o, sourceSchema: schema }));
    },
    createCheckConstraint: (...args: Forms<["constraintName", "condition"], [NameLike | null, string | SqlExpr], CheckOptions>) => {
      const [[name, condition], o] = bindArgs("batchOp.createCheckConstraint", [param.nameOrNull("constraintName"), param.condition("condition")], args);
      return add(createCheckConstraintOp(name as NameLike | null, table, condition as string | SqlExpr, { ...o, ...s }));
    },
    createExcludeConstraint: (constraintName: NameLike | null, ...elements: (ExcludeElementArg | ExcludeOptions)[]) => {
      bindArgs("batchOp.createExcludeConstraint", [param.nameOrNull("constraintName")], [constraintName]);
      const last = elements[elements.length - 1];
      const o = isOptions(last) ? (last as ExcludeOptions) : {};
      const els = (isOptions(last) ? elements.slice(0, -1) : elements) as ExcludeElementArg[];
      return add(createExcludeConstraintOp(constraintName, table, els, { ...o, ...s }));
    },
    dropConstraint: (...args: Forms<["constraintName"], [NameLike], { type_?: string | null }>) => {
      const [[name], o] = bindArgs("batchOp.dropConstraint", [param.name("constraintName")], args);
      return add(dropConstraintOp(name as NameLike, table, { ...o, ...s }));
    },
    createTableComment: (...args: Forms<["comment"], [string | null], { existingComment?: string | null }>) => {
      const [[comment], o] = bindArgs("batchOp.createTableComment", [param.comment("comment")], args);
      return add(createTableCommentOp(table, comment as string | null, { ...o, ...s }));
    },
    dropTableComment: (o: { existingComment?: string | null } = {}) => add(dropTableCommentOp(table, { ...o, ...s })),
    execute: (...args: Forms<["sqltext"], [ExecutableSql], { executionOptions?: Record<string, unknown> }>) => {
      const [[sqltext], o] = bindArgs("batchOp.execute", [param.sql("sqltext")], args);
      return runNow(executeOp(sqltext as ExecutableSql, o));
    },
  }));
}
