/**
 * The union of every op and the exhaustive handler-table type: a new op kind fails to
 * compile until every table (dialect impls, reverse, render) handles it.
 */
import type {
  CreateTableOp, DropTableOp, RenameTableOp, CreateTableCommentOp, DropTableCommentOp,
} from "./ops/table-ops.js";
import type { AddColumnOp, AlterColumnOp, DropColumnOp } from "./ops/column-ops.js";
import type {
  CreateCheckConstraintOp, CreateExcludeConstraintOp, CreateForeignKeyOp, CreateIndexOp, CreatePrimaryKeyOp,
  CreateUniqueConstraintOp, DropConstraintOp, DropIndexOp,
} from "./ops/constraint-ops.js";
import type { BulkInsertOp, ExecuteOp } from "./ops/data-ops.js";
import type { BatchAlterTableOp } from "./ops/batch-ops.js";

export type Op =
  | CreateTableOp | DropTableOp | RenameTableOp | CreateTableCommentOp | DropTableCommentOp
  | AddColumnOp | DropColumnOp | AlterColumnOp
  | CreateIndexOp | DropIndexOp | CreatePrimaryKeyOp | CreateUniqueConstraintOp | CreateForeignKeyOp
  | CreateCheckConstraintOp | CreateExcludeConstraintOp | DropConstraintOp
  | ExecuteOp | BulkInsertOp | BatchAlterTableOp;

export type OpKind = Op["kind"];
export type OpOf<K extends OpKind> = Extract<Op, { kind: K }>;
export type Handlers<R, C> = { readonly [K in OpKind]: (op: OpOf<K>, ctx: C) => R };

/** Dispatch through a handler table (the cast is safe: the table is keyed by kind). */
export function dispatch<R, C>(table: Handlers<R, C>, op: Op, ctx: C): R {
  return (table[op.kind] as (op: Op, ctx: C) => R)(op, ctx);
}
