import type { Dialect } from "../dialect.js";
import { SqliteCompiler } from "./compiler.js";
import { connectSqlite } from "./driver.js";
import { describeError } from "./errors.js";
import { guardTransaction } from "./foreign-keys.js";
import { requiresRecreateInBatch, sqliteImpl } from "./impl.js";
import { sqliteLintRules } from "./lint-rules.js";
import { catalogSnapshot } from "./catalog-snapshot.js";
import { defaultSchemaName, hasTable, schemaNames } from "./introspect.js";
import { acquireMigrationLock } from "./lock.js";
import { guardMoveAndCopy } from "./move-and-copy.js";
import { quoteIdentifier } from "./quoting.js";
import { reflectSchema, reflectTable } from "./reflect-table.js";
import { normalizeServerDefault, renderServerDefaultSql } from "./autogen.js";

export const sqliteDialect: Dialect = Object.freeze<Dialect>({
  name: "sqlite",
  implName: "SQLiteImpl",
  // SQLite has transactional DDL, and Retort's driver lets it use it; Alembic's SQLiteImpl says
  // no (for pysqlite's sake), so --sql prints no BEGIN/COMMIT, as Alembic's does.
  transactionalDdl: true,
  offlineTransactionalDdl: false,
  terminator: ";",
  insertReturning: false,
  connect: connectSqlite,
  quoteIdentifier,
  describeError,
  hasTable,
  impl: sqliteImpl,
  features: Object.freeze({ dialectName: "sqlite", supportsNativeBoolean: false, supportsNativeEnum: false, createsEnumTypes: false, separateComments: false, indexIncludeOption: null, supportsSequences: false }),
  compiler: (o) => new SqliteCompiler(o.offline),
  renderLiteral: (value) => new SqliteCompiler().literal(value, null),
  reflectSchema,
  normalizeServerDefault,
  renderServerDefaultSql,
  defaultSchemaName,
  schemaNames,
  reflectTable,
  requiresRecreateInBatch,
  guardTransaction,
  guardMoveAndCopy,
  lintRules: sqliteLintRules(requiresRecreateInBatch),
  catalogSnapshot,
  acquireMigrationLock,
  beginStatement: "BEGIN IMMEDIATE",
});
