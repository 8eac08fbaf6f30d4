/**
 * One MySQL / MariaDB table's catalog rows as SQLAlchemy 1.4's MySQL dialect describes them
 * from SHOW CREATE TABLE (MySQLTableDefinitionParser): each column's type with the arguments
 * its text shows (a display width, UNSIGNED, CHARACTER SET and COLLATE where they differ from
 * the table's), defaults as SHOW CREATE TABLE prints them, keys in the table's key order.
 */
import type {
  InspectedColumn, InspectedForeignKey, InspectedIndex, InspectedTable, InspectedUnique,
} from "../../reflection/inspected.js";
import { NULLTYPE, type SqlType } from "../../schema/types.js";
import { field, type MysqlRawTable, type Row } from "./catalog.js";
import * as my from "./namespace.js";
import type { MysqlServer } from "./server.js";

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

type Make = (args: readonly string[], kw: Record<string, unknown>) => SqlType;
const ints = (args: readonly string[]) => args.map(Number);
const withWidth = (f: (...a: never[]) => SqlType): Make => (a, kw) =>
  (f as (o: object) => SqlType)({ ...(a.length > 0 ? { displayWidth: Number(a[0]) } : {}), ...kw });
const withLength = (f: (...a: never[]) => SqlType): Make => (a, kw) =>
  (f as (o: object) => SqlType)({ ...(a.length > 0 ? { length: Number(a[0]) } : {}), ...kw });
const numeric = (f: (...a: never[]) => SqlType): Make => (a, kw) => {
  const [precision, scale] = ints(a);
  return (f as (o: object) => SqlType)({ ...(precision === undefined ? {} : { precision }), ...(scale === undefined ? {} : { scale }), ...kw });
};
const bare = (f: (...a: never[]) => SqlType): Make => (_a, kw) => (f as (o: object) => SqlType)(kw);
const withFsp = (f: (...a: never[]) => SqlType): Make => (a, kw) =>
  (f as (o: object) => SqlType)({ ...(a.length > 0 ? { fsp: Number(a[0]) } : {}), ...kw });
/** ENUM('a','b') and SET(...): the quoted values, '' undoubled. */
const quotedValues = (a: readonly string[]) => a.map((v) => v.slice(1, -1).replaceAll("''", "'"));

/** MySQLDialect.ischema_names: the type word as SHOW CREATE TABLE prints it, to its class. */
const NAMES: Readonly<Record<string, Make>> = {
  bigint: withWidth(my.BIGINT), int: withWidth(my.INTEGER), integer: withWidth(my.INTEGER), mediumint: withWidth(my.MEDIUMINT),
  smallint: withWidth(my.SMALLINT), tinyint: withWidth(my.TINYINT),
  decimal: numeric(my.DECIMAL), numeric: numeric(my.NUMERIC), fixed: numeric(my.DECIMAL),
  double: numeric(my.DOUBLE), float: numeric(my.FLOAT), real: numeric(my.REAL),
  char: withLength(my.CHAR), varchar: withLength(my.VARCHAR), nchar: withLength(my.NCHAR), nvarchar: withLength(my.NVARCHAR),
  text: withLength(my.TEXT), tinytext: bare(my.TINYTEXT), mediumtext: bare(my.MEDIUMTEXT), longtext: bare(my.LONGTEXT),
  binary: withLength(my.BINARY), varbinary: withLength(my.VARBINARY), blob: withLength(my.BLOB),
  tinyblob: withLength(my.TINYBLOB), mediumblob: withLength(my.MEDIUMBLOB), longblob: withLength(my.LONGBLOB),
  bit: withLength(my.BIT), year: withWidth(my.YEAR), json: bare(my.JSON), boolean: bare(my.BOOLEAN), bool: bare(my.BOOLEAN),
  date: bare(my.DATE), datetime: withFsp(my.DATETIME), time: withFsp(my.TIME), timestamp: withFsp(my.TIMESTAMP),
  enum: (a, kw) => (my.ENUM as (...x: unknown[]) => SqlType)(...quotedValues(a), kw),
  set: (a, kw) => (my.SET as (...x: unknown[]) => SqlType)(...quotedValues(a), kw),
};

/** Classes that are Integer subclasses: SQLAlchemy gives them autoincrement=False unless AUTO_INCREMENT. */
const INTEGER_WORDS = new Set(["bigint", "int", "integer", "mediumint", "smallint", "tinyint"]);
const NUMERIC_WORDS = new Set([...INTEGER_WORDS, "decimal", "numeric", "fixed", "double", "float", "real"]);
const STRING_WORDS = new Set(["char", "varchar", "nchar", "nvarchar", "text", "tinytext", "mediumtext", "longtext", "enum", "set"]);

/** The arguments in parentheses: numbers, or quoted values for ENUM and SET. */
function typeArgs(inner: string): string[] {
  return [...inner.matchAll(/'(?:[^']|'')*'|[^,\s]+/g)].map((m) => m[0]);
}

/** `int(10) unsigned zerofill`, `varchar(40)`, `enum('a','b')` as SQLAlchemy's _parse_column builds the type. */
export function parseColumnType(columnType: string, charset: string | null, collation: string | null): { type: SqlType; word: string } {
  const m = /^(\w+)(?:\((.*)\))?(.*)$/s.exec(columnType.trim());
  const word = (m?.[1] ?? "").toLowerCase();
  const make = NAMES[word];
  if (make === undefined) return { type: NULLTYPE, word }; // SQLAlchemy warns "Did not recognize type" and uses NullType
  const rest = (m?.[3] ?? "").toLowerCase();
  const kw: Record<string, unknown> = {};
  if (NUMERIC_WORDS.has(word)) {
    if (/\bunsigned\b/.test(rest)) kw["unsigned"] = true;
    if (/\bzerofill\b/.test(rest)) kw["zerofill"] = true;
  }
  if (STRING_WORDS.has(word)) {
    if (charset !== null) kw["charset"] = charset;
    if (collation !== null) kw["collation"] = collation;
  }
  return { type: make(m?.[2] === undefined ? [] : typeArgs(m[2]), kw), word };
}

/**
 * The default as SHOW CREATE TABLE prints it. MariaDB's information_schema already does (quoted
 * literals, `NULL` for none); MySQL's gives a literal bare, so it is quoted as SHOW CREATE TABLE
 * quotes it (numbers too), and an expression (DEFAULT_GENERATED) stays as it is.
 */
function defaultOf(r: Row, server: MysqlServer): string | null {
  const dflt = field(r, "column_default");
  if (dflt === null || dflt === undefined) return null;
  const text = String(dflt);
  if (server.isMariadb) return text === "NULL" ? null : text;
  const extra = str(field(r, "extra")).toUpperCase();
  if (extra.includes("DEFAULT_GENERATED") || /^current_timestamp/i.test(text)) return text;
  return `'${text.replaceAll("'", "''")}'`;
}

function column(r: Row, tableCollation: string, server: MysqlServer): InspectedColumn {
  const collation = field(r, "collation_name");
  // SHOW CREATE TABLE prints CHARACTER SET and COLLATE only where they are not the table's.
  const own = typeof collation === "string" && collation !== tableCollation;
  const { type, word } = parseColumnType(str(field(r, "column_type")), own ? str(field(r, "character_set_name")) : null, own ? collation : null);
  const extra = str(field(r, "extra")).toLowerCase();
  const comment = str(field(r, "column_comment"));
  const generation = field(r, "generation_expression");
  const col: InspectedColumn = {
    name: str(field(r, "column_name")),
    type,
    nullable: str(field(r, "is_nullable")) === "YES",
    // A column without a default and one with DEFAULT NULL both read as none.
    default: defaultOf(r, server),
    ...(extra.includes("auto_increment") ? { autoincrement: true } : INTEGER_WORDS.has(word) ? { autoincrement: false } : {}),
    comment: comment === "" ? null : comment,
  };
  if (typeof generation !== "string" || generation === "" || !/generated/.test(extra)) return col;
  return { ...col, computed: { sqltext: `(${generation})`, persisted: /stored|persistent/.test(extra) } };
}

function keys(t: MysqlRawTable, server: MysqlServer): { pk: string[]; indexes: InspectedIndex[]; uniques: InspectedUnique[]; lengths: Record<string, Record<string, unknown>> } {
  const pk: string[] = [];
  const indexes: InspectedIndex[] = [];
  const uniques: InspectedUnique[] = [];
  const lengths: Record<string, Record<string, unknown>> = {};
  for (const rows of t.indexes) {
    const first = rows[0] ?? {};
    const name = str(field(first, "index_name"));
    const columns = rows.map((r) => str(field(r, "column_name")));
    if (name === "PRIMARY") {
      pk.push(...columns);
      continue;
    }
    const unique = Number(field(first, "non_unique")) === 0;
    const kind = str(field(first, "index_type"));
    const flavor = unique ? "UNIQUE" : kind === "FULLTEXT" || kind === "SPATIAL" ? kind : null;
    indexes.push({
      name, column_names: columns, unique,
      ...(flavor === null ? {} : { type: flavor }),
      ...(flavor === "FULLTEXT" || flavor === "SPATIAL" ? { dialect_options: { [`${server.name}_prefix`]: flavor } } : {}),
    });
    if (unique) uniques.push({ name, column_names: columns, duplicates_index: name });
    // Beyond SQLAlchemy 1.4's dicts: prefix lengths, so that a copy of the table can index a TEXT column.
    const parts = rows.filter((r) => field(r, "sub_part") !== null && field(r, "sub_part") !== undefined);
    if (parts.length > 0) lengths[name] = { [`${server.name}Length`]: Object.fromEntries(parts.map((r) => [str(field(r, "column_name")), Number(field(r, "sub_part"))])) };
  }
  return { pk, indexes, uniques, lengths };
}

function foreignKeys(t: MysqlRawTable, schema: string | null): InspectedForeignKey[] {
  const byName = new Map<string, { fk: InspectedForeignKey; cols: string[]; refs: string[] }>();
  for (const r of t.foreignKeys) {
    const name = str(field(r, "constraint_name"));
    let e = byName.get(name);
    if (e === undefined) {
      const options: Record<string, string> = {};
      // SHOW CREATE TABLE leaves out the default (RESTRICT); SQLAlchemy drops NO ACTION too.
      for (const [key, rule] of [["onupdate", "update_rule"], ["ondelete", "delete_rule"]] as const) {
        const v = str(field(r, rule));
        if (v !== "" && v !== "RESTRICT" && v !== "NO ACTION") options[key] = v;
      }
      const refSchema = str(field(r, "referenced_table_schema"));
      const cols: string[] = [];
      const refs: string[] = [];
      e = {
        fk: {
          name, constrained_columns: cols, referred_columns: refs, options,
          referred_schema: refSchema === str(field(r, "table_schema")) ? schema : refSchema,
          referred_table: str(field(r, "referenced_table_name")),
        },
        cols, refs,
      };
      byName.set(name, e);
    }
    e.cols.push(str(field(r, "column_name")));
    e.refs.push(str(field(r, "referenced_column_name")));
  }
  return [...byName.values()].map((e) => e.fk);
}

/** The table's inspected dicts, and its options as get_table_options names them (`mariadb_engine`). */
export function inspectTable(t: MysqlRawTable, schema: string | null, server: MysqlServer): InspectedTable {
  const tableCollation = str(field(t.info, "table_collation"));
  const k = keys(t, server);
  const comment = str(field(t.info, "table_comment"));
  const prefix = server.name;
  // In the order SQLAlchemy's table-options parser finds them (quoted ones first), which the
  // CREATE TABLE of a copy follows.
  const found: [string, string, unknown][] = [
    ["comment", "Comment", comment === "" ? undefined : comment],
    ["engine", "Engine", field(t.info, "engine")],
    ["default charset", "DefaultCharset", field(t.info, "charset")],
    ["collate", "Collate", tableCollation === "" ? undefined : tableCollation],
  ];
  const options: Record<string, unknown> = {};
  const tableKwargs: Record<string, unknown> = {};
  for (const [key, camel, value] of found) {
    if (typeof value !== "string") continue;
    options[`${prefix}_${key}`] = value;
    tableKwargs[`${prefix}${camel}`] = value;
  }
  return {
    name: t.name,
    schema,
    columns: t.columns.map((c) => column(c, tableCollation, server)),
    pk_constraint: { constrained_columns: k.pk, name: null },
    foreign_keys: foreignKeys(t, schema),
    indexes: k.indexes,
    unique_constraints: k.uniques,
    check_constraints: t.checks.map((c) => ({ name: str(field(c, "constraint_name")), sqltext: str(field(c, "check_clause")) })),
    comment: comment === "" ? null : comment,
    options,
    extras: { indexKwargs: k.lengths, tableKwargs },
  };
}
