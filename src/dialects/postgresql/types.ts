/**
 * PostgreSQL's type compiler: how SQLAlchemy 1.4's PGTypeCompiler prints each type.
 * Dispatch is on SQLAlchemy's class name; the generic fallbacks follow its GenericTypeCompiler.
 */
import { dialectType, renders, type SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { UnsupportedCompilationError } from "../base/compile-errors.js";

const TYPE_COMPILER = "sqlalchemy.dialects.postgresql.base.PGTypeCompiler";

export interface TypeRenderContext {
  quote(name: string): string;
}

const withLength = (word: string, t: SqlType): string => {
  let text = word;
  // SQLAlchemy tests truthiness: String(0) and collation="" print nothing.
  if (t.length !== null && t.length !== undefined && t.length !== 0) text += `(${t.length})`;
  if (t.collation !== null && t.collation !== undefined && t.collation !== "") text += ` COLLATE "${t.collation}"`;
  return text;
};

const numeric = (word: string, t: SqlType): string => {
  if (t.precision === null || t.precision === undefined) return word;
  if (t.scale === null || t.scale === undefined) return `${word}(${t.precision})`;
  return `${word}(${t.precision}, ${t.scale})`;
};

const tz = (word: "TIMESTAMP" | "TIME", t: SqlType): string => {
  const p = t.precision !== null && t.precision !== undefined ? `(${t.precision})` : "";
  return `${word}${p} ${t.timezone === true ? "WITH" : "WITHOUT"} TIME ZONE`;
};

const interval = (t: SqlType): string => {
  let text = "INTERVAL";
  if (t.fields !== null && t.fields !== undefined) text += " " + t.fields;
  if (t.precision !== null && t.precision !== undefined) text += ` (${t.precision})`;
  return text;
};

/** The enum's name as a type: schema-qualified, quoted as needed (PG's format_type). */
export function enumTypeName(t: SqlType, ctx: TypeRenderContext): string {
  const spec = t.enumSpec ?? fail("not an enum type");
  if (spec.name === null) fail("PostgreSQL ENUM type requires a name.");
  const name = ctx.quote(spec.name);
  return spec.schema !== null ? `${ctx.quote(spec.schema)}.${name}` : name;
}

const FIXED: Readonly<Record<string, string>> = {
  Integer: "INTEGER", INTEGER: "INTEGER", BigInteger: "BIGINT", BIGINT: "BIGINT", SmallInteger: "SMALLINT", SMALLINT: "SMALLINT",
  Boolean: "BOOLEAN", BOOLEAN: "BOOLEAN", Date: "DATE", DATE: "DATE", DATETIME: "DATETIME",
  LargeBinary: "BYTEA", BYTEA: "BYTEA", PickleType: "BYTEA", BLOB: "BLOB",
  JSON: "JSON", JSONB: "JSONB", Uuid: "UUID", UUID: "UUID", REAL: "REAL", DOUBLE_PRECISION: "DOUBLE PRECISION", DOUBLE: "DOUBLE",
  INET: "INET", CITEXT: "CITEXT", CIDR: "CIDR", MACADDR: "MACADDR", MACADDR8: "MACADDR8", MONEY: "MONEY", OID: "OID", REGCLASS: "REGCLASS",
  TSVECTOR: "TSVECTOR", HSTORE: "HSTORE", INT4RANGE: "INT4RANGE", INT8RANGE: "INT8RANGE", NUMRANGE: "NUMRANGE",
  DATERANGE: "DATERANGE", TSRANGE: "TSRANGE", TSTZRANGE: "TSTZRANGE", NullType: "NULL",
};

export function postgresqlTypeSql(given: SqlType, ctx: TypeRenderContext): string {
  const t = dialectType(given, "postgresql");
  // Another dialect's own type (mysql.TINYINT): PGTypeCompiler has no visit method for it.
  if (!renders("postgresql", t)) throw new UnsupportedCompilationError(TYPE_COMPILER, t.name);
  const fixed = FIXED[t.name];
  if (fixed !== undefined) {
    if (t.name === "NullType") fail("Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
    return fixed;
  }
  switch (t.name) {
    case "String": case "VARCHAR": case "Unicode":
      return withLength("VARCHAR", t);
    case "NVARCHAR": return withLength("NVARCHAR", t);
    case "CHAR": return withLength("CHAR", t);
    case "NCHAR": return withLength("NCHAR", t);
    case "Text": case "TEXT": case "UnicodeText": return withLength("TEXT", t);
    case "CLOB": return withLength("CLOB", t);
    case "DateTime": case "TIMESTAMP": return tz("TIMESTAMP", t);
    case "Time": case "TIME": return tz("TIME", t);
    // Interval(native=False) stays SQLAlchemy's emulation: a DateTime column.
    case "Interval": return t.native === false ? "TIMESTAMP WITHOUT TIME ZONE" : interval(t);
    case "INTERVAL": return interval(t);
    case "Numeric": case "NUMERIC": return numeric("NUMERIC", t);
    case "DECIMAL": return numeric("DECIMAL", t);
    case "Float": case "FLOAT": return t.precision === null || t.precision === undefined || t.precision === 0 ? "FLOAT" : `FLOAT(${t.precision})`;
    case "BINARY": return withLength("BINARY", t);
    case "VARBINARY": return withLength("VARBINARY", t);
    case "BIT":
      // visit_BIT reads BIT.varying, which another dialect's BIT (mysql.BIT) does not have.
      if (t.varying === undefined) fail("'BIT' object has no attribute 'varying'");
      if (t.varying === true) return t.length !== null && t.length !== undefined ? `BIT VARYING(${t.length})` : "BIT VARYING";
      return `BIT(${t.length ?? 1})`;
    case "ARRAY": {
      const item = t.itemType ?? fail("ARRAY needs an item type");
      return postgresqlTypeSql(item, ctx) + "[]".repeat(t.dimensions ?? 1);
    }
    case "Enum": case "ENUM": {
      const spec = t.enumSpec ?? fail("Enum without values");
      if (!spec.nativeEnum) return `VARCHAR(${spec.length})`;
      return enumTypeName(t, ctx);
    }
    default:
      throw new UnsupportedCompilationError(TYPE_COMPILER, t.name);
  }
}
