/**
 * Tables built from PostgreSQL's catalog rows (reflect-catalog.ts), as SQLAlchemy 1.4's PostgreSQL
 * reflection builds them: columns (type, domains as their base type, nullability, defaults,
 * identity, comment), primary key, foreign keys, unique and check constraints, plain-column indexes
 * with their sort order, through Alembic's autogen_column_reflect hook, which drops the default of
 * a SERIAL column. Constraint order follows SQLAlchemy's reflection: primary key, then foreign
 * keys, unique and check constraints, each by name.
 */
import { Column, type ColumnArg } from "../../schema/column.js";
import {
  CheckConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint, type Constraint,
} from "../../schema/constraints.js";
import { text } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import { Computed, Identity } from "../../schema/sequence.js";
import { buildTable, type MetaData, type Table, type TableItem } from "../../schema/table.js";
import type { Catalog, CatalogTable, Row } from "./reflect-catalog.js";
import { parseFormatType, type ReflectedEnum } from "./reflect-types.js";

export const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** An enum type by oid, named as SQLAlchemy names it (with its schema only when not visible). */
export function enumOf(catalog: Catalog, oid: unknown): ReflectedEnum | null {
  const e = catalog.enums.get(Number(oid));
  return e === undefined ? null : { labels: e.labels, name: e.name, schema: e.visible ? null : e.schema };
}

/**
 * get_columns: a nextval() default makes an integer column autoincrement, and in a schema
 * SQLAlchemy qualifies an unqualified sequence name with the schema, quoted.
 */
export function qualifyNextval(serverDefault: string, schema: string | null): { readonly text: string; readonly nextval: boolean } {
  const m = /(nextval\(')([^']+)('.*$)/s.exec(serverDefault);
  if (m === null) return { text: serverDefault, nextval: false };
  if ((m[2] ?? "").includes(".") || schema === null) return { text: serverDefault, nextval: true };
  return { text: serverDefault.slice(0, m.index) + `${m[1] ?? ""}"${schema}".${m[2] ?? ""}${m[3] ?? ""}`, nextval: true };
}

function reflectColumn(catalog: Catalog, r: Row, schema: string | null): Column {
  const name = str(r["name"]);
  // A domain reflects as its base type: its NOT NULL always holds, its default unless the column has one.
  const domain = r["domaintype"] !== null && r["domaintype"] !== undefined;
  const type = parseFormatType(domain ? str(r["domaintype"]) : str(r["type"]), {
    enumType: r["typtype"] === "e" ? enumOf(catalog, r["typoid"]) : null,
    elementEnum: r["elemtyptype"] === "e" ? enumOf(catalog, r["elemtypoid"]) : null,
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
  let autoincrement = false;
  if (serverDefault !== null) {
    const q = qualifyNextval(serverDefault, schema);
    autoincrement = q.nextval && type.family === "integer";
    serverDefault = q.text;
  }
  if (serverDefault !== null && (type.name === "INTEGER" || type.name === "BIGINT")) {
    const m = /^nextval\('(.+?)'::regclass\)/.exec(serverDefault);
    if (m !== null && catalog.ownedSequences.get(m[1] ?? "") === name) serverDefault = null;
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

/** A foreign key as SQLAlchemy's get_foreign_keys reads it from pg_get_constraintdef(oid, true). */
export interface ParsedForeignKey {
  readonly constrainedColumns: string[];
  readonly referredSchema: string | null;
  readonly referredTable: string;
  readonly referredColumns: string[];
  /** In get_foreign_keys' order; NO ACTION and absent ones left out. */
  readonly options: { onupdate?: string; ondelete?: string; initially?: string; deferrable?: boolean; match?: string };
}

export function parseForeignKey(r: Row, schema: string | null): ParsedForeignKey | null {
  const m = FK_REGEX.exec(str(r["def"]));
  if (m === null) return null;
  let referredSchema = m[2] === undefined ? null : unquote(m[2]);
  // Unqualified (on the search path): the table's own schema when that is the one asked for.
  if (referredSchema === null && schema !== null && schema === str(r["refschema"])) referredSchema = schema;
  const options: ParsedForeignKey["options"] = {};
  const keep = (v: string | undefined) => (v === undefined || v === "NO ACTION" ? undefined : v);
  if (keep(m[8]) !== undefined) options.onupdate = m[8];
  if (keep(m[10]) !== undefined) options.ondelete = m[10];
  if (keep(m[13]) !== undefined) options.initially = m[13];
  if (m[11] !== undefined) options.deferrable = m[11] === "DEFERRABLE";
  if (keep(m[6]) !== undefined) options.match = m[6];
  return {
    constrainedColumns: splitNames(m[1] ?? ""), referredSchema, referredTable: unquote((m[3] ?? "").trim()),
    referredColumns: (m[4] ?? "").split(/\s*,\s/).map(unquote), options,
  };
}

/** get_check_constraints: the expression of `CHECK (...)`, and whether it is NOT VALID; null if unparsable. */
export function parseCheck(r: Row): { readonly sqltext: string; readonly notValid: boolean } | null {
  const m = /^CHECK *\((.+)\)( NOT VALID)?$/s.exec(str(r["rawdef"]));
  if (m === null) return null;
  // SQLAlchemy also strips one more pair of parentheses around the whole expression.
  return { sqltext: (m[1] ?? "").replace(/^[\s\n]*\((.+)\)[\s\n]*$/s, "$1"), notValid: m[2] !== undefined };
}

export const constraintColumns = (r: Row): string[] => (Array.isArray(r["cols"]) ? (r["cols"] as unknown[]).map(str) : []);

function reflectConstraints(rows: readonly Row[], schema: string | null): Constraint[] {
  const cols = constraintColumns;
  const out: Constraint[] = [];
  for (const r of rows.filter((x) => x["type"] === "p")) out.push(PrimaryKeyConstraint(...cols(r), { name: str(r["name"]) }));
  for (const r of rows.filter((x) => x["type"] === "f")) {
    const fk = parseForeignKey(r, schema);
    if (fk === null) continue;
    const target = fk.referredSchema === null ? fk.referredTable : `${fk.referredSchema}.${fk.referredTable}`;
    const o = fk.options;
    out.push(ForeignKeyConstraint(fk.constrainedColumns, fk.referredColumns.map((c) => `${target}.${c}`), {
      name: str(r["name"]), match: o.match ?? null, onupdate: o.onupdate ?? null, ondelete: o.ondelete ?? null,
      deferrable: o.deferrable ?? null, initially: o.initially ?? null,
    }));
  }
  for (const r of rows.filter((x) => x["type"] === "u")) out.push(UniqueConstraint(...cols(r), { name: str(r["name"]) }));
  for (const r of rows.filter((x) => x["type"] === "c")) {
    const ck = parseCheck(r);
    if (ck !== null) out.push(CheckConstraint(text(ck.sqltext), { name: str(r["name"]) }));
  }
  return out;
}

/** Indexes that back no constraint, on plain columns (SQLAlchemy 1.4 skips expression indexes). */
function reflectIndexes(rows: readonly Row[]): Index[] {
  const out: Index[] = [];
  for (const r of rows) {
    if (r["constrained"] === true) continue; // the constraint stands for it
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
 * `Table(name, metadata, *reflect_args, autoload_with=conn)` from its catalog rows: columns given
 * in reflect_args replace the reflected ones of the same name.
 */
export function buildReflectedTable(catalog: Catalog, t: CatalogTable, metadata: MetaData, schema: string | null,
  o: { readonly reflectArgs?: readonly unknown[]; readonly withComment?: boolean } = {}): Table {
  const overrides = new Map((o.reflectArgs ?? []).filter((a): a is Column => isKind(a, "column")).map((c) => [c.name ?? c.key, c]));
  const columns = t.columns.map((r) => overrides.get(str(r["name"])) ?? reflectColumn(catalog, r, schema));
  const items = [...columns, ...reflectConstraints(t.constraints, schema), ...reflectIndexes(t.indexes)] as TableItem[];
  return buildTable(t.name, metadata, items, { schema, ...(t.comment === null || o.withComment === false ? {} : { comment: t.comment }) });
}
