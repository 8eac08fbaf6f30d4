/**
 * The `mysql` namespace's types (sqlalchemy.dialects.mysql), as data. What only MySQL prints
 * (UNSIGNED, ZEROFILL, a display width, CHARACTER SET, NATIONAL, BINARY, fractional seconds)
 * rides in `extra.mysql` (see mysqlAttrs); what other dialects print too (length, collation,
 * precision, scale) is in the type's common fields, so `mysql.VARCHAR(50, { collation })`
 * prints `VARCHAR(50) COLLATE "..."` on PostgreSQL, as SQLAlchemy's does.
 */
import { bindArgs, splitOptions, type Constructor } from "../../schema/item.js";
import { is, type ArgSpec } from "../../schema/arg-spec.js";
import { ENUM_ARGS, enumType, makeType, typeFactory, withEnumDdl, type EnumOptions, type EnumType, type SqlType, type TypeFamily } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { MYSQL_ATTRS, type MysqlTypeAttrs } from "./type-attrs.js";

export { BINARY, BLOB, BOOLEAN, DATE, JSON, VARBINARY } from "../../schema/types.js";

/** _NumericType's keywords. */
export interface MysqlNumericOptions { unsigned?: boolean; zerofill?: boolean }
/** _StringType's keywords. */
export interface MysqlStringOptions {
  charset?: string | null;
  collation?: string | null;
  /** Python's `collate=`, an alias of collation. */
  collate?: string | null;
  ascii?: boolean;
  binary?: boolean;
  unicode?: boolean;
  national?: boolean;
}

const NUMERIC_CHECKS = { unsigned: is.bool, zerofill: is.bool };
const STRING_CHECKS = {
  charset: is.stringOrNull, collation: is.stringOrNull, collate: is.stringOrNull,
  ascii: is.bool, binary: is.bool, unicode: is.bool, national: is.bool,
};

const withAttrs = (attrs: MysqlTypeAttrs) => Object.freeze({ [MYSQL_ATTRS]: Object.freeze(attrs) });

/** Types whose visit name only MySQL's type compiler has: every other dialect refuses them. */
const MYSQL_ONLY = Object.freeze(["mysql", "mariadb"]);


const numericAttrs = (a: Record<string, unknown>, more: Partial<MysqlTypeAttrs> = {}): MysqlTypeAttrs =>
  ({ mixin: "numeric", unsigned: a["unsigned"] === true, zerofill: a["zerofill"] === true, ...more });

const stringAttrs = (a: Record<string, unknown>, more: Partial<MysqlTypeAttrs> = {}): MysqlTypeAttrs => ({
  mixin: "string",
  charset: typeof a["charset"] === "string" ? a["charset"] : null,
  ascii: a["ascii"] === true,
  binary: a["binary"] === true,
  unicode: a["unicode"] === true,
  national: a["national"] === true,
  ...more,
});

/** `collation=` or its alias `collate=` (_StringType takes either). */
const collationOf = (a: Record<string, unknown>): string | null => {
  const c = a["collation"] ?? a["collate"];
  return typeof c === "string" ? c : null;
};

const num = (x: unknown): number | null => (typeof x === "number" ? x : null);

// --- numbers ---------------------------------------------------------------

export interface MysqlNumericTypeOptions extends MysqlNumericOptions { precision?: number | null; scale?: number | null; asdecimal?: boolean }
const NUMERIC_ARGS: ArgSpec = {
  positional: ["precision", "scale", "asdecimal"],
  checks: { precision: is.intOrNull, scale: is.intOrNull, asdecimal: is.bool, ...NUMERIC_CHECKS },
};
type NumericArgs = (number | null | boolean | MysqlNumericTypeOptions)[];

const numericType = (name: "NUMERIC" | "DECIMAL") =>
  typeFactory((...args: NumericArgs): SqlType => {
    const a = bindArgs(["precision", "scale", "asdecimal"], args);
    return makeType(name, "numeric", { precision: num(a["precision"]), scale: num(a["scale"]), asdecimal: a["asdecimal"] !== false, extra: withAttrs(numericAttrs(a)) });
  }, NUMERIC_ARGS);

export const NUMERIC = numericType("NUMERIC");
export const DECIMAL = numericType("DECIMAL");

/** _FloatType: REAL and DOUBLE take a precision only with a scale. */
const floatType = (name: "DOUBLE" | "REAL" | "FLOAT", asdecimalDefault: boolean, mysqlOnly: boolean) =>
  typeFactory((...args: NumericArgs): SqlType => {
    const a = bindArgs(["precision", "scale", "asdecimal"], args);
    const precision = num(a["precision"]);
    const scale = num(a["scale"]);
    if (name !== "FLOAT" && (precision === null) !== (scale === null)) fail("You must specify both precision and scale or omit both altogether.");
    return makeType(name, "float", {
      precision, scale, asdecimal: typeof a["asdecimal"] === "boolean" ? a["asdecimal"] : asdecimalDefault,
      extra: withAttrs(numericAttrs(a)), ...(mysqlOnly ? { renderedBy: MYSQL_ONLY } : {}),
    });
  }, NUMERIC_ARGS);

// DOUBLE is a visit name only MySQL's type compiler has (SQLAlchemy 1.4 has no generic DOUBLE).
export const DOUBLE = floatType("DOUBLE", true, true);
export const REAL = floatType("REAL", true, false);
export const FLOAT = floatType("FLOAT", false, false);

export interface MysqlIntegerOptions extends MysqlNumericOptions { displayWidth?: number | null }
const INTEGER_ARGS: ArgSpec = { positional: ["displayWidth"], checks: { displayWidth: is.intOrNull, ...NUMERIC_CHECKS } };

const integerType = (name: string, intSize: "small" | "normal" | "big", mysqlOnly: boolean) =>
  typeFactory((...args: (number | null | MysqlIntegerOptions)[]): SqlType => {
    const a = bindArgs(["displayWidth"], args);
    const extra = withAttrs(numericAttrs(a, { displayWidth: num(a["displayWidth"]) }));
    return makeType(name, "integer", { intSize, extra, ...(mysqlOnly ? { renderedBy: MYSQL_ONLY } : {}) });
  }, INTEGER_ARGS);

export const INTEGER = integerType("INTEGER", "normal", false);
export const BIGINT = integerType("BIGINT", "big", false);
export const SMALLINT = integerType("SMALLINT", "small", false);
export const MEDIUMINT = integerType("MEDIUMINT", "normal", true);
export const TINYINT = integerType("TINYINT", "small", true);

// --- bits and years ----------------------------------------------------------

/** BIT(length): PostgreSQL's compiler takes it for its own BIT, which it is not (it has no `varying`). */
export const BIT = typeFactory((...args: (number | null | { length?: number | null })[]): SqlType =>
  makeType("BIT", "other", { length: num(bindArgs(["length"], args)["length"]), extra: withAttrs({ mixin: "other" }), renderedBy: Object.freeze([...MYSQL_ONLY, "postgresql"]) }),
{ positional: ["length"], checks: { length: is.intOrNull } });

export const YEAR = typeFactory((...args: (number | null | { displayWidth?: number | null })[]): SqlType =>
  makeType("YEAR", "other", { extra: withAttrs({ mixin: "other", displayWidth: num(bindArgs(["displayWidth"], args)["displayWidth"]) }), renderedBy: MYSQL_ONLY }),
{ positional: ["displayWidth"], checks: { displayWidth: is.intOrNull } });

// --- dates and times ---------------------------------------------------------

export interface MysqlTimeOptions { timezone?: boolean; fsp?: number | null }
const TIME_ARGS: ArgSpec = { positional: ["timezone", "fsp"], checks: { timezone: is.bool, fsp: is.intOrNull } };

/** They keep the generic visit names (DATETIME, TIME, TIMESTAMP): other dialects print them as those. */
const timeType = (name: "DATETIME" | "TIME" | "TIMESTAMP", family: TypeFamily) =>
  typeFactory((...args: (boolean | number | null | MysqlTimeOptions)[]): SqlType => {
    const a = bindArgs(["timezone", "fsp"], args);
    return makeType(name, family, { timezone: a["timezone"] === true, extra: withAttrs({ mixin: "other", fsp: num(a["fsp"]) }) });
  }, TIME_ARGS);

export const DATETIME = timeType("DATETIME", "datetime");
export const TIME = timeType("TIME", "time");
export const TIMESTAMP = timeType("TIMESTAMP", "datetime");

// --- strings -------------------------------------------------------------------

const STRING_ARGS: ArgSpec = { positional: ["length"], checks: { length: is.intOrNull, ...STRING_CHECKS } };

/** NVARCHAR and NCHAR are NATIONAL whatever they are given. */
const stringType = (name: string, family: TypeFamily, national = false) =>
  typeFactory((...args: (number | null | (MysqlStringOptions & { length?: number | null }))[]): SqlType => {
    const a = bindArgs(["length"], args);
    const attrs = stringAttrs(a, national ? { national: true } : {});
    return makeType(name, family, { length: num(a["length"]), collation: collationOf(a), extra: withAttrs(attrs) });
  }, STRING_ARGS);

/** The sized text types take no length. */
const sizedTextType = (name: string) =>
  typeFactory((o: MysqlStringOptions = {}): SqlType =>
    makeType(name, "text", { length: null, collation: collationOf(o as Record<string, unknown>), extra: withAttrs(stringAttrs(o as Record<string, unknown>)), renderedBy: MYSQL_ONLY }),
  { positional: [], checks: STRING_CHECKS });

export const VARCHAR = stringType("VARCHAR", "string");
export const CHAR = stringType("CHAR", "string");
export const NVARCHAR = stringType("NVARCHAR", "string", true);
export const NCHAR = stringType("NCHAR", "string", true);
export const TEXT = stringType("TEXT", "text");
export const TINYTEXT = sizedTextType("TINYTEXT");
export const MEDIUMTEXT = sizedTextType("MEDIUMTEXT");
export const LONGTEXT = sizedTextType("LONGTEXT");

// --- binary ---------------------------------------------------------------------

const blobType = (name: string) =>
  typeFactory((...args: (number | null | { length?: number | null })[]): SqlType =>
    makeType(name, "binary", { length: num(bindArgs(["length"], args)["length"]), extra: withAttrs({ mixin: "other" }), renderedBy: MYSQL_ONLY }),
  { positional: ["length"], checks: { length: is.intOrNull } });

export const TINYBLOB = blobType("TINYBLOB");
export const MEDIUMBLOB = blobType("MEDIUMBLOB");
export const LONGBLOB = blobType("LONGBLOB");

// --- ENUM and SET ------------------------------------------------------------------

export type MysqlEnumOptions = EnumOptions & MysqlStringOptions & { strict?: boolean };

/**
 * mysql.ENUM: a native Enum that is also a MySQL string type. Its visit name is ENUM (PostgreSQL's
 * compiler takes it for its own ENUM and wants a name; SQLite's has none).
 */
export const ENUM: Constructor<(string | readonly string[] | object | MysqlEnumOptions)[], EnumType> = typeFactory(
  (...args: (string | readonly string[] | object | MysqlEnumOptions)[]): EnumType => {
    const [, o] = splitOptions<MysqlEnumOptions>(args);
    const base = enumType("ENUM", args);
    const renderedBy = Object.freeze([...MYSQL_ONLY, "postgresql"]);
    return withEnumDdl(makeType("ENUM", "enum", { ...base, collation: collationOf(o), extra: withAttrs(stringAttrs(o)), renderedBy }));
  },
  { ...ENUM_ARGS, checks: { ...ENUM_ARGS.checks, ...STRING_CHECKS, strict: is.bool } },
);

export interface MysqlSetOptions extends MysqlStringOptions { retrieveAsBitwise?: boolean; length?: number | null }

export const SET = typeFactory((...args: (string | MysqlSetOptions)[]): SqlType => {
  const [values, o] = splitOptions<MysqlSetOptions>(args);
  const strings = values.map((v) => String(v));
  const bitwise = o.retrieveAsBitwise === true;
  if (!bitwise && strings.includes("")) fail("Can't use the blank value '' in a SET without setting retrieve_as_bitwise=True");
  const length = o.length ?? Math.max(0, ...strings.map((v) => v.length));
  return makeType("SET", "string", {
    length, collation: collationOf(o),
    extra: withAttrs(stringAttrs(o, { values: Object.freeze(strings), retrieveAsBitwise: bitwise })), renderedBy: MYSQL_ONLY,
  });
}, {
  positional: [],
  rest: { what: "a string", ok: (v) => typeof v === "string" },
  checks: { ...STRING_CHECKS, retrieveAsBitwise: is.bool, length: is.intOrNull },
});

export { insert } from "./upsert.js";
