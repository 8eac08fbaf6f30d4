/**
 * A column type from SQLite's declared type text, as SQLAlchemy 1.4's SQLite dialect resolves
 * it (_resolve_type_affinity over its ischema_names, then SQLite's own affinity rules).
 */
import * as sa from "../../schema/types.js";
import type { SqlType } from "../../schema/types.js";

type Factory = (args: readonly number[]) => SqlType;

const noArgs = (make: () => SqlType): Factory => () => make();
const length = (make: (n: number | null) => SqlType): Factory => (a) => make(a[0] ?? null);

/** ischema_names: what each declared name becomes (the arguments a class takes, the rest dropped as SQLAlchemy warns). */
const NAMES: Readonly<Record<string, Factory>> = {
  BIGINT: noArgs(() => sa.BIGINT()),
  BLOB: length((n) => sa.BLOB(n)),
  BOOL: noArgs(() => sa.BOOLEAN()),
  BOOLEAN: noArgs(() => sa.BOOLEAN()),
  CHAR: length((n) => sa.CHAR(n)),
  DATE: noArgs(() => sa.DATE()),
  DATE_CHAR: noArgs(() => sa.DATE()),
  DATETIME: noArgs(() => sa.DATETIME()),
  DATETIME_CHAR: noArgs(() => sa.DATETIME()),
  DOUBLE: (a) => sa.FLOAT(a[0] ?? null),
  DECIMAL: (a) => sa.DECIMAL(a[0] ?? null, a[1] ?? null),
  FLOAT: (a) => sa.FLOAT(a[0] ?? null),
  INT: noArgs(() => sa.INTEGER()),
  INTEGER: noArgs(() => sa.INTEGER()),
  JSON: noArgs(() => sa.JSON()),
  NUMERIC: (a) => sa.NUMERIC(a[0] ?? null, a[1] ?? null),
  REAL: (a) => sa.REAL(a[0] ?? null),
  SMALLINT: noArgs(() => sa.SMALLINT()),
  TEXT: length((n) => sa.TEXT(n)),
  TIME: noArgs(() => sa.TIME()),
  TIME_CHAR: noArgs(() => sa.TIME()),
  TIMESTAMP: noArgs(() => sa.TIMESTAMP()),
  VARCHAR: length((n) => sa.VARCHAR(n)),
  NVARCHAR: length((n) => sa.NVARCHAR(n)),
  NCHAR: length((n) => sa.NCHAR(n)),
};

/** SQLiteDialect._resolve_type_affinity, given the declared type upper-cased. */
export function resolveTypeAffinity(declared: string): SqlType {
  const m = /^([\w ]+)(\(.*?\))?/.exec(declared);
  const name = m?.[1] ?? "";
  const args = m?.[2] === undefined ? [] : [...m[2].matchAll(/(\d+)/g)].map((x) => Number(x[1]));
  const known = NAMES[name];
  if (known !== undefined) return known(args);
  if (name.includes("INT")) return sa.INTEGER();
  if (name.includes("CHAR") || name.includes("CLOB") || name.includes("TEXT")) return sa.TEXT(args[0] ?? null);
  if (name.includes("BLOB") || name === "") return sa.NULLTYPE;
  if (name.includes("REAL") || name.includes("FLOA") || name.includes("DOUB")) return sa.REAL(args[0] ?? null);
  return sa.NUMERIC(args[0] ?? null, args[1] ?? null);
}
