/**
 * Batch move and copy online on MariaDB without copyFrom (`recreate: "always"`): Retort reflects
 * the table from the live database, as Alembic does, and must send the statements Alembic 1.8.1
 * sent for the same setup (record-batch-mariadb.py) and leave the same rows; where the server
 * refused Alembic's statements, it must refuse Retort's with the same error.
 */
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Connection } from "../../src/dialects/dialect.js";
import { Engine } from "../../src/runtime/engine.js";
import { parseUrl } from "../../src/config/url.js";
import { runOnline, type Case } from "../ops/harness.js";
import { createDatabase, type MariadbDatabase } from "../support/mariadb.js";

const ROOT = join(new URL(".", import.meta.url).pathname, "batch-mariadb");
const CHANGES = /^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE|RENAME)\b/i;

/**
 * Alembic's text with these replacements is Retort's. SQLAlchemy's post_create_table walks the
 * table options as a Python set (hash order, which changes from run to run); Retort prints them
 * in the order SQLAlchemy's reflection finds them (COMMENT, ENGINE, DEFAULT CHARSET, COLLATE).
 */
const OPTIONS_ORDER = "SQLAlchemy orders table options by a set's hash order";
const KNOWN: Readonly<Record<string, { readonly reason: string; readonly replace: readonly (readonly [string, string])[] }>> = {
  "b01-recreate-rename-drop-add": {
    reason: OPTIONS_ORDER,
    replace: [[")COMMENT='accounts' COLLATE utf8mb4_general_ci DEFAULT CHARSET=utf8mb4 ENGINE=InnoDB;", ")COMMENT='accounts' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;"]],
  },
  "b02-recreate-types-reflect-args": {
    reason: OPTIONS_ORDER,
    replace: [[")COLLATE utf8mb4_general_ci DEFAULT CHARSET=utf8mb4 ENGINE=InnoDB;", ")ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;"]],
  },
  "b03-recreate-child-with-fk": {
    reason: OPTIONS_ORDER,
    replace: [[")COLLATE utf8mb4_general_ci DEFAULT CHARSET=utf8mb4 ENGINE=InnoDB;", ")ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;"]],
  },
};

const cases = readdirSync(ROOT).sort().map((name) => {
  const dir = join(ROOT, name);
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : null);
  return {
    name, dir, ts: read("case.ts") ?? "", expectedSql: null, expectedError: null,
    setup: read("setup.sql") ?? "", statements: read("statements.sql") ?? "",
    error: read("error.txt")?.trim() ?? null, rows: read("rows.json") === null ? null : JSON.parse(read("rows.json")!),
  };
});

function capturing(conn: Connection): { conn: Connection; text: () => string } {
  let out = "";
  return {
    conn: {
      query: (sql, params) => {
        if (CHANGES.test(sql)) out += sql.replaceAll("\t", "    ").trim() + ";\n\n";
        return conn.query(sql, params);
      },
      close: () => conn.close(),
    },
    text: () => out,
  };
}

/** As the recorder wrote them: numbers as they are, dates as `YYYY-MM-DD HH:MM:SS`, the rest as text. */
const plain = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString().replace("T", " ").replace(/\.\d+Z$/, "") : v;

describe("batch move and copy online on MariaDB, reflected as Alembic reflects it", () => {
  const dbs: MariadbDatabase[] = [];
  after(async () => {
    for (const db of dbs) await db.drop();
  });
  for (const c of cases) {
    test(c.name, async () => {
      const db = await createDatabase("retort_batch_my");
      dbs.push(db);
      for (const s of c.setup.split(";\n")) if (s.trim() !== "") await db.query(s);
      const conn = await new Engine(parseUrl(db.url)).connect();
      const cap = capturing(conn);
      try {
        const run = runOnline(c as Case, cap.conn, conn.dialect);
        if (c.error !== null) {
          const [, code, message] = /^\((\d+)\) (.*)$/s.exec(c.error) ?? [];
          // The same refusal: the server's code and message (the recorder's database named as ours).
          await assert.rejects(run, (err: Error & { errno?: number; cause?: Error & { errno?: number } }) => {
            const texts = [err.message, err.cause?.message ?? ""].map((t) => t.replaceAll(db.name, "retort_batch_record"));
            assert.ok(texts.includes(message ?? "?"), `${err.message} <> ${c.error}`);
            assert.equal(String(err.errno ?? err.cause?.errno), code);
            return true;
          });
        } else {
          await run;
        }
      } finally {
        await conn.close();
      }
      let want = c.statements;
      for (const [from, to] of KNOWN[c.name]?.replace ?? []) {
        assert.ok(want.includes(from), `the known difference of ${c.name} is still in the recording`);
        want = want.replace(from, to);
      }
      assert.equal(cap.text(), want);
      if (c.rows === null) return;
      for (const [table, rows] of Object.entries(c.rows as Record<string, Record<string, unknown>[]>)) {
        const [pk] = await db.query(`SELECT GROUP_CONCAT(column_name ORDER BY seq_in_index) AS k FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? AND index_name = 'PRIMARY'`, [table]);
        const order = String(pk?.["k"]).split(",").map((k) => `\`${k}\``).join(", ");
        const got = (await db.query(`SELECT * FROM \`${table}\` ORDER BY ${order}`)).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
        assert.deepEqual(got, rows, `rows of ${table}`);
      }
    });
  }
});
