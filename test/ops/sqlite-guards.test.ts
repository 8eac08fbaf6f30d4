/**
 * Batch move and copy on SQLite, beyond Alembic: what the copy would lose or break is kept, or
 * the batch fails naming it and leaves the database as it was; foreign keys are never broken by
 * the copy, and a row left pointing nowhere fails the migration before COMMIT.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Connection } from "../../src/dialects/dialect.js";
import type { Case } from "./harness.js";
import { foreignKeysOn, openSqlite, rowsOf, runInTransaction, schemaOf } from "./sqlite-support.js";
import { runOnline } from "./harness.js";

const migration = (name: string, ts: string): Case => ({ name, dir: "", ts, expectedSql: null, expectedError: null });

async function withDb(setup: string, body: (conn: Connection) => Promise<void>): Promise<void> {
  const conn = await openSqlite();
  try {
    await conn.query(setup);
    await body(conn);
  } finally {
    await conn.close();
  }
}

/** Run `ts` in a migration transaction; it must fail with `message`, leaving schema and rows as they were. */
async function failsUnchanged(conn: Connection, ts: string, message: RegExp): Promise<void> {
  const [schema, rows] = [await schemaOf(conn), await rowsOf(conn)];
  await assert.rejects(runInTransaction(migration("m", ts), conn), message);
  assert.deepEqual(await schemaOf(conn), schema);
  assert.deepEqual(await rowsOf(conn), rows);
  assert.equal(await foreignKeysOn(conn), true);
}

const ACCOUNT = `CREATE TABLE account (
	id INTEGER NOT NULL, 
	name VARCHAR(50), 
	qty INTEGER, 
	legacy TEXT, 
	PRIMARY KEY (id), 
	CHECK (qty > 0)
);
INSERT INTO account (name, qty, legacy) VALUES ('a', 1, 'x'), ('b', 2, 'y');`;

const DROP_LEGACY = `await op.batchAlterTable("account", async (b) => { await b.dropColumn("legacy"); });`;

describe("views, triggers and indexes on expressions", () => {
  test("views on the table, and views on those, are kept and still work", () =>
    withDb(`${ACCOUNT}
      CREATE VIEW v_names AS SELECT id, name FROM account;
      CREATE VIEW v_upper AS SELECT upper(name) AS n FROM v_names;`, async (conn) => {
      await runInTransaction(migration("m", DROP_LEGACY), conn);
      const views = (await schemaOf(conn)).filter((r) => r[0] === "view");
      assert.deepEqual(views.map((r) => [r[1], r[3]]), [
        ["v_names", "CREATE VIEW v_names AS SELECT id, name FROM account"],
        ["v_upper", "CREATE VIEW v_upper AS SELECT upper(name) AS n FROM v_names"],
      ]);
      assert.deepEqual((await conn.query("SELECT n FROM v_upper ORDER BY n")).rows, [{ n: "A" }, { n: "B" }]);
    }));

  test("a view on a column the batch drops fails the batch, naming the view", () =>
    withDb(`${ACCOUNT}
      CREATE VIEW v_legacy AS SELECT legacy FROM account;`, (conn) =>
      failsUnchanged(conn, DROP_LEGACY, /After moving and copying table "account", the schema no longer holds together: error in view v_legacy: no such column: legacy/)));

  test("the table's triggers are kept and still fire", () =>
    withDb(`${ACCOUNT}
      CREATE TABLE audit (what TEXT);
      CREATE TRIGGER account_ins AFTER INSERT ON account BEGIN INSERT INTO audit VALUES (NEW.name); END;`, async (conn) => {
      await runInTransaction(migration("m", DROP_LEGACY), conn);
      assert.deepEqual((await schemaOf(conn)).filter((r) => r[0] === "trigger").map((r) => r[1]), ["account_ins"]);
      await conn.query("INSERT INTO account (name, qty) VALUES ('c', 3)");
      assert.deepEqual((await conn.query("SELECT what FROM audit")).rows, [{ what: "c" }]);
    }));

  test("a trigger on a column the batch drops fails the batch, naming the trigger", () =>
    withDb(`${ACCOUNT}
      CREATE TABLE audit (what TEXT);
      CREATE TRIGGER account_ins AFTER INSERT ON account BEGIN INSERT INTO audit VALUES (NEW.legacy); END;`, (conn) =>
      failsUnchanged(conn, DROP_LEGACY, /error in trigger account_ins: no such column: NEW\.legacy/)));

  test("an index on an expression (which reflection cannot carry) is created again", () =>
    withDb(`${ACCOUNT}
      CREATE INDEX ix_account_lower ON account (lower(name));`, async (conn) => {
      await runInTransaction(migration("m", DROP_LEGACY), conn);
      assert.deepEqual((await schemaOf(conn)).filter((r) => r[0] === "index").map((r) => [r[1], r[3]]), [
        ["ix_account_lower", "CREATE INDEX ix_account_lower ON account (lower(name))"],
      ]);
    }));
});

describe("what the new table keeps", () => {
  test("an unnamed CHECK constraint is kept (Alembic drops it) and still enforced", () =>
    withDb(ACCOUNT, async (conn) => {
      await runInTransaction(migration("m", DROP_LEGACY), conn);
      const sql = String((await conn.query("SELECT sql FROM sqlite_master WHERE name = 'account'")).rows[0]?.["sql"]);
      assert.match(sql, /CHECK \(qty > 0\)/);
      await assert.rejects(conn.query("INSERT INTO account (name, qty) VALUES ('z', 0)"), /CHECK constraint failed/);
    }));

  test("an unnamed CHECK constraint on a column the batch drops fails the batch, naming it", () =>
    withDb(ACCOUNT, (conn) =>
      failsUnchanged(conn, `await op.batchAlterTable("account", async (b) => { await b.dropColumn("qty"); });`,
        /Cannot move and copy table "account": an unnamed CHECK constraint, CHECK \(qty > 0\), refers to column "qty", which the new table does not have/)));

  test("AUTOINCREMENT is kept, and ids go on where they were", () =>
    withDb(`CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, name VARCHAR(50), legacy TEXT);
      INSERT INTO account (name) VALUES ('a'), ('b'); DELETE FROM account WHERE name = 'b';`, async (conn) => {
      await runInTransaction(migration("m", DROP_LEGACY), conn);
      assert.match(String((await conn.query("SELECT sql FROM sqlite_master WHERE name = 'account'")).rows[0]?.["sql"]), /PRIMARY KEY AUTOINCREMENT/);
      await conn.query("INSERT INTO account (name) VALUES ('c')");
      assert.deepEqual((await conn.query("SELECT id, name FROM account ORDER BY id")).rows, [{ id: 1, name: "a" }, { id: 3, name: "c" }]);
    }));

  test("a copy that loses rows fails the batch (a unique constraint ON CONFLICT IGNORE over duplicates)", () =>
    withDb(`${ACCOUNT} INSERT INTO account (name, qty) VALUES ('a', 5);`, (conn) =>
      failsUnchanged(conn, `await op.batchAlterTable("account", async (b) => {
        await b.createUniqueConstraint("uq_account_name", ["name"], { sqliteOnConflict: "IGNORE" });
      });`, /Moving and copying table "account" copied 2 of its 3 rows/)));
});

const FAMILY = `CREATE TABLE account (id INTEGER NOT NULL, name VARCHAR(50), PRIMARY KEY (id));
  CREATE TABLE post (id INTEGER NOT NULL, account_id INTEGER, PRIMARY KEY (id),
    FOREIGN KEY(account_id) REFERENCES account (id) ON DELETE CASCADE);
  INSERT INTO account (id, name) VALUES (1, 'a'), (2, 'b');
  INSERT INTO post (account_id) VALUES (1), (1), (2);`;
const ALTER_ACCOUNT = `await op.batchAlterTable("account", async (b) => { await b.alterColumn("name", { nullable: false }); });`;

describe("foreign keys", () => {
  test("moving a parent table keeps its children's rows (no ON DELETE CASCADE fires), in a migration transaction", () =>
    withDb(FAMILY, async (conn) => {
      await runInTransaction(migration("m", ALTER_ACCOUNT), conn);
      assert.equal((await rowsOf(conn))["post"]?.length, 3);
      assert.equal(await foreignKeysOn(conn), true);
      await assert.rejects(conn.query("INSERT INTO post (account_id) VALUES (99)"), /FOREIGN KEY constraint failed/);
    }));

  test("outside a transaction (transactionalDdl off), the batch switches enforcement off around itself", () =>
    withDb(FAMILY, async (conn) => {
      await runOnline(migration("m", ALTER_ACCOUNT), conn, "sqlite");
      assert.equal((await rowsOf(conn))["post"]?.length, 3);
      assert.equal(await foreignKeysOn(conn), true);
    }));

  test("inside a transaction Retort did not open, with enforcement on, the batch refuses", () =>
    withDb(FAMILY, async (conn) => {
      await conn.query("BEGIN");
      await assert.rejects(runOnline(migration("m", ALTER_ACCOUNT), conn, "sqlite"),
        /Cannot move and copy table "account" with foreign keys enforced inside a transaction Retort did not open/);
      await conn.query("ROLLBACK");
      assert.equal((await rowsOf(conn))["post"]?.length, 3);
    }));

  test("a migration that leaves a row pointing nowhere fails before COMMIT and is rolled back", () =>
    withDb(FAMILY, (conn) =>
      failsUnchanged(conn, `await op.execute("DELETE FROM account WHERE id = 2");`,
        /Foreign key check failed before COMMIT, so the transaction was rolled back: a row of "post" \(rowid 3\) refers to a missing row of "account"/)));

  test("a batch outside a transaction that leaves a row pointing nowhere is undone", () =>
    withDb(`${FAMILY} CREATE TABLE tag (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES post (id));
      PRAGMA foreign_keys = OFF; INSERT INTO tag (post_id) VALUES (42); PRAGMA foreign_keys = ON;`, async (conn) => {
      const schema = await schemaOf(conn);
      await assert.rejects(runOnline(migration("m", ALTER_ACCOUNT), conn, "sqlite"),
        /Foreign key check failed after moving and copying table "account", so the batch was undone: a row of "tag" \(rowid 1\) refers to a missing row of "post"/);
      assert.deepEqual(await schemaOf(conn), schema);
      assert.equal(await foreignKeysOn(conn), true);
    }));
});
