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

/** SQLAlchemy's default_schema_name: `select current_schema()`. */
export async function defaultSchemaName(conn: Connection): Promise<string | null> {
  const s = (await conn.query("SELECT current_schema() AS s")).rows[0]?.["s"];
  return typeof s === "string" ? s : null;
}

/** SQLAlchemy's get_schema_names: every namespace but pg_* (its LIKE: `_` is any one character), by name. */
export async function schemaNames(conn: Connection): Promise<string[]> {
  const res = await conn.query("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname NOT LIKE 'pg_%' ORDER BY nspname");
  return res.rows.map((r) => String(r["nspname"]));
}
