import { REFLECT } from "../schema/bind.js";
import { phaseMark } from "../util/phase-mark.js";
import { makeReflector } from "../reflection/reflector.js";
import { parseUrl, type DbUrl } from "../config/url.js";
import type { BoundConnection, Connection, Dialect, QueryResult } from "../dialects/dialect.js";
import { loadDialect } from "../dialects/registry.js";
import { fail, messageOf } from "../util/errors.js";
import { noteFailedStatement } from "../util/failure-details.js";
import { throwIfInterrupted } from "../util/interrupt.js";
import { activeEnvironment } from "./environment.js";
import { lockTimeoutMs } from "./lock-timeout.js";
import { HeldStatements, registerHolder } from "./held-statements.js";

/**
 * A URL that can be connected to: what Alembic's env.py gets from `engine_from_config`.
 * `connect()` returns a connection; `connect(fn)` runs `fn` with one and closes it after,
 * as Python's `with connectable.connect() as connection:` does.
 */
export class Engine {
  constructor(readonly url: DbUrl) {}

  connect(): Promise<BoundConnection>;
  connect<T>(fn: (connection: BoundConnection) => Promise<T>): Promise<T>;
  async connect<T>(fn?: (connection: BoundConnection) => Promise<T>): Promise<BoundConnection | T> {
    const dialect = await loadDialect(this.url);
    const env = activeEnvironment();
    const say = env ? (text: string) => env.options.writeStderr(text) : (text: string) => void process.stderr.write(text);
    const signal = env?.options.signal;
    throwIfInterrupted(signal);
    phaseMark("connect");
    const raw = await dialect.connect(this.url, { lockTimeoutMs: lockTimeoutMs(env?.config), onWait: (message) => say(`${message}\n`), signal });
    phaseMark("connected");
    if (signal?.aborted) {
      await raw.close().catch(() => {}); // interrupted while connecting: the interrupt is what to report
      throwIfInterrupted(signal);
    }
    // The dialect as the server it reached shapes it (MySQL: MariaDB or not, its sql_mode).
    let shaped: Dialect;
    try {
      shaped = dialect.initialize === undefined ? dialect : await dialect.initialize(raw);
    } catch (err) {
      await raw.close().catch(() => {});
      return fail(`Could not connect to ${this.url.toString()}: ${messageOf(err)}`, err);
    }
    const connection = bindConnection(raw, shaped, this.url);
    // One left open by env.ts is closed when the command ends: it may hold a lock and unsaved work.
    env?.trackConnection(connection);
    if (!fn) return connection;
    let result: T;
    try {
      result = await fn(connection);
    } catch (err) {
      await connection.close().catch(() => {}); // the failure that matters is fn's
      throw err;
    }
    await connection.close();
    return result;
  }

  /** Nothing is pooled; kept for env scripts translated from Python that call it. */
  async dispose(): Promise<void> {}
}

export function bindConnection(raw: Connection, dialect: Dialect, url: DbUrl): BoundConnection {
  let closing: Promise<void> | null = null;
  const noteFailure = (err: unknown, sql: string, params?: readonly unknown[]): void => noteFailedStatement(err, dialect.describeError(err, sql), sql, params);
  // Where the driver sends batches, a migration's statements may be held and go with the next
  // one sent (held-statements.ts).
  const sendBatch = raw.queryBatch;
  const held = sendBatch === undefined ? null : new HeldStatements((sqls) => sendBatch.call(raw, sqls), noteFailure);
  const query = async (sql: string, params?: readonly unknown[]) => {
    if (held !== null && held.size > 0) {
      if (params === undefined || params.length === 0) return (await held.send([sql])).at(-1) ?? NO_ROWS;
      await held.flush();
    }
    try {
      return await raw.query(sql, params);
    } catch (err) {
      noteFailure(err, sql, params);
      throw err;
    }
  };
  const queryBatch = held === null ? undefined : (sqls: readonly string[]) => held.send(sqls);
  const bound: BoundConnection = Object.freeze({
    dialect,
    url,
    query,
    ...(queryBatch === undefined ? {} : { queryBatch }),
    ...(raw.waitsOffThread === true ? { waitsOffThread: true } : {}),
    execute: query,
    cancel: async () => {
      if (closing === null) await raw.cancel?.();
    },
    close: () => {
      closing ??= (async () => {
        held?.discard(); // never committed: the server rolls it back with the session
        phaseMark("close");
        await raw.close();
        phaseMark("closed");
      })();
      return closing;
    },
    [REFLECT]: makeReflector((_caller, fn) => fn(bound, dialect)),
  });
  if (held !== null) registerHolder(bound, held);
  return bound;
}

const NO_ROWS: QueryResult = Object.freeze({ rows: [], rowCount: 0 });

export interface EngineFromConfigOptions {
  /** The key prefix Alembic's env.py passes (`sqlalchemy.`); `url` itself is read first. */
  readonly prefix?: string;
}

/** Alembic's `engine_from_config`: the section's `url` (or `<prefix>url`) becomes an Engine. */
export function engineFromConfig(section: Readonly<Record<string, string>> | null, options: EngineFromConfigOptions = {}): Engine {
  const prefix = options.prefix ?? "sqlalchemy.";
  const url = section?.["url"] ?? section?.[`${prefix}url`];
  if (!url) fail(`No database URL: set 'url' (or '${prefix}url') in the ini file`);
  return new Engine(parseUrl(url));
}

/** An Engine for a URL given directly (SQLAlchemy's `create_engine`). */
export function createEngine(url: string | DbUrl): Engine {
  return new Engine(typeof url === "string" ? parseUrl(url) : url);
}
