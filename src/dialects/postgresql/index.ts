import type { Dialect } from "../dialect.js";
import { PostgresqlCompiler } from "./compiler.js";
import { connectPg } from "./driver-pg.js";
import { renderLiteral, typeExists } from "./ddl.js";
import { describeError } from "./errors.js";
import { postgresqlImpl } from "./impl.js";
import { defaultSchemaName, hasTable, schemaNames } from "./introspect.js";
import { acquireMigrationLock } from "./lock.js";
import { quoteIdentifier } from "./quoting.js";
import { autogenTypeModule, normalizeServerDefault, typesEquivalent } from "./autogen.js";
import { enumTypeChange } from "./enum-changes.js";
import { postgresqlLintRules } from "./lint-rules.js";

// What only some commands use (the embedded driver, reflection, autogenerate's and lint's
// helpers) is imported on first use: every command that connects loads this module.
const connectPglite: typeof import("./driver-pglite.js").connectPglite = async (...a) => (await import("./driver-pglite.js")).connectPglite(...a);
const reflectSchema: typeof import("./reflect-schema.js").reflectSchema = async (...a) => (await import("./reflect-schema.js")).reflectSchema(...a);
const reflectTable: typeof import("./reflect-table.js").reflectTable = async (...a) => (await import("./reflect-table.js")).reflectTable(...a);
const catalogSnapshot: typeof import("./catalog-snapshot.js").catalogSnapshot = async (...a) => (await import("./catalog-snapshot.js")).catalogSnapshot(...a);
const createScratchDatabase: typeof import("./scratch.js").createScratchDatabase = async (...a) => (await import("./scratch.js")).createScratchDatabase(...a);
const traceStatements: typeof import("./trace.js").traceStatements = async (...a) => (await import("./trace.js")).traceStatements(...a);

export const postgresqlDialect: Dialect = Object.freeze<Dialect>({
  name: "postgresql",
  implName: "PostgresqlImpl",
  transactionalDdl: true,
  offlineTransactionalDdl: true,
  terminator: ";",
  insertReturning: true,
  connect: (url, options) => (url.backend === "pglite" ? connectPglite(url, options) : connectPg(url, options)),
  quoteIdentifier,
  describeError,
  hasTable,
  defaultSchemaName,
  schemaNames,
  impl: postgresqlImpl,
  features: Object.freeze({ dialectName: "postgresql", supportsNativeBoolean: true, supportsNativeEnum: true, createsEnumTypes: true, separateComments: true, indexIncludeOption: "postgresqlInclude", supportsSequences: true }),
  compiler: ({ offline }) => new PostgresqlCompiler(offline, offline),
  renderLiteral,
  typeExists,
  reflectTable,
  reflectSchema,
  autogenTypeModule,
  typesEquivalent,
  normalizeServerDefault,
  enumTypeChange,
  lintRules: postgresqlLintRules,
  catalogSnapshot,
  createScratchDatabase,
  traceStatements,
  acquireMigrationLock,
});
