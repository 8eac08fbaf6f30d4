/**
 * SQLite through better-sqlite3, imported only when a sqlite URL connects. The driver is
 * synchronous: a statement runs to its end on this thread, so there is nothing to cancel from
 * the side (an interrupt stops the run after the statement running, as PGlite's does). After each
 * statement the event loop gets a turn, so that a signal that came meanwhile is seen before the next.
 */
import type { DbUrl } from "../../config/url.js";
import type { ConnectOptions, Connection, QueryResult } from "../dialect.js";
import { fail, messageOf } from "../../util/errors.js";
import { throwIfInterrupted } from "../../util/interrupt.js";
import { importModule } from "../../util/import-module.js";

/** The structural part of better-sqlite3's Database that we use. */
interface SqliteStatement {
  readonly reader: boolean;
  all(...params: unknown[]): Record<string, unknown>[];
  run(...params: unknown[]): { changes: number };
}

interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  close(): void;
  readonly open: boolean;
}

type DatabaseClass = new (filename: string) => SqliteDatabase;

const MODULE = "better-sqlite3";

/** SQLAlchemy's path rule: sqlite:///rel.db is relative to the working folder, sqlite:// is in memory. */
export function databaseFile(url: DbUrl): string {
  return url.database === null || url.database === "" || url.database === ":memory:" ? ":memory:" : url.database;
}

/** What SQLite binds: booleans as 1/0 (as Python's sqlite3 does), undefined as NULL. */
const bindable = (v: unknown): unknown => (typeof v === "boolean" ? (v ? 1 : 0) : v === undefined ? null : v);

export async function connectSqlite(url: DbUrl, options: ConnectOptions): Promise<Connection> {
  // A variable specifier: the driver's types are ours (above), not a dependency of the build.
  const Database = (await importModule<{ default: DatabaseClass }>(MODULE)).default;
  throwIfInterrupted(options.signal);
  let db: SqliteDatabase;
  try {
    db = new Database(databaseFile(url));
  } catch (err) {
    return fail(`Could not open ${url.toString()}: ${messageOf(err)}`, err);
  }
  const query = async (sql: string, params?: readonly unknown[]): Promise<QueryResult> => {
    try {
      return run(sql, params);
    } finally {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const run = (sql: string, params?: readonly unknown[]): QueryResult => {
    let stmt: SqliteStatement;
    try {
      stmt = db.prepare(sql);
    } catch (err) {
      const message = messageOf(err);
      // Only whitespace or comments: nothing to run, as Python's sqlite3 runs nothing.
      if (/contains no statements/.test(message)) return { rows: [], rowCount: 0 };
      // Several statements in one text (op.execute of a script): run them all, as PostgreSQL does.
      if ((params === undefined || params.length === 0) && /more than one statement/.test(message)) {
        db.exec(sql);
        return { rows: [], rowCount: 0 };
      }
      throw err;
    }
    const values = (params ?? []).map(bindable);
    if (stmt.reader) {
      const rows = stmt.all(...values);
      return { rows, rowCount: rows.length };
    }
    return { rows: [], rowCount: stmt.run(...values).changes };
  };
  return {
    query,
    close: async () => {
      if (db.open) db.close();
    },
  };
}
