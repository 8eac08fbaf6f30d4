/**
 * MySQL and MariaDB through mysql2, imported only when a `mysql://` or `mariadb://` URL connects.
 * One connection per run, in autocommit (MySQL commits DDL as it runs anyway); several
 * statements in one text are allowed, as with Alembic's default driver (mysqlclient).
 */
import type { DbUrl } from "../../config/url.js";
import type { ConnectOptions, Connection, QueryResult } from "../dialect.js";
import { fail } from "../../util/errors.js";
import { InterruptedError, interruptible } from "../../util/interrupt.js";
import { importModule } from "../../util/import-module.js";

/** The structural part of mysql2/promise's Connection that we use (the driver's types stay out of the build). */
interface MysqlConnection {
  query(sql: string, params?: unknown[]): Promise<[unknown, unknown]>;
  end(): Promise<void>;
  destroy(): void;
  on(event: "error", fn: (err: Error) => void): void;
  readonly threadId: number | null;
}

interface MysqlModule {
  createConnection(options: Record<string, unknown>): Promise<MysqlConnection>;
}

const MODULE = "mysql2/promise";

/** mysql2's connection options for a URL (SQLAlchemy's: host, port, user, password, database, ?unix_socket=, ?charset=). */
function connectionOptions(url: DbUrl): Record<string, unknown> {
  const o: Record<string, unknown> = {
    host: url.host ?? url.query["host"] ?? "localhost",
    port: url.port ?? 3306,
    user: url.username ?? undefined,
    password: url.password ?? undefined,
    database: url.database ?? undefined,
    multipleStatements: true,
    // mysql2 asks for IGNORE_SPACE, which makes function names (RANK, ROW...) reserved words that
    // SQLAlchemy's quoting does not expect: `CREATE TABLE rank (` would fail. Python's drivers do not ask.
    flags: "-IGNORE_SPACE",
    // Large integers and decimals come back as text rather than losing digits.
    supportBigNumbers: true,
  };
  const socket = url.query["unix_socket"];
  if (socket !== undefined) o["socketPath"] = socket;
  const charset = url.query["charset"];
  if (charset !== undefined) o["charset"] = charset;
  return o;
}

/** A result's rows (a SELECT) or affected-row count (anything else); of several statements, the last one's. */
function toResult(result: unknown): QueryResult {
  const last = Array.isArray(result) && result.length > 0 && (Array.isArray(result[0]) || isHeader(result[0])) ? result[result.length - 1] : result;
  if (Array.isArray(last)) return { rows: last as Record<string, unknown>[], rowCount: last.length };
  if (isHeader(last)) return { rows: [], rowCount: Number(last.affectedRows) };
  return { rows: [], rowCount: 0 };
}

function isHeader(x: unknown): x is { affectedRows: number } {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "affectedRows" in x;
}

export async function connectMysql(url: DbUrl, options: ConnectOptions): Promise<Connection> {
  const mysql = await importModule<MysqlModule>(MODULE);
  const settings = connectionOptions(url);
  const open = async (): Promise<MysqlConnection> => {
    const c = await mysql.createConnection(settings);
    c.on("error", () => {}); // a dropped connection surfaces on the next query instead
    return c;
  };
  let conn: MysqlConnection;
  try {
    const pending = open();
    conn = await interruptible(pending, options.signal, () => void pending.then((c) => c.destroy(), () => {}));
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    return fail(`Could not connect to ${url.toString()}: ${describeConnectError(err)}`, err);
  }
  let running = 0;
  return {
    query: async (sql, params) => {
      running++;
      try {
        const [result] = await conn.query(sql, params === undefined ? undefined : [...params]);
        return toResult(result);
      } finally {
        running--;
      }
    },
    close: () => conn.end().catch(() => conn.destroy()),
    // A session cannot be told anything while its statement runs: a second session asks the
    // server to stop that statement (what the mysql client's Ctrl-C does).
    cancel: async () => {
      if (running === 0 || conn.threadId === null) return;
      let side: MysqlConnection | null = null;
      try {
        side = await open();
        await side.query(`KILL QUERY ${Math.trunc(conn.threadId)}`);
      } catch {
        // no second session to be had: the statement runs to its end, and the run stops after it
      } finally {
        await side?.end().catch(() => side?.destroy());
      }
    },
  };
}

function describeConnectError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (e.code === "ENOTFOUND") return "host not found";
  return e.message || String(err);
}
