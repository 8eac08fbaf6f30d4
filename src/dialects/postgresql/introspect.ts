import type { Connection } from "../dialect.js";

/** Whether a table exists, visible on the search path when no schema is given (SQLAlchemy's has_table). */
export async function hasTable(conn: Connection, name: string, schema: string | null): Promise<boolean> {
  const sql =
    schema === null
      ? "SELECT 1 FROM pg_catalog.pg_class c WHERE c.relname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND pg_catalog.pg_table_is_visible(c.oid)"
      : "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = $1 AND n.nspname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')";
  const result = await conn.query(sql, schema === null ? [name] : [name, schema]);
  return result.rows.length > 0;
}
