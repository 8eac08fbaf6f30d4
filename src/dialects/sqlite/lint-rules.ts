/**
 * What SQLite does with each op, as lint rules: ALTER TABLE there can only add, rename and drop
 * columns; everything else needs batch mode's move and copy, which rebuilds the table.
 */
import type { BatchAlterTableOp } from "../../operations/ops/batch-ops.js";
import type { LintRule } from "../../lint/rule.js";
import { qualified, tableOf } from "../../lint/op-facts.js";

const NEEDS_BATCH = new Set(["alterColumn", "createForeignKey", "createCheckConstraint", "createUniqueConstraint", "createPrimaryKey", "dropConstraint"]);

export const sqliteLintRules = (recreates: (op: BatchAlterTableOp) => boolean): readonly LintRule[] => [
  {
    id: "batch-move-and-copy",
    severity: "warning",
    summary: "batch mode moves and copies an existing table",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "batchAlterTable" || ctx.isNewTable(op.tableName, op.schema)) return null;
      if (op.recreate === "never" || (op.recreate === "auto" && !recreates(op))) return null;
      const dependants = ctx.referencingTables(op.tableName, op.schema);
      const also = dependants.length === 0 ? "" : `; tables with foreign keys to it: ${dependants.join(", ")}`;
      return {
        message: `op.batchAlterTable on ${qualified(tableOf(op)!)} moves and copies the table${also}`,
        effect: "A new table is created, every row copied (INSERT ... SELECT), the old table dropped and the new one renamed: the database is locked for writes for the whole copy, views and triggers on the table must be recreated, and rows of tables referencing it are checked again",
        safeWay: "Keep batches to what needs them (SQLite adds, renames and drops columns with plain ALTER TABLE), group all changes to a table in one batch, and run it when writers are idle",
      };
    },
  },
  {
    id: "sqlite-alter-outside-batch",
    severity: "error",
    summary: "an ALTER SQLite cannot do, outside batch mode",
    checkOp: ({ op, batch }) => {
      if (batch !== null || !NEEDS_BATCH.has(op.kind)) return null;
      return {
        message: `op.${op.kind} on ${qualified(tableOf(op)!)} outside op.batchAlterTable`,
        effect: "SQLite's ALTER TABLE cannot change a column or add or drop a constraint: the statement fails and the migration rolls back",
        safeWay: `await op.batchAlterTable("${tableOf(op)!.name}", async (batchOp) => { batchOp.${op.kind}(...); })`,
      };
    },
  },
];
