import type { DbUrl } from "../config/url.js";
import type { Handlers } from "../operations/handlers.js";
import type { SqlType } from "../schema/types.js";
import type { Index } from "../schema/constraints.js";
import type { MetaData, Table } from "../schema/table.js";
import type { DdlCompiler } from "./base/compiler.js";
import type { ImplContext } from "./base/impl.js";
import type { Statement } from "./base/statements.js";
import type { BatchAlterTableOp } from "../operations/ops/batch-ops.js";
import type { InspectedTable } from "../reflection/inspected.js";
import type { ReflectBind } from "../schema/bind.js";
import type { LintRule } from "../lint/rule.js";
import type { LockWait } from "../util/poll-lock.js";

/** Rows come back as plain objects keyed by column name. */
export interface QueryResult {
  readonly rows: readonly Record<string, unknown>[];
  readonly rowCount: number;
}

/** A live database connection, as every driver adapter presents it. */
export interface Connection {
  /** Run one statement. `params` use the driver's own placeholder style. */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  /**
   * Run several statements, without parameters, in one round trip, and return one result per
   * statement, in order; the first that fails stops the rest. Absent where a driver cannot
   * (the caller then runs them one by one).
   */
  queryBatch?(sqls: readonly string[]): Promise<QueryResult[]>;
  /**
   * True where a statement runs on another thread or process (a server over a socket), so this
   * one's timers fire while it waits. Absent (SQLite, PGlite): a long statement holds the thread,
   * and the log lines before it are written out before it starts.
   */
  readonly waitsOffThread?: boolean;
  close(): Promise<void>;
  /**
   * Ask the server to stop the statement running now, from the side (the running query then
   * fails). Absent where a driver cannot: the statement then runs to its end.
   */
  cancel?(): Promise<void>;
}

/** How a connection waits for a database another process holds (an embedded database's folder). */
export interface ConnectOptions {
  /** How long to wait; 0 fails at once. */
  readonly lockTimeoutMs: number;
  /** Told once, when the connection starts to wait. */
  readonly onWait: (message: string) => void;
  /** Aborted when the command is interrupted: stop waiting or connecting. */
  readonly signal?: AbortSignal | undefined;
}

/** A connection that knows its dialect and URL: what env.ts hands to `context.configure`. */
export interface BoundConnection extends Connection, ReflectBind {
  readonly dialect: Dialect;
  readonly url: DbUrl;
  /** Alias of `query`, in SQLAlchemy's spelling. */
  execute(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  /** The driver's cancel where it has one; else nothing (the statement runs to its end). */
  cancel(): Promise<void>;
}

export interface DdlFeatures {
  /** The name with_variant() keys types by ("postgresql"). */
  readonly dialectName: string;
  readonly supportsNativeBoolean: boolean;
  readonly supportsNativeEnum: boolean;
  /**
   * Whether a native sa.Enum is a type of its own that CREATE TABLE creates first (PostgreSQL);
   * where it is written inline (MySQL's ENUM(...)), only a type that creates itself does (postgresql.ENUM).
   */
  readonly createsEnumTypes: boolean;
  /** Comments as separate COMMENT ON statements after CREATE TABLE / ADD COLUMN. */
  readonly separateComments: boolean;
  /** The index keyword naming extra columns an index carries (`postgresqlInclude`), if any. */
  readonly indexIncludeOption: string | null;
  /** Whether sequences exist: without them, `seq.create(bind)` and a table's column sequences emit nothing. */
  readonly supportsSequences: boolean;
}

export interface ReflectOptions {
  readonly namingConvention: Readonly<Record<string, string>> | null;
  readonly reflectArgs?: readonly unknown[];
}

/** What `reflectSchema` reads. */
export interface ReflectSchemaOptions {
  /** The schemas to read; null is the connection's default schema. */
  readonly schemas: readonly (string | null)[];
  /** Only these tables (unqualified names); absent: every table of those schemas. */
  readonly tables?: readonly string[];
  readonly namingConvention?: Readonly<Record<string, string>> | null;
}

/** A named enum type of the database (PostgreSQL's CREATE TYPE ... AS ENUM). */
export interface ReflectedEnum {
  readonly name: string;
  readonly schema: string | null;
  readonly labels: readonly string[];
}

/** What Dialect.enumTypeChange() turns into statements (autogenerate's EnumTypeChange). */
export interface EnumTypeChangeSpec {
  readonly name: string;
  readonly schema: string | null;
  readonly from: readonly string[] | null;
  readonly to: readonly string[] | null;
  readonly users: readonly { readonly tableName: string; readonly schema: string | null; readonly columnName: string; readonly array: boolean; readonly serverDefault: string | null }[];
}

/** The live schema, as SQLAlchemy's MetaData.reflect() would build it for this dialect. */
export interface ReflectedSchema {
  /** One sa.Table per table read (views excluded), with columns, keys, constraints and indexes. */
  readonly metadata: MetaData;
  readonly enums: readonly ReflectedEnum[];
  /** How many catalog queries it sent: a fixed number, whatever the number of tables. */
  readonly queries: number;
  /**
   * The same tables as SQLAlchemy's Inspector describes them (get_columns ... dicts), where the
   * dialect has them: what `sa.inspect(bind)` returns verbatim. Absent: derived from the tables.
   */
  readonly inspected?: readonly InspectedTable[];
}

/** The version table a migration lock guards: one lock per database, schema and table. */
export interface LockScope {
  readonly table: string;
  readonly schema: string | null;
}

/** A lock held until `release()`, or until its holder's session or process ends, however it ends. */
export interface MigrationLock {
  release(): Promise<void>;
}

/** A database family: how to reach it and how it speaks DDL. The one plug-in contract. */
export interface Dialect {
  /** As SQLAlchemy names it (`postgresql`, `sqlite`, `mysql`, `mariadb`). */
  readonly name: string;
  /** The name Alembic logs for its impl (`Context impl PostgresqlImpl.`). */
  readonly implName: string;
  /** Whether DDL takes part in transactions online (PostgreSQL, SQLite: yes; MySQL: no). */
  readonly transactionalDdl: boolean;
  /**
   * What offline (--sql) output assumes: Alembic's impl.transactional_ddl, which decides whether
   * BEGIN/COMMIT are printed. SQLite's is false (for pysqlite's sake) though SQLite has transactional DDL.
   */
  readonly offlineTransactionalDdl: boolean;
  /** The statement terminator printed in offline mode. */
  readonly terminator: string;
  /** Open a connection; the driver is imported in here, so unused drivers cost nothing. */
  connect(url: DbUrl, options: ConnectOptions): Promise<Connection>;
  /** Quote an identifier only where SQL requires it. */
  quoteIdentifier(name: string): string;
  /**
   * What the server said about a failed statement besides its message (`DETAIL:  ...`, `HINT:  ...`);
   * `sql` is the statement, for a hint the message alone cannot give.
   */
  describeError(err: unknown, sql?: string): readonly string[];
  /** Whether a table exists, without failing (and so without aborting) an open transaction. */
  hasTable(conn: Connection, name: string, schema: string | null): Promise<boolean>;
  /** How each operation becomes statements on this database. */
  readonly impl: Handlers<Statement[], ImplContext>;
  readonly features: DdlFeatures;
  /** A compiler (statement -> SQL text) for one run; offline ones render as SQLAlchemy does without a server. */
  compiler(o: { readonly offline: boolean }): DdlCompiler;
  /** A value as an SQL literal, its type inferred (strings quoted, numbers bare, null as NULL). */
  renderLiteral(value: unknown): string;
  /** For `.create(bind, { checkfirst: true })` online. */
  typeExists?(conn: Connection, type: SqlType): Promise<boolean>;
  /** For a Sequence's `.create(bind)` / `.drop(bind)` online, which check first by default (SQLAlchemy's has_sequence). */
  sequenceExists?(conn: Connection, name: string, schema: string | null): Promise<boolean>;
  /**
   * The whole schema read from the live database in a fixed number of catalog queries (no
   * per-table queries): what autogenerate, `sa.inspect(bind)` and `MetaData.reflect` build on.
   */
  reflectSchema?(conn: Connection, o: ReflectSchemaOptions): Promise<ReflectedSchema>;
  /** SQLAlchemy's default_schema_name: the schema an unqualified name is in (SQLite's `main`, MySQL's database). */
  defaultSchemaName?(conn: Connection): Promise<string | null>;
  /** SQLAlchemy's get_schema_names. */
  schemaNames?(conn: Connection): Promise<string[]>;
  /**
   * Autogenerate: the namespace a type is rendered from (`postgresql` for postgresql.JSONB); absent
   * or null: `sa`. SQLAlchemy's reflection returns the dialect's own classes for some types.
   */
  autogenTypeModule?(t: SqlType): string | null;
  /**
   * Autogenerate: whether a reflected type and a declared one are the same on this database where
   * their compiled DDL differs (FLOAT is DOUBLE PRECISION on PostgreSQL); null: no opinion, the
   * compiled DDL decides.
   */
  typesEquivalent?(reflected: SqlType, declared: SqlType): boolean | null;
  /**
   * Autogenerate: a server default's SQL as this database reports it back (casts, quoting and
   * synonyms removed), applied to both sides before comparing.
   */
  normalizeServerDefault?(sql: string): string;
  /**
   * Autogenerate: a server default's SQL expression as a rendered `sa.text(...)` gives it (Alembic's
   * impl.render_ddl_sql_expr; SQLite parenthesises an expression, as its DDL needs). Absent: as compiled.
   */
  renderServerDefaultSql?(sql: string): string;
  /** Autogenerate: an index the database made itself, never compared (MySQL's for a foreign key). */
  autogenImplicitIndex?(ix: Index, table: Table): boolean;
  /** Autogenerate: a reflected type's arguments beyond the generic ones, rendered as options (`displayWidth: 11`). */
  autogenTypeOptions?(t: SqlType): readonly (readonly [string, string])[];
  /**
   * Autogenerate, on a dialect that creates enum types: the statements that take a named enum from
   * `from` to `to` values (null: create or drop), each marked where the server cannot run it in a
   * transaction. Absent: enum types are not compared.
   */
  enumTypeChange?(change: EnumTypeChangeSpec): readonly { readonly sql: string; readonly autocommit: boolean }[];
  /** One table read from the database, for batch move-and-copy without copyFrom (Alembic reflects it). */
  reflectTable?(conn: Connection, name: string, schema: string | null, o: ReflectOptions): Promise<Table>;
  /**
   * Online, once connected: the dialect as the server it reached shapes it (SQLAlchemy's
   * dialect.initialize() on first connect reads the server's version and settings). Absent: as loaded.
   */
  initialize?(conn: Connection): Promise<Dialect>;
  /** Whether INSERT into the version table ends with RETURNING (SQLAlchemy's implicit returning). */
  readonly insertReturning: boolean;
  /** Alembic's impl.requires_recreate_in_batch: whether batch recreate="auto" moves and copies (absent: never). */
  requiresRecreateInBatch?(op: BatchAlterTableOp): boolean;
  /**
   * Called online before the runtime opens a transaction (outside any), for settings a database only
   * takes between transactions; the guard's hooks run before COMMIT (a failure there rolls back) and
   * once the transaction has ended either way.
   */
  guardTransaction?(conn: Connection): Promise<TransactionGuard>;
  /**
   * Online move and copy: runs `emit` (the batch's statements, in order) with what the dialect
   * must do around them, and may refuse. `statements` are those `emit` runs.
   */
  guardMoveAndCopy?(conn: Connection, statements: readonly Statement[], emit: () => Promise<void>): Promise<void>;
  /**
   * `retort test`: the whole schema as text rows per kind (tables, columns, constraints, ...) in
   * a fixed handful of catalog queries, the version table left out; two snapshots are compared as sets.
   */
  catalogSnapshot?(conn: Connection, o: SnapshotOptions): Promise<CatalogSnapshot>;
  /** `retort test --url` on a server: a new, empty database next to the URL's, and how to drop it. */
  createScratchDatabase?(url: DbUrl, o: ConnectOptions): Promise<ScratchDatabase>;
  /** `retort lint --trace`: per statement, the locks it took and the tables it rewrote (see StatementTracer). */
  traceStatements?(conn: Connection): Promise<StatementTracer>;
  /** `retort lint`: what this database does with each op (its locks, rewrites, refusals). Absent: only the common rules. */
  readonly lintRules?: readonly LintRule[];
  /**
   * The lock an online command that writes holds from before it reads the version table until
   * its last transaction has ended, so that concurrent runs take turns and each sees what the
   * one before it committed. It dies with the session or process that holds it. Waits as `wait`
   * says (saying once whom for), then throws LockTimeoutError. Absent: the database needs none.
   */
  acquireMigrationLock?(conn: BoundConnection, scope: LockScope, wait: LockWait): Promise<MigrationLock>;
  /**
   * The statement that opens an online transaction; absent: BEGIN. SQLite's BEGIN IMMEDIATE
   * takes the write lock at once, so a run never fails half-way for want of it.
   */
  readonly beginStatement?: string;
}

/** What a dialect does around one online transaction (see Dialect.guardTransaction). */
export interface TransactionGuard {
  /** Inside the transaction, just before COMMIT: throw to roll it back instead. */
  beforeCommit(): Promise<void>;
  /** After COMMIT or ROLLBACK. */
  afterEnd(): Promise<void>;
}

/** What `catalogSnapshot` leaves out. */
export interface SnapshotOptions {
  readonly versionTable: string;
  readonly versionTableSchema: string | null;
}

/** Kind ("tables", "columns", ...) -> one text row per object, sorted. */
export type CatalogSnapshot = Readonly<Record<string, readonly string[]>>;

export interface ScratchDatabase {
  readonly url: DbUrl;
  drop(): Promise<void>;
}

/** One statement as the server ran it, traced. */
export interface TracedStatement {
  readonly sql: string;
  /** Locks the statement took (that its transaction did not hold before), the strongest per relation. */
  readonly locks: readonly TracedLock[];
  /** Tables whose storage was replaced (a rewrite). */
  readonly rewritten: readonly string[];
  readonly ms: number;
}

/** The strongest lock a statement took on one relation. */
export interface TracedLock {
  /** In the database's words ("ACCESS EXCLUSIVE"). */
  readonly mode: string;
  readonly relation: string;
  /** How strong the mode is among the database's modes (higher blocks more). */
  readonly strength: number;
}

/** Wraps each statement of a migration: what it took and rewrote. */
export interface StatementTracer {
  run(sql: string, exec: () => Promise<QueryResult>): Promise<{ result: QueryResult; traced: TracedStatement }>;
}
