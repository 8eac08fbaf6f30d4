/*
 * MySQL and MariaDB commit DDL as it runs, so Retort records each migration as soon as it is
 * done: on the real MariaDB server, a failure in migration 3 of 3 leaves 2 recorded, and the
 * FAILED line names the migration, what stayed committed of it, the server's error code and
 * the statement. Ctrl-C stops a long statement on the server (KILL QUERY from a second session).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase, type MariadbDatabase } from "../support/mariadb.js";
import { eventually, startRetort } from "../interrupt/support.js";
import { isSideTable } from "../support/side-tables.js";

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A generic project at `url` with the revisions given as [id, body] (each revises the one before). */
function project(url: string, revisions: readonly (readonly [string, string])[]): string {
  const dir = mkdtempSync(join(tmpdir(), "retort-mariadb-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "tmp"));
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`));
  revisions.forEach(([id, body], i) => {
    const down = i === 0 ? "null" : JSON.stringify(revisions[i - 1]![0]);
    writeFileSync(
      join(dir, "migrations", "versions", `${id}_r.ts`),
      `/** ${id} */\nimport { op, sa } from "retort-migrate";\nexport const revision = "${id}";\nexport const downRevision = ${down};\n` +
        `export async function upgrade(): Promise<void> {\n${body}\n}\nexport async function downgrade(): Promise<void> {}\n`,
    );
  });
  return dir;
}

async function database(): Promise<MariadbDatabase> {
  const db = await createDatabase("retort_my_rt");
  cleanups.push(() => db.drop());
  return db;
}

test("a failure in migration 3 of 3 leaves 2 recorded, and the FAILED line says what of the third stayed", async () => {
  const db = await database();
  const dir = project(db.url, [
    ["aaaa00000001", `  await op.createTable("account", sa.Column("id", sa.Integer, { primaryKey: true }));`],
    ["aaaa00000002", `  await op.addColumn("account", sa.Column("name", sa.String(50)));`],
    ["aaaa00000003", [
      `  await op.createTable("post", sa.Column("id", sa.Integer, { primaryKey: true }));`,
      `  await op.execute("INSERT INTO post (id) VALUES (1)");`,
      `  await op.execute("ALTER TABLE account ADD COLUMN nope INTEGER REFERENCES missing_table (id)");`,
      `  await op.execute("INSERT INTO post (id) VALUES (2)");`,
    ].join("\n")],
  ]);
  const r = retort(dir, ["upgrade", "head"]);
  assert.equal(r.status, 1, r.stderr);
  const failed = r.stderr.split("\n").filter((l) => l.startsWith("FAILED:"));
  assert.equal(failed.length, 1, r.stderr);
  assert.match(failed[0]!, /^FAILED: Revision aaaa00000003 failed during upgrade: /);
  assert.match(failed[0]!, /its 2 earlier statements were committed and may need repair before it is run again \(the version table still says aaaa00000002\); it is recorded as half-applied, so the next run stops at it until you repair it and run with --resume, or stamp$/);
  assert.match(r.stderr, /\n {2}CODE: {2}ER_\w+ \(errno \d+, SQLSTATE \w+\)\n/);
  assert.match(r.stderr, /\n {2}\[SQL: ALTER TABLE account ADD COLUMN nope INTEGER REFERENCES missing_table \(id\)\]\n/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack frames");
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: "aaaa00000002" }]);
  // What the third ran before its failure stays: MySQL cannot take DDL back.
  assert.deepEqual(await db.query("SELECT id FROM post"), [{ id: 1 }]);
  assert.equal(retort(dir, ["current"]).stdout, "aaaa00000002\n");
});

test("a mariadb:// URL on this server, and a mysql+pymysql:// one pasted from a SQLAlchemy tutorial, both work", async () => {
  const db = await database();
  for (const url of [db.url.replace(/^mysql:/, "mariadb:"), db.url.replace(/^mysql:/, "mysql+pymysql:")]) {
    await db.query("DROP TABLE IF EXISTS retort_version");
    await db.query("DROP TABLE IF EXISTS `rank`");
    const dir = project(url, [["bbbb00000001", `  await op.createTable("rank", sa.Column("row", sa.Integer), sa.Column("id", sa.Integer, { primaryKey: true }));`]]);
    const up = retort(dir, ["upgrade", "head"]);
    assert.equal(up.status, 0, up.stderr);
    assert.match(up.stderr, url.startsWith("mariadb") ? /Context impl MariaDBImpl\./ : /Context impl MySQLImpl\./);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: "bbbb00000001" }]);
  }
});

test("Ctrl-C cancels the statement on the server and exits 130 with one FAILED line", async () => {
  const db = await database();
  const dir = project(db.url, [
    ["cccc00000001", `  await op.execute("CREATE TABLE first_tbl (id INTEGER)");`],
    ["cccc00000002", `  await op.execute("CREATE TABLE slow_tbl (id INTEGER)");\n  await op.execute("SELECT SLEEP(30)");\n  await op.execute("CREATE TABLE after_tbl (id INTEGER)");`],
  ]);
  const started = startRetort({ dir, tmp: join(dir, "tmp"), remove: () => {} }, ["upgrade", "head"]);
  await started.stderrIncludes("Running upgrade cccc00000001 -> cccc00000002");
  const sleeping = async () => (await db.query("SELECT COUNT(*) AS n FROM information_schema.processlist WHERE info LIKE 'SELECT SLEEP(30)%'"))[0]!["n"];
  assert.ok(await eventually(async () => Number(await sleeping()) === 1, 10_000), "the slow statement never started");
  const t0 = performance.now();
  started.child.kill("SIGINT");
  const exit = await started.exited;
  assert.equal(exit.status, 130, exit.stderr);
  assert.ok(exit.at - t0 < 5_000, `took ${Math.round(exit.at - t0)} ms`);
  assert.equal(Number(await sleeping()), 0, "the statement still runs on the server");
  const failed = exit.stderr.split("\n").filter((l) => l.startsWith("FAILED:"));
  assert.equal(failed.length, 1, exit.stderr);
  assert.match(failed[0]!, /^FAILED: Interrupted \(SIGINT\) during upgrade of revision cccc00000002/);
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: "cccc00000001" }]);
  const tables = await db.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1");
  assert.deepEqual(tables.map((t) => t["t"]).filter((t) => !isSideTable(t)), ["first_tbl", "retort_version", "slow_tbl"]);
});
