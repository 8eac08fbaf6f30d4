/*
 * Every op's arguments as Python allows them: positional, or by name in the options object (the
 * contract's translation of keyword arguments), or a mix. Each named form must print exactly
 * what its positional form prints. And a missing or wrongly typed required argument fails with
 * one FAILED line that names the op, the argument and what it must be, never a JavaScript error.
 */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { runInProcess } from "../graph/harness/run-retort.js";
import { scratchDir } from "../support/scratch.js";

const root = scratchDir("retort-arguments-");
let projects = 0;

/** `upgrade head --sql` of one revision whose upgrade() is `body`, in a project of its own. */
async function offline(body: string): Promise<{ sql: string; stderr: string; code: number; file: string }> {
  const dir = join(root, `p${projects++}`);
  mkdirSync(join(dir, "versions"), { recursive: true });
  writeFileSync(join(dir, "retort.ini"), `[retort]\nscript_location = ${dir}\nurl = postgresql://scott@localhost/test\n`);
  writeFileSync(
    join(dir, "env.ts"),
    `import { context } from "retort-migrate";\ncontext.configure({ url: context.config.getMainOption("url"), literalBinds: true });\nawait context.beginTransaction(async () => { await context.runMigrations(); });\n`,
  );
  writeFileSync(
    join(dir, "versions", "aaaaaaaaaaaa_x.ts"),
    `import { op, sa } from "retort-migrate";\nexport const revision = "aaaaaaaaaaaa";\nexport const downRevision = null;\nexport const branchLabels = null;\nexport const dependsOn = null;\n` +
      `export async function upgrade(): Promise<void> {\n${body}\n}\nexport async function downgrade(): Promise<void> {}\n`,
  );
  const r = await runInProcess(["-c", join(dir, "retort.ini"), "upgrade", "head", "--sql"]);
  return { sql: r.stdout, stderr: r.stderr, code: r.code, file: relative(process.cwd(), join(dir, "versions", "aaaaaaaaaaaa_x.ts")) };
}

/** [positional, named, mixed?]: the same call written the ways Python allows. */
const FORMS: readonly (readonly string[])[] = [
  [`await op.dropTable("t", { schema: "s" });`, `await op.dropTable({ tableName: "t", schema: "s" });`],
  [`await op.renameTable("a", "b");`, `await op.renameTable({ oldTableName: "a", newTableName: "b" });`, `await op.renameTable("a", { newTableName: "b" });`],
  [`await op.createTableComment("t", "hi");`, `await op.createTableComment({ tableName: "t", comment: "hi" });`],
  [`await op.dropTableComment("t", { existingComment: "hi" });`, `await op.dropTableComment({ tableName: "t", existingComment: "hi" });`],
  [`await op.addColumn("t", sa.Column("x", sa.Integer), { schema: "s" });`, `await op.addColumn({ tableName: "t", column: sa.Column("x", sa.Integer), schema: "s" });`],
  [`await op.dropColumn("t", "x");`, `await op.dropColumn({ tableName: "t", columnName: "x" });`, `await op.dropColumn("t", { columnName: "x" });`],
  [`await op.alterColumn("t", "x", { nullable: false });`, `await op.alterColumn({ tableName: "t", columnName: "x", nullable: false });`],
  [`await op.createIndex("ix", "t", ["x"], { unique: true });`, `await op.createIndex({ indexName: "ix", tableName: "t", columns: ["x"], unique: true });`, `await op.createIndex("ix", "t", { columns: ["x"], unique: true });`],
  [`await op.dropIndex("ix", "t");`, `await op.dropIndex({ indexName: "ix", tableName: "t" });`, `await op.dropIndex("ix", { tableName: "t" });`],
  [`await op.createPrimaryKey("pk", "t", ["id"]);`, `await op.createPrimaryKey({ constraintName: "pk", tableName: "t", columns: ["id"] });`],
  [`await op.createUniqueConstraint("uq", "t", ["x"]);`, `await op.createUniqueConstraint({ constraintName: "uq", tableName: "t", columns: ["x"] });`],
  [
    `await op.createForeignKey("fk", "a", "b", ["b_id"], ["id"], { ondelete: "CASCADE" });`,
    `await op.createForeignKey({ constraintName: "fk", sourceTable: "a", referentTable: "b", localCols: ["b_id"], remoteCols: ["id"], ondelete: "CASCADE" });`,
    `await op.createForeignKey("fk", "a", { referentTable: "b", localCols: ["b_id"], remoteCols: ["id"], ondelete: "CASCADE" });`,
  ],
  [`await op.createCheckConstraint("ck", "t", "x > 5");`, `await op.createCheckConstraint({ constraintName: "ck", tableName: "t", condition: "x > 5" });`],
  [`await op.dropConstraint("fk", "a", { type_: "foreignkey" });`, `await op.dropConstraint({ constraintName: "fk", tableName: "a", type_: "foreignkey" });`],
  [`await op.execute("select 1");`, `await op.execute({ sqltext: "select 1" });`],
  [
    `await op.bulkInsert(sa.table("t", sa.column("x", sa.Integer)), [{ x: 1 }]);`,
    `await op.bulkInsert({ table: sa.table("t", sa.column("x", sa.Integer)), rows: [{ x: 1 }] });`,
  ],
  [
    `await op.batchAlterTable("t", async (batchOp) => {\n  await batchOp.addColumn(sa.Column("y", sa.Integer));\n  await batchOp.alterColumn("x", { nullable: true });\n  await batchOp.dropColumn("z");\n  await batchOp.createIndex("ix", ["y"]);\n  await batchOp.dropIndex("ix_old");\n  await batchOp.createUniqueConstraint("uq", ["y"]);\n  await batchOp.createForeignKey("fk", "b", ["y"], ["id"]);\n  await batchOp.createCheckConstraint("ck", "y > 0");\n  await batchOp.dropConstraint("ck_old");\n  await batchOp.createTableComment("c");\n});`,
    `await op.batchAlterTable(async (batchOp) => {\n  await batchOp.addColumn({ column: sa.Column("y", sa.Integer) });\n  await batchOp.alterColumn({ columnName: "x", nullable: true });\n  await batchOp.dropColumn({ columnName: "z" });\n  await batchOp.createIndex({ indexName: "ix", columns: ["y"] });\n  await batchOp.dropIndex({ indexName: "ix_old" });\n  await batchOp.createUniqueConstraint({ constraintName: "uq", columns: ["y"] });\n  await batchOp.createForeignKey({ constraintName: "fk", referentTable: "b", localCols: ["y"], remoteCols: ["id"] });\n  await batchOp.createCheckConstraint({ constraintName: "ck", condition: "y > 0" });\n  await batchOp.dropConstraint({ constraintName: "ck_old" });\n  await batchOp.createTableComment({ comment: "c" });\n}, { tableName: "t" });`,
  ],
];

for (const [positional, ...others] of FORMS) {
  const name = /op\.(\w+)/.exec(positional!)![1]!;
  test(`${name}: the named and mixed forms print what the positional form prints`, async () => {
    const expected = await offline(positional!);
    assert.equal(expected.code, 0, expected.stderr);
    for (const other of others) {
      const got = await offline(other);
      assert.equal(got.code, 0, `${other}\n${got.stderr}`);
      assert.equal(got.sql, expected.sql, other);
    }
  });
}

/**
 * [call, the FAILED line's message after the revision prefix, whether it ends with the calling
 * line (errors found only when the SQL is made, later, do not yet say which call made it)].
 */
const BAD: readonly (readonly [string, string, boolean?])[] = [
  [`await op.createForeignKey({ constraintName: "fk", referentTable: "b", localCols: ["b_id"], remoteCols: ["id"] });`, "op.createForeignKey: sourceTable must be a table name (a string), got undefined"],
  [`await op.createForeignKey("fk", "a", "b", "b_id", ["id"]);`, `op.createForeignKey: localCols must be a list of column names, got "b_id"`],
  [`await op.addColumn("t", "x");`, `op.addColumn: column must be a column (sa.Column(...)), got "x"`],
  [`await op.addColumn({ tableName: "t" });`, "op.addColumn: column must be a column (sa.Column(...)), got undefined"],
  [`await op.createIndex("ix", { columns: ["x"] });`, "op.createIndex: tableName must be a table name (a string), got undefined"],
  [`await op.createIndex("ix", "t", 5);`, "op.createIndex: columns must be a column name, an expression, or a list of them, got 5"],
  [`await op.dropConstraint(null, "t");`, "op.dropConstraint: constraintName must be a name (a string or op.f(...)), got null"],
  [`await op.dropColumn({ tableName: "t", columnName: 3 });`, "op.dropColumn: columnName must be a column name (a string), got 3"],
  [`await op.dropIndex({ tableName: "t" });`, "op.dropIndex: indexName must be a name (a string or op.f(...)), got undefined"],
  [`await op.dropTable();`, "op.dropTable: tableName must be a table name (a string), got undefined"],
  [`await op.renameTable("a");`, "op.renameTable: newTableName must be a table name (a string), got undefined"],
  [`await op.alterColumn("t", { nullable: false });`, "op.alterColumn: columnName must be a column name (a string), got undefined"],
  [`await op.createCheckConstraint("ck", "t", 5);`, "op.createCheckConstraint: condition must be a SQL expression or a string, got 5"],
  [`await op.createUniqueConstraint("uq", "t");`, "op.createUniqueConstraint: columns must be a list of column names, got undefined"],
  [`await op.createPrimaryKey("pk", "t", "id");`, `op.createPrimaryKey: columns must be a list of column names, got "id"`],
  [`await op.execute();`, "op.execute: sqltext must be a SQL string or statement, got undefined"],
  [`await op.execute(() => "select 1");`, "op.execute: sqltext must be a SQL string or statement, got a function"],
  [`await op.bulkInsert("t", [{ x: 1 }]);`, `op.bulkInsert: table must be a table (sa.table(...) or sa.Table(...)), got "t"`],
  [`await op.bulkInsert(sa.table("t"), { x: 1 });`, "op.bulkInsert: rows must be a list of rows (objects), got undefined"],
  [`await op.createTable(5);`, "op.createTable: tableName must be a table name (a string), got 5"],
  [`await op.createTableComment("t");`, "op.createTableComment: comment must be a string or null, got undefined"],
  [`await op.createForeignKey("fk", "a", "b", ["x"], ["id"], { sourceTable: "c" });`, "op.createForeignKey: got sourceTable twice, by position and by name"],
  [`await op.dropTable("a", "b");`, "op.dropTable: takes 1 argument and an options object, got 2 arguments"],
  [`await op.batchAlterTable("t", async (batchOp) => { await batchOp.createIndex({ columns: ["x"] }); });`, "batchOp.createIndex: indexName must be a name (a string or op.f(...)) or null, got undefined"],
  [`await op.batchAlterTable("t", async (batchOp) => { await batchOp.addColumn("x"); });`, `batchOp.addColumn: column must be a column (sa.Column(...)), got "x"`],
  [`await op.batchAlterTable("t", async (batchOp) => { await batchOp.createForeignKey("fk", "b", ["x"]); });`, "batchOp.createForeignKey: remoteCols must be a list of column names, got undefined"],
  [`await op.createTable("t", sa.Column("id", sa.Integer), sa.ForeignKeyConstraint("id", ["u.id"]));`, `sa.ForeignKeyConstraint: columns must be a list of column names or columns, got "id"`],
  [`await op.execute(sa.DDL(5));`, "sa.DDL: statement must be a string, got 5"],
  [`await op.bulkInsert(sa.table("t", "x"), [{ x: 1 }]);`, `sa.table: columns must be sa.column(...) or sa.Column(...), got "x"`],
  [`await op.createIndex("ix", "t", [sa.func.lower(() => 1)]);`, "sa.func.lower: argument 1 must be a SQL expression or a value, got a function"],
  [`await op.addColumn("t", sa.Column("x", sa.String("50")));`, `sa.String: length must be an integer or null, got "50"`],
  [`await op.addColumn("t", sa.Column("x", sa.Integer, { nullable: "no" }));`, `sa.Column: nullable must be true or false, got "no"`],
  [`await op.addColumn("t", sa.Column("x", sa.Enum("a", "b", { name: 5 })));`, "sa.Enum: name must be a name (a string or op.f(...)) or null, got 5"],
  [`await op.createTable("t", sa.Column("id", sa.Integer), { schema: 5 });`, "op.createTable: schema must be a string or null, got 5"],
  [`await (op as any).syncEnumValues("public", "status", ["a"], []);`, "op.syncEnumValues: no such operation"],
  [`await op.batchAlterTable("t", async (batchOp) => { await (batchOp as any).frobnicate("x"); });`, "batchOp.frobnicate: no such batch operation"],
  [`await (op.getBind() as any).scalars("select 1");`, "getBind().scalars: no such method"],
];

test("a missing or wrongly typed required argument fails with one line naming the op, the argument, what it must be and the line that called it", async () => {
  for (const [call, message, located = true] of BAD) {
    const r = await offline(call);
    assert.equal(r.code, 1, call);
    const failed = r.stderr.split("\n").filter((l) => l.startsWith("FAILED"));
    // The body is line 7 of the revision file.
    assert.deepEqual(failed, [`FAILED: Revision aaaaaaaaaaaa failed during upgrade: ${message}${located ? ` (${r.file}:7)` : ""}`], call);
    assert.doesNotMatch(r.stderr, /TypeError|\n\s+at /, call);
  }
});

test("an error found only when the SQL is made names the user's line under the FAILED line", async () => {
  const r = await offline(`await op.alterColumn("t", "id", { type_: sa.Enum("a", "b") });`);
  assert.equal(r.code, 1);
  const lines = r.stderr.split("\n").filter((l) => l.startsWith("FAILED") || l.startsWith("  "));
  assert.deepEqual(lines, ["FAILED: Revision aaaaaaaaaaaa failed during upgrade: PostgreSQL ENUM type requires a name.", `  in ${r.file}:7`]);
});

test("in a history of several revisions, the line named is in the revision that made the call", async () => {
  const dir = join(root, "history");
  mkdirSync(join(dir, "versions"), { recursive: true });
  writeFileSync(join(dir, "retort.ini"), `[retort]\nscript_location = ${dir}\nurl = postgresql://scott@localhost/test\n`);
  writeFileSync(join(dir, "env.ts"), `import { context } from "retort-migrate";\ncontext.configure({ url: context.config.getMainOption("url") });\nawait context.beginTransaction(async () => { await context.runMigrations(); });\n`);
  for (const i of [1, 2, 3]) {
    const call = i === 2 ? `await op.addColumn("t2", "oops");` : `await op.addColumn("t${i}", sa.Column("c", sa.Integer));`;
    writeFileSync(
      join(dir, "versions", `r${i}_x.ts`),
      `import { op, sa } from "retort-migrate";\nexport const revision = "r${i}";\nexport const downRevision = ${i === 1 ? "null" : `"r${i - 1}"`};\n` +
        `export const branchLabels = null;\nexport const dependsOn = null;\n\nexport async function upgrade(): Promise<void> {\n  await op.execute("select ${i}");\n  ${call}\n}\n` +
        `export async function downgrade(): Promise<void> {}\n`,
    );
  }
  const r = await runInProcess(["-c", join(dir, "retort.ini"), "upgrade", "head", "--sql"]);
  assert.equal(r.code, 1);
  const file = relative(process.cwd(), join(dir, "versions", "r2_x.ts"));
  assert.match(r.stderr, new RegExp(`^FAILED: Revision r2 failed during upgrade: op\\.addColumn: column must be a column \\(sa\\.Column\\(\\.\\.\\.\\)\\), got "oops" \\(${file.replaceAll(".", "\\.")}:9\\)$`, "m"));
});

test("every op and batchOp operation, given missing or wrongly typed arguments, fails with a Retort error, never a TypeError", async () => {
  const wrong = `[undefined, null, 5, "x", {}, [], () => "source of a function", [undefined], { a: () => 1 }]`;
  const walk = (target: string, methods: string) =>
    `for (const m of ${methods}) {\n` +
    `  const lists = [[], ...${wrong}.flatMap((w) => [[w], ["x", w], ["x", "y", w], ["x", "y", ["a"], w]])];\n` +
    `  for (const args of lists) {\n` +
    `    try { await ${target}[m](...args); } catch (e) { globalThis.__retortWalk.push([m + "(" + args.map((a) => typeof a === "function" ? "fn" : JSON.stringify(a)).join(", ") + ")", e?.name, String(e?.message)]); }\n` +
    `  }\n` +
    `}`;
  const opMethods = `Object.keys(op).filter((m) => !["f", "inlineLiteral", "getBind", "getContext", "autocommitBlock", "batchAlterTable"].includes(m))`;
  const batchMethods = `Object.keys(batchOp).filter((m) => !["f", "inlineLiteral", "getBind", "getContext"].includes(m))`;
  const results: [string, string, string][] = [];
  (globalThis as { __retortWalk?: unknown[] }).__retortWalk = results;
  try {
    const r = await offline(`${walk("op", opMethods)}\nawait op.batchAlterTable("t", async (batchOp) => {\n${walk("batchOp", batchMethods)}\n});`);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.doesNotMatch(r.stderr, /TypeError|ReferenceError|\n\s+at /);
  } finally {
    delete (globalThis as { __retortWalk?: unknown[] }).__retortWalk;
  }
  assert.ok(results.length > 500, `only ${results.length} failures seen`);
  const raw = results.filter(([, name]) => name !== "RetortError").map(([m, name, message]) => `${m}: ${name}: ${message}`);
  assert.deepEqual([...new Set(raw)], []);
  const dumps = results.filter(([, , message]) => /source of a function|\[object Object\]|=>/.test(message));
  assert.deepEqual(dumps, []);
});
