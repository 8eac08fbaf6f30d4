/** PostgreSQL's DDL plug-in: attach `postgresqlDdl` to the PostgreSQL dialect object. */
import type { DdlSupport } from "../base/ddl-support.js";
import type { Connection } from "../dialect.js";
import type { SqlType } from "../../schema/types.js";
import { PostgresqlCompiler } from "./compiler.js";
import { postgresqlImpl } from "./impl.js";
import { quoteIdentifier } from "./quoting.js";
import { reflectTable } from "./reflect-table.js";

export { quoteIdentifier };

/** For version-table SQL: a literal as SQLAlchemy renders it offline (strings quoted, '' doubled). */
export function renderLiteral(value: unknown): string {
  return new PostgresqlCompiler(true).literal(value, null);
}

async function typeExists(conn: Connection, type: SqlType): Promise<boolean> {
  const spec = type.enumSpec;
  if (spec === undefined || spec.name === null) return false;
  const sql = spec.schema === null
    ? "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.typname = $1 AND pg_catalog.pg_type_is_visible(t.oid)) AS e"
    : "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = $1 AND n.nspname = $2) AS e";
  const res = await conn.query(sql, spec.schema === null ? [spec.name] : [spec.name, spec.schema]);
  return res.rows[0]?.["e"] === true;
}

export const postgresqlDdl: DdlSupport = Object.freeze({
  impl: postgresqlImpl,
  features: Object.freeze({ dialectName: "postgresql", supportsNativeBoolean: true, supportsNativeEnum: true, separateComments: true }),
  compiler: ({ offline }: { readonly offline: boolean }) => new PostgresqlCompiler(offline, offline),
  quoteIdentifier,
  renderLiteral,
  typeExists,
  reflectTable,
});
