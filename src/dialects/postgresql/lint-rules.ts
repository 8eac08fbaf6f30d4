/**
 * What PostgreSQL does with each op, as lint rules (ids after squawk and strong_migrations).
 * The lock levels are PostgreSQL's (docs: "Explicit Locking", table-level lock modes): ACCESS
 * EXCLUSIVE blocks reads and writes, SHARE and SHARE ROW EXCLUSIVE block writes, SHARE UPDATE
 * EXCLUSIVE blocks neither. `retort lint --trace` shows what the server really took.
 */
import type { Op } from "../../operations/handlers.js";
import type { CapturedOp, LintRule, RuleContext, Verdict } from "../../lint/rule.js";
import { columnsOf, executeText, qualified, shownName, tableOf } from "../../lint/op-facts.js";

const BLOCKS_ALL = "an ACCESS EXCLUSIVE lock, which blocks every read and write of the table (and queues everything behind it) until the migration commits";
const BLOCKS_WRITES = "a SHARE lock, which blocks INSERT, UPDATE and DELETE (reads go on) until the migration commits";

const onExisting = (op: Op, ctx: RuleContext): boolean => {
  const t = tableOf(op);
  return t !== null && !ctx.isNewTable(t.name, t.schema);
};

const where = (op: Op): string => qualified(tableOf(op)!);

/** Volatile functions: a DEFAULT calling one is evaluated per row, so ADD COLUMN rewrites the table. */
const VOLATILE = /\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval|txid_current)\s*\(/i;

/** Type changes PostgreSQL makes without rewriting the table or its indexes. */
function changesWithoutRewrite(from: string, to: string): boolean {
  if (from === to) return true;
  const varchar = /^(?:VARCHAR|CHARACTER VARYING)(?:\((\d+)\))?$/;
  const numeric = /^NUMERIC(?:\((\d+)(?:, ?(\d+))?\))?$/;
  const f = varchar.exec(from);
  const t = varchar.exec(to);
  if (f && (to === "TEXT" || (t && (t[1] === undefined || (f[1] !== undefined && Number(t[1]) >= Number(f[1])))))) return true;
  if (from === "TEXT" && to === "VARCHAR") return true;
  const fn = numeric.exec(from);
  const tn = numeric.exec(to);
  if (fn && tn && (tn[1] === undefined || (fn[1] !== undefined && Number(tn[1]) >= Number(fn[1]) && (tn[2] ?? "0") === (fn[2] ?? "0")))) return true;
  return from === "CIDR" && to === "INET";
}

function concurrently(op: Op): boolean {
  if (op.kind === "createIndex" || op.kind === "dropIndex") return op.dialectOptions["postgresqlConcurrently"] === true;
  return /\bCONCURRENTLY\b/i.test(executeText(op) ?? "");
}

function columnTypes(c: CapturedOp, ctx: RuleContext): { column: string; sql: string }[] {
  const op = c.op;
  if (op.kind === "alterColumn") return op.type === null ? [] : [{ column: op.columnName, sql: ctx.typeSql(op.type) }];
  return columnsOf(op).map((col) => ({ column: col.name ?? "?", sql: ctx.typeSql(col.type) }));
}

const typeRule = (id: string, summary: string, bad: (sql: string) => boolean, verdict: (column: string, sql: string) => Verdict): LintRule => ({
  id,
  severity: "warning",
  summary,
  checkOp: (c, ctx) => {
    const hit = columnTypes(c, ctx).find((t) => bad(t.sql));
    return hit === undefined ? null : verdict(`${where(c.op)}.${hit.column}`, hit.sql);
  },
});

export const postgresqlLintRules: readonly LintRule[] = [
  {
    id: "require-concurrent-index-creation",
    severity: "error",
    summary: "CREATE INDEX without CONCURRENTLY on an existing table",
    checkOp: ({ op }, ctx) => {
      if (op.kind === "createIndex") {
        if (!onExisting(op, ctx) || concurrently(op)) return null;
        return {
          message: `op.createIndex(${shownName(op.indexName)}) on existing table ${where(op)} without CONCURRENTLY`,
          effect: `CREATE INDEX takes ${BLOCKS_WRITES}; building it reads the whole table`,
          safeWay: "op.createIndex(..., { postgresqlConcurrently: true }) inside op.getContext().autocommitBlock(async () => { ... }) (CONCURRENTLY takes SHARE UPDATE EXCLUSIVE: reads and writes go on)",
          expects: { lock: "SHARE", rewrite: false },
        };
      }
      const text = executeText(op);
      const m = text === null ? null : /\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY\b)(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+ON\s+(?:ONLY\s+)?([\w."]+)/i.exec(text);
      if (m === null) return null;
      const table = m[1]!.replaceAll('"', "").split(".");
      if (ctx.isNewTable(table[table.length - 1]!, table.length > 1 ? table[0]! : null)) return null;
      return {
        message: `op.execute() creates an index on ${m[1]} without CONCURRENTLY`,
        effect: `CREATE INDEX takes ${BLOCKS_WRITES}; building it reads the whole table`,
        safeWay: "CREATE INDEX CONCURRENTLY, run inside op.getContext().autocommitBlock(async () => { ... })",
        expects: { lock: "SHARE", rewrite: false },
      };
    },
  },
  {
    id: "ban-concurrent-index-creation-in-transaction",
    severity: "error",
    summary: "CONCURRENTLY inside the migration's transaction",
    checkOp: ({ op, inTransaction }) => {
      if (!inTransaction || !concurrently(op)) return null;
      return {
        message: `${op.kind === "execute" ? "op.execute()" : `op.${op.kind}`} uses CONCURRENTLY inside the migration's transaction`,
        effect: "PostgreSQL refuses it: \"CREATE INDEX CONCURRENTLY cannot run inside a transaction block\"; the migration fails and rolls back",
        safeWay: "Wrap the op in op.getContext().autocommitBlock(async () => { ... }) so it runs outside the transaction",
      };
    },
  },
  {
    id: "adding-foreign-key-constraint",
    severity: "error",
    summary: "a foreign key on an existing table without NOT VALID",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "createForeignKey" || !onExisting(op, ctx) || (op.options as Record<string, unknown>)["postgresqlNotValid"] === true) return null;
      return {
        message: `op.createForeignKey(${shownName(op.constraintName)}) on existing table ${where(op)} referencing ${op.referentTable}, validated at once`,
        effect: `ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE locks on ${where(op)} and ${op.referentTable}, blocking writes to both while every row is checked (a full scan)`,
        safeWay: "op.createForeignKey(..., { postgresqlNotValid: true }), then in a later migration op.execute('ALTER TABLE ... VALIDATE CONSTRAINT ...') (SHARE UPDATE EXCLUSIVE: writes go on)",
        expects: { lock: "SHARE ROW EXCLUSIVE", rewrite: false },
      };
    },
  },
  {
    id: "constraint-missing-not-valid",
    severity: "error",
    summary: "a check constraint on an existing table without NOT VALID",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "createCheckConstraint" || !onExisting(op, ctx) || op.options["postgresqlNotValid"] === true) return null;
      return {
        message: `op.createCheckConstraint(${shownName(op.constraintName)}) on existing table ${where(op)}, validated at once`,
        effect: `ADD CONSTRAINT CHECK takes ${BLOCKS_ALL}, while every row is checked (a full scan)`,
        safeWay: "op.createCheckConstraint(..., { postgresqlNotValid: true }), then VALIDATE CONSTRAINT in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes go on)",
        expects: { lock: "ACCESS EXCLUSIVE", rewrite: false },
      };
    },
  },
  {
    id: "adding-not-nullable-field",
    severity: "error",
    summary: "SET NOT NULL on an existing column without a validated check first",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "alterColumn" || op.nullable !== false || op.existingNullable === false || !onExisting(op, ctx)) return null;
      return {
        message: `op.alterColumn sets ${where(op)}.${op.columnName} NOT NULL`,
        effect: `SET NOT NULL takes ${BLOCKS_ALL}, while the whole table is scanned for NULLs`,
        safeWay: `Add CHECK (${op.columnName} IS NOT NULL) with postgresqlNotValid: true, VALIDATE it in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the valid check and skips the scan) and drop the check`,
        expects: { lock: "ACCESS EXCLUSIVE", rewrite: false },
      };
    },
  },
  {
    id: "changing-column-type",
    severity: "error",
    summary: "a column type change that rewrites the table",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "alterColumn" || op.type === null || !onExisting(op, ctx)) return null;
      const to = ctx.typeSql(op.type);
      const using = op.dialectOptions["postgresqlUsing"];
      if (op.existingType !== null && (using === undefined || using === null) && changesWithoutRewrite(ctx.typeSql(op.existingType), to)) return null;
      const from = op.existingType === null ? "its current type (existingType not given, so lint cannot tell a safe change)" : ctx.typeSql(op.existingType);
      return {
        message: `op.alterColumn changes ${where(op)}.${op.columnName} from ${from} to ${to}`,
        effect: `ALTER COLUMN TYPE takes ${BLOCKS_ALL}, and rewrites the whole table and rebuilds its indexes`,
        safeWay: "Add a new column of the new type, backfill it in batches, switch the application to it, drop the old one; or change only in ways that do not rewrite (varchar(n) to a larger n or to text, numeric to a larger precision)",
        expects: { lock: "ACCESS EXCLUSIVE", rewrite: true },
      };
    },
  },
  {
    id: "adding-field-with-default",
    severity: "error",
    summary: "a new column whose default rewrites the table (volatile default, identity, serial, stored generated)",
    checkOp: ({ op, statements }, ctx) => {
      if (op.kind !== "addColumn" || !onExisting(op, ctx)) return null;
      const sql = statements.join("\n");
      const volatile = VOLATILE.test(/\bDEFAULT\b([\s\S]*)/i.exec(sql)?.[1] ?? "");
      const why = volatile ? "a volatile DEFAULT (evaluated for every row)"
        : /\bGENERATED\b[\s\S]*\bIDENTITY\b/i.test(sql) || /\b(SMALL|BIG)?SERIAL\b/.test(sql) ? "an identity or serial column (a value for every row)"
        : /\bGENERATED ALWAYS AS\b[\s\S]*\bSTORED\b/i.test(sql) ? "a stored generated column (computed for every row)" : null;
      if (why === null) return null;
      return {
        message: `op.addColumn adds ${where(op)}.${op.column.name} with ${why}`,
        effect: `ADD COLUMN takes ${BLOCKS_ALL}, and rewrites the whole table to fill the new column`,
        safeWay: "Add the column without the default (or with a constant one: PostgreSQL 11+ stores it without a rewrite), set the default with op.alterColumn, then backfill existing rows in batches",
        expects: { lock: "ACCESS EXCLUSIVE", rewrite: true },
      };
    },
  },
  {
    id: "adding-required-field",
    severity: "error",
    summary: "a NOT NULL column without a default on an existing table",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "addColumn" || op.column.nullable || op.column.serverDefault !== null || op.column.identity !== null || op.column.computed !== null || !onExisting(op, ctx)) return null;
      if (op.column.primaryKey) return null; // serial primary keys fill themselves
      return {
        message: `op.addColumn adds NOT NULL column ${where(op)}.${op.column.name} without a server default`,
        effect: "Fails on a table that has rows (column contains null values); on an empty table it works, so it passes in development and fails in production",
        safeWay: "Add it nullable (or with a constant serverDefault), backfill, then make it NOT NULL the safe way (see adding-not-nullable-field)",
      };
    },
  },
  {
    id: "disallowed-unique-constraint",
    severity: "error",
    summary: "a unique constraint instead of a concurrent unique index",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "createUniqueConstraint" || !onExisting(op, ctx)) return null;
      return {
        message: `op.createUniqueConstraint(${shownName(op.constraintName)}) on existing table ${where(op)}`,
        effect: `ADD CONSTRAINT UNIQUE builds its index under ${BLOCKS_ALL}, reading the whole table`,
        safeWay: "op.createIndex(name, table, cols, { unique: true, postgresqlConcurrently: true }) in an autocommitBlock, then op.execute('ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX name') (brief lock)",
        expects: { lock: "ACCESS EXCLUSIVE", rewrite: false },
      };
    },
  },
  {
    id: "prefer-identity",
    severity: "warning",
    summary: "serial instead of an identity column",
    checkOp: ({ op, statements }) => {
      if (op.kind !== "createTable" && op.kind !== "addColumn") return null;
      const m = /\b((?:SMALL|BIG)?SERIAL)\b/.exec(statements.join("\n"));
      if (m === null) return null;
      return {
        message: `op.${op.kind} on ${where(op)} makes a ${m[1]} column (an integer primary key without sa.Identity() becomes SERIAL)`,
        effect: "SERIAL is an owned sequence plus a default: the sequence's ownership, grants and dumps need care, and the column can be written by hand past the sequence",
        safeWay: "sa.Column('id', sa.BigInteger(), sa.Identity(), { primaryKey: true }) (GENERATED BY DEFAULT AS IDENTITY)",
      };
    },
  },
  {
    id: "prefer-bigint-over-int",
    severity: "warning",
    summary: "an int (32-bit) primary key",
    checkOp: ({ op }, ctx) => {
      if (op.kind !== "createTable" && op.kind !== "addColumn") return null;
      const col = columnsOf(op).find((c) => c.primaryKey && /^(INTEGER|SMALLINT)$/.test(ctx.typeSql(c.type)));
      if (col === undefined) return null;
      return {
        message: `op.${op.kind} on ${where(op)}: primary key ${col.name} is ${ctx.typeSql(col.type)}`,
        effect: "A 32-bit key runs out at 2,147,483,647 rows; changing its type later rewrites the table and every table referencing it under ACCESS EXCLUSIVE locks",
        safeWay: "sa.BigInteger() for primary keys (and the foreign keys pointing at them)",
      };
    },
  },
  typeRule("prefer-jsonb", "json instead of jsonb", (sql) => sql === "JSON", (column) => ({
    message: `${column} is json`,
    effect: "json stores the text as given: no equality operator (DISTINCT, GROUP BY and UNIQUE fail), no GIN indexing, every read reparses it",
    safeWay: "postgresql.JSONB() (sa.JSON().withVariant(postgresql.JSONB(), 'postgresql') to stay portable)",
  })),
  typeRule("prefer-timestamptz", "timestamp without time zone", (sql) => /^TIMESTAMP(\(\d+\))?( WITHOUT TIME ZONE)?$/.test(sql), (column, sql) => ({
    message: `${column} is ${sql}`,
    effect: "Values carry no zone: they are read back differently by clients in different time zones, and comparisons across DST changes go wrong",
    safeWay: "sa.DateTime({ timezone: true }) (timestamp with time zone)",
  })),
];
