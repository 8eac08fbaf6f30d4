import type { Connection } from "../dialect.js";
import { quoteIdentifier } from "./quoting.js";

/**
 * SQLAlchemy's has_table: PRAGMA table_info in the schema (an attached database), or in main
 * then temp when none is given. A PRAGMA never fails for a missing table, so no transaction aborts.
 */
export async function hasTable(conn: Connection, name: string, schema: string | null): Promise<boolean> {
  const schemas = schema === null ? ["main", "temp"] : [schema];
  for (const s of schemas) {
    const res = await conn.query(`PRAGMA ${quoteIdentifier(s)}.table_info(${quoteIdentifier(name)})`);
    if (res.rows.length > 0) return true;
  }
  return false;
}

/** An unqualified name is in `main`. */
export const defaultSchemaName = async (): Promise<string> => "main";

/** SQLAlchemy's get_schema_names: the attached databases but temp. */
export async function schemaNames(conn: Connection): Promise<string[]> {
  const res = await conn.query("PRAGMA database_list");
  return res.rows.map((r) => String(r["name"])).filter((n) => n !== "temp");
}
