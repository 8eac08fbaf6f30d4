/**
 * Batch mode online on SQLite, reflecting the table from the live database (or from copyFrom):
 * Retort must send the statements Alembic 1.8.1 sent for the same setup and leave the same
 * schema and the same rows (recorded on SQLite files by record-sqlite-online.py). Each case runs
 * as a migration does, in a transaction with foreign keys enforced by the connection (Retort's
 * driver enforces them; Alembic's pysqlite does not), which must be on again afterwards.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Connection } from "../../src/dialects/dialect.js";
import { HERE, type Case } from "./harness.js";
import { foreignKeysOn, openSqlite, rowsOf, runInTransaction, schemaOf } from "./sqlite-support.js";

const ROOT = join(HERE, "batch-online-sqlite");
const CHANGES = /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/i;

/**
 * Where Retort keeps what Alembic's copy loses: Alembic's text with these replacements is Retort's.
 */
const KNOWN: Readonly<Record<string, { readonly reason: string; readonly replace: readonly (readonly [string, string])[] }>> = {
  "s11-composite-pk-inline-references": {
    reason: "SQLAlchemy cannot parse an inline REFERENCES clause and reflects it without its actions; Retort takes them from PRAGMA foreign_key_list",
    replace: [["FOREIGN KEY(a) REFERENCES parent (id),", "FOREIGN KEY(a) REFERENCES parent (id) ON DELETE CASCADE,"]],
  },
};

interface OnlineCase extends Case {
  readonly setup: string;
  readonly statements: string;
  readonly schema: unknown[][] | null;
  readonly rows: Record<string, unknown[]> | null;
}

const cases: OnlineCase[] = readdirSync(ROOT).sort().map((name) => {
  const dir = join(ROOT, name);
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : null);
  const json = (f: string) => (read(f) === null ? null : JSON.parse(read(f)!));
  return {
    name, dir, ts: read("case.ts") ?? "", expectedSql: null, expectedError: read("error.txt")?.replace(/\n$/, "") ?? null,
    setup: read("setup.sql") ?? "", statements: read("statements.sql") ?? "", schema: json("schema.json"), rows: json("rows.json"),
  };
});

/** The statements that change the database, in the recorder's form; the guard's schema probe left out. */
function capturing(conn: Connection): { conn: Connection; text: () => string } {
  let out = "";
  return {
    conn: {
      query: (sql, params) => {
        if (CHANGES.test(sql) && !sql.includes("_retort_probe")) out += sql.replaceAll("\t", "    ").trim() + ";\n\n";
        return conn.query(sql, params);
      },
      close: () => conn.close(),
    },
    text: () => out,
  };
}

const known = (name: string, text: string) => (KNOWN[name]?.replace ?? []).reduce((t, [a, b]) => t.replaceAll(a, b), text);

describe("batch move and copy online on SQLite", () => {
  for (const c of cases) {
    test(c.name, async () => {
      const conn = await openSqlite();
      try {
        await conn.query(c.setup);
        const cap = capturing(conn);
        if (c.expectedError !== null) {
          await assert.rejects(runInTransaction(c, cap.conn), (err: Error) => (assert.equal(err.message, c.expectedError), true));
          assert.equal(cap.text(), c.statements);
        } else {
          await runInTransaction(c, cap.conn);
          assert.equal(cap.text(), known(c.name, c.statements), KNOWN[c.name]?.reason);
          const schema = (c.schema ?? []).map((row) => row.map((v) => (typeof v === "string" ? known(c.name, v) : v)));
          assert.deepEqual(await schemaOf(conn), schema);
          assert.deepEqual(await rowsOf(conn), c.rows);
        }
        assert.equal(await foreignKeysOn(conn), true, "foreign keys are enforced again");
      } finally {
        await conn.close();
      }
    });
  }
});
