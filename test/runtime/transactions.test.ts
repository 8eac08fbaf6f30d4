/*
 * A failed online run is never half-recorded (contract section 8): by default the whole run is
 * one transaction; with transactionPerMigration only the failing migration is rolled back.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";
import { isSideTable } from "../support/side-tables.js";

function revisionFile(rev: string, down: string | null, body: string): string {
  return `/**\n * ${rev}\n */\nimport { op } from "retort-migrate";\n\nexport const revision = "${rev}";\nexport const downRevision = ${down === null ? "null" : `"${down}"`};\n\nexport async function upgrade(): Promise<void> {\n${body}\n}\n\nexport async function downgrade(): Promise<void> {}\n`;
}

/** A project with three revisions: r1 and r2 create tables, r3 fails after creating one. */
function makeProject(url: string, perMigration: boolean): string {
  const dir = scratchDir("retort-tx-");
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`));
  if (perMigration) {
    const env = join(dir, "migrations", "env.ts");
    writeFileSync(env, readFileSync(env, "utf8").replace("context.configure({ connection, targetMetadata });", "context.configure({ connection, targetMetadata, transactionPerMigration: true });"));
  }
  const versions = join(dir, "migrations", "versions");
  writeFileSync(join(versions, "r1_one.ts"), revisionFile("r1", null, `  await op.execute("CREATE TABLE t1 (id integer)");`));
  // Not awaited: still runs, in order, before the migration commits.
  writeFileSync(join(versions, "r2_two.ts"), revisionFile("r2", "r1", `  void op.execute("CREATE TABLE t2 (id integer)");\n  void op.execute("INSERT INTO t2 VALUES (2)");`));
  writeFileSync(join(versions, "r3_three.ts"), revisionFile("r3", "r2", `  await op.execute("CREATE TABLE t3 (id integer)");\n  throw new Error("boom in r3");`));
  return dir;
}

describe("PostgreSQL server", () => {
  let db: Awaited<ReturnType<typeof createDatabase>>;
  before(async () => {
    db = await createDatabase("retort_tx");
  });
  after(async () => db?.drop());
  const tables = async () => (await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).map((r) => r["table_name"]).filter((t) => !isSideTable(t));

  test("by default a failing migration rolls back the whole run, version table included", async () => {
    const dir = makeProject(db.url, false);
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^FAILED: Revision r3 failed during upgrade: boom in r3$/m);
    assert.deepEqual(await tables(), []);
  });

  test("with transactionPerMigration the migrations before the failure stay applied and recorded", async () => {
    const dir = makeProject(db.url, true);
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.deepEqual(await tables(), ["retort_version", "t1", "t2"]);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: "r2" }]);
    assert.deepEqual(await db.query("SELECT id FROM t2"), [{ id: 2 }]);
    assert.equal(retort(dir, ["current"]).stdout, "r2\n");
  });

  test("an operation that fails without being awaited fails its migration", async () => {
    const dir = makeProject(db.url, false);
    writeFileSync(join(dir, "migrations", "versions", "r3_three.ts"), revisionFile("r3", "r2", `  void op.execute("CREATE TABLE t1 (id integer)");`));
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^FAILED: Revision r3 failed during upgrade: .*"t1" already exists/m);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: "r2" }]);
  });
});

describe("embedded PGlite", () => {
  test("a failing migration leaves the schema and the version table as they were", () => {
    const dir = makeProject("pglite:///%(here)s/data", false);
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /FAILED: Revision r3 failed during upgrade: boom in r3/);
    assert.equal(retort(dir, ["current"]).stdout, "");
    const ok = retort(dir, ["upgrade", "r2"]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(retort(dir, ["current"]).stdout, "r2\n");
  });
});

describe("SQLite file", () => {
  /** The tables of the project's app.db, read with the driver Retort uses. */
  const tables = async (dir: string): Promise<string[]> => {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(join(dir, "app.db"), { readonly: true });
    try {
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name).filter((t) => !isSideTable(t));
    } finally {
      db.close();
    }
  };

  test("by default a failing migration rolls back the whole run, version table included", async () => {
    const dir = makeProject("sqlite:///%(here)s/app.db", false);
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^INFO {2}\[retort\.runtime\.migration\] Will assume transactional DDL\.$/m);
    assert.match(r.stderr, /^FAILED: Revision r3 failed during upgrade: boom in r3$/m);
    assert.deepEqual(await tables(dir), []);
    assert.equal(retort(dir, ["current"]).stdout, "");
  });

  test("with transactionPerMigration the migrations before the failure stay applied and recorded", async () => {
    const dir = makeProject("sqlite:///%(here)s/app.db", true);
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.deepEqual(await tables(dir), ["retort_version", "t1", "t2"]);
    assert.equal(retort(dir, ["current"]).stdout, "r2\n");
  });

  test("a statement SQLite refuses fails with its extended code under the FAILED line, and ALTER COLUMN with a hint", () => {
    const dir = makeProject("sqlite:///%(here)s/app.db", false);
    writeFileSync(join(dir, "migrations", "versions", "r3_three.ts"),
      revisionFile("r3", "r2", `  await op.alterColumn("t1", "id", { type_: "BIGINT" as never });`).replace(`import { op }`, `import { op, sa }`)
        .replace(`{ type_: "BIGINT" as never }`, `{ type_: sa.BigInteger() }`));
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.slice(r.stderr.indexOf("FAILED:")), [
      `FAILED: Revision r3 failed during upgrade: near "TYPE": syntax error`,
      "  CODE:  SQLITE_ERROR",
      "  HINT:  SQLite cannot alter a column this way; change it inside op.batchAlterTable(), which moves and copies the table",
      "  [SQL: ALTER TABLE t1 ALTER COLUMN id TYPE BIGINT]",
      `  in ${join("migrations", "versions", "r3_three.ts")}:10`,
      "",
    ].join("\n"));
  });

  test("a foreign key a migration breaks fails it before COMMIT", async () => {
    const dir = makeProject("sqlite:///%(here)s/app.db", false);
    writeFileSync(join(dir, "migrations", "versions", "r3_three.ts"), revisionFile("r3", "r2",
      `  await op.execute("CREATE TABLE p (id integer PRIMARY KEY)");\n  await op.execute("CREATE TABLE c (p_id integer REFERENCES p (id))");\n  await op.execute("INSERT INTO c VALUES (7)");`));
    const r = retort(dir, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^FAILED: Foreign key check failed before COMMIT, so the transaction was rolled back: a row of "c" \(rowid 1\) refers to a missing row of "p"$/m);
    assert.deepEqual(await tables(dir), []);
  });
});
