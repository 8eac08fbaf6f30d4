/*
 * The multidb template with three databases at once: PostgreSQL, a SQLite file and MariaDB.
 * Outputs, SQL files and the schemas left behind are compared with what Alembic 1.8.1's multidb
 * template did with the same revisions (alembic-multidb.json, recorded by record.py).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";
import { createDatabase as createPg } from "../support/pg.js";
import { createDatabase as createMariadb, type MariadbDatabase } from "../support/mariadb.js";
import { isSideTable } from "../support/side-tables.js";

interface Step {
  argv: string[];
  stdout: string;
  stderr: string;
  exitCode: number;
}
interface Recording {
  offlineFiles: Record<string, string>;
  steps: Step[];
  schemaAfterUpgrade: { engine1: unknown[][]; engine2: unknown[][]; engine3: { columns: unknown[][]; indexes: unknown[][] } };
  schemaAfterDowngrade: Recording["schemaAfterUpgrade"];
}
const recorded = JSON.parse(readFileSync(new URL("./alembic-multidb.json", import.meta.url), "utf8")) as Recording;
const alembic = (...argv: string[]): Step => recorded.steps.find((s) => s.argv.join(" ") === argv.join(" ")) ?? assert.fail(`no recording for ${argv.join(" ")}`);

const CREATE_DATE = "2021-11-20 19:17:01.434529";
// The bodies of record.py's revisions, translated by the contract's rule.
const BODIES: Record<string, Record<string, string>> = {
  aaaa00000001: {
    upgrade_engine1: `await op.createTable("account", sa.Column("id", sa.Integer, { primaryKey: true }), sa.Column("name", sa.String(50), { nullable: false }));`,
    downgrade_engine1: `await op.dropTable("account");`,
    upgrade_engine2: `await op.createTable("note", sa.Column("id", sa.Integer, { primaryKey: true }), sa.Column("body", sa.Text()));`,
    downgrade_engine2: `await op.dropTable("note");`,
    upgrade_engine3: `await op.createTable("event", sa.Column("id", sa.Integer, { primaryKey: true }), sa.Column("kind", sa.String(20), { serverDefault: "x" }));`,
    downgrade_engine3: `await op.dropTable("event");`,
  },
  bbbb00000002: {
    upgrade_engine1: `await op.addColumn("account", sa.Column("email", sa.String(100)));`,
    downgrade_engine1: `await op.dropColumn("account", "email");`,
    upgrade_engine3: `await op.createIndex("ix_event_kind", "event", ["kind"]);`,
    downgrade_engine3: `await op.dropIndex("ix_event_kind", { tableName: "event" });`,
  },
};

/** Alembic's logger names, and SQLite's online line: Retort runs SQLite online in a transaction. */
function asAlembicLog(stderr: string, online: boolean): string {
  const log = stderr.replaceAll("[retort.", "[alembic.");
  if (!online) return log;
  return log.replace(/(Context impl SQLiteImpl\.\nINFO  \[alembic\.runtime\.migration\] Will assume) transactional DDL\./g, "$1 non-transactional DDL.");
}

describe("the multidb template on PostgreSQL, SQLite and MariaDB at once", () => {
  let project: string;
  let pg: Awaited<ReturnType<typeof createPg>>;
  let my: MariadbDatabase;
  const run = (...args: string[]) => retort(project, args);

  const revisionFile = (rev: string): string => {
    const dir = join(project, "migrations", "versions");
    return join(dir, readdirSync(dir).find((f) => f.startsWith(rev))!);
  };
  const writeBodies = (rev: string, bodies: Record<string, string>): void => {
    const path = revisionFile(rev);
    let src = readFileSync(path, "utf8").replace(/Create Date: .*/, `Create Date: ${CREATE_DATE}`);
    for (const [fn, body] of Object.entries(bodies)) {
      src = src.replace(`export async function ${fn}(): Promise<void> {\n}`, `export async function ${fn}(): Promise<void> {\n  ${body}\n}`);
    }
    writeFileSync(path, src);
  };

  const schemas = async () => {
    const lite = new Database(join(project, "app.db"), { readonly: true });
    try {
      return {
        engine1: (await pg.query(
          "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
        )).map((r) => Object.values(r)).filter((r) => !isSideTable(r[0])),
        engine2: (lite.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").raw().all() as unknown[][]).filter((r) => !isSideTable(r[2])),
        engine3: {
          columns: (await my.query(
            "SELECT table_name, column_name, column_type, is_nullable FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position", [my.name],
          )).map((r) => Object.values(r)).filter((r) => !isSideTable(r[0])),
          indexes: (await my.query(
            "SELECT table_name, index_name, column_name FROM information_schema.statistics WHERE table_schema = ? ORDER BY table_name, index_name, seq_in_index", [my.name],
          )).map((r) => Object.values(r)).filter((r) => !isSideTable(r[0])),
        },
      };
    } finally {
      lite.close();
    }
  };

  before(async () => {
    [pg, my] = await Promise.all([createPg("retort_multidb"), createMariadb("retort_multidb")]);
    project = scratchDir("retort-multidb-");
    assert.equal(run("init", "-t", "multidb", "migrations").status, 0);
    const iniPath = join(project, "retort.ini");
    writeFileSync(iniPath, readFileSync(iniPath, "utf8")
      .replace("databases = engine1, engine2", "databases = engine1, engine2, engine3")
      .replace("[engine1]\nurl = driver://user:pass@localhost/dbname", `[engine1]\nurl = ${pg.url}`)
      .replace("[engine2]\nurl = driver://user:pass@localhost/dbname2", `[engine2]\nurl = sqlite:///app.db\n\n[engine3]\nurl = ${my.url}`)
      .replace(/^\[retort\]$/m, "[retort]\nversion_table = alembic_version"));
    for (const [rev, message] of [["aaaa00000001", "create tables"], ["bbbb00000002", "more columns"]] as const) {
      const r = run("revision", "-m", message, "--rev-id", rev);
      assert.equal(r.status, 0, r.stderr);
      writeBodies(rev, BODIES[rev]!);
    }
  });
  after(async () => {
    await Promise.all([pg.drop(), my.drop()]);
  });

  test("upgrade head --sql writes each database's SQL to <name>.sql, as Alembic's", () => {
    const r = run("upgrade", "head", "--sql");
    const expected = alembic("upgrade", "head", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, expected.stdout);
    assert.equal(asAlembicLog(r.stderr, false), expected.stderr);
    for (const [name, sql] of Object.entries(recorded.offlineFiles)) {
      assert.equal(readFileSync(join(project, `${name}.sql`), "utf8"), sql, name);
    }
  });

  test("upgrade head migrates the three databases, leaving the schemas Alembic leaves", async () => {
    const r = run("upgrade", "head");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(asAlembicLog(r.stderr, true), alembic("upgrade", "head").stderr);
    assert.deepEqual(await schemas(), recorded.schemaAfterUpgrade);
    const current = run("current");
    assert.equal(current.stdout, alembic("current").stdout);
  });

  test("a failure in one database rolls back the others where they can roll back DDL", async () => {
    const r = run("revision", "-m", "fails on sqlite", "--rev-id", "cccc00000003");
    assert.equal(r.status, 0, r.stderr);
    writeBodies("cccc00000003", {
      upgrade_engine1: `await op.createTable("audit", sa.Column("id", sa.Integer, { primaryKey: true }));`,
      upgrade_engine2: `await op.execute("INSERT INTO no_such_table VALUES (1)");`,
    });
    const failed = run("upgrade", "head");
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /^FAILED: .*no such table: no_such_table/m);
    // PostgreSQL's transaction was still open when SQLite failed: rolled back with it.
    assert.deepEqual(await pg.query("SELECT to_regclass('audit') IS NULL AS gone, (SELECT version_num FROM alembic_version) AS v"), [{ gone: true, v: "bbbb00000002" }]);
    assert.deepEqual(await schemas(), recorded.schemaAfterUpgrade);
    rmSync(revisionFile("cccc00000003"));
  });

  test("downgrade base undoes every database", async () => {
    const r = run("downgrade", "base");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(asAlembicLog(r.stderr, true), alembic("downgrade", "base").stderr);
    assert.deepEqual(await schemas(), recorded.schemaAfterDowngrade);
    const lastCurrent = recorded.steps.filter((s) => s.argv.join(" ") === "current").at(-1)!;
    assert.equal(run("current").stdout, lastCurrent.stdout);
  });
});
