/**
 * The `postgresql` namespace's types (sqlalchemy.dialects.postgresql), as data.
 * Generic uppercase types are re-exported so `postgresql.INTEGER` works as in Python.
 */
import { bindArgs, type Constructor } from "../../schema/item.js";
import { check, is } from "../../schema/arg-spec.js";
import {
  ARRAY_ARGS, ENUM_ARGS, enumType, isTypeLike, makeType, resolveType, typeFactory, withEnumDdl, type EnumArgs, type EnumType, type SqlType, type TypeLike,
} from "../../schema/types.js";
import { fail } from "../../util/errors.js";

export {
  BIGINT, BOOLEAN, CHAR, DATE, FLOAT, INTEGER, JSON, NUMERIC, REAL, SMALLINT, TEXT, VARCHAR, DOUBLE_PRECISION, INT,
} from "../../schema/types.js";
export { ExcludeConstraint } from "../../schema/constraints.js";
import { upsertInsertFor } from "../base/upsert.js";
/** `postgresql.insert(t)`, with on_conflict_do_nothing / on_conflict_do_update. */
export const insert = upsertInsertFor("postgresql.insert");

const simple = (name: string, family: SqlType["family"] = "other") => typeFactory((): SqlType => makeType(name, family));

export const JSONB = typeFactory((_o: { noneAsNull?: boolean; astextType?: unknown } = {}): SqlType => makeType("JSONB", "json"), {
  positional: ["noneAsNull", "astextType"],
  checks: { noneAsNull: is.bool, astextType: check("a column type", isTypeLike) },
});
export const INET = simple("INET");
/** SQLAlchemy 2.0's (the citext extension's) case-insensitive text; histories written for 1.4 import it from sqlalchemy-citext. */
export const CITEXT = simple("CITEXT");
export const CIDR = simple("CIDR");
export const MACADDR = simple("MACADDR");
export const MACADDR8 = simple("MACADDR8");
export const MONEY = simple("MONEY");
export const OID = simple("OID", "integer");
export const REGCLASS = simple("REGCLASS");
export const TSVECTOR = simple("TSVECTOR");
export const HSTORE = typeFactory((_o: { textType?: unknown } = {}): SqlType => makeType("HSTORE", "other"), {
  positional: ["textType"],
  checks: { textType: check("a column type", isTypeLike) },
});
export const BYTEA = typeFactory((_length?: number | { length?: number }): SqlType => makeType("BYTEA", "binary"), { positional: ["length"], checks: { length: is.intOrNull } });
export const INT4RANGE = simple("INT4RANGE");
export const INT8RANGE = simple("INT8RANGE");
export const NUMRANGE = simple("NUMRANGE");
export const DATERANGE = simple("DATERANGE");
export const TSRANGE = simple("TSRANGE");
export const TSTZRANGE = simple("TSTZRANGE");

export interface UuidOptions { asUuid?: boolean }
export const UUID = typeFactory((...args: (boolean | UuidOptions)[]): SqlType => {
  const a = bindArgs(["asUuid"], args);
  return makeType("UUID", "uuid", { asUuid: a["asUuid"] === true });
}, { positional: ["asUuid"], checks: { asUuid: is.bool } });

export interface ArrayOptions { dimensions?: number | null; asTuple?: boolean; zeroIndexes?: boolean }
export const ARRAY = typeFactory((itemType: TypeLike, o: ArrayOptions = {}): SqlType => {
  const item = resolveType(itemType);
  if (item.family === "array") fail("Do not nest ARRAY types; ARRAY(basetype) handles multi-dimensional arrays of basetype");
  return makeType("ARRAY", "array", { itemType: item, dimensions: o.dimensions ?? null });
}, ARRAY_ARGS);

export interface IntervalOptions { precision?: number | null; fields?: string | null }
export const INTERVAL = typeFactory((...args: (number | string | null | IntervalOptions)[]): SqlType => {
  const a = bindArgs(["precision", "fields"], args);
  return makeType("INTERVAL", "interval", {
    precision: typeof a["precision"] === "number" ? a["precision"] : null,
    fields: typeof a["fields"] === "string" ? a["fields"] : null,
  });
}, { positional: ["precision", "fields"], checks: { precision: is.intOrNull, fields: is.stringOrNull } });

export interface TimestampOptions { timezone?: boolean; precision?: number | null }
const tzType = (name: "TIMESTAMP" | "TIME", family: SqlType["family"]) =>
  typeFactory((...args: (boolean | number | null | TimestampOptions)[]): SqlType => {
    const a = bindArgs(["timezone", "precision"], args);
    return makeType(name, family, {
      timezone: a["timezone"] === true,
      precision: typeof a["precision"] === "number" ? a["precision"] : null,
    });
  }, { positional: ["timezone", "precision"], checks: { timezone: is.bool, precision: is.intOrNull } });
export const TIMESTAMP = tzType("TIMESTAMP", "datetime");
export const TIME = tzType("TIME", "time");

export interface BitOptions { length?: number | null; varying?: boolean }
export const BIT = typeFactory((...args: (number | null | boolean | BitOptions)[]): SqlType => {
  const a = bindArgs(["length", "varying"], args);
  const varying = a["varying"] === true;
  const length = typeof a["length"] === "number" ? a["length"] : null;
  // BIT.__init__: a fixed BIT takes `length or 1`, so BIT(0) is BIT(1).
  return makeType("BIT", "other", { varying, length: varying ? length : length === null || length === 0 ? 1 : length });
}, { positional: ["length", "varying"], checks: { length: is.intOrNull, varying: is.bool } });

export const ENUM: Constructor<EnumArgs, EnumType> = typeFactory((...args: EnumArgs): EnumType => withEnumDdl(enumType("ENUM", args, true)), ENUM_ARGS);
