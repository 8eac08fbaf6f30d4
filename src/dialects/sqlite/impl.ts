/**
 * SQLite's impl: Alembic 1.8.1's SQLiteImpl over the default. SQLite has no ALTER for
 * constraints, so every op that adds or drops one refuses (a type's own CHECK is skipped with
 * a warning); batch mode moves and copies the table when an op needs it
 * (requires_recreate_in_batch), casting a column only when its type affinity changes to
 * something other than JSON (cast_for_batch_migrate).
 */
import { defaultImpl, type ImplContext } from "../base/impl.js";
import { batchAlterTableStatements, type BatchDialect } from "../base/batch.js";
import { isTypeBound, typeAffinity } from "../base/batch-plan.js";
import type { Statement } from "../base/statements.js";
import type { Handlers, OpKind, OpOf } from "../../operations/handlers.js";
import type { BatchAlterTableOp } from "../../operations/ops/batch-ops.js";
import { dialectType } from "../../schema/types.js";
import { buildTable, MetaData } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import { warn } from "../../util/warn.js";

const NO_CONSTRAINT_ALTER =
  "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode feature which allows for SQLite migrations using a copy-and-move strategy.";
const SKIPPED_IMPLICIT =
  "Skipping unsupported ALTER for creation of implicit constraint. Please refer to the batch mode feature which allows for SQLite migrations using a copy-and-move strategy.";

/**
 * SQLiteImpl.add_constraint over an op's statements: a type's own CHECK (it has a create rule)
 * is skipped with a warning, any other constraint refuses.
 */
function skipImplicitConstraints(stmts: readonly Statement[]): Statement[] {
  return stmts.filter((s) => {
    if (s.kind !== "addConstraint") return true;
    if (!isTypeBound(s.constraint)) fail(NO_CONSTRAINT_ALTER);
    warn("UserWarning", SKIPPED_IMPLICIT);
    return false;
  });
}

/** An op that only adds or drops a constraint: built as the default impl builds it (so its own errors come first), then refused. */
const refuse = <K extends OpKind>(kind: K) => (op: OpOf<K>, ctx: ImplContext): Statement[] => {
  (defaultImpl[kind] as (op: OpOf<K>, ctx: ImplContext) => Statement[])(op, ctx);
  return fail(NO_CONSTRAINT_ALTER);
};

/**
 * SQLiteImpl.requires_recreate_in_batch: anything but adding plain columns and indexes needs move
 * and copy. A column that brings a table-level constraint (a foreign key, unique=True, its type's
 * CHECK) counts as adding that constraint too: Alembic's add_column queues add_constraint in the batch.
 */
export function requiresRecreateInBatch(op: BatchAlterTableOp): boolean {
  return op.ops.some((inner) => {
    if (inner.kind === "addColumn") {
      const { serverDefault, computed } = inner.column;
      if ((serverDefault !== null && typeof serverDefault !== "string") || computed?.persisted === true) return true;
      return buildTable(inner.tableName, MetaData(), [inner.column], { schema: inner.schema }).constraints.length > 0;
    }
    return inner.kind !== "createIndex" && inner.kind !== "dropIndex";
  });
}

/** How SQLite takes part in batch mode. Online, a reflected table's unnamed CHECKs are kept (Alembic drops them). */
export const sqliteBatch: BatchDialect = {
  requiresRecreate: requiresRecreateInBatch,
  castsOnTypeChange: (existing, next) =>
    typeAffinity(dialectType(existing, "sqlite")) !== typeAffinity(dialectType(next, "sqlite")) && dialectType(next, "sqlite").family !== "json",
  keepReflectedUnnamedChecks: true,
};

export const sqliteImpl: Handlers<Statement[], ImplContext> = {
  ...defaultImpl,
  addColumn: (op, ctx) => skipImplicitConstraints(defaultImpl.addColumn(op, ctx)),
  // A type's own CHECK is dropped silently and added with a warning (toimpl.alter_column).
  alterColumn: (op, ctx) => skipImplicitConstraints(defaultImpl.alterColumn({ ...op, existingType: null }, ctx)),
  createPrimaryKey: refuse("createPrimaryKey"),
  createUniqueConstraint: refuse("createUniqueConstraint"),
  createForeignKey: refuse("createForeignKey"),
  createCheckConstraint: refuse("createCheckConstraint"),
  createExcludeConstraint: refuse("createExcludeConstraint"),
  dropConstraint: refuse("dropConstraint"),
  batchAlterTable: (op, ctx) => batchAlterTableStatements(op, ctx, sqliteBatch),
};

