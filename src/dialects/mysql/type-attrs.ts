/**
 * What a `mysql.*` type carries beyond the generic fields: the attributes of SQLAlchemy's MySQL
 * type mixins, which only MySQL's type compiler prints. Generic types have none.
 */
import type { SqlType } from "../../schema/types.js";

/** The key of `SqlType.extra` that holds them. */
export const MYSQL_ATTRS = "mysql";

export interface MysqlTypeAttrs {
  /** SQLAlchemy's mixin: _NumericType and _StringType are what its _mysql_type() tests. */
  readonly mixin: "numeric" | "string" | "other";
  readonly unsigned?: boolean;
  readonly zerofill?: boolean;
  /** INTEGER(11), YEAR(4). */
  readonly displayWidth?: number | null;
  readonly charset?: string | null;
  readonly ascii?: boolean;
  readonly binary?: boolean;
  readonly unicode?: boolean;
  readonly national?: boolean;
  /** Fractional seconds precision of DATETIME, TIME, TIMESTAMP. */
  readonly fsp?: number | null;
  /** SET's values, and whether they are stored as a bit mask. */
  readonly values?: readonly string[];
  readonly retrieveAsBitwise?: boolean;
}

export function mysqlAttrs(t: SqlType): MysqlTypeAttrs | null {
  const a = t.extra?.[MYSQL_ATTRS];
  return typeof a === "object" && a !== null ? (a as MysqlTypeAttrs) : null;
}
