/**
 * MySQL's impl: Alembic 1.8.1's MySQLImpl over the default. MySQL alters a column by stating it
 * again whole (MODIFY, or CHANGE to rename it), so what the column keeps comes from the op's
 * existing* arguments; a server default alone is ALTER COLUMN ... SET / DROP DEFAULT. A type's
 * own CHECK is never dropped when the type changes (MySQLImpl.drop_constraint skips it).
 */
import { defaultImpl, typeConstraintsAround, type ImplContext } from "../base/impl.js";
import { batchAlterTableStatements } from "../base/batch.js";
import { typeAffinity } from "../base/batch-plan.js";
import type { Statement } from "../base/statements.js";
import type { Handlers } from "../../operations/handlers.js";
import type { AlterColumnOp, AlterServerDefault } from "../../operations/ops/column-ops.js";
import type { ServerDefault } from "../../schema/column.js";
import { isKind } from "../../schema/item.js";
import type { SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";

const NEEDS_EXISTING_TYPE = "All MySQL CHANGE/MODIFY COLUMN operations require the existing type.";

const isIdentityOrComputed = (d: AlterServerDefault | null | false): boolean => isKind(d, "identity") || isKind(d, "computed");

/** _is_mysql_allowed_functional_default: a date-time column whose default is set or left as it is. */
const functionalDefault = (type: SqlType | null, serverDefault: AlterServerDefault | null | false): boolean =>
  type !== null && typeAffinity(type) === "DateTime" && serverDefault !== null;

const optionalBool = (v: unknown): boolean | null => (typeof v === "boolean" ? v : null);

/** MySQLImpl.alter_column. */
function alterColumn(op: AlterColumnOp, ctx: ImplContext): Statement[] {
  // Computed and identity columns cannot be altered: the default impl says so, as Alembic's does.
  if (isIdentityOrComputed(op.serverDefault) || isIdentityOrComputed(op.existingServerDefault)) {
    return defaultImpl.alterColumn(op, ctx);
  }
  const autoincrement = optionalBool(op.dialectOptions["autoincrement"]);
  const existingAutoincrement = optionalBool(op.dialectOptions["existingAutoincrement"]);
  const type = op.type ?? op.existingType;
  const table = { name: op.tableName, schema: op.schema };
  const stmts: Statement[] = [];
  const restate = (newName: string | null): Statement => ({
    kind: "restateColumn",
    table,
    columnName: op.columnName,
    newName,
    type: type ?? fail(NEEDS_EXISTING_TYPE),
    nullable: op.nullable ?? op.existingNullable ?? true,
    default: (op.serverDefault !== false ? op.serverDefault : op.existingServerDefault === false ? null : op.existingServerDefault) as ServerDefault | null,
    autoincrement: (autoincrement ?? existingAutoincrement) === true,
    comment: op.comment !== false ? op.comment : op.existingComment,
  });
  if (op.newColumnName !== null || functionalDefault(type, op.serverDefault)) {
    stmts.push(restate(op.newColumnName ?? op.columnName));
  } else if (op.nullable !== null || op.type !== null || autoincrement !== null || op.comment !== false) {
    stmts.push(restate(null));
  } else if (op.serverDefault !== false) {
    stmts.push({ kind: "alterColumnDefault", table, columnName: op.columnName, default: op.serverDefault as ServerDefault | null });
  }
  // The new type's own constraints are added after; the old type's are not dropped.
  return typeConstraintsAround(op.tableName, op.schema, op.columnName, null, op.type, stmts, ctx);
}

export const mysqlImpl: Handlers<Statement[], ImplContext> = {
  ...defaultImpl,
  alterColumn,
  // MySQL never needs move and copy (DefaultImpl.requires_recreate_in_batch), but does it on request.
  batchAlterTable: (op, ctx) => batchAlterTableStatements(op, ctx, { requiresRecreate: () => false }),
};
