/**
 * The `sqlite` namespace's types (sqlalchemy.dialects.sqlite), as data: DATETIME, DATE and TIME
 * with their string storage format, and the generic uppercase types SQLAlchemy re-exports there.
 */
import { bindArgs } from "../../schema/item.js";
import { is, type ArgSpec } from "../../schema/arg-spec.js";
import { makeType, typeFactory, type SqlType, type TypeFamily } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { upsertInsertFor } from "../base/upsert.js";

export {
  BLOB, BOOLEAN, CHAR, DECIMAL, FLOAT, INTEGER, JSON, NUMERIC, REAL, SMALLINT, TEXT, TIMESTAMP, VARCHAR,
} from "../../schema/types.js";

export interface SqliteDateTimeOptions {
  /** A Python %-format over year, month, day, hour, minute, second, microsecond. */
  storageFormat?: string | null;
  /** The regular expression that parses stored values back (kept for the model; DDL ignores it). */
  regexp?: string | null;
  /** DATETIME and TIME only: store whole seconds. */
  truncateMicroseconds?: boolean;
  timezone?: boolean;
}

/** SQLAlchemy's default storage formats (_storage_format of each class). */
export const DEFAULT_STORAGE_FORMATS: Readonly<Record<string, string>> = {
  DATETIME: "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d",
  DATE: "%(year)04d-%(month)02d-%(day)02d",
  TIME: "%(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d",
};

const TRUNCATED: Readonly<Record<string, string>> = {
  DATETIME: "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d",
  TIME: "%(hour)02d:%(minute)02d:%(second)02d",
};

const DATETIME_ARGS: ArgSpec = {
  positional: ["storageFormat", "regexp"],
  checks: { storageFormat: is.stringOrNull, regexp: is.stringOrNull, truncateMicroseconds: is.bool, timezone: is.bool },
};

/**
 * SQLAlchemy's sqlite.DATETIME / DATE / TIME subclass the generic DateTime / Date / Time and keep
 * their visit names: other dialects print them as those (PostgreSQL: TIMESTAMP WITHOUT TIME ZONE).
 */
const GENERIC = { DATETIME: "DateTime", DATE: "Date", TIME: "Time" } as const;

const dateTimeType = (name: "DATETIME" | "DATE" | "TIME", family: TypeFamily) =>
  typeFactory((...args: (string | null | SqliteDateTimeOptions)[]): SqlType => {
    const a = bindArgs(["storageFormat", "regexp"], args) as SqliteDateTimeOptions;
    if (a.truncateMicroseconds === true) {
      if (name === "DATE") fail(`sqlite.DATE: truncateMicroseconds is for DATETIME and TIME`);
      if (a.storageFormat != null) fail("You can specify only one of truncate_microseconds or storage_format.");
      if (a.regexp != null) fail("You can specify only one of truncate_microseconds or regexp.");
    }
    const storageFormat = a.truncateMicroseconds === true ? TRUNCATED[name]! : a.storageFormat ?? DEFAULT_STORAGE_FORMATS[name]!;
    return makeType(GENERIC[name], family, {
      timezone: a.timezone === true,
      extra: Object.freeze({ sqliteStorageFormat: storageFormat, sqliteRegexp: a.regexp ?? null }),
    });
  }, DATETIME_ARGS);

export const DATETIME = dateTimeType("DATETIME", "datetime");
export const DATE = dateTimeType("DATE", "date");
export const TIME = dateTimeType("TIME", "time");

/** `sqlite.insert(t)`, with on_conflict_do_nothing / on_conflict_do_update (SQLite 3.24+). */
export const insert = upsertInsertFor("sqlite.insert");
