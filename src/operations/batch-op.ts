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
  return Object.freeze({
    addColumn: (column: Column, o: AddColumnOptions = {}) => {
      // Without move-and-copy there is no column order to choose (Alembic's ApplyBatchImpl check).
      if ((o.insertBefore !== undefined || o.insertAfter !== undefined) && !recreate) {
        fail("Can't specify insert_before or insert_after when using ALTER; please specify recreate='always'");
      }
      return add(addColumnOp(table, column, { ...o, ...s }), { insertBefore: o.insertBefore, insertAfter: o.insertAfter });
    },
    alterColumn: (columnName: string, o: AlterColumnOptions = {}) => add(alterColumnOp(table, columnName, { ...o, ...s })),
    dropColumn: (columnName: string, o: DropColumnOptions = {}) =>
      add(dropColumnOp(table, columnName, { ...o, ...s }), { existingType: o.existingType === undefined ? null : resolveType(o.existingType) }),
    createIndex: (indexName: NameLike | null, columns: IndexColumn | readonly IndexColumn[], o: CreateIndexOptions = {}) =>
      add(createIndexOp(indexName, table, columns, { ...o, ...s })),
    dropIndex: (indexName: NameLike, o: DropIndexOptions = {}) => add(dropIndexOp(indexName, table, { ...o, ...s })),
    createPrimaryKey: (constraintName: NameLike | null, columns: ConstraintColumns) =>
      add(createPrimaryKeyOp(constraintName, table, columns, s)),
    createUniqueConstraint: (constraintName: NameLike | null, columns: ConstraintColumns, o: UniqueOptions = {}) =>
      add(createUniqueConstraintOp(constraintName, table, columns, { ...o, ...s })),
    createForeignKey: (constraintName: NameLike | null, referentTable: string, localCols: ConstraintColumns, remoteCols: ConstraintColumns,
      o: ForeignKeyOptions = {}) =>
      add(createForeignKeyOp(constraintName, table, referentTable, localCols, remoteCols, { ...o, sourceSchema: schema })),
    createCheckConstraint: (constraintName: NameLike | null, condition: string | SqlExpr, o: CheckOptions = {}) =>
      add(createCheckConstraintOp(constraintName, table, condition, { ...o, ...s })),
    createExcludeConstraint: (constraintName: NameLike | null, ...elements: (ExcludeElementArg | ExcludeOptions)[]) => {
      const last = elements[elements.length - 1];
      const o = isOptions(last) ? (last as ExcludeOptions) : {};
      const els = (isOptions(last) ? elements.slice(0, -1) : elements) as ExcludeElementArg[];
      return add(createExcludeConstraintOp(constraintName, table, els, { ...o, ...s }));
    },
    dropConstraint: (constraintName: NameLike, o: { type_?: string | null } = {}) => add(dropConstraintOp(constraintName, table, { ...o, ...s })),
    createTableComment: (comment: string | null, o: { existingComment?: string | null } = {}) =>
      add(createTableCommentOp(table, comment, { ...o, ...s })),
    dropTableComment: (o: { existingComment?: string | null } = {}) => add(dropTableCommentOp(table, { ...o, ...s })),
    execute: (sqltext: ExecutableSql, o: { executionOptions?: Record<string, unknown> } = {}) => runNow(executeOp(sqltext, o)),
  });
}
