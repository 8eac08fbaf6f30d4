/** PostgreSQL's helpers for DDL that need the catalog or the compiler. */
import type { Connection } from "../dialect.js";
import type { SqlType } from "../../schema/types.js";
import { PostgresqlCompiler } from "./compiler.js";

/** The compiler literals are rendered with: it holds no state, so one is built, not one per literal. */
let literals: PostgresqlCompiler | null = null;

/** For version-table SQL: a literal as SQLAlchemy renders it offline (strings quoted, '' doubled). */
export function renderLiteral(value: unknown): string {
  literals ??= new PostgresqlCompiler(true);
  return literals.literal(value, null);
}

/** Whether an enum type exists: what `checkfirst` asks online. */
export async function typeExists(conn: Connection, type: SqlType): Promise<boolean> {
  const spec = type.enumSpec;
  if (spec === undefined || spec.name === null) return false;
  const sql = spec.schema === null
    ? "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.typname = $1 AND pg_catalog.pg_type_is_visible(t.oid)) AS e"
    : "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = $1 AND n.nspname = $2) AS e";
  const res = await conn.query(sql, spec.schema === null ? [spec.name] : [spec.name, spec.schema]);
  return res.rows[0]?.["e"] === true;
}
