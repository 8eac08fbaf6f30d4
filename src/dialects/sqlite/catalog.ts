/**
 * SQLite's catalog for many tables at once: each kind of PRAGMA read as a table-valued
 * function (pragma_table_xinfo(name, schema) ...) joined against sqlite_master, one query per
 * kind whatever the number of tables, where SQLAlchemy sends one PRAGMA per table per kind.
 */
import type { Connection } from "../dialect.js";
import { quoteIdentifier } from "./quoting.js";

type Row = Record<string, unknown>;

export interface RawIndex {
  /** Its PRAGMA index_list row (name, unique, origin, partial). */
  readonly list: Row;
  /** Its PRAGMA index_info rows, in key order (name null for an expression). */
  readonly columns: readonly Row[];
  /** Its CREATE INDEX text (null for SQLite's automatic indexes). */
  readonly sql: string | null;
}

export interface RawTable {
  readonly name: string;
  /** The CREATE TABLE text SQLite keeps. */
  readonly sql: string | null;
  /** PRAGMA table_xinfo rows, by cid. */
  readonly columns: readonly Row[];
  /** PRAGMA foreign_key_list rows, by id then seq. */
  readonly foreignKeys: readonly Row[];
  /** In PRAGMA index_list order. */
  readonly indexes: readonly RawIndex[];
}

export interface RawCatalog {
  readonly tables: readonly RawTable[];
  /** How many queries reading it took. */
  readonly queries: number;
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/**
 * Every table of `schema` ("main", "temp" or an attached database), or only `only`, by name.
 * Views are not tables here, as in SQLAlchemy's get_table_names.
 */
export async function readCatalog(conn: Connection, schema: string, only: readonly string[] | null): Promise<RawCatalog> {
  const s = quoteIdentifier(schema);
  const lit = `'${schema.replaceAll("'", "''")}'`;
  const filter = only === null ? "" : ` AND m.name IN (${only.map(() => "?").join(", ") || "NULL"})`;
  const params = only ?? [];
  const from = (fn: string) => `FROM ${s}.sqlite_master m JOIN ${fn}(m.name, ${lit}) p WHERE m.type = 'table'${filter}`;
  const [tables, columns, fks, indexList, indexCols] = await Promise.all([
    conn.query(`SELECT m.name AS tbl, m.sql AS sql FROM ${s}.sqlite_master m WHERE m.type = 'table'${filter} ORDER BY m.name`, params),
    conn.query(`SELECT m.name AS tbl, p.* ${from("pragma_table_xinfo")} ORDER BY m.name, p.cid`, params),
    conn.query(`SELECT m.name AS tbl, p.* ${from("pragma_foreign_key_list")} ORDER BY m.name, p.id, p.seq`, params),
    conn.query(`SELECT m.name AS tbl, p.* ${from("pragma_index_list")} ORDER BY m.name, p.seq`, params),
    conn.query(
      `SELECT m.tbl_name AS tbl, m.name AS idx, m.sql AS sql, p.* FROM ${s}.sqlite_master m JOIN pragma_index_info(m.name, ${lit}) p ` +
        `WHERE m.type = 'index'${only === null ? "" : ` AND m.tbl_name IN (${only.map(() => "?").join(", ") || "NULL"})`} ORDER BY m.tbl_name, m.name, p.seqno`,
      params),
  ]);
  const group = (rows: readonly Row[], key = "tbl") => {
    const out = new Map<string, Row[]>();
    for (const r of rows) {
      const k = str(r[key]);
      const list = out.get(k) ?? [];
      list.push(r);
      out.set(k, list);
    }
    return out;
  };
  const columnsBy = group(columns.rows);
  const fksBy = group(fks.rows);
  const listBy = group(indexList.rows);
  const indexColsBy = group(indexCols.rows.map((r) => ({ ...r, key: `${str(r["tbl"])}\u0000${str(r["idx"])}` })), "key");
  return {
    queries: 5,
    tables: tables.rows.map((t): RawTable => {
      const name = str(t["tbl"]);
      return {
        name,
        sql: typeof t["sql"] === "string" ? t["sql"] : null,
        columns: columnsBy.get(name) ?? [],
        foreignKeys: fksBy.get(name) ?? [],
        indexes: (listBy.get(name) ?? []).map((l) => {
          const cols = indexColsBy.get(`${name}\u0000${str(l["name"])}`) ?? [];
          const sql = cols[0]?.["sql"];
          return { list: l, columns: cols, sql: typeof sql === "string" ? sql : null };
        }),
      };
    }),
  };
}
