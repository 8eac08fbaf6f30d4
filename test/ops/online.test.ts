/**
 * A sample of the corpus online, on a real PostgreSQL server and on PGlite: the SQL must be
 * accepted, and the catalog must then hold the tables and columns the offline SQL declares.
 * Each case runs in a transaction that is rolled back, on a fresh database per engine.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import type { Connection } from "../../src/dialects/dialect.js";
import { loadCases, runOnline, type Case } from "./harness.js";

/** Self-contained cases: they create what they touch (no pre-existing tables needed). */
const SAMPLE = /^(0(0[0-9]|1[0-5]|2[3-9]|3[0-9]|4[0-9]|5[0-9])-create-table|5[4-9]\d-|58\d-naming|60\d-quoting|61\d-quoting)/;
// These need tables or sequences that a case does not create itself.
// 570: Alembic's own SQL (SQLAlchemy 1.4's "INTERVAL DAY (3)") is a syntax error in PostgreSQL.
const EXCLUDED = /^(058|557|570|583|584|588|609|611|612|613|617|618)-|prefix-temporary|on-commit|inherits|partition-by|tablespace|with-oids|exclude|foreign-key|self-reference|all-constraints|two-tables-fk|returns-table|sequence-drop|fk$|referred|drop-all|-drop/;

const SCHEMAS = ["billing", "app", "other", "support", "sales", "s", '"Sales"', '"order"', '"Billing"', '"my.schema"']
  .map((s) => `CREATE SCHEMA ${s};`).join(" ");

const cases = loadCases("cases").filter((c) => c.expectedSql !== null && SAMPLE.test(c.name) && !EXCLUDED.test(c.name));

/** Tables and their columns as the recorded CREATE TABLE statements declare them. */
function declaredTables(sql: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of sql.matchAll(/^CREATE (?:\w+ )?TABLE ([^\s(]+) \(\n([\s\S]*?)\n\)/gm)) {
    const name = (m[1] ?? "").split(".").pop()?.replaceAll('"', "") ?? "";
    const cols = (m[2] ?? "").split(", \n").map((l) => l.trim())
      .filter((l) => !/^(CONSTRAINT|PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY|EXCLUDE)\b/.test(l))
      .map((l) => (l.startsWith('"') ? (/^"((?:[^"]|"")*)"/.exec(l)?.[1] ?? "").replaceAll('""', '"') : l.split(" ")[0] ?? ""));
    out.set(name, cols);
  }
  return out;
}

async function checkCase(c: Case, conn: Connection): Promise<void> {
  await conn.query("BEGIN");
  try {
    // The type cases add a column to a table "t" they take as given.
    const sql = c.expectedSql ?? "";
    if (/^ALTER TABLE t ADD COLUMN /m.test(sql) && !/^CREATE TABLE t \(/m.test(sql)) await conn.query("CREATE TABLE t (id INTEGER)");
    await runOnline(c, conn);
    for (const [table, cols] of declaredTables(c.expectedSql ?? "")) {
      const res = await conn.query(
        "SELECT a.attname AS name FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class t ON t.oid = a.attrelid " +
          "WHERE t.relname = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        [table],
      );
      assert.deepEqual(res.rows.map((r) => r["name"]), cols, `columns of ${table}`);
    }
  } finally {
    await conn.query("ROLLBACK");
  }
}

describe("online on PostgreSQL", () => {
  const dbName = `retort_ops_${process.pid}`;
  const admin = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres" });
  const client = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: dbName });
  const conn: Connection = {
    query: async (sql, params) => {
      const r = await client.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as Record<string, unknown>[], rowCount: r.rowCount ?? 0 };
    },
    close: () => client.end(),
  };
  before(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await client.connect();
    await client.query(SCHEMAS);
  });
  after(async () => {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.end();
  });
  for (const c of cases) test(c.name, () => checkCase(c, conn));
});

describe("online on PGlite", () => {
  const db = new PGlite();
  const conn: Connection = {
    query: async (sql, params) => {
      const r = params === undefined || params.length === 0 ? (await db.exec(sql)).at(-1) : await db.query(sql, params as unknown[]);
      return { rows: (r?.rows ?? []) as Record<string, unknown>[], rowCount: r?.affectedRows ?? 0 };
    },
    close: () => db.close(),
  };
  before(async () => {
    await db.exec(SCHEMAS);
  });
  after(() => db.close());
  for (const c of cases) test(c.name, () => checkCase(c, conn));
});

test("the online sample is not empty", () => assert.ok(cases.length >= 30, `only ${cases.length} cases`));
