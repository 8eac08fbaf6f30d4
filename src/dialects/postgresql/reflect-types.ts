/**
 * A column type from `format_type()` text, as SQLAlchemy 1.4's PostgreSQL dialect maps it
 * (its `ischema_names` and the argument parsing in get_columns): the uppercase dialect types.
 */
import * as sa from "../../schema/types.js";
import * as pg from "./namespace.js";
import type { SqlType } from "../../schema/types.js";

export interface ReflectedEnum {
  readonly labels: readonly string[];
  readonly name: string;
  /** null when the type is visible on the search path. */
  readonly schema: string | null;
}

const SIMPLE: Readonly<Record<string, () => SqlType>> = {
  integer: () => sa.INTEGER(),
  bigint: () => sa.BIGINT(),
  smallint: () => sa.SMALLINT(),
  text: () => sa.TEXT(),
  boolean: () => sa.BOOLEAN(),
  date: () => sa.DATE(),
  real: () => sa.REAL(),
  "double precision": () => sa.DOUBLE_PRECISION(),
  json: () => sa.JSON(),
  jsonb: () => pg.JSONB(),
  uuid: () => pg.UUID(),
  bytea: () => pg.BYTEA(),
  inet: () => pg.INET(),
  citext: () => pg.CITEXT(),
  cidr: () => pg.CIDR(),
  macaddr: () => pg.MACADDR(),
  macaddr8: () => pg.MACADDR8(),
  money: () => pg.MONEY(),
  oid: () => pg.OID(),
  regclass: () => pg.REGCLASS(),
  tsvector: () => pg.TSVECTOR(),
  hstore: () => pg.HSTORE(),
  int4range: () => pg.INT4RANGE(),
  int8range: () => pg.INT8RANGE(),
  numrange: () => pg.NUMRANGE(),
  daterange: () => pg.DATERANGE(),
  tsrange: () => pg.TSRANGE(),
  tstzrange: () => pg.TSTZRANGE(),
};

function scalarType(spec: string, enumType: ReflectedEnum | null): SqlType {
  if (enumType !== null) return pg.ENUM(...enumType.labels, { name: enumType.name, schema: enumType.schema });
  const simple = SIMPLE[spec];
  if (simple !== undefined) return simple();
  const m = /^([a-z ]+?)(?:\((\d+)(?:,\s*(\d+))?\))?( with time zone| without time zone)?$/.exec(spec);
  const base = m?.[1] ?? spec;
  const a = m?.[2] === undefined ? null : Number(m[2]);
  const b = m?.[3] === undefined ? null : Number(m[3]);
  const tz = m?.[4] === " with time zone";
  switch (base) {
    case "character varying": return sa.VARCHAR(a);
    case "character": return sa.CHAR(a);
    case "numeric": return sa.NUMERIC(a, b);
    case "timestamp": return pg.TIMESTAMP({ timezone: tz, precision: a });
    case "time": return pg.TIME({ timezone: tz, precision: a });
    case "bit": return pg.BIT({ length: a });
    case "bit varying": return pg.BIT({ length: a, varying: true });
    default: break;
  }
  const iv = /^interval(?: ([a-z ]+?))?(?:\((\d+)\))?$/.exec(spec);
  if (iv !== null) return pg.INTERVAL({ fields: iv[1] ?? null, precision: iv[2] === undefined ? null : Number(iv[2]) });
  // SQLAlchemy warns "Did not recognize type" and reflects NullType.
  return sa.NULLTYPE;
}

/**
 * Types already parsed, by format_type() text (enums aside): a type is frozen data, so the
 * thousands of columns of a large schema share a handful of them.
 */
const parsed = new Map<string, SqlType>();

export function parseFormatType(spec: string, o: { enumType: ReflectedEnum | null; elementEnum: ReflectedEnum | null }): SqlType {
  if (o.enumType !== null || o.elementEnum !== null) return parseUncached(spec, o);
  let t = parsed.get(spec);
  if (t === undefined) parsed.set(spec, (t = parseUncached(spec, o)));
  return t;
}

function parseUncached(spec: string, o: { enumType: ReflectedEnum | null; elementEnum: ReflectedEnum | null }): SqlType {
  if (spec.endsWith("[]")) {
    const item = scalarType(spec.replace(/(\[\])+$/, ""), o.elementEnum);
    return item.family === "null" ? item : pg.ARRAY(item);
  }
  return scalarType(spec, o.enumType);
}
