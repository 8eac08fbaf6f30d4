/**
 * The whole schema of a PostgreSQL (or PGlite) database as text rows, one catalog query per
 * kind of object, for `retort test` to compare before and after a downgrade. Rows name objects
 * by schema-qualified name and leave out what a drop and re-create changes without meaning
 * anything (oids, column positions, sequence values).
 */
import type { CatalogSnapshot, Connection, SnapshotOptions } from "../dialect.js";

const USER_SCHEMA = (col: string): string => `${col} NOT IN ('pg_catalog', 'information_schema') AND ${col} NOT LIKE 'pg\\_toast%' AND ${col} NOT LIKE 'pg\\_temp%'`;
/** $1: the version table's name, $2: its schema (null: the current schema). */
const NOT_VERSION_TABLE = (schema: string, table: string): string => `NOT (${table} = $1 AND ${schema} = coalesce($2, current_schema()))`;

const QUERIES: Readonly<Record<string, string>> = {
  schemas: `SELECT nspname::text AS row FROM pg_namespace WHERE ${USER_SCHEMA("nspname")}`,
  extensions: `SELECT extname::text AS row FROM pg_extension`,
  tables: `SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text || coalesce(' COMMENT ' || obj_description(c.oid, 'pg_class'), '') AS row
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${USER_SCHEMA("n.nspname")} AND ${NOT_VERSION_TABLE("n.nspname", "c.relname")}`,
  columns: `SELECT n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
      || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
      || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
      || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
      || CASE WHEN a.attgenerated <> '' THEN ' GENERATED' ELSE '' END
      || coalesce(' COLLATE ' || nullif(co.collname, 'default'), '')
      || coalesce(' COMMENT ' || col_description(c.oid, a.attnum), '') AS row
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      AND ${USER_SCHEMA("n.nspname")} AND ${NOT_VERSION_TABLE("n.nspname", "c.relname")}`,
  constraints: `SELECT n.nspname || '.' || c.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS row
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMA("n.nspname")} AND ${NOT_VERSION_TABLE("n.nspname", "c.relname")}`,
  indexes: `SELECT schemaname || '.' || tablename || ' ' || indexdef AS row FROM pg_indexes
    WHERE ${USER_SCHEMA("schemaname")} AND ${NOT_VERSION_TABLE("schemaname", "tablename")}`,
  enums: `SELECT n.nspname || '.' || t.typname || ' (' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ')' AS row
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE ${USER_SCHEMA("n.nspname")} GROUP BY n.nspname, t.typname`,
  sequences: `SELECT n.nspname || '.' || c.relname || ' ' || format_type(s.seqtypid, NULL) || ' START ' || s.seqstart || ' INCREMENT ' || s.seqincrement
      || ' MIN ' || s.seqmin || ' MAX ' || s.seqmax || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END AS row
    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMA("n.nspname")}`,
  views: `SELECT schemaname || '.' || viewname || ' ' || definition AS row FROM pg_views WHERE ${USER_SCHEMA("schemaname")}`,
  triggers: `SELECT pg_get_triggerdef(t.oid) AS row FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND ${USER_SCHEMA("n.nspname")} AND ${NOT_VERSION_TABLE("n.nspname", "c.relname")}`,
  functions: `SELECT p.oid::regprocedure::text || ' ' || md5(pg_get_functiondef(p.oid)) AS row FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prokind IN ('f', 'p') AND ${USER_SCHEMA("n.nspname")}`,
};

/** All kinds in one statement (one round trip, one parse), each row tagged with its kind. */
const ONE_QUERY = Object.entries(QUERIES)
  .map(([kind, sql]) => `SELECT '${kind}' AS kind, q.row FROM (${sql}) q`)
  .join("\nUNION ALL\n") + "\nORDER BY 1, 2";

export async function catalogSnapshot(conn: Connection, o: SnapshotOptions): Promise<CatalogSnapshot> {
  const result = await conn.query(ONE_QUERY, [o.versionTable, o.versionTableSchema]);
  const snapshot: Record<string, string[]> = Object.fromEntries(Object.keys(QUERIES).map((k) => [k, []]));
  for (const r of result.rows) snapshot[String(r["kind"])]!.push(String(r["row"]));
  return Object.freeze(snapshot);
}
