import type { Connection } from "../dialect.js";

/** SQLAlchemy's MySQL has_table: information_schema, in the connection's database when no schema is given. */
export async function hasTable(conn: Connection, name: string, schema: string | null): Promise<boolean> {
  const res = await conn.query(
    "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
    [schema, name],
  );
  return Number(res.rows[0]?.["n"] ?? 0) > 0;
}

/** SQLAlchemy's MySQL has_sequence (MariaDB 10.3+): a table of type SEQUENCE. */
export async function sequenceExists(conn: Connection, name: string, schema: string | null): Promise<boolean> {
  const res = await conn.query(
    "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_type = 'SEQUENCE' AND table_schema = COALESCE(?, DATABASE()) AND table_name = ?",
    [schema, name],
  );
  return Number(res.rows[0]?.["n"] ?? 0) > 0;
}

/** The connection's database. */
export async function defaultSchemaName(conn: Connection): Promise<string | null> {
  const res = await conn.query("SELECT DATABASE() AS db");
  const db = res.rows[0]?.["db"];
  return typeof db === "string" ? db : null;
}

/** SQLAlchemy's get_schema_names: SHOW schemas. */
export async function schemaNames(conn: Connection): Promise<string[]> {
  const res = await conn.query("SHOW schemas");
  return res.rows.map((r) => String(Object.values(r)[0]));
}
