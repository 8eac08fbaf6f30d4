/**
 * The reflection API in migrations, through the CLI as a user runs it, on a real SQLite file and
 * a real MariaDB database: `sa.inspect(op.getBind())` (reading in turn with the migration's own
 * operations), `metadata.reflect(bind, { only })` and `await sa.Table(name, metadata, { autoloadWith:
 * bind })` then `op.bulkInsert` into it. Offline (--sql) each fails with one FAILED line naming the call.
 */
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";
import { createDatabase, type MariadbDatabase } from "../support/mariadb.js";

const MIGRATION = `/**
 * reflect
 *
 * Revision ID: 1a2b3c4d5e6f
 * Revises:
 * Create Date: 2026-12-05 00:00:00
 */
import { op, sa } from "retort-migrate";

export const revision = "1a2b3c4d5e6f";
export const downRevision: string | null = null;
export const branchLabels = null;
export const dependsOn = null;

export async function upgrade(): Promise<void> {
  const bind = op.getBind();
  const insp = sa.inspect(bind);
  const before = await insp.hasTable("account");
  if (!before) {
    op.createTable("account",
      sa.Column("id", sa.Integer, { primaryKey: true }),
      sa.Column("name", sa.String(50), { nullable: false }),
      sa.Column("note", sa.String(20), { serverDefault: "n/a" }));
  }
  const after = await insp.hasTable("account");
  const columns = await insp.getColumns("account");
  const meta = sa.MetaData();
  await meta.reflect(bind, { only: ["account"] });
  const account = await sa.Table("account", sa.MetaData(), { autoloadWith: bind });
  await op.bulkInsert(account, [{ id: 1, name: "ann" }, { id: 2, name: "bob" }]);
  op.createTable("seen", sa.Column("info", sa.Text));
  await op.bulkInsert(sa.table("seen", sa.column("info", sa.Text)), [{ info: JSON.stringify({
    before, after,
    columns: columns.map((c) => [c.name, c.nullable, c.default]),
    reflected: [...meta.tables.keys()],
    autoloaded: account.columns.map((c) => c.name),
    tables: await insp.getTableNames(),
    pk: await insp.getPkConstraint("account"),
  }) }]);
}

export async function downgrade(): Promise<void> {
  op.dropTable("seen");
  op.dropTable("account");
}
`;

function project(url: string, migration = MIGRATION): string {
  const dir = scratchDir("retort-reflect-mig-");
  const init = retort(dir, ["init", "migrations"]);
  assert.equal(init.status, 0, init.stderr);
  const ini = readFileSync(join(dir, "retort.ini"), "utf8").replace(/^url = .*$/m, `url = ${url}`);
  writeFileSync(join(dir, "retort.ini"), ini);
  mkdirSync(join(dir, "migrations", "versions"), { recursive: true });
  writeFileSync(join(dir, "migrations", "versions", "1a2b3c4d5e6f_reflect.ts"), migration);
  return dir;
}

const expectedInfo = (defaultText: string, names: string[]) => ({
  before: false,
  after: true,
  columns: [["id", false, null], ["name", false, null], ["note", true, defaultText]],
  reflected: ["account"],
  autoloaded: ["id", "name", "note"],
  tables: names,
  pk: { constrained_columns: ["id"], name: null },
});

/** Offline: the first call that needs the database fails the run, once, naming itself. */
function offlineFails(dir: string): void {
  const r = retort(dir, ["upgrade", "head", "--sql"]);
  assert.equal(r.status, 1);
  const failed = r.stderr.split("\n").filter((l) => l.startsWith("FAILED:"));
  assert.equal(failed.length, 1, r.stderr);
  assert.match(failed[0] ?? "", /sa\.inspect\(bind\)\.hasTable: there is no database to read in offline mode \(--sql\)/);
  assert.doesNotMatch(r.stderr, /TypeError|at .*\.js:\d+/);
}

describe("reflection in a migration on SQLite", () => {
  test("online: inspect, reflect and autoload see what the migration made; offline: one FAILED line", () => {
    const dir = scratchDir("retort-reflect-db-");
    const file = join(dir, "app.db");
    const p = project(`sqlite:///${file}`);
    const r = retort(p, ["upgrade", "head"]);
    assert.equal(r.status, 0, r.stderr);
    const db = new Database(file, { readonly: true });
    try {
      const info = JSON.parse(String((db.prepare("SELECT info FROM seen").get() as { info: string }).info));
      assert.deepEqual(info, expectedInfo("'n/a'", ["account", "retort_version", "seen"]));
      assert.deepEqual(db.prepare("SELECT id, name, note FROM account ORDER BY id").all(), [{ id: 1, name: "ann", note: "n/a" }, { id: 2, name: "bob", note: "n/a" }]);
    } finally {
      db.close();
    }
    offlineFails(p);
  });

  test("a table that is not there: one FAILED line naming the call and the table", () => {
    const dir = scratchDir("retort-reflect-db-");
    const body = MIGRATION.replace(/const bind = op\.getBind\(\);[\s\S]*?\n}\n\nexport async function downgrade/, 'await sa.Table("nowhere", sa.MetaData(), { autoloadWith: op.getBind() });\n}\n\nexport async function downgrade');
    const p = project(`sqlite:///${join(dir, "app.db")}`, body);
    const r = retort(p, ["upgrade", "head"]);
    assert.equal(r.status, 1);
    const failed = r.stderr.split("\n").filter((l) => l.startsWith("FAILED:"));
    assert.equal(failed.length, 1, r.stderr);
    assert.match(failed[0] ?? "", /sa\.Table\("nowhere", metadata, \{ autoloadWith \}\): NoSuchTableError: nowhere/);
  });
});

describe("reflection in a migration on MariaDB", () => {
  let db: MariadbDatabase | undefined;
  after(async () => db?.drop());
  test("online: inspect, reflect and autoload; offline: one FAILED line", async () => {
    db = await createDatabase("retort_reflect_mig");
    const p = project(db.url);
    const r = retort(p, ["upgrade", "head"]);
    assert.equal(r.status, 0, r.stderr);
    const [row] = await db.query("SELECT info FROM seen");
    // Where DDL is not transactional (MySQL/MariaDB), the progress table and the checksum table
    // beside the version table are there while a revision runs.
    const sideTables = ["retort_version", "retort_version_checksums", "retort_version_progress"];
    assert.deepEqual(JSON.parse(String(row?.["info"])), expectedInfo("'n/a'", ["account", ...sideTables, "seen"]));
    assert.deepEqual(await db.query("SELECT id, name, note FROM account ORDER BY id"), [{ id: 1, name: "ann", note: "n/a" }, { id: 2, name: "bob", note: "n/a" }]);
    offlineFails(p);
  });
});
