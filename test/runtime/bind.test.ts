/*
 * op.getBind() as data migrations use it, online on a real server: SQLAlchemy's spellings that
 * real histories call (exec_driver_sql, engine.name, fetchone), and postgresql.CITEXT, which
 * histories written for SQLAlchemy 2.0 (or sqlalchemy-citext) name.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import pg from "pg";
import { runOffline, runOnline, type Case } from "../ops/harness.js";
import { createDatabase } from "../support/pg.js";

let db: Awaited<ReturnType<typeof createDatabase>>;
let client: pg.Client;

before(async () => {
  db = await createDatabase("retort_bind");
  client = new pg.Client(db.url);
  await client.connect();
});

after(async () => {
  await client.end();
  await db.drop();
});

const body = (name: string, ts: string): Case => ({ name, dir: "", ts, expectedSql: null, expectedError: null });

test("exec_driver_sql, engine.name and fetchone work online", async () => {
  const conn = { query: async (sql: string, params?: readonly unknown[]) => { const r = await client.query(sql, params ? [...params] : undefined); return { rows: r.rows, rowCount: r.rowCount ?? 0 }; }, close: async () => {} };
  await runOnline(body("bind", [
    `await op.createTable("t", sa.Column("id", sa.Integer, { primaryKey: true }));`,
    `const bind = op.getBind();`,
    `await bind.exec_driver_sql("INSERT INTO t (id) VALUES ($1), ($2)", [1, 2]);`,
    `const r = await bind.execute("SELECT id FROM t ORDER BY id");`,
    `(globalThis as Record<string, unknown>).seen = [bind.engine.name, bind.engine.dialect.name, r.fetchone(), r.fetchone(), r.fetchone()];`,
  ].join("\n")), conn);
  assert.deepEqual((globalThis as Record<string, unknown>)["seen"], ["postgresql", "postgresql", { id: 1 }, { id: 2 }, null]);
});

test("rows read by name, by position and in iteration, as SQLAlchemy's rows do", async () => {
  const conn = { query: async (sql: string, params?: readonly unknown[]) => { const r = await client.query(sql, params ? [...params] : undefined); return { rows: r.rows, rowCount: r.rowCount ?? 0 }; }, close: async () => {} };
  await runOnline(body("rows", [
    `const bind = op.getBind();`,
    `const seen: unknown[] = [];`,
    `for (const row of await bind.execute("SELECT 1 AS id, 'a' AS name, 3 AS length UNION ALL SELECT 2, 'b', 4 ORDER BY id")) {`,
    `  const [id, name] = row as unknown as unknown[];`,
    `  seen.push([row.name, row[1], id, name, row.length]);`,
    `}`,
    `(globalThis as Record<string, unknown>).rows = seen;`,
  ].join("\n")), conn);
  assert.deepEqual((globalThis as Record<string, unknown>)["rows"], [["a", "a", 1, "a", 3], ["b", "b", 2, "b", 4]]);
});

test("postgresql.CITEXT renders as CITEXT", async () => {
  assert.equal(await runOffline(body("citext", `await op.addColumn("t", sa.Column("email", postgresql.CITEXT(), { nullable: true }));`)), "ALTER TABLE t ADD COLUMN email CITEXT;\n\n");
});
