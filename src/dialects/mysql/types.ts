/**
 * MySQL's type compiler: how SQLAlchemy 1.4's MySQLTypeCompiler prints each type. Like
 * SQLAlchemy's, it dispatches on the type as given (a generic `sa.Float` prints as FLOAT, not
 * through the MySQL class it adapts to), and prints UNSIGNED, CHARACTER SET and the like only
 * for the `mysql.*` types that carry them.
 */
import { dialectType, renders, type SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { UnsupportedCompilationError } from "../base/compile-errors.js";
import { mysqlAttrs, type MysqlTypeAttrs } from "./type-attrs.js";

const TYPE_COMPILER = "sqlalchemy.dialects.mysql.base.MySQLTypeCompiler";

/** SQLAlchemy's CompileError, raised by the type compiler (CREATE TABLE names the column around it). */
const compileError = (message: string): never => fail(message);

const given = (n: number | null | undefined): n is number => n !== null && n !== undefined;
/** Python truthiness of an optional number (`if type_.length:`). */
const truthy = (n: number | null | undefined): n is number => given(n) && n !== 0;

/** _extend_numeric: UNSIGNED and ZEROFILL, for MySQL's own numeric types only. */
function extendNumeric(a: MysqlTypeAttrs | null, spec: string): string {
  if (a === null || a.mixin !== "numeric") return spec;
  return spec + (a.unsigned === true ? " UNSIGNED" : "") + (a.zerofill === true ? " ZEROFILL" : "");
}

/** What `_extend_string` reads for each flag: the type's own attribute, else the visit's default. */
interface StringDefaults { readonly national?: boolean }

/** _extend_string: CHARACTER SET (or ASCII / UNICODE), COLLATE (or BINARY), NATIONAL. */
function extendString(t: SqlType, a: MysqlTypeAttrs | null, defaults: StringDefaults, spec: string): string {
  const own = a !== null && a.mixin === "string" ? a : null;
  let charset: string | null = null;
  if (own?.charset) charset = `CHARACTER SET ${own.charset}`;
  else if (own?.ascii) charset = "ASCII";
  else if (own?.unicode) charset = "UNICODE";
  let collation: string | null = null;
  if (t.collation) collation = `COLLATE ${t.collation}`;
  else if (own?.binary) collation = "BINARY";
  // A generic NVARCHAR has no `national` attribute: the visit's default says yes.
  const national = own !== null ? own.national === true : defaults.national === true;
  const parts = national ? ["NATIONAL", spec, collation] : [spec, charset, collation];
  return parts.filter((p): p is string => p !== null).join(" ");
}

const decimalLike = (word: string, t: SqlType, a: MysqlTypeAttrs | null): string => {
  if (!given(t.precision)) return extendNumeric(a, word);
  if (!given(t.scale)) return extendNumeric(a, `${word}(${t.precision})`);
  return extendNumeric(a, `${word}(${t.precision}, ${t.scale})`);
};

/** DOUBLE and REAL print a precision only together with a scale. */
const doubleLike = (word: string, t: SqlType, a: MysqlTypeAttrs | null): string =>
  given(t.precision) && given(t.scale) ? extendNumeric(a, `${word}(${t.precision}, ${t.scale})`) : extendNumeric(a, word);

function float(t: SqlType, a: MysqlTypeAttrs | null): string {
  if (a?.mixin === "numeric" && given(t.scale) && given(t.precision)) return extendNumeric(a, `FLOAT(${t.precision}, ${t.scale})`);
  if (given(t.precision)) return extendNumeric(a, `FLOAT(${t.precision})`);
  return extendNumeric(a, "FLOAT");
}

const integer = (word: string, a: MysqlTypeAttrs | null): string =>
  a?.mixin === "numeric" && given(a.displayWidth) ? extendNumeric(a, `${word}(${a.displayWidth})`) : extendNumeric(a, word);

/** DATETIME(6), TIME(3), TIMESTAMP(3): a fractional seconds precision, where the type has a (truthy) one. */
const withFsp = (word: string, a: MysqlTypeAttrs | null): string => (truthy(a?.fsp) ? `${word}(${a.fsp})` : word);

function varchar(t: SqlType, a: MysqlTypeAttrs | null, dialectName: string): string {
  if (!truthy(t.length)) return compileError(`VARCHAR requires a length on dialect ${dialectName}`);
  return extendString(t, a, {}, `VARCHAR(${t.length})`);
}

/** _visit_enumerated_values: each value quoted, '' doubled, no spaces after the commas. */
const enumerated = (word: string, t: SqlType, a: MysqlTypeAttrs | null, values: readonly string[]): string =>
  extendString(t, a, {}, `${word}(${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")})`);

/** GenericTypeCompiler._render_string_type (CLOB): its COLLATE is quoted, unlike MySQL's. */
function genericString(word: string, t: SqlType): string {
  let text = word;
  if (truthy(t.length)) text += `(${t.length})`;
  if (t.collation) text += ` COLLATE "${t.collation}"`;
  return text;
}

/** The type as MySQL prints it. `dialectName` is SQLAlchemy's (it names itself in some errors). */
export function mysqlTypeSql(original: SqlType, dialectName: string): string {
  const t = dialectType(original, dialectName);
  if (!renders(dialectName, t)) throw new UnsupportedCompilationError(TYPE_COMPILER, t.name);
  const a = mysqlAttrs(t);
  switch (t.name) {
    case "Integer": case "INTEGER": return integer("INTEGER", a);
    case "BigInteger": case "BIGINT": return integer("BIGINT", a);
    case "SmallInteger": case "SMALLINT": return integer("SMALLINT", a);
    case "MEDIUMINT": return integer("MEDIUMINT", a);
    case "TINYINT": return integer("TINYINT", a);
    case "Numeric": case "NUMERIC": return decimalLike("NUMERIC", t, a);
    case "DECIMAL": return decimalLike("DECIMAL", t, a);
    case "Float": case "FLOAT": return float(t, a);
    case "REAL": return doubleLike("REAL", t, a);
    case "DOUBLE": return doubleLike("DOUBLE", t, a);
    case "BIT":
      // Any BIT (PostgreSQL's too) prints its length; a PostgreSQL BIT's VARYING is not MySQL's.
      return given(t.length) ? `BIT(${t.length})` : "BIT";
    case "Boolean": case "BOOLEAN": return "BOOL";
    case "Date": case "DATE": return "DATE";
    case "DateTime": case "DATETIME": return withFsp("DATETIME", a);
    case "TIMESTAMP": return withFsp("TIMESTAMP", a);
    case "Time": case "TIME": return withFsp("TIME", a);
    // Interval is a TypeDecorator over DateTime where the server has no interval type.
    case "Interval": return "DATETIME";
    case "YEAR": return given(a?.displayWidth) ? `YEAR(${a?.displayWidth})` : "YEAR";
    case "String": case "VARCHAR": case "Unicode": return varchar(t, a, dialectName);
    case "CHAR": return extendString(t, a, {}, truthy(t.length) ? `CHAR(${t.length})` : "CHAR");
    case "NVARCHAR":
      if (!truthy(t.length)) return compileError(`NVARCHAR requires a length on dialect ${dialectName}`);
      return extendString(t, a, { national: true }, `VARCHAR(${t.length})`);
    case "NCHAR": return extendString(t, a, { national: true }, truthy(t.length) ? `CHAR(${t.length})` : "CHAR");
    case "Text": case "TEXT": case "UnicodeText": return extendString(t, a, {}, truthy(t.length) ? `TEXT(${t.length})` : "TEXT");
    case "TINYTEXT": case "MEDIUMTEXT": case "LONGTEXT": return extendString(t, a, {}, t.name);
    case "CLOB": return genericString("CLOB", t);
    case "LargeBinary": case "PickleType": case "BLOB": return truthy(t.length) ? `BLOB(${t.length})` : "BLOB";
    case "TINYBLOB": case "MEDIUMBLOB": case "LONGBLOB": return t.name;
    case "BINARY": return truthy(t.length) ? `BINARY(${t.length})` : "BINARY";
    case "VARBINARY":
      // "VARBINARY(%d)" % type_.length: Python's own error for a missing length.
      return given(t.length) ? `VARBINARY(${Math.trunc(t.length)})` : fail("%d format: a real number is required, not NoneType");
    case "JSON": return "JSON";
    case "Enum": {
      const spec = t.enumSpec ?? fail("Enum without values");
      // A non-native Enum is the VARCHAR it emulates with.
      return spec.nativeEnum ? enumerated("ENUM", t, a, spec.values) : varchar(t, a, dialectName);
    }
    case "ENUM": {
      const spec = t.enumSpec ?? fail("ENUM without values");
      // postgresql.ENUM visits as a plain Enum; mysql.ENUM is an ENUM whatever native_enum says.
      if (a === null && !spec.nativeEnum) return varchar(t, a, dialectName);
      return enumerated("ENUM", t, a, spec.values);
    }
    case "SET": return enumerated("SET", t, a, a?.values ?? []);
    case "NullType": return compileError("Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
    default: throw new UnsupportedCompilationError(TYPE_COMPILER, t.name);
  }
}

/**
 * MySQLCompiler.visit_typeclause: the type a CAST names, which MySQL restricts (SIGNED INTEGER,
 * CHAR, DECIMAL...); null where MySQL has no CAST to it (SQLAlchemy then leaves the CAST out).
 */
export function mysqlCastType(original: SqlType, dialectName: string, floatCast: boolean): string | null {
  const t = dialectType(original, dialectName);
  const a = mysqlAttrs(t);
  switch (t.family) {
    case "integer": return a?.unsigned === true ? "UNSIGNED INTEGER" : "SIGNED INTEGER";
    case "date": case "time": return mysqlTypeSql(t, dialectName);
    case "datetime": return t.name === "TIMESTAMP" ? "DATETIME" : mysqlTypeSql(t, dialectName);
    case "interval": return "DATETIME";
    case "string": case "text": case "enum": {
      if (t.name === "SET" || (t.family === "enum" && (a !== null || t.name === "Enum" || t.name === "ENUM"))) return null;
      return castChar(t, a);
    }
    case "binary": return "BINARY";
    case "json": return "JSON";
    case "numeric":
      return t.name === "DECIMAL" ? mysqlTypeSql(t, dialectName) : mysqlTypeSql(t, dialectName).replace("NUMERIC", "DECIMAL");
    case "float": return floatCast ? mysqlTypeSql(t, dialectName) : null;
    default: return null;
  }
}

/** CHAR._adapt_string_for_cast: a string type as the CHAR a CAST takes (never NATIONAL). */
function castChar(t: SqlType, a: MysqlTypeAttrs | null): string {
  if (t.name === "CHAR") return mysqlTypeSql(t, "mysql");
  const own = a !== null && a.mixin === "string" ? { ...a, national: false } : null;
  const asChar: SqlType = { ...t, name: "CHAR", collation: own === null ? null : t.collation ?? null };
  return extendString(asChar, own, {}, truthy(t.length) ? `CHAR(${t.length})` : "CHAR");
}
