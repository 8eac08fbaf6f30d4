/**
 * Batch move-and-copy online, without copyFrom: Retort reflects the table from the live
 * database as Alembic does, and must send the same statements that Alembic 1.8.1 sent for
 * the same setup (recorded on PostgreSQL by record-batch-online.py), on a PostgreSQL server
 * and on PGlite. The database accepting them and keeping the rows is checked as well; where
 * Alembic's run fails on the database (a reflected native enum is created again, a primary
 * key is dropped before a foreign key that needs it), Retort's must fail on the same statement.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import type { Connection } from "../../src/dialects/dialect.js";
import { HERE, runOnline, type Case } from "./harness.js";

const ROOT = join(HERE, "batch-online");
const DDL = /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|COMMENT)\b/i;

interface OnlineCase extends Case {
  readonly setup: string;
  readonly statements: string | null;
}

const cases: OnlineCase[] = readdirSync(ROOT).sort().map((name) => {
  const dir = join(ROOT, name);
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : null);
  return {
    name, dir, ts: read("case.ts") ?? "", expectedSql: null,
    expectedError: read("error.txt")?.replace(/\n$/, "") ?? null,
    setup: read("setup.sql") ?? "", statements: read("statements.sql"),
  };
});

/** The recorder's form: the statements that change the database, stripped, tabs as 4 spaces. */
function capturing(conn: Connection): { conn: Connection; text: () => string } {
  let out = "";
  return {
    conn: {
      query: (sql, params) => {
        if (DDL.test(sql) && !sql.includes("alembic_version")) out += sql.replaceAll("\t", "    ").trim() + ";\n\n";
        return conn.query(sql, params);
      },
      close: () => conn.close(),
    },
    text: () => out,
  };
}

async function checkCase(c: OnlineCase, conn: Connection): Promise<void> {
  await conn.query(c.setup);
  const rowsBefore = await tableRows(conn);
  const cap = capturing(conn);
  await conn.query("BEGIN");
  try {
    if (c.expectedError !== null) {
      // Alembic's message is psycopg2's: "(psycopg2.errors.Class) primary message" and details;
      // the server's primary message must be the same, and so must everything sent up to it.
      const server = /^\(psycopg2\.errors\.\w+\) (.*)$/m.exec(c.expectedError)?.[1] ?? null;
      await assert.rejects(runOnline(c, cap.conn), (err: Error) => {
        const messages = [err.message, (err.cause as Error | undefined)?.message];
        assert.ok(messages.includes(server ?? c.expectedError ?? ""), `${err.message} <> ${c.expectedError}`);
        return true;
      });
      assert.equal(cap.text(), c.statements);
      return;
    }
    await runOnline(c, cap.conn);
    assert.equal(cap.text(), c.statements);
    assert.deepEqual(await tableRows(conn), rowsBefore, "every table keeps its number of rows");
  } finally {
    await conn.query("ROLLBACK");
  }
}

/** Row counts of the user tables, by name. */
async function tableRows(conn: Connection): Promise<Record<string, number>> {
  const res = await conn.query(
    "SELECT n.nspname AS s, c.relname AS t FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
      "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2");
  const out: Record<string, number> = {};
  for (const r of res.rows) {
    const q = (x: unknown) => `"${String(x).replaceAll('"', '""')}"`;
    const n = await conn.query(`SELECT count(*) AS n FROM ${q(r["s"])}.${q(r["t"]).replace(/^"_alembic_tmp_/, '"')}`);
    out[`${String(r["s"])}.${String(r["t"])}`] = Number(n.rows[0]?.["n"]);
  }
  return out;
}

describe("batch move-and-copy online on PostgreSQL", () => {
  const admin = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres" });
  before(() => admin.connect());
  after(() => admin.end());
  for (const c of cases) {
    test(c.name, async () => {
      const db = `retort_batch_${process.pid}_${c.name.slice(0, 2)}`;
      await admin.query(`CREATE DATABASE ${db}`);
      const client = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: db });
      await client.connect();
      try {
        await checkCase(c, {
          query: async (sql, params) => {
            const r = await client.query(sql, params as unknown[] | undefined);
            const last = Array.isArray(r) ? r[r.length - 1] : r;
            return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.rowCount ?? 0 };
          },
          close: () => client.end(),
        });
      } finally {
        await client.end();
        await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      }
    });
  }
});

describe("batch move-and-copy online on PGlite", () => {
  for (const c of cases) {
    test(c.name, async () => {
      const db = new PGlite();
      try {
        await checkCase(c, {
          query: async (sql, params) => {
            const r = params === undefined || params.length === 0 ? (await db.exec(sql)).at(-1) : await db.query(sql, params as unknown[]);
            return { rows: (r?.rows ?? []) as Record<string, unknown>[], rowCount: r?.affectedRows ?? 0 };
          },
          close: () => db.close(),
        });
      } finally {
        await db.close();
      }
    });
  }
});
