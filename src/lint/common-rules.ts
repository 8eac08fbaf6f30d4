/**
 * Rules that hold on every database: what the release still running (the previous version of
 * the application, which keeps serving while the migration runs and until it is replaced)
 * breaks on. Locks are the dialects' business (Dialect.lintRules).
 */
import type { LintRule } from "./rule.js";
import { qualified, tableOf } from "./op-facts.js";

const EXPAND_CONTRACT =
  "Expand and contract: first deploy code that no longer uses it (for an ORM, mark it ignored), then drop it in a later migration; " +
  "disable this rule for that migration (// retort-lint-disable-line RULE)";

export const COMMON_RULES: readonly LintRule[] = [
  {
    id: "ban-drop-column",
    severity: "warning",
    summary: "dropping a column the running release may still read or write",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "dropColumn" || ctx.isNewTable(op.tableName, op.schema)) return null;
      return {
        message: `op.dropColumn drops column ${op.columnName} of ${qualified(tableOf(op)!)}`,
        effect: "The release still running selects and inserts this column: its queries fail from the moment the migration commits, and the data is gone",
        safeWay: EXPAND_CONTRACT.replace("RULE", "ban-drop-column"),
      };
    },
  },
  {
    id: "ban-drop-table",
    severity: "warning",
    summary: "dropping a table the running release may still use",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "dropTable" || ctx.isNewTable(op.tableName, op.schema)) return null;
      return {
        message: `op.dropTable drops table ${qualified(tableOf(op)!)}`,
        effect: "The release still running queries this table: its queries fail from the moment the migration commits, and the data is gone",
        safeWay: EXPAND_CONTRACT.replace("RULE", "ban-drop-table"),
      };
    },
  },
  {
    id: "renaming-column",
    severity: "warning",
    summary: "renaming a column the running release still uses by its old name",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "alterColumn" || op.newColumnName === null || ctx.isNewTable(op.tableName, op.schema)) return null;
      return {
        message: `op.alterColumn renames column ${op.columnName} of ${qualified(tableOf(op)!)} to ${op.newColumnName}`,
        effect: "The release still running uses the old name: its queries on this column fail from the moment the migration commits",
        safeWay: "Add the new column, write to both and backfill, switch reads to it, then drop the old column in a later release",
      };
    },
  },
  {
    id: "renaming-table",
    severity: "warning",
    summary: "renaming a table the running release still uses by its old name",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "renameTable" || ctx.isNewTable(op.oldTableName, op.schema)) return null;
      return {
        message: `op.renameTable renames ${qualified(tableOf(op)!)} to ${op.newTableName}`,
        effect: "The release still running uses the old name: its queries on this table fail from the moment the migration commits",
        safeWay: "Create the new table (or a view under the old name), move readers and writers over, then drop the old name in a later release",
      };
    },
  },
];
