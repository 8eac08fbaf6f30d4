import type { DbUrl } from "../config/url.js";
import type { DdlSupport } from "./base/ddl-support.js";

/** Rows come back as plain objects keyed by column name. */
export interface QueryResult {
  readonly rows: readonly Record<string, unknown>[];
  readonly rowCount: number;
}

/** A live database connection, as every driver adapter presents it. */
export interface Connection {
  /** Run one statement. `params` use the driver's own placeholder style. */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  close(): Promise<void>;
}

/** How a connection waits for a database another process holds (an embedded database's folder). */
export interface ConnectOptions {
  /** How long to wait; 0 fails at once. */
  readonly lockTimeoutMs: number;
  /** Told once, when the connection starts to wait. */
  readonly onWait: (message: string) => void;
}

/** A connection that knows its dialect and URL: what env.ts hands to `context.configure`. */
export interface BoundConnection extends Connection {
  readonly dialect: Dialect;
  readonly url: DbUrl;
  /** Alias of `query`, in SQLAlchemy's spelling. */
  execute(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
}

/** A database family: how to reach it and how it speaks DDL. */
export interface Dialect {
  readonly name: "postgresql" | "mysql" | "mariadb" | "sqlite";
  /** The name Alembic logs for its impl (`Context impl PostgresqlImpl.`). */
  readonly implName: string;
  /** Whether DDL takes part in transactions (PostgreSQL, SQLite: yes; MySQL: no). */
  readonly transactionalDdl: boolean;
  /** The statement terminator printed in offline mode. */
  readonly terminator: string;
  /** Open a connection; the driver is imported in here, so unused drivers cost nothing. */
  connect(url: DbUrl, options: ConnectOptions): Promise<Connection>;
  /** Quote an identifier only where SQL requires it. */
  quoteIdentifier(name: string): string;
  /** Whether a table exists, without failing (and so without aborting) an open transaction. */
  hasTable(conn: Connection, name: string, schema: string | null): Promise<boolean>;
  /** How operations become statements and SQL text on this database. */
  readonly ddl: DdlSupport;
  /** Whether INSERT into the version table ends with RETURNING (SQLAlchemy's implicit returning). */
  readonly insertReturning: boolean;
}
