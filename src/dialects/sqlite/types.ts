/**
 * SQLite's type compiler: how SQLAlchemy 1.4's SQLiteTypeCompiler prints each type (its
 * GenericTypeCompiler with BLOB for LargeBinary and the *_CHAR names of numeric storage formats).
 * A type SQLite's compiler has no rendering for (a PostgreSQL or MySQL one) fails as SQLAlchemy does.
 */
import { dialectType, renders, type SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { UnsupportedCompilationError } from "../base/compile-errors.js";
import { formatIsTextAffinity } from "./storage-format.js";

const TYPE_COMPILER = "sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler";

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

const FIXED: Readonly<Record<string, string>> = {
  Integer: "INTEGER", INTEGER: "INTEGER", BigInteger: "BIGINT", BIGINT: "BIGINT", SmallInteger: "SMALLINT", SMALLINT: "SMALLINT",
  Boolean: "BOOLEAN", BOOLEAN: "BOOLEAN", TIMESTAMP: "TIMESTAMP",
  LargeBinary: "BLOB", PickleType: "BLOB", BLOB: "BLOB", JSON: "JSON", REAL: "REAL",
  // Interval is a TypeDecorator over DateTime where the dialect has no native interval.
  Interval: "DATETIME",
};

/**
 * Dates and times: the generic types adapt to sqlite.DATETIME / DATE / TIME, whose storage format
 * decides the name (a format of digits only gives the *_CHAR name); the uppercase generic ones print as they are.
 */
const DATE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  DateTime: ["DATETIME", "DATETIME_CHAR"], Date: ["DATE", "DATE_CHAR"], Time: ["TIME", "TIME_CHAR"],
};

export function sqliteTypeSql(given: SqlType): string {
  const t = dialectType(given, "sqlite");
  // Another dialect's own type (mysql.ENUM): SQLiteTypeCompiler has no visit method for it.
  if (!renders("sqlite", t)) throw new UnsupportedCompilationError(TYPE_COMPILER, t.name);
  const fixed = FIXED[t.name];
  if (fixed !== undefined) return fixed;
  switch (t.name) {
    case "DATETIME": case "DATE": case "TIME": return t.name;
    case "DateTime": case "Date": case "Time": {
      const [text, numeric] = DATE_NAMES[t.name]!;
      return formatIsTextAffinity(t) ? text : numeric;
    }
    case "String": case "VARCHAR": case "Unicode": return withLength("VARCHAR", t);
    case "NVARCHAR": return withLength("NVARCHAR", t);
    case "CHAR": return withLength("CHAR", t);
    case "NCHAR": return withLength("NCHAR", t);
    case "Text": case "TEXT": case "UnicodeText": return withLength("TEXT", t);
    case "CLOB": return withLength("CLOB", t);
    case "Numeric": case "NUMERIC": return numeric("NUMERIC", t);
    case "DECIMAL": return numeric("DECIMAL", t);
    // SQLAlchemy 1.4's GenericTypeCompiler.visit_FLOAT prints no precision.
    case "Float": case "FLOAT": return "FLOAT";
    case "BINARY": return withLength("BINARY", t);
    case "VARBINARY": return withLength("VARBINARY", t);
    // No native enums: an Enum (postgresql.ENUM too) is a VARCHAR as long as its longest value.
    case "Enum": case "ENUM": return withLength("VARCHAR", t);
    case "NullType": return fail("Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
    default: throw new UnsupportedCompilationError(TYPE_COMPILER, t.name);
  }
}
