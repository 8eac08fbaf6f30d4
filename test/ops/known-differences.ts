/**
 * Cases where Retort deliberately prints something other than the recording, each with its
 * reason and the op SQL Retort prints instead, or the error it fails with instead. Everything
 * else must match byte for byte.
 */
export interface KnownDifference {
  readonly reason: string;
  /** The op section Retort prints (null: Retort prints the recording but the case is unstable). */
  readonly sql?: string;
  /** Or the error Retort fails with, where Alembic's is Python's own wording. */
  readonly error?: string;
}

const LATER_ALEMBIC =
  "issue 5 asks for later Alembic's ifExists/ifNotExists SQL; 1.8.1 ignores or rejects the keyword (recorded)";

const CLAUSE_REASON =
  "SQLAlchemy 1.4 fails on another dialect's INSERT clause with a TypeError from inside its compiler; Retort says why";
const refused = (call: string, renderedOn: string): KnownDifference => ({
  reason: CLAUSE_REASON,
  error: `${call} cannot be rendered on this database: it is for ${renderedOn}`,
});
const ON_DUPLICATE_KEY = refused("mysql.insert(...).on_duplicate_key_update()", "MySQL and MariaDB");

export const KNOWN_DIFFERENCES: Readonly<Record<string, KnownDifference>> = {
  "061-mysql-insert-on-duplicate-key": ON_DUPLICATE_KEY,
  "024-kw-create-table-name-after-columns-error": {
    reason: "Python's TypeError names the function and the keyword; Retort names the op and the argument, as for every op",
    error: "op.createTable: got tableName twice, by position and by name",
  },
  "489-bulk-insert-float-integral-ambiguous": {
    reason: "JavaScript has one number type: 0.0 and 2.0 are the integers 0 and 2, so they print without '.0'",
    sql: "INSERT INTO t (f, n) VALUES (0, 2);\n\nINSERT INTO t (f, n) VALUES (1, 3);\n\n",
  },
  "352-create-index-if-not-exists": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_name ON account (name);\n\n" },
  "360-drop-index-if-exists": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_name;\n\n" },
  "640-if-not-exists-create-index": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_email ON account (email);\n\n" },
  "641-if-not-exists-create-index-unique-schema": {
    reason: LATER_ALEMBIC,
    sql: "CREATE UNIQUE INDEX IF NOT EXISTS ix_account_email ON billing.account (email);\n\n",
  },
  "642-if-exists-drop-index": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_email;\n\n" },
  "643-if-exists-drop-index-schema-concurrently": {
    reason: LATER_ALEMBIC,
    sql: "DROP INDEX CONCURRENTLY IF EXISTS billing.ix_account_email;\n\n",
  },
  "645-if-exists-drop-table": { reason: LATER_ALEMBIC, sql: "DROP TABLE IF EXISTS account;\n\n" },
  "646-if-not-exists-add-column": { reason: LATER_ALEMBIC, sql: "ALTER TABLE account ADD COLUMN IF NOT EXISTS age INTEGER;\n\n" },
  "648-if-not-exists-create-index-concurrently": {
    reason: LATER_ALEMBIC,
    sql: "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_account_email ON account (email);\n\n",
  },
};

/** The same for SQLite's recordings (sqlite.sql): the reasons are the ones above. */
export const SQLITE_KNOWN_DIFFERENCES: Readonly<Record<string, KnownDifference>> = {
  "061-mysql-insert-on-duplicate-key": ON_DUPLICATE_KEY,
  "024-kw-create-table-name-after-columns-error": KNOWN_DIFFERENCES["024-kw-create-table-name-after-columns-error"]!,
  "489-bulk-insert-float-integral-ambiguous": KNOWN_DIFFERENCES["489-bulk-insert-float-integral-ambiguous"]!,
  "352-create-index-if-not-exists": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_name ON account (name);\n\n" },
  "360-drop-index-if-exists": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_name;\n\n" },
  "640-if-not-exists-create-index": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_email ON account (email);\n\n" },
  "641-if-not-exists-create-index-unique-schema": {
    reason: LATER_ALEMBIC,
    sql: "CREATE UNIQUE INDEX IF NOT EXISTS billing.ix_account_email ON account (email);\n\n",
  },
  "642-if-exists-drop-index": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_email;\n\n" },
  "643-if-exists-drop-index-schema-concurrently": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS billing.ix_account_email;\n\n" },
  "645-if-exists-drop-table": { reason: LATER_ALEMBIC, sql: "DROP TABLE IF EXISTS account;\n\n" },
  "646-if-not-exists-add-column": { reason: LATER_ALEMBIC, sql: "ALTER TABLE account ADD COLUMN IF NOT EXISTS age INTEGER;\n\n" },
  "648-if-not-exists-create-index-concurrently": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_email ON account (email);\n\n" },
};


/** The same for MySQL's and MariaDB's recordings (mysql.sql, mariadb.sql): MySQL's DROP INDEX names its table. */
export const MYSQL_KNOWN_DIFFERENCES: Readonly<Record<string, KnownDifference>> = {
  "024-kw-create-table-name-after-columns-error": KNOWN_DIFFERENCES["024-kw-create-table-name-after-columns-error"]!,
  "489-bulk-insert-float-integral-ambiguous": KNOWN_DIFFERENCES["489-bulk-insert-float-integral-ambiguous"]!,
  "352-create-index-if-not-exists": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_name ON account (name);\n\n" },
  "360-drop-index-if-exists": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_name ON account;\n\n" },
  "640-if-not-exists-create-index": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_email ON account (email);\n\n" },
  "641-if-not-exists-create-index-unique-schema": {
    reason: LATER_ALEMBIC,
    sql: "CREATE UNIQUE INDEX IF NOT EXISTS ix_account_email ON billing.account (email);\n\n",
  },
  "642-if-exists-drop-index": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_email ON account;\n\n" },
  "643-if-exists-drop-index-schema-concurrently": { reason: LATER_ALEMBIC, sql: "DROP INDEX IF EXISTS ix_account_email ON billing.account;\n\n" },
  "645-if-exists-drop-table": { reason: LATER_ALEMBIC, sql: "DROP TABLE IF EXISTS account;\n\n" },
  "646-if-not-exists-add-column": { reason: LATER_ALEMBIC, sql: "ALTER TABLE account ADD COLUMN IF NOT EXISTS age INTEGER;\n\n" },
  "648-if-not-exists-create-index-concurrently": { reason: LATER_ALEMBIC, sql: "CREATE INDEX IF NOT EXISTS ix_account_email ON account (email);\n\n" },
  "001-on-conflict-do-nothing": refused("postgresql.insert(...).on_conflict_do_nothing()", "PostgreSQL and SQLite"),
  "002-on-conflict-do-update": refused("postgresql.insert(...).on_conflict_do_update()", "PostgreSQL and SQLite"),
  "060-sqlite-insert-on-conflict": refused("sqlite.insert(...).on_conflict_do_nothing()", "PostgreSQL and SQLite"),
};

const BY_DIALECT: Readonly<Record<string, Readonly<Record<string, KnownDifference>>>> = {
  sqlite: SQLITE_KNOWN_DIFFERENCES,
  mysql: MYSQL_KNOWN_DIFFERENCES,
  mariadb: MYSQL_KNOWN_DIFFERENCES,
};

/** The known difference of a case for a dialect, if any. */
export function knownDifference(dialect: string, name: string): KnownDifference | undefined {
  return (BY_DIALECT[dialect] ?? KNOWN_DIFFERENCES)[name];
}
