/** PostgreSQL's impl: Alembic's PostgresqlImpl over the default (ALTER TYPE ... USING first). */
import { defaultImpl, typeConstraintsAround, type ImplContext } from "../base/impl.js";
import type { Handlers } from "../../operations/handlers.js";
import type { AlterColumnOp } from "../../operations/ops/column-ops.js";
import type { Statement } from "../base/statements.js";
import { fail } from "../../util/errors.js";
import { batchAlterTableStatements, type PrepTableForBatch } from "../base/batch.js";

function alterColumn(op: AlterColumnOp, ctx: ImplContext): Statement[] {
  const using = op.dialectOptions["postgresqlUsing"];
  if (using !== undefined && using !== null && op.type === null) fail("postgresql_using must be used with the type_ parameter");
  const stmts: Statement[] = [];
  const t = { name: op.tableName, schema: op.schema };
  if (op.type !== null) {
    stmts.push({ kind: "alterColumnType", table: t, columnName: op.columnName, type: op.type, using: typeof using === "string" ? using : null });
  }
  // The rest as the default impl does it, without the type (already done above).
  const rest = defaultImpl.alterColumn({ ...op, type: null, existingType: null }, ctx);
  return typeConstraintsAround(op.tableName, op.schema, op.columnName, op.existingType, op.type, [...stmts, ...rest], ctx);
}

/** PostgresqlImpl.prep_table_for_batch: drop the old table's constraints whose names the new table takes. */
const dropTakenOverConstraints: PrepTableForBatch = (plan) =>
  plan.takenOverNames.map((name) => ({ kind: "dropConstraint" as const, table: { name: plan.table.name, schema: plan.schema }, name, type: null, cascade: false }));

/** PostgreSQL never needs move and copy (DefaultImpl.requires_recreate_in_batch), but does it on request. */
export const postgresqlImpl: Handlers<Statement[], ImplContext> = {
  ...defaultImpl,
  alterColumn,
  batchAlterTable: (op, ctx) => batchAlterTableStatements(op, ctx, { requiresRecreate: () => false, prep: dropTakenOverConstraints }),
};
