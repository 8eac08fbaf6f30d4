/**
 * One table read back from PostgreSQL's catalog, for batch move-and-copy online without
 * copyFrom: what SQLAlchemy 1.4's PostgreSQL reflection gives Alembic's batch mode (columns,
 * types (domains as their base type), nullability, defaults, identity, primary key, foreign
 * keys, unique and check constraints, plain-column indexes with their sort order), through
 * Alembic's autogen_column_reflect hook, which
 * drops the default of a SERIAL column. Constraint order follows SQLAlchemy's reflection:
 * primary key, then foreign keys, unique and check constraints, each by name.
 */
import type { Connection } from "../dialect.js";
import { Column, type ColumnArg } from "../../schema/column.js";
import {
  CheckConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint, type Constraint,
} from "../../schema/constraints.js";
import { text } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import { Computed, Identity } from "../../schema/sequence.js";
import { buildTable, MetaData, type NamingConvention, type Table, type TableItem } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import { parseFormatType } from "./reflect-types.js";

type Row = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

async function tableOid(conn: Connection, name: string, schema: string | null): Promise<number> {
  const res = schema === null
    ? await conn.query(
      "SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') " +
        "AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY c.oid", [name])
    : await conn.query(
      "SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
        "WHERE c.relname = $1 AND n.nspname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.oid", [name, schema]);
  const row = res.rows[0];
  // SQLAlchemy's NoSuchTableError, whose message is the table name.
  return row === undefined ? fail(schema === null ? name : `${schema}.${name}`) : Number(row["oid"]);
}

const COLUMNS_SQL = `SELECT a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
  pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS "default", a.attidentity AS identity, a.attgenerated AS generated,
  pg_catalog.col_description(a.attrelid, a.attnum) AS comment, t.typtype AS typtype, t.typname AS typname,
  tn.nspname AS typschema, pg_catalog.pg_type_is_visible(t.oid) AS typvisible, t.oid AS typoid,
  CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS domaintype,
  t.typnotnull AS domainnotnull, t.typdefault AS domaindefault,
  et.typtype AS elemtyptype, et.typname AS elemtypname, etn.nspname AS elemtypschema,
  pg_catalog.pg_type_is_visible(et.oid) AS elemtypvisible, et.oid AS elemtypoid,
  s.seqstart AS seqstart, s.seqincrement AS seqincrement, s.seqmin AS seqmin, s.seqmax AS seqmax, s.seqcache AS seqcache, s.seqcycle AS seqcycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef
LEFT JOIN pg_catalog.pg_depend dep ON a.attidentity IN ('a', 'd') AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
  AND dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum`;

async function enumLabels(conn: Connection, typoid: unknown): Promise<string[]> {
  const res = await conn.query("SELECT e.enumlabel AS label FROM pg_catalog.pg_enum e WHERE e.enumtypid = $1 ORDER BY e.enumsortorder", [typoid]);
  return res.rows.map((r) => str(r["label"]));
}

/** PostgresqlImpl.autogen_column_reflect: a nextval() default of a sequence this column owns means SERIAL. */
async function ownsSequence(conn: Connection, seqname: string, column: string): Promise<boolean> {
  const res = await conn.query(
    "SELECT c.relname AS seq, a.attname AS col FROM pg_catalog.pg_class c " +
      "JOIN pg_catalog.pg_depend d ON d.objid = c.oid AND d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass " +
      "JOIN pg_catalog.pg_class t ON t.oid = d.refobjid " +
      "JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid " +
      "WHERE c.relkind = 'S' AND c.relname = $1 ORDER BY c.oid", [seqname]);
  return str(res.rows[0]?.["col"]) === column;
}

async function reflectColumn(conn: Connection, r: Row, schema: string | null): Promise<Column> {
  const name = str(r["name"]);
  const enumOf = async (oid: unknown, tname: unknown, tschema: unknown, visible: unknown) =>
    ({ labels: await enumLabels(conn, oid), name: str(tname), schema: visible === true ? null : str(tschema) });
  // A domain reflects as its base type: its NOT NULL always holds, its default unless the column has one.
  const domain = r["domaintype"] !== null && r["domaintype"] !== undefined;
  const type = await parseFormatType(domain ? str(r["domaintype"]) : str(r["type"]), {
    enumType: r["typtype"] === "e" ? await enumOf(r["typoid"], r["typname"], r["typschema"], r["typvisible"]) : null,
    elementEnum: r["elemtyptype"] === "e" ? await enumOf(r["elemtypoid"], r["elemtypname"], r["elemtypschema"], r["elemtypvisible"]) : null,
  });
  let serverDefault: string | null = r["default"] === null || r["default"] === undefined ? null : str(r["default"]);
  if (domain && serverDefault === null && r["domaindefault"] !== null && r["domaindefault"] !== undefined) serverDefault = str(r["domaindefault"]);
  const nullable = r["notnull"] !== true && !(domain && r["domainnotnull"] === true);
  const args: ColumnArg[] = [name, type];
  if (r["generated"] === "s" && serverDefault !== null) {
    args.push(Computed(text(serverDefault), { persisted: true }));
    serverDefault = null;
  }
  // Sequence bounds reach 2^63 - 1: keep what a JavaScript number cannot hold as its exact text.
  const num = (v: unknown): number | undefined => {
    if (v === null || v === undefined) return undefined;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : (String(v) as unknown as number);
  };
  const identity = str(r["identity"]);
  if (identity === "a" || identity === "d") {
    args.push(Identity({
      always: identity === "a", start: num(r["seqstart"]), increment: num(r["seqincrement"]),
      minvalue: num(r["seqmin"]), maxvalue: num(r["seqmax"]), cache: num(r["seqcache"]),
      cycle: r["seqcycle"] === null || r["seqcycle"] === undefined ? undefined : r["seqcycle"] === true,
    }));
  }
  // get_columns: a nextval() default makes an integer column autoincrement, and in a schema
  // SQLAlchemy qualifies an unqualified sequence name with the schema, quoted.
  let autoincrement = false;
  const nextval = serverDefault === null ? null : /(nextval\(')([^']+)('.*$)/s.exec(serverDefault);
  if (nextval !== null && serverDefault !== null) {
    if (type.family === "integer") autoincrement = true;
    if (!(nextval[2] ?? "").includes(".") && schema !== null) {
      serverDefault = serverDefault.slice(0, nextval.index) + `${nextval[1] ?? ""}"${schema}".${nextval[2] ?? ""}${nextval[3] ?? ""}`;
    }
  }
  if (serverDefault !== null && (type.name === "INTEGER" || type.name === "BIGINT")) {
    const m = /^nextval\('(.+?)'::regclass\)/.exec(serverDefault);
    if (m !== null && (await ownsSequence(conn, m[1] ?? "", name))) serverDefault = null;
  }
  const comment = r["comment"] === null || r["comment"] === undefined ? null : str(r["comment"]);
  return Column(...args, {
    nullable,
    autoincrement,
    ...(serverDefault === null ? {} : { serverDefault: text(serverDefault) }),
    ...(comment === null ? {} : { comment }),
  });
}

/** SQLAlchemy's IdentifierPreparer._unquote_identifier. */
const unquote = (s: string): string => (s.startsWith('"') ? s.slice(1, -1).replaceAll('""', '"') : s);
const splitNames = (s: string): string[] => s.split(/\s*,\s*/).map(unquote);

const FK_REGEX = new RegExp(
  String.raw`FOREIGN KEY \((.*?)\) REFERENCES (?:(.*?)\.)?(.*?)\((.*?)\)[\s]?(MATCH (FULL|PARTIAL|SIMPLE)+)?` +
    String.raw`[\s]?(ON UPDATE (CASCADE|RESTRICT|NO ACTION|SET NULL|SET DEFAULT)+)?[\s]?(ON DELETE (CASCADE|RESTRICT|NO ACTION|SET NULL|SET DEFAULT)+)?` +
    String.raw`[\s]?(DEFERRABLE|NOT DEFERRABLE)?[\s]?(INITIALLY (DEFERRED|IMMEDIATE)+)?`,
);

async function reflectConstraints(conn: Connection, oid: number, schema: string | null): Promise<Constraint[]> {
  const res = await conn.query(
    "SELECT r.conname AS name, r.contype AS type, pg_catalog.pg_get_constraintdef(r.oid, true) AS def, " +
      "pg_catalog.pg_get_constraintdef(r.oid) AS rawdef, n.nspname AS refschema, " +
      "ARRAY(SELECT a.attname::text FROM unnest(r.conkey) WITH ORDINALITY k(attnum, ord) " +
      "JOIN pg_catalog.pg_attribute a ON a.attrelid = r.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols " +
      "FROM pg_catalog.pg_constraint r LEFT JOIN pg_catalog.pg_class c ON c.oid = r.confrelid " +
      "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
      "WHERE r.conrelid = $1 AND r.contype IN ('p', 'f', 'u', 'c') ORDER BY r.conname", [oid]);
  const rows = res.rows;
  const cols = (r: Row): string[] => (Array.isArray(r["cols"]) ? (r["cols"] as unknown[]).map(str) : []);
  const out: Constraint[] = [];
  for (const r of rows.filter((x) => x["type"] === "p")) out.push(PrimaryKeyConstraint(...cols(r), { name: str(r["name"]) }));
  for (const r of rows.filter((x) => x["type"] === "f")) {
    const m = FK_REGEX.exec(str(r["def"]));
    if (m === null) continue;
    let refSchema = m[2] === undefined ? null : unquote(m[2]);
    if (refSchema === null && schema !== null && schema === str(r["refschema"])) refSchema = schema;
    const refTable = unquote((m[3] ?? "").trim());
    const refCols = (m[4] ?? "").split(/\s*,\s/).map(unquote);
    const target = refSchema === null ? refTable : `${refSchema}.${refTable}`;
    const opt = (v: string | undefined) => (v === undefined || v === "NO ACTION" ? null : v);
    out.push(ForeignKeyConstraint(splitNames(m[1] ?? ""), refCols.map((c) => `${target}.${c}`), {
      name: str(r["name"]), match: opt(m[6]), onupdate: opt(m[8]), ondelete: opt(m[10]),
      deferrable: m[11] === undefined ? null : m[11] === "DEFERRABLE", initially: opt(m[13]),
    }));
  }
  for (const r of rows.filter((x) => x["type"] === "u")) out.push(UniqueConstraint(...cols(r), { name: str(r["name"]) }));
  for (const r of rows.filter((x) => x["type"] === "c")) {
    const m = /^CHECK *\((.+)\)( NOT VALID)?$/s.exec(str(r["rawdef"]));
    // SQLAlchemy also strips one more pair of parentheses around the whole expression.
    const sqltext = (m?.[1] ?? "").replace(/^[\s\n]*\((.+)\)[\s\n]*$/s, "$1");
    if (m !== null) out.push(CheckConstraint(text(sqltext), { name: str(r["name"]) }));
  }
  return out;
}

/** Indexes that back no constraint, on plain columns (SQLAlchemy 1.4 skips expression indexes). */
async function reflectIndexes(conn: Connection, oid: number): Promise<Index[]> {
  const res = await conn.query(
    "SELECT i.relname AS name, ix.indisunique AS uniq, am.amname AS using, ix.indnkeyatts AS nkey, i.reloptions::text[] AS reloptions, " +
      "ix.indoption::int2[] AS sorting, " +
      "pg_catalog.pg_get_expr(ix.indpred, ix.indrelid) AS pred, " +
      "ARRAY(SELECT COALESCE(a.attname::text, '') FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord) " +
      "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols " +
      "FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid " +
      "JOIN pg_catalog.pg_am am ON am.oid = i.relam " +
      "WHERE ix.indrelid = $1 AND NOT ix.indisprimary " +
      "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid " +
      "AND c.contype IN ('p', 'u', 'x')) " +
      "ORDER BY i.relname", [oid]);
  const out: Index[] = [];
  for (const r of res.rows) {
    const all = Array.isArray(r["cols"]) ? (r["cols"] as unknown[]).map(str) : [];
    if (all.some((c) => c === "")) continue;
    const nkey = Number(r["nkey"] ?? all.length);
    const opts: Record<string, unknown> = { unique: r["uniq"] === true };
    if (r["pred"] !== null && r["pred"] !== undefined) opts["postgresqlWhere"] = text(str(r["pred"]));
    if (str(r["using"]) !== "btree") opts["postgresqlUsing"] = str(r["using"]);
    if (nkey < all.length) opts["postgresqlInclude"] = all.slice(nkey);
    const reloptions = Array.isArray(r["reloptions"]) ? (r["reloptions"] as unknown[]).map(str) : [];
    if (reloptions.length > 0) {
      opts["postgresqlWith"] = Object.fromEntries(reloptions.map((o) => [o.slice(0, o.indexOf("=")), o.slice(o.indexOf("=") + 1)]));
    }
    // pg_index.indoption bits (0x01 DESC, 0x02 NULLS FIRST), spelled only where they differ
    // from PostgreSQL's default, as SQLAlchemy's column_sorting does (with desc()/nulls_*()).
    const sorting = Array.isArray(r["sorting"]) ? (r["sorting"] as unknown[]).map(Number) : [];
    const keys = all.slice(0, nkey);
    const sortingByColumn: Record<string, string> = {};
    keys.forEach((col, i) => {
      const flags = sorting[i] ?? 0;
      const words = (flags & 1) !== 0 ? ((flags & 2) !== 0 ? " DESC" : " DESC NULLS LAST") : (flags & 2) !== 0 ? " NULLS FIRST" : "";
      if (words !== "") sortingByColumn[col] = words;
    });
    // Kept by column key, so the order words follow a column that batch mode renames.
    if (Object.keys(sortingByColumn).length > 0) opts["_columnSorting"] = sortingByColumn;
    out.push(Index(str(r["name"]), ...keys, opts));
  }
  return out;
}

/**
 * `Table(name, MetaData(naming_convention=...), *reflect_args, autoload_with=conn)`: columns
 * given in reflect_args replace the reflected ones of the same name.
 */
export async function reflectTable(conn: Connection, name: string, schema: string | null,
  o: { readonly namingConvention: NamingConvention | null; readonly reflectArgs?: readonly unknown[] }): Promise<Table> {
  const oid = await tableOid(conn, name, schema);
  const colRows = (await conn.query(COLUMNS_SQL, [oid])).rows;
  const overrides = new Map((o.reflectArgs ?? []).filter((a): a is Column => isKind(a, "column")).map((c) => [c.name ?? c.key, c]));
  const columns: Column[] = [];
  for (const r of colRows) columns.push(overrides.get(str(r["name"])) ?? (await reflectColumn(conn, r, schema)));
  const constraints = await reflectConstraints(conn, oid, schema);
  const indexes = await reflectIndexes(conn, oid);
  const md = MetaData(o.namingConvention === null ? {} : { namingConvention: o.namingConvention });
  return buildTable(name, md, [...columns, ...constraints, ...indexes] as TableItem[], { schema });
}
