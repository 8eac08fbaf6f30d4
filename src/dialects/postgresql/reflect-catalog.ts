/**
 * PostgreSQL's catalog read for a set of tables in a fixed number of queries (columns, constraints,
 * indexes, enum types, owned sequences), whatever the number of tables: one pass over each catalog,
 * never a query per table or per foreign key. Rows come back grouped by table oid, each list in a
 * stated order (attnum, constraint name, index name).
 */
import type { Connection } from "../dialect.js";

export type Row = Record<string, unknown>;

/** Which tables to read: a WHERE over pg_class c and pg_namespace n, and its parameters. */
export interface TableSelector {
  readonly where: string;
  readonly params: readonly unknown[];
}

/** The tables of some schemas (null: the current schema), optionally only some names. */
export function schemaSelector(schemas: readonly (string | null)[], tables?: readonly string[]): TableSelector {
  const where = "n.nspname IN (SELECT COALESCE(s, current_schema()) FROM unnest($1::text[]) s) AND c.relkind IN ('r', 'p')" +
    (tables === undefined ? "" : " AND c.relname = ANY($2::text[])");
  return { where, params: tables === undefined ? [schemas] : [schemas, tables] };
}

/** One table by name: in a schema, or visible on the search path (SQLAlchemy's has_table / reflection lookup). */
export function oneTableSelector(name: string, schema: string | null): TableSelector {
  return schema === null
    ? { where: "c.relname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND pg_catalog.pg_table_is_visible(c.oid)", params: [name] }
    : { where: "c.relname = $1 AND n.nspname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')", params: [name, schema] };
}

const targets = (s: TableSelector): string =>
  `WITH target AS (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ${s.where}) `;

// Comments are joined from pg_description: obj_description() and col_description() are each a
// query of their own, row by row (half of the columns query's time on a thousand tables).
const TABLES_SQL = `SELECT c.oid AS oid, c.relname AS name, n.nspname AS schema, ds.description AS comment,
  current_schema() AS current
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
WHERE c.oid IN (SELECT oid FROM target) ORDER BY n.nspname, c.relname, c.oid`;

// A default refers to no column (PostgreSQL forbids it), so it is deparsed without its table:
// with one, pg_get_expr() opens the table, and a new connection builds its relcache entry, for
// every table. A generated column's expression does refer to columns, and keeps its table.
const COLUMNS_SQL = `SELECT a.attrelid AS relid, a.attnum AS attnum, a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
  pg_catalog.pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END) AS "default", a.attidentity AS identity, a.attgenerated AS generated,
  ds.description AS comment, t.typtype AS typtype, t.oid AS typoid,
  CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS domaintype,
  t.typnotnull AS domainnotnull, t.typdefault AS domaindefault, et.typtype AS elemtyptype, et.oid AS elemtypoid,
  s.seqstart AS seqstart, s.seqincrement AS seqincrement, s.seqmin AS seqmin, s.seqmax AS seqmax, s.seqcache AS seqcache, s.seqcycle AS seqcycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef
LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum
LEFT JOIN pg_catalog.pg_depend dep ON a.attidentity IN ('a', 'd') AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
  AND dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
WHERE a.attrelid IN (SELECT oid FROM target) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`;

// oid: the catalog's own order, in which SQLAlchemy's get_check_constraints lists CHECKs.
// pg_get_constraintdef() deparses: each form only where it is read (a foreign key's, a CHECK's).
// Columns come as attribute numbers, named from the columns query's rows (a subquery per row cost more).
const CONSTRAINTS_SQL = `SELECT r.conrelid AS relid, r.oid AS oid, r.conname AS name, r.contype AS type,
  CASE WHEN r.contype = 'f' THEN pg_catalog.pg_get_constraintdef(r.oid, true) END AS def,
  CASE WHEN r.contype = 'c' THEN pg_catalog.pg_get_constraintdef(r.oid) END AS rawdef, n.nspname AS refschema,
  r.conkey AS attnums
FROM pg_catalog.pg_constraint r LEFT JOIN pg_catalog.pg_class c ON c.oid = r.confrelid
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.conrelid IN (SELECT oid FROM target) AND r.contype IN ('p', 'f', 'u', 'c') ORDER BY r.conrelid, r.conname`;

// Every index but the primary key's (its columns as attribute numbers, 0 for an expression); "constrained": whether it backs a unique or exclusion constraint
// (SQLAlchemy's get_indexes lists it with duplicates_constraint; a reflected Table leaves it out).
const INDEXES_SQL = `SELECT ix.indrelid AS relid, i.relname AS name, ix.indisunique AS uniq, am.amname AS using, ix.indnkeyatts AS nkey,
  EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid
    AND c.contype IN ('p', 'u', 'x')) AS constrained,
  i.reloptions::text[] AS reloptions, ix.indoption::int2[] AS sorting, pg_catalog.pg_get_expr(ix.indpred, ix.indrelid) AS pred,
  ix.indkey::int2[] AS attnums
FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = i.relam
WHERE ix.indrelid IN (SELECT oid FROM target) AND NOT ix.indisprimary
ORDER BY ix.indrelid, i.relname`;

// Every enum type of the database (few, whatever the number of tables), with the current schema
// so that the caller can tell which are the default schema's.
const ENUMS_SQL = `SELECT t.oid AS oid, t.typname AS name, n.nspname AS schema, pg_catalog.pg_type_is_visible(t.oid) AS visible,
  current_schema() AS current,
  ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' ORDER BY n.nspname, t.typname`;

// Sequences a column owns (SERIAL), for PostgresqlImpl.autogen_column_reflect: by sequence name.
const OWNED_SEQUENCES_SQL = `SELECT c.relname AS seq, a.attname AS col FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_depend d ON d.objid = c.oid AND d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE c.relkind = 'S' AND d.refobjid IN (SELECT oid FROM target) ORDER BY c.oid`;

export interface EnumRow {
  readonly oid: number;
  readonly name: string;
  readonly schema: string;
  readonly visible: boolean;
  readonly current: string;
  readonly labels: readonly string[];
}

export interface CatalogTable {
  readonly oid: number;
  readonly name: string;
  readonly schema: string;
  readonly comment: string | null;
  readonly columns: readonly Row[];
  readonly constraints: readonly Row[];
  readonly indexes: readonly Row[];
}

export interface Catalog {
  readonly tables: readonly CatalogTable[];
  readonly enums: ReadonlyMap<number, EnumRow>;
  /** Sequence name -> the column that owns it (the first, by sequence oid). */
  readonly ownedSequences: ReadonlyMap<string, string>;
  /** current_schema(), as the table and enum rows carry it: null when there are neither. */
  readonly current: string | null;
  readonly queries: number;
}

function byRelid(rows: readonly Row[]): Map<number, Row[]> {
  const out = new Map<number, Row[]>();
  for (const r of rows) {
    const k = Number(r["relid"]);
    const list = out.get(k);
    if (list === undefined) out.set(k, [r]);
    else list.push(r);
  }
  return out;
}

/**
 * Each constraint's and index's `cols`: the names of its `attnums`, in order, from the table's
 * column rows ('' for what is no column: an index expression's 0).
 */
function nameColumns(columns: readonly Row[], keyed: readonly Row[]): void {
  const names: string[] = [];
  for (const c of columns) names[Number(c["attnum"])] = String(c["name"]);
  for (const r of keyed) {
    const nums = r["attnums"];
    r["cols"] = Array.isArray(nums) ? nums.map((n) => names[Number(n)] ?? "") : [];
  }
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The catalog of the selected tables: six queries, sent together. */
export async function readCatalog(conn: Connection, s: TableSelector): Promise<Catalog> {
  const w = targets(s);
  const run = (sql: string, params: readonly unknown[] = s.params) => conn.query(sql, params).then((r) => r.rows);
  // One connection runs one statement at a time anyway; sending them in sequence keeps PGlite happy.
  const tables = await run(w + TABLES_SQL);
  const columns = await run(w + COLUMNS_SQL);
  const constraints = await run(w + CONSTRAINTS_SQL);
  const indexes = await run(w + INDEXES_SQL);
  const enums = await run(ENUMS_SQL, []);
  const owned = await run(w + OWNED_SEQUENCES_SQL);
  const cols = byRelid(columns);
  const cons = byRelid(constraints);
  const idx = byRelid(indexes);
  for (const [relid, rows] of cons) nameColumns(cols.get(relid) ?? [], rows);
  for (const [relid, rows] of idx) nameColumns(cols.get(relid) ?? [], rows);
  const ownedSequences = new Map<string, string>();
  for (const r of owned) if (!ownedSequences.has(String(r["seq"]))) ownedSequences.set(String(r["seq"]), String(r["col"]));
  return {
    tables: tables.map((t) => {
      const oid = Number(t["oid"]);
      return {
        oid, name: String(t["name"]), schema: String(t["schema"]),
        comment: t["comment"] === null || t["comment"] === undefined ? null : String(t["comment"]),
        columns: cols.get(oid) ?? [], constraints: cons.get(oid) ?? [], indexes: idx.get(oid) ?? [],
      };
    }),
    enums: new Map(enums.map((e) => [Number(e["oid"]), {
      oid: Number(e["oid"]), name: String(e["name"]), schema: String(e["schema"]), visible: e["visible"] === true,
      current: String(e["current"]), labels: strings(e["labels"]),
    }])),
    ownedSequences,
    current: tables.length > 0 ? String(tables[0]!["current"]) : enums.length > 0 ? String(enums[0]!["current"]) : null,
    queries: 6,
  };
}
