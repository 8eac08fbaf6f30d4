/**
 * The op corpus online on MariaDB: each case whose recorded mariadb.sql runs unchanged on an
 * empty database (CASES.md, `record.py --dialect mariadb --online`) runs through Retort on a fresh
 * database over `mysql://`, and a second fresh database runs Alembic's recorded script; both must
 * then hold the same tables (the version table aside): information_schema's columns and indexes,
 * SHOW CREATE TABLE, and the rows.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HERE, loadCases, runOnline } from "./harness.js";
import { Engine } from "../../src/runtime/engine.js";
import { parseUrl } from "../../src/config/url.js";
import { createDatabase, type MariadbDatabase } from "../support/mariadb.js";

const CASES_MD = readFileSync(join(HERE, "CASES.md"), "utf8");
const listed = new Set([...(/<!-- online-mariadb:begin -->([\s\S]*?)<!-- online-mariadb:end -->/.exec(CASES_MD)?.[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]));
const cases = loadCases("cases", "mariadb").filter((c) => listed.has(c.name));

const SEQUENCES = "the recording is offline, where SQLAlchemy assumes no sequences; MariaDB 10.3+ has them, so online Retort (as Alembic online) creates them and a column's Sequence replaces AUTO_INCREMENT";
/** Cases whose recorded script is not what runs online: Retort's run must succeed (or fail as said), unchecked against it. */
const ONLINE_DIFFERS: Readonly<Record<string, { readonly reason: string; readonly error?: RegExp }>> = {
  "550-sequence-create-via-object": { reason: SEQUENCES },
  "551-sequence-create-options": { reason: SEQUENCES },
  "552-sequence-create-schema": { reason: `${SEQUENCES}; in a schema (database) that does not exist`, error: /Unknown database 'sales'/ },
  "553-sequence-drop": { reason: SEQUENCES },
  "556-sequence-column-create-table": { reason: SEQUENCES },
  "558-sequence-data-type": { reason: `${SEQUENCES}; MariaDB 10.11 has no AS <type> in CREATE SEQUENCE`, error: /near 'AS SMALLINT/ },
  "559-sequence-no-options": { reason: SEQUENCES },
  "622-quoting-sequence-mixed": { reason: `${SEQUENCES}; in a schema (database) that does not exist`, error: /Unknown database 'Sales'/ },
  "623-quoting-comment-backslash-unicode": { reason: "the offline writer turns a tab inside a comment into four spaces; online the tab is sent as it is" },
  "670-execute-empty-string": { reason: "MySQL refuses an empty query (the mariadb client skips it)", error: /Query was empty/ },
};

/** The statements of an offline script: each ends with ";" and a blank line; "-- " lines are comments. */
function statementsOf(script: string): string[] {
  return script.split(/;\n\n/).map((s) => s.replace(/^-- .*$/gm, "").trim()).filter((s) => s !== "");
}

/** Everything the server says about the database's tables but the version table, in a stated order. */
async function snapshot(db: MariadbDatabase): Promise<unknown> {
  const tables = (await db.query(
    "SELECT table_name AS t, engine, table_comment FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name NOT LIKE 'alembic\\_version%' ORDER BY table_name",
  ));
  const columns = await db.query(
    "SELECT table_name, column_name, ordinal_position, column_default, is_nullable, column_type, column_key, extra, column_comment, generation_expression " +
      "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name NOT LIKE 'alembic\\_version%' ORDER BY table_name, ordinal_position",
  );
  const indexes = await db.query(
    "SELECT table_name, index_name, non_unique, seq_in_index, column_name, sub_part, index_type FROM information_schema.statistics " +
      "WHERE table_schema = DATABASE() AND table_name NOT LIKE 'alembic\\_version%' ORDER BY table_name, index_name, seq_in_index",
  );
  const ddl: unknown[] = [];
  for (const t of tables) {
    const name = String(t["t"] ?? t["TABLE_NAME"]);
    const [row] = await db.query(`SHOW CREATE TABLE \`${name.replaceAll("`", "``")}\``);
    const rows = await db.query(`SELECT * FROM \`${name.replaceAll("`", "``")}\``);
    ddl.push([row?.["Create Table"], rows]);
  }
  return { tables, columns, indexes, ddl };
}

describe("the corpus online on MariaDB", { concurrency: 4, timeout: 60_000 }, () => {
  test("the online list covers a fair share of the corpus", () => {
    assert.ok(cases.length >= 120, `only ${cases.length} cases`);
  });

  for (const c of cases) {
    test(c.name, { timeout: 20_000 }, async () => {
      const differs = ONLINE_DIFFERS[c.name];
      const ours = await createDatabase("retort_my_ops");
      const theirs = await createDatabase("retort_my_rec");
      try {
      // Alembic's recorded script, as the `mariadb` client runs it: statement by statement, comments and empty ones left out.
      if (differs === undefined) for (const statement of statementsOf(readFileSync(join(c.dir, "mariadb.sql"), "utf8"))) await theirs.query(statement);
      // mariadb:// as recorded (a mysql:// URL reads the mysql* options, which mariadb.sql leaves out).
        const conn = await new Engine(parseUrl(ours.url.replace(/^mysql:/, "mariadb:"))).connect();
      try {
        if (differs?.error !== undefined) {
          await assert.rejects(runOnline(c, conn, conn.dialect), differs.error, differs.reason);
          return;
        }
        await runOnline(c, conn, conn.dialect);
      } finally {
        await conn.close();
      }
      if (differs !== undefined) return;
      const expected = await snapshot(theirs);
      assert.deepEqual(await snapshot(ours), expected);
      } finally {
        await ours.drop();
        await theirs.drop();
      }
    });
  }
});
