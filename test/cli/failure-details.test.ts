/*
 * A failing migration says what failed and where: the FAILED line first and alone, then the
 * server's DETAIL/HINT, the statement, and the line of the user's revision file that queued it;
 * with --raiseerr, stack frames name the user's .ts files, never a generated module.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { retort, type CliResult } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

let db: Awaited<ReturnType<typeof createDatabase>>;

before(async () => {
  db = await createDatabase("retort_failure_details");
});

after(async () => {
  await db.drop();
});

const REVISION = "ee0000000001";

/** A project on `url` whose only revision's upgrade() runs `body`; `extra` files are written beside it. */
function project(url: string, body: string, extra: Record<string, string> = {}): string {
  const dir = scratchDir("retort-failure-");
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`));
  const file = [
    `/**`,
    ` * failing`,
    ` */`,
    `import { op, sa } from "retort-migrate";`,
    ...Object.keys(extra).map((name) => `import * as ${name.replace(/\W/g, "_")} from "../${name.replace(/\.ts$/, "")}";`),
    ``,
    `export const revision = "${REVISION}";`,
    `export const downRevision: string | null = null;`,
    ``,
    `export async function upgrade(): Promise<void> {`,
    body,
    `}`,
    ``,
    `export async function downgrade(): Promise<void> {}`,
    ``,
  ].join("\n");
  writeFileSync(join(dir, "migrations", "versions", `${REVISION}_failing.ts`), file);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, "migrations", name), text);
  return dir;
}

/** The line of the revision file where `needle` is. */
function lineOf(dir: string, needle: string): number {
  const text = readFileSync(join(dir, "migrations", "versions", `${REVISION}_failing.ts`), "utf8");
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

/** The lines after the INFO log: the FAILED line and what is indented under it. */
function failure(r: CliResult): string[] {
  assert.equal(r.status, 1, r.stderr);
  return r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
}

const FK_BODY = [
  `  op.createTable("account", sa.Column("id", sa.Integer, { primaryKey: true }));`,
  `  op.createTable("post", sa.Column("id", sa.Integer, { primaryKey: true }), sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id")));`,
  `  const missing: number = 12345;`,
  "  op.execute(`insert into post (account_id) values (${missing})`);",
].join("\n");

for (const backend of ["postgresql", "pglite"] as const) {
  test(`${backend}: a statement the server refuses shows its DETAIL, the statement and the user's line`, () => {
    const url = backend === "postgresql" ? db.url : "pglite://./data";
    const dir = project(url, FK_BODY);
    const lines = failure(retort(dir, ["upgrade", "head"]));
    assert.deepEqual(lines, [
      `FAILED: Revision ${REVISION} failed during upgrade: insert or update on table "post" violates foreign key constraint "post_account_id_fkey"`,
      `  DETAIL:  Key (account_id)=(12345) is not present in table "account".`,
      `  [SQL: insert into post (account_id) values (12345)]`,
      `  in migrations/versions/${REVISION}_failing.ts:${lineOf(dir, "op.execute")}`,
    ]);
  });
}

test("a HINT is shown, bound parameters are listed, and a password in a statement is hidden", async () => {
  const dir = project(db.url, `  op.execute("CREATE ROLE postgres PASSWORD 'sekret-pw'");`);
  const r = retort(dir, ["upgrade", "head"]);
  assert.doesNotMatch(r.stdout + r.stderr, /sekret/);
  const lines = failure(r);
  assert.match(lines[0]!, /^FAILED: Revision ee0000000001 failed during upgrade: /);
  assert.ok(lines.includes(`  [SQL: CREATE ROLE postgres PASSWORD '***']`), lines.join("\n"));
  const hinted = project(db.url, `  await op.getBind().execute("select $1::int + 1 from no_such_function_here()", [41]);`);
  const hint = failure(retort(hinted, ["upgrade", "head"]));
  assert.deepEqual(hint.slice(1), [
    `  HINT:  No function matches the given name and argument types. You might need to add explicit type casts.`,
    `  [SQL: select $1::int + 1 from no_such_function_here()]`,
    `  [parameters: 41]`,
    `  in migrations/versions/${REVISION}_failing.ts:${lineOf(hinted, "getBind")}`,
  ]);
});

test("a long statement is cut short", () => {
  const dir = project(db.url, `  op.execute("select no_such_column, ${"'x', ".repeat(400)}1");`);
  const lines = failure(retort(dir, ["upgrade", "head"]));
  const sql = lines.find((l) => l.startsWith("  [SQL: "))!;
  assert.match(sql, /\.\.\. \(\d+ more characters\)\]$/);
  assert.ok(sql.length < 700, `${sql.length} characters`);
});

test("an error found while generating SQL, offline too, names the user's line", () => {
  const dir = project(db.url, [`  op.createTable("t", sa.Column("id", sa.Integer));`, `  op.alterColumn("t", "id", { type_: sa.Enum() });`].join("\n"));
  for (const args of [["upgrade", "head", "--sql"], ["upgrade", "head"]]) {
    assert.deepEqual(failure(retort(dir, args)), [
      `FAILED: Revision ${REVISION} failed during upgrade: PostgreSQL ENUM type requires a name.`,
      `  in migrations/versions/${REVISION}_failing.ts:${lineOf(dir, "alterColumn")}`,
    ]);
  }
});

const THROWING_BODY = [`  const table: string = "t";`, `  const parts = (undefined as unknown as { a: string[] }).a;`, `  op.dropTable(table + parts.length);`].join("\n");

test("code that throws in a revision file names its line; --raiseerr frames name the .ts file, line and column", () => {
  const dir = project(db.url, THROWING_BODY);
  const line = lineOf(dir, "undefined as unknown");
  assert.deepEqual(failure(retort(dir, ["upgrade", "head"])), [
    `FAILED: Revision ${REVISION} failed during upgrade: Cannot read properties of undefined (reading 'a')`,
    `  in migrations/versions/${REVISION}_failing.ts:${line}`,
  ]);
  const raised = retort(dir, ["--raiseerr", "upgrade", "head"]);
  assert.notEqual(raised.status, 0);
  const file = join(dir, "migrations", "versions", `${REVISION}_failing.ts`);
  // `(undefined as unknown as { a: string[] }).a`: V8 points at the property read.
  const column = "  const parts = (undefined as unknown as { a: string[] }).".length + 1;
  assert.match(raised.stderr, new RegExp(`at upgrade \\(${escape(file)}:${line}:${column}\\)`));
  assert.match(raised.stderr, new RegExp(`at (async )?runMigrationsOnline \\(${escape(join(dir, "migrations", "env.ts"))}:\\d+:\\d+\\)`));
  assert.doesNotMatch(raised.stderr, /-scripts\]|\[bundle-|retort-bundle|data:text/);
});

test("through the bundler (a revision importing a local file) frames and lines name the user's files", () => {
  const helper = ["export function check(n: number): number {", "  const limit: number = 2;", "  if (n > limit) throw new Error(`too many: ${n}`);", "  return n;", "}", ""].join("\n");
  const dir = project(db.url, `  const n: number = 3;\n  helper_ts.check(n);`, { "helper.ts": helper });
  assert.deepEqual(failure(retort(dir, ["upgrade", "head"])), [`FAILED: Revision ${REVISION} failed during upgrade: too many: 3`, `  in migrations/helper.ts:3`]);
  const raised = retort(dir, ["--raiseerr", "upgrade", "head"]);
  assert.match(raised.stderr, new RegExp(`at check \\(${escape(join(dir, "migrations", "helper.ts"))}:3:24\\)`));
  assert.match(raised.stderr, new RegExp(`at upgrade \\(${escape(join(dir, "migrations", "versions", `${REVISION}_failing.ts`))}:${lineOf(dir, "helper_ts.check")}:13\\)`));
  assert.doesNotMatch(raised.stderr, /-scripts\]|\[bundle-|retort-bundle|data:text/);
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
