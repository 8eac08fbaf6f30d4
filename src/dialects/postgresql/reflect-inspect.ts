/**
 * One table's Inspector dicts, from the same catalog rows as its sa.Table (reflect-catalog.ts):
 * what SQLAlchemy 1.4's PostgreSQL dialect answers to get_columns, get_pk_constraint,
 * get_foreign_keys, get_indexes, get_unique_constraints, get_check_constraints and
 * get_table_comment, keys in its order. They differ from the Table where Alembic's hooks do not
 * run: a SERIAL column keeps its nextval() default, and the index behind a unique constraint is
 * listed (with duplicates_constraint).
 */
import type {
  InspectedCheck, InspectedColumn, InspectedForeignKey, InspectedIdentity, InspectedIndex, InspectedTable, InspectedUnique,
} from "../../reflection/inspected.js";
import { DOUBLE_PRECISION, Text, makeType, type SqlType } from "../../schema/types.js";
import type { Catalog, CatalogTable, Row } from "./reflect-catalog.js";
import { constraintColumns, enumOf, parseCheck, parseForeignKey, qualifyNextval, str } from "./reflect-build.js";
import { parseFormatType } from "./reflect-types.js";

const isSet = (v: unknown): boolean => v !== null && v !== undefined;
const textOrNull = (v: unknown): string | null => (isSet(v) ? str(v) : null);

/** Fields a type argument sets; a domain's type has none of them in SQLAlchemy's reflection. */
const ARGUMENT_FIELDS: Readonly<Record<string, unknown>> = { length: null, precision: null, scale: null, timezone: false, fields: null, varying: false };

function withoutArguments(t: SqlType): SqlType {
  const cleared = Object.fromEntries(Object.entries(ARGUMENT_FIELDS).filter(([k]) => k in t));
  return Object.keys(cleared).length === 0 ? t : Object.freeze({ ...t, ...cleared });
}

/**
 * The type as _get_column_info builds it. Its arguments come from the column's own format_type()
 * text, so a domain's base type has none (a domain over varchar(30) is VARCHAR()); DOUBLE
 * PRECISION gets precision=53; postgresql.JSON and JSONB carry astext_type=Text().
 */
function columnType(catalog: Catalog, r: Row): SqlType {
  const domain = isSet(r["domaintype"]);
  const spec = domain ? str(r["domaintype"]).replace(/\(.*\)/, "") : str(r["type"]);
  const parsed = parseFormatType(spec, {
    enumType: r["typtype"] === "e" ? enumOf(catalog, r["typoid"]) : null,
    elementEnum: r["elemtyptype"] === "e" ? enumOf(catalog, r["elemtypoid"]) : null,
  });
  const adjust = (t: SqlType): SqlType => {
    if (t.itemType !== undefined) return Object.freeze({ ...t, itemType: adjust(t.itemType) });
    if (domain) return withoutArguments(t);
    if (t.name === "DOUBLE_PRECISION") return DOUBLE_PRECISION(53);
    if (t.name === "JSON" || t.name === "JSONB") return makeType(t.name, t.family, { extra: { astextType: Text() } });
    return t;
  };
  return adjust(parsed);
}

/** A sequence option as json_build_object gives it to Python: an integer (its text beyond 2^53). */
function bound(v: unknown): number | string {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : str(v);
}

function column(catalog: Catalog, r: Row, schema: string | null): InspectedColumn {
  const type = columnType(catalog, r);
  const domain = isSet(r["domaintype"]);
  let serverDefault = textOrNull(r["default"]);
  // A table cannot lift its domain's NOT NULL; it can override the domain's default, not remove it.
  if (domain && serverDefault === null) serverDefault = textOrNull(r["domaindefault"]);
  const nullable = r["notnull"] !== true && !(domain && r["domainnotnull"] === true);
  const generated = str(r["generated"]);
  // attgenerated is "" (or absent) for a column that is not generated; then the default is one.
  const computed = generated === "" ? undefined : { sqltext: serverDefault ?? "", persisted: generated === "s" };
  if (computed !== undefined) serverDefault = null;
  const attidentity = str(r["identity"]);
  const identity: InspectedIdentity | undefined = attidentity === "a" || attidentity === "d"
    ? {
      always: attidentity === "a", start: bound(r["seqstart"]), increment: bound(r["seqincrement"]),
      minvalue: bound(r["seqmin"]), maxvalue: bound(r["seqmax"]), cache: bound(r["seqcache"]), cycle: r["seqcycle"] === true,
    }
    : undefined;
  let autoincrement = false;
  if (serverDefault !== null) {
    const q = qualifyNextval(serverDefault, schema);
    autoincrement = q.nextval && type.family === "integer";
    serverDefault = q.text;
  }
  return {
    name: str(r["name"]), type, nullable, default: serverDefault, autoincrement: autoincrement || identity !== undefined,
    comment: textOrNull(r["comment"]),
    ...(computed === undefined ? {} : { computed }),
    ...(identity === undefined ? {} : { identity }),
  };
}

/** pg_index.indoption bits (0x01 DESC, 0x02 NULLS FIRST) as the words that differ from the default. */
function sortWords(flags: number): string[] {
  if ((flags & 1) !== 0) return (flags & 2) !== 0 ? ["desc"] : ["desc", "nulls_last"];
  return (flags & 2) !== 0 ? ["nulls_first"] : [];
}

/** get_indexes: every index but the primary key's, by name, except those on expressions (SQLAlchemy 1.4 skips them). */
function indexes(rows: readonly Row[]): InspectedIndex[] {
  const out: InspectedIndex[] = [];
  for (const r of rows) {
    const all = constraintColumns(r);
    if (all.some((c) => c === "")) continue;
    const nkey = Number(r["nkey"] ?? all.length);
    const keys = all.slice(0, nkey);
    const include = all.slice(nkey);
    const sorting = Array.isArray(r["sorting"]) ? (r["sorting"] as unknown[]).map(Number) : [];
    const columnSorting: Record<string, string[]> = {};
    keys.forEach((col, i) => {
      const words = sortWords(sorting[i] ?? 0);
      if (words.length > 0) columnSorting[col] = words;
    });
    const dialectOptions: Record<string, unknown> = { postgresql_include: include };
    const reloptions = Array.isArray(r["reloptions"]) ? (r["reloptions"] as unknown[]).map(str) : [];
    if (reloptions.length > 0) {
      dialectOptions["postgresql_with"] = Object.fromEntries(reloptions.map((o) => [o.slice(0, o.indexOf("=")), o.slice(o.indexOf("=") + 1)]));
    }
    if (str(r["using"]) !== "btree") dialectOptions["postgresql_using"] = str(r["using"]);
    if (isSet(r["pred"])) dialectOptions["postgresql_where"] = str(r["pred"]);
    const name = str(r["name"]);
    out.push({
      name, unique: r["uniq"] === true, column_names: keys, include_columns: include,
      ...(r["constrained"] === true ? { duplicates_constraint: name } : {}),
      ...(Object.keys(columnSorting).length > 0 ? { column_sorting: columnSorting } : {}),
      dialect_options: dialectOptions,
    });
  }
  return out;
}

function foreignKeys(rows: readonly Row[], schema: string | null): InspectedForeignKey[] {
  const out: InspectedForeignKey[] = [];
  for (const r of rows) {
    const fk = r["type"] === "f" ? parseForeignKey(r, schema) : null;
    if (fk === null) continue;
    out.push({
      name: str(r["name"]), constrained_columns: fk.constrainedColumns, referred_schema: fk.referredSchema,
      referred_table: fk.referredTable, referred_columns: fk.referredColumns, options: fk.options,
    });
  }
  return out;
}

/** get_check_constraints lists them in the catalog's order (its query has no ORDER BY): by oid here. */
function checks(rows: readonly Row[]): InspectedCheck[] {
  return rows.filter((r) => r["type"] === "c")
    .sort((a, b) => Number(a["oid"]) - Number(b["oid"]))
    .map((r) => {
      const ck = parseCheck(r);
      return {
        name: str(r["name"]), sqltext: ck?.sqltext ?? "",
        ...(ck?.notValid === true ? { dialect_options: { not_valid: true } } : {}),
      };
    });
}

export function inspectTable(catalog: Catalog, t: CatalogTable, schema: string | null): InspectedTable {
  const pk = t.constraints.find((r) => r["type"] === "p");
  const uniques: InspectedUnique[] = t.constraints.filter((r) => r["type"] === "u")
    .map((r) => ({ name: str(r["name"]), column_names: constraintColumns(r) }));
  return {
    name: t.name,
    schema,
    columns: t.columns.map((r) => column(catalog, r, schema)),
    pk_constraint: { constrained_columns: pk === undefined ? [] : constraintColumns(pk), name: pk === undefined ? null : str(pk["name"]) },
    foreign_keys: foreignKeys(t.constraints, schema),
    indexes: indexes(t.indexes),
    unique_constraints: uniques,
    check_constraints: checks(t.constraints),
    comment: t.comment,
    options: {},
    extras: {},
  };
}
