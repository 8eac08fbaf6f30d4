import { parseUrl, type DbUrl } from "../config/url.js";
import type { BoundConnection, Connection, Dialect } from "../dialects/dialect.js";
import { loadDialect } from "../dialects/registry.js";
import { fail } from "../util/errors.js";
import { activeEnvironment } from "./environment.js";
import { lockTimeoutMs } from "./lock-timeout.js";

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
    performance.mark("retort:connect");
    const raw = await dialect.connect(this.url, { lockTimeoutMs: lockTimeoutMs(env?.config), onWait: (message) => say(`${message}\n`) });
    performance.mark("retort:connected");
    const connection = bindConnection(raw, dialect, this.url);
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
  return Object.freeze({
    dialect,
    url,
    query: (sql: string, params?: readonly unknown[]) => raw.query(sql, params),
    execute: (sql: string, params?: readonly unknown[]) => raw.query(sql, params),
    close: () => {
      closing ??= (async () => {
        performance.mark("retort:close");
        await raw.close();
        performance.mark("retort:closed");
      })();
      return closing;
    },
  });
}

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
