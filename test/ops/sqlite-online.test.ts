/**
 * The op corpus online on SQLite: every case whose Alembic 1.8.1 run SQLite accepts (recorded
 * online on SQLite files by record-sqlite-online.py) runs through Retort on a real SQLite
 * database, which must then hold exactly the schema Alembic's run left: sqlite_master's type,
 * name, table and CREATE text of every table and index, in creation order.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HERE, loadCases, missingNamespace, runOnline } from "./harness.js";
import { openSqlite, schemaOf } from "./sqlite-support.js";

const recorded = JSON.parse(readFileSync(join(HERE, "sqlite-online.json"), "utf8")) as Record<string, unknown[][]>;
const cases = loadCases("cases", "sqlite").filter((c) => recorded[c.name] !== undefined);
const todos = new Map(await Promise.all(cases.map(async (c) => [c.name, await missingNamespace(c)] as const)));

describe("the corpus online on SQLite", () => {
  test("the recording covers a fair share of the corpus", () => {
    assert.ok(cases.length >= 250, `only ${cases.length} cases`);
  });
  for (const c of cases) {
    test(c.name, { todo: todos.get(c.name) }, async () => {
      const conn = await openSqlite();
      try {
        // As the recorder: a table "t" for the cases that add columns to it.
        const sql = c.expectedSql ?? "";
        if (/^ALTER TABLE t ADD COLUMN /m.test(sql) && !/^CREATE TABLE t \(/m.test(sql)) await conn.query("CREATE TABLE t (id INTEGER)");
        await runOnline(c, conn, "sqlite");
        assert.deepEqual(await schemaOf(conn), recorded[c.name]);
      } finally {
        await conn.close();
      }
    });
  }
});
