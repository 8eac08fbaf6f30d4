import type { Dialect } from "../dialect.js";
import { connectPg } from "./driver-pg.js";
import { connectPglite } from "./driver-pglite.js";
import { postgresqlDdl } from "./ddl.js";
import { hasTable } from "./introspect.js";
import { quoteIdentifier } from "./quoting.js";

export const postgresqlDialect: Dialect = Object.freeze<Dialect>({
  name: "postgresql",
  implName: "PostgresqlImpl",
  transactionalDdl: true,
  terminator: ";",
  insertReturning: true,
  connect: (url, options) => (url.backend === "pglite" ? connectPglite(url, options) : connectPg(url)),
  quoteIdentifier,
  hasTable,
  ddl: postgresqlDdl,
});
