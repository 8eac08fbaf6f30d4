import { mysqlLintRules } from "./lint-rules.js";
import type { Connection, Dialect } from "../dialect.js";
import { MysqlCompiler } from "./compiler.js";
import { connectMysql } from "./driver.js";
import { describeError } from "./errors.js";
import { mysqlImpl } from "./impl.js";
import { defaultSchemaName, hasTable, schemaNames, sequenceExists } from "./introspect.js";
import { acquireMigrationLock } from "./lock.js";
import { quotingFor } from "./quoting.js";
import { reflectorsFor } from "./reflect.js";
import { autogenImplicitIndex, autogenTypeModule, autogenTypeOptions, normalizeServerDefault, typesEquivalent } from "./autogen.js";
import { offlineServer, onlineServer, type MysqlServer } from "./server.js";

/** What MySQLDialect.initialize() reads on first connect. */
async function readServer(name: MysqlServer["name"], conn: Connection): Promise<MysqlServer> {
  const res = await conn.query("SELECT VERSION() AS version, @@SESSION.sql_mode AS sql_mode");
  const row = res.rows[0] ?? {};
  const server = onlineServer(name, String(row["version"] ?? ""), String(row["sql_mode"] ?? ""));
  // SQLAlchemy's MariaDB dialect refuses a server that is not MariaDB (MySQLDialect._set_mariadb).
  if (name === "mariadb" && !server.isMariadb) throw new Error(`MySQL version ${String(row["version"])} is not a MariaDB variant.`);
  return server;
}

/**
 * The MySQL dialect for one server: MySQL and MariaDB are one dialect whose quoting, CHECK
 * dropping and option prefix follow the server (see MysqlServer), so MariaDB is a variant of
 * it, not a copy. Alembic's MySQLImpl and MariaDBImpl differ only in name.
 */
export function makeMysqlDialect(server: MysqlServer): Dialect {
  const quoting = quotingFor(server);
  let literals: MysqlCompiler | null = null;
  const dialect: Dialect = Object.freeze<Dialect>({
    name: server.name,
    implName: server.name === "mariadb" ? "MariaDBImpl" : "MySQLImpl",
    // MySQL commits DDL as it runs: each migration is recorded as soon as it is done.
    transactionalDdl: false,
    offlineTransactionalDdl: false,
    terminator: ";",
    insertReturning: false,
    connect: connectMysql,
    initialize: async (conn) => makeMysqlDialect(await readServer(server.name, conn)),
    quoteIdentifier: (name) => quoting.quote(name),
    describeError,
    hasTable,
    sequenceExists,
    ...reflectorsFor(server),
    autogenTypeModule,
    autogenTypeOptions,
    typesEquivalent,
    normalizeServerDefault,
    autogenImplicitIndex,
    defaultSchemaName,
    schemaNames,
    impl: mysqlImpl,
    features: Object.freeze({
      dialectName: server.name, supportsNativeBoolean: false, supportsNativeEnum: true, createsEnumTypes: false,
      separateComments: false, indexIncludeOption: null, supportsSequences: server.supportsSequences,
    }),
    compiler: (o) => new MysqlCompiler(server, o.offline),
    // A compiler holds no state: the one that renders literals is built once per dialect.
    renderLiteral: (value) => (literals ??= new MysqlCompiler(server)).literal(value, null),
    lintRules: mysqlLintRules,
    acquireMigrationLock,
  });
  return dialect;
}

export const mysqlDialect: Dialect = makeMysqlDialect(offlineServer("mysql"));
export const mariadbDialect: Dialect = makeMysqlDialect(offlineServer("mariadb"));
