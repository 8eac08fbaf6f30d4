/**
 * The `sa` namespace: SQLAlchemy's names and casing (`sa.Column`, `sa.Integer`,
 * `sa.text`, `sa.func.now()`...), as contract section 5 maps them.
 */
export {
  Integer, INTEGER, INT, BigInteger, BIGINT, SmallInteger, SMALLINT,
  String, VARCHAR, CHAR, NVARCHAR, NCHAR, Unicode, Text, TEXT, UnicodeText, CLOB,
  Boolean, BOOLEAN, Date, DATE, DateTime, DATETIME, TIMESTAMP, Time, TIME, Interval,
  Numeric, NUMERIC, DECIMAL, Float, FLOAT, REAL, DOUBLE, DOUBLE_PRECISION,
  LargeBinary, BLOB, BINARY, VARBINARY, JSON, Uuid, UUID, ARRAY, Enum, NullType,
  type SqlType, type TypeLike, type EnumType,
} from "./types.js";
export { Column, ForeignKey, type ColumnOptions } from "./column.js";
export {
  PrimaryKeyConstraint, UniqueConstraint, CheckConstraint, ForeignKeyConstraint, Index,
} from "./constraints.js";
export { Table, MetaData, table } from "./table.js";
export { inspect } from "../reflection/inspector.js";
export { Sequence, Identity, Computed } from "./sequence.js";
export {
  text, func, literal, literal_column, bindparam, cast, column,
  true_, false_, null_, true_ as true, false_ as false, null_ as null, and_, or_, not_,
} from "./expressions.js";
export { PickleType } from "./extra-types.js";
export { DDL } from "./ddl-elements.js";
export { select, insertStatement as insert, updateStatement as update, deleteStatement as delete } from "./dml.js";
export * as schema from "./schema-namespace.js";
export * as sql from "./sql-namespace.js";
export * as types from "./types.js";
