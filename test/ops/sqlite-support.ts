/** Real SQLite databases for the tests, through Retort's own driver, and what they hold. */
import { parseUrl } from "../../src/config/url.js";
import type { Connection } from "../../src/dialects/dialect.js";
import { sqliteDialect } from "../../src/dialects/sqlite/index.js";
import { runOnline, type Case } from "./harness.js";

/** A connection as Retort opens one (better-sqlite3: foreign keys enforced); `sqlite://` is in memory. */
export async function openSqlite(url = "sqlite://"): Promise<Connection> {
  return sqliteDialect.connect(parseUrl(url), { lockTimeoutMs: 0, onWait: () => {} });
}

/** sqlite_master in creation order (type, name, table, SQL), the version table left out. */
export async function schemaOf(conn: Connection): Promise<unknown[][]> {
  const res = await conn.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name != 'alembic_version' ORDER BY rowid");
  return res.rows.map((r) => [r["type"], r["name"], r["tbl_name"], r["sql"]]);
}

/** Every table's rows by rowid (a WITHOUT ROWID table in key order), by table name. */
export async function rowsOf(conn: Connection): Promise<Record<string, Record<string, unknown>[]>> {
  const names = (await conn.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' ORDER BY name")).rows.map((r) => String(r["name"]));
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const n of names) {
    const q = `"${n.replaceAll('"', '""')}"`;
    const rows = await conn.query(`SELECT * FROM ${q} ORDER BY rowid`).catch(() => conn.query(`SELECT * FROM ${q}`));
    out[n] = [...rows.rows];
  }
  return out;
}

export async function foreignKeysOn(conn: Connection): Promise<boolean> {
  return Number((await conn.query("PRAGMA foreign_keys")).rows[0]?.["foreign_keys"]) === 1;
}

/** A case run as a migration transaction runs (MigrationContext with SQLite's transaction guard). */
export async function runInTransaction(c: Case, conn: Connection): Promise<void> {
  const guard = await sqliteDialect.guardTransaction!(conn);
  await conn.query("BEGIN");
  try {
    await runOnline(c, conn, "sqlite");
    await guard.beforeCommit();
    await conn.query("COMMIT");
  } catch (err) {
    await conn.query("ROLLBACK");
    throw err;
  } finally {
    await guard.afterEnd();
  }
}
