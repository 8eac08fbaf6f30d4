/**
 * What MySQL 8 and MariaDB do with each op, as lint rules: the ALGORITHM (INSTANT, INPLACE or
 * COPY) and LOCK an ALTER TABLE gets (MySQL manual, "Online DDL Operations"), and DDL that
 * commits as it goes. Ids are shared with the PostgreSQL rules where the concern is the same.
 */
import type { Op } from "../../operations/handlers.js";
import type { LintRule, RuleContext } from "../../lint/rule.js";
import { qualified, shownName, tableOf } from "../../lint/op-facts.js";

const onExisting = (op: Op, ctx: RuleContext): boolean => {
  const t = tableOf(op);
  return t !== null && !ctx.isNewTable(t.name, t.schema);
};

const where = (op: Op): string => qualified(tableOf(op)!);

/** utf8mb4: a VARCHAR's length prefix grows from 1 to 2 bytes past 255 bytes, 63 characters. */
function inplaceVarcharExtension(from: string, to: string): boolean {
  const f = /^VARCHAR\((\d+)\)$/.exec(from);
  const t = /^VARCHAR\((\d+)\)$/.exec(to);
  if (!f || !t) return false;
  const [a, b] = [Number(f[1]), Number(t[1])];
  return b >= a && (b * 4 < 256) === (a * 4 < 256);
}

const DDL = new Set<Op["kind"]>([
  "createTable", "dropTable", "renameTable", "addColumn", "dropColumn", "alterColumn", "createIndex", "dropIndex",
  "createPrimaryKey", "createUniqueConstraint", "createForeignKey", "createCheckConstraint", "dropConstraint", "batchAlterTable",
  "createTableComment", "dropTableComment",
]);

export const mysqlLintRules: readonly LintRule[] = [
  {
    id: "changing-column-type",
    severity: "error",
    summary: "a column type change that copies the table (ALGORITHM=COPY)",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "alterColumn" || op.type === null || !onExisting(op, ctx)) return null;
      const to = ctx.typeSql(op.type);
      if (op.existingType !== null && (ctx.typeSql(op.existingType) === to || inplaceVarcharExtension(ctx.typeSql(op.existingType), to))) return null;
      const from = op.existingType === null ? "its current type (existingType not given)" : ctx.typeSql(op.existingType);
      return {
        message: `op.alterColumn changes ${where(op)}.${op.columnName} from ${from} to ${to}`,
        effect: "MODIFY COLUMN with a new type runs with ALGORITHM=COPY, LOCK=SHARED: the table is copied row by row and writes are blocked until the copy ends",
        safeWay: "Add a new column, backfill it in batches, switch the application, drop the old one; or use an online schema change tool (gh-ost, pt-online-schema-change). VARCHAR(n) to a larger n within the same length-prefix size is INPLACE",
      };
    },
  },
  {
    id: "adding-not-nullable-field",
    severity: "warning",
    summary: "making an existing column NOT NULL rebuilds the table",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "alterColumn" || op.nullable !== false || op.existingNullable === false || !onExisting(op, ctx)) return null;
      return {
        message: `op.alterColumn sets ${where(op)}.${op.columnName} NOT NULL`,
        effect: "MODIFY ... NOT NULL runs ALGORITHM=INPLACE with a full table rebuild (writes go on, but the rebuild reads and writes the whole table); it fails if a NULL exists under strict mode",
        safeWay: "Backfill the NULLs first, then run it at a quiet time or with an online schema change tool",
      };
    },
  },
  {
    id: "adding-foreign-key-constraint",
    severity: "error",
    summary: "a foreign key on an existing table copies it",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "createForeignKey" || !onExisting(op, ctx)) return null;
      return {
        message: `op.createForeignKey(${shownName(op.constraintName)}) on existing table ${where(op)} referencing ${op.referentTable}`,
        effect: "ADD FOREIGN KEY with foreign_key_checks on runs ALGORITHM=COPY: the table is copied and writes are blocked for the whole copy",
        safeWay: "op.execute('SET foreign_key_checks = 0') before it (then ALGORITHM=INPLACE, but existing rows are not checked: check them yourself) and SET foreign_key_checks = 1 after",
      };
    },
  },
  {
    id: "non-atomic-ddl",
    severity: "warning",
    summary: "several DDL statements in one revision: each commits on its own",
    checkRevision: (ops) => {
      const ddl = ops.filter((c) => c.batch === null && DDL.has(c.op.kind));
      const second = ddl[1];
      if (second === undefined) return null;
      return {
        at: second,
        verdict: {
          message: `this revision runs ${ddl.length} DDL operations; MySQL commits each one as it runs`,
          effect: "If a later statement fails, the earlier ones stay applied while the version table still names the previous revision: running it again fails on what already exists, and the database needs repair by hand",
          safeWay: "One DDL operation per revision, or make each step safe to repeat (checks before each op)",
        },
      };
    },
  },
];
