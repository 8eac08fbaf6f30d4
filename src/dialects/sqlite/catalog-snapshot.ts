/**
 * The whole schema of a SQLite database as text rows for `retort test`: sqlite_master holds
 * each table, index, view and trigger as the SQL that made it, so one query reads everything.
 */
import type { CatalogSnapshot, Connection, SnapshotOptions } from "../dialect.js";

export async function catalogSnapshot(conn: Connection, o: SnapshotOptions): Promise<CatalogSnapshot> {
  const result = await conn.query(
    "SELECT type || ' ' || name || ' ' || coalesce(sql, '') AS row FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name <> ? ORDER BY 1",
    [o.versionTable],
  );
  return Object.freeze({ schema: result.rows.map((r) => String(r["row"])) });
}
