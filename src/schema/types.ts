/**
 * Column types as data. A type records SQLAlchemy's class name (`name`, which each
 * dialect's type compiler dispatches on) and a `family`, which stands in for SQLAlchemy's
 * class hierarchy where behaviour depends on it (SERIAL for integers, literal rendering).
 * Types are usable bare or called, as in SQLAlchemy: `sa.Integer` and `sa.Integer()`.
 */
import { check, is, type ArgSpec } from "./arg-spec.js";
import { SA, bindArgs, constructor, isKind, splitOptions, type Branded, type Constructor } from "./item.js";
import { fail } from "../util/errors.js";
import { describeValue } from "../util/describe-value.js";
import { RUN_DDL, type CheckFirst, type DdlBind } from "./bind.js";
import { ddlElement } from "./ddl-elements.js";

export type TypeFamily =
  | "integer" | "numeric" | "float" | "string" | "text" | "boolean" | "date" | "datetime" | "time"
  | "interval" | "binary" | "enum" | "json" | "array" | "uuid" | "null" | "other";

export interface EnumSpec {
  readonly values: readonly string[];
  readonly name: string | null;
  readonly schema: string | null;
  readonly nativeEnum: boolean;
  readonly createConstraint: boolean;
  readonly length: number;
  /** postgresql.ENUM(create_type=...): whether table DDL events create/drop the type. */
  readonly createType: boolean;
  /** Take the schema of the table the column is in. */
  readonly inheritSchema: boolean;
  /** Enum(metadata=...): created with that MetaData, not by a table's create event. */
  readonly metadataBound: boolean;
  /**
   * A dialect's named enum type that creates itself wherever the dialect has native enums
   * (postgresql.ENUM), where a generic Enum is only made one by a dialect that names its enums.
   */
  readonly ownType: boolean;
}

export interface SqlType extends Branded<"type"> {
  /** SQLAlchemy's class name: "Integer", "VARCHAR", "JSONB"... */
  readonly name: string;
  readonly family: TypeFamily;
  /** Integer width, for SERIAL / BIGSERIAL / SMALLSERIAL. */
  readonly intSize?: "small" | "normal" | "big";
  readonly length?: number | null;
  readonly collation?: string | null;
  readonly precision?: number | null;
  readonly scale?: number | null;
  readonly asdecimal?: boolean;
  readonly timezone?: boolean;
  readonly fields?: string | null;
  readonly native?: boolean;
  readonly varying?: boolean;
  readonly itemType?: SqlType;
  readonly dimensions?: number | null;
  readonly asUuid?: boolean;
  readonly enumSpec?: EnumSpec;
  /** Boolean(create_constraint=True) adds a CHECK constraint. */
  readonly createConstraint?: boolean;
  readonly constraintName?: string | null;
  /** Whatever else a dialect type needs (kept verbatim). */
  readonly extra?: Readonly<Record<string, unknown>>;
  /**
   * A dialect's own type that only the named dialects' type compilers render (SQLAlchemy: a visit
   * name the others have no method for, as mysql.DOUBLE); any other dialect refuses it. Absent: any may.
   */
  readonly renderedBy?: readonly string[];
  /** with_variant(): the type to use instead on a named dialect. */
  readonly variants?: Readonly<Record<string, SqlType>>;
  /** SQLAlchemy's TypeEngine.with_variant (its Python name, as the contract keeps method names). */
  with_variant(type: TypeLike, ...dialectNames: string[]): SqlType;
  withVariant(type: TypeLike, ...dialectNames: string[]): SqlType;
}

/** The type a dialect uses for `t`: its with_variant() entry for that dialect, else itself. */
export function dialectType(t: SqlType, dialectName: string): SqlType {
  return t.variants?.[dialectName] ?? t;
}

/** Whether dialect `name`'s type compiler has a rendering for `t` (see SqlType.renderedBy). */
export function renders(name: string, t: SqlType): boolean {
  return t.renderedBy === undefined || t.renderedBy.includes(name);
}

/** Shared by every type; `this` is the type it is called on (copies made by spreading included). */
function withVariant(this: SqlType, type: TypeLike, ...dialectNames: string[]): SqlType {
  const variant = resolveType(type);
  const variants: Record<string, SqlType> = { ...(this.variants ?? {}) };
  for (const d of dialectNames) {
    if (variants[d] !== undefined) fail(`Dialect '${d}' is already present in the mapping for this Variant`);
    variants[d] = variant;
  }
  return Object.freeze({ ...this, variants: Object.freeze(variants) });
}

/** What a type argument may be: a type, or a type factory given bare (`sa.Integer`). */
export type TypeLike = SqlType | (() => SqlType);

export function resolveType(t: TypeLike | null | undefined): SqlType {
  if (t === null || t === undefined) return NULLTYPE;
  if (typeof t === "function") return t();
  if (isKind(t, "type")) return t as SqlType;
  return fail(`expected a column type, got ${describeValue(t)}`);
}

export function isTypeLike(x: unknown): x is TypeLike {
  if (isKind(x, "type")) return true;
  // A bare factory: our type constructors are tagged with TYPE_FACTORY.
  return typeof x === "function" && (x as { [TYPE_FACTORY]?: boolean })[TYPE_FACTORY] === true;
}

export const TYPE_FACTORY = Symbol.for("retort.typeFactory");

type TypeFields = Omit<Partial<SqlType>, typeof SA | "with_variant" | "withVariant">;

export function makeType(name: string, family: TypeFamily, fields: TypeFields = {}): SqlType {
  return Object.freeze({ ...fields, [SA]: "type" as const, name, family, with_variant: withVariant, withVariant });
}

/** Declare a type factory usable bare, called, or with `new`. */
export function typeFactory<A extends unknown[], T extends SqlType = SqlType>(build: (...args: A) => T, spec: ArgSpec = NO_ARGS): Constructor<A, T> {
  // Types are frozen values: a call with the same plain arguments (`sa.Integer()`, `sa.String(50)`)
  // gets the same object, so a models module of thousands of columns makes a handful of types.
  const made = new Map<string, T>();
  const f = constructor((...args: A): T => {
    const key = plainKey(args);
    if (key === null) return build(...args);
    let t = made.get(key);
    if (t === undefined) made.set(key, (t = build(...args)));
    return t;
  }, undefined, spec);
  Object.defineProperty(f, TYPE_FACTORY, { value: true });
  return f;
}

/** A key for arguments that are all strings, numbers, booleans or null; null for any other. */
function plainKey(args: readonly unknown[]): string | null {
  let key = "";
  for (const a of args) {
    if (typeof a === "number") key += `n${a},`;
    else if (typeof a === "string") key += `s${a.length}:${a},`;
    else if (typeof a === "boolean") key += a ? "t," : "f,";
    else if (a === null) key += "z,";
    else return null;
  }
  return key;
}

export type Opts<T> = [T?] | [];

const NO_ARGS: ArgSpec = { positional: [], checks: {} };

const num = (x: unknown): number | null => (typeof x === "number" ? x : null);
const str = (x: unknown): string | null => (typeof x === "string" ? x : null);

// --- integers --------------------------------------------------------------

const integer = (name: string, intSize: "small" | "normal" | "big") =>
  typeFactory((): SqlType => makeType(name, "integer", { intSize }));

export const Integer = integer("Integer", "normal");
export const INTEGER = integer("INTEGER", "normal");
export const INT = integer("INTEGER", "normal");
export const BigInteger = integer("BigInteger", "big");
export const BIGINT = integer("BIGINT", "big");
export const SmallInteger = integer("SmallInteger", "small");
export const SMALLINT = integer("SMALLINT", "small");

// --- strings ---------------------------------------------------------------

export interface StringOptions { length?: number | null; collation?: string | null }
type StringArgs = [length?: number | null | StringOptions, options?: StringOptions];

const stringType = (name: string, family: TypeFamily) =>
  typeFactory((...args: StringArgs): SqlType => {
    const a = bindArgs(["length", "collation"], args);
    return makeType(name, family, { length: num(a["length"]), collation: str(a["collation"]) });
  }, { positional: ["length", "collation"], checks: { length: is.intOrNull, collation: is.stringOrNull } });

export const String = stringType("String", "string");
export const VARCHAR = stringType("VARCHAR", "string");
export const CHAR = stringType("CHAR", "string");
export const NVARCHAR = stringType("NVARCHAR", "string");
export const NCHAR = stringType("NCHAR", "string");
export const Unicode = stringType("Unicode", "string");
export const Text = stringType("Text", "text");
export const TEXT = stringType("TEXT", "text");
export const UnicodeText = stringType("UnicodeText", "text");
export const CLOB = stringType("CLOB", "text");

// --- booleans, dates, times ------------------------------------------------

export interface BooleanOptions { createConstraint?: boolean; name?: string | null }
const BOOLEAN_ARGS: ArgSpec = { positional: ["createConstraint", "name"], checks: { createConstraint: is.boolOrNull, name: is.nameOrNull } };
const booleanType = (name: string) =>
  typeFactory((...args: [createConstraint?: boolean | BooleanOptions, options?: BooleanOptions]): SqlType => {
    const o = bindArgs(["createConstraint", "name"], args) as BooleanOptions;
    return makeType(name, "boolean", { createConstraint: o.createConstraint ?? false, constraintName: o.name ?? null });
  }, BOOLEAN_ARGS);
export const Boolean = booleanType("Boolean");
export const BOOLEAN = booleanType("BOOLEAN");

export interface TimezoneOptions { timezone?: boolean }
type TzArgs = [timezone?: boolean | TimezoneOptions, options?: TimezoneOptions];
const tzType = (name: string, family: TypeFamily) =>
  typeFactory((...args: TzArgs): SqlType => {
    const a = bindArgs(["timezone"], args);
    return makeType(name, family, { timezone: a["timezone"] === true });
  }, { positional: ["timezone"], checks: { timezone: is.bool } });

export const Date = typeFactory((): SqlType => makeType("Date", "date"));
export const DATE = typeFactory((): SqlType => makeType("DATE", "date"));
export const DateTime = tzType("DateTime", "datetime");
export const DATETIME = tzType("DATETIME", "datetime");
export const TIMESTAMP = tzType("TIMESTAMP", "datetime");
export const Time = tzType("Time", "time");
export const TIME = tzType("TIME", "time");

export interface IntervalOptions { native?: boolean; secondPrecision?: number | null; dayPrecision?: number | null }
export const Interval = typeFactory(
  (...args: [native?: boolean | IntervalOptions, options?: IntervalOptions]): SqlType => {
    const o = bindArgs(["native", "secondPrecision", "dayPrecision"], args) as IntervalOptions;
    return makeType("Interval", "interval", { native: o.native ?? true, precision: o.secondPrecision ?? null });
  },
  { positional: ["native", "secondPrecision", "dayPrecision"], checks: { native: is.bool, secondPrecision: is.intOrNull, dayPrecision: is.intOrNull } },
);

// --- numbers ---------------------------------------------------------------

export interface NumericOptions { precision?: number | null; scale?: number | null; asdecimal?: boolean; decimalReturnScale?: number }
type NumericArgs = [precision?: number | null | NumericOptions, scale?: number | null | NumericOptions, options?: NumericOptions];
const numericType = (name: string, family: TypeFamily) =>
  typeFactory((...args: NumericArgs): SqlType => {
    const a = bindArgs(["precision", "scale"], args);
    return makeType(name, family, { precision: num(a["precision"]), scale: num(a["scale"]), asdecimal: a["asdecimal"] !== false });
  }, { positional: ["precision", "scale", "decimalReturnScale", "asdecimal"], checks: { precision: is.intOrNull, scale: is.intOrNull, asdecimal: is.bool, decimalReturnScale: is.intOrNull } });
export const Numeric = numericType("Numeric", "numeric");
export const NUMERIC = numericType("NUMERIC", "numeric");
export const DECIMAL = numericType("DECIMAL", "numeric");

export interface FloatOptions { precision?: number | null; asdecimal?: boolean; decimalReturnScale?: number }
type FloatArgs = [precision?: number | null | FloatOptions, options?: FloatOptions];
const floatType = (name: string) =>
  typeFactory((...args: FloatArgs): SqlType => {
    const a = bindArgs(["precision"], args);
    return makeType(name, "float", { precision: num(a["precision"]), asdecimal: a["asdecimal"] === true });
  }, { positional: ["precision", "asdecimal"], checks: { precision: is.intOrNull, asdecimal: is.bool, decimalReturnScale: is.intOrNull } });
export const Float = floatType("Float");
export const FLOAT = floatType("FLOAT");
export const REAL = floatType("REAL");
export const DOUBLE = floatType("DOUBLE");
export const DOUBLE_PRECISION = floatType("DOUBLE_PRECISION");

// --- binary, json, uuid, arrays ----------------------------------------------

type LengthArgs = [length?: number | null | { length?: number | null }, options?: { length?: number | null }];
const binaryType = (name: string) =>
  typeFactory((...args: LengthArgs): SqlType => makeType(name, "binary", { length: num(bindArgs(["length"], args)["length"]) }), LENGTH_ARGS);
const LENGTH_ARGS: ArgSpec = { positional: ["length"], checks: { length: is.intOrNull } };
export const LargeBinary = binaryType("LargeBinary");
export const BLOB = binaryType("BLOB");
export const BINARY = binaryType("BINARY");
export const VARBINARY = binaryType("VARBINARY");

export interface JsonOptions { noneAsNull?: boolean; /** postgresql.JSON only. */ astextType?: TypeLike }
export const JSON = typeFactory((_o: JsonOptions = {}): SqlType => makeType("JSON", "json"), { positional: ["noneAsNull"], checks: { noneAsNull: is.bool } });

export interface UuidOptions { asUuid?: boolean }
const UUID_ARGS: ArgSpec = { positional: ["asUuid"], checks: { asUuid: is.bool } };
const uuidType = (name: string) =>
  typeFactory((...args: [asUuid?: boolean | UuidOptions, options?: UuidOptions]): SqlType => {
    const o = bindArgs(["asUuid"], args) as UuidOptions;
    return makeType(name, "uuid", { asUuid: o.asUuid ?? true });
  }, UUID_ARGS);
export const Uuid = uuidType("Uuid");
export const UUID = uuidType("UUID");

export interface ArrayOptions { dimensions?: number | null; asTuple?: boolean; zeroIndexes?: boolean }
export const ARRAY_ARGS: ArgSpec = {
  positional: ["itemType", "asTuple", "dimensions", "zeroIndexes"],
  checks: { itemType: check("a column type", isTypeLike), asTuple: is.bool, dimensions: is.intOrNull, zeroIndexes: is.bool },
};
export const ARRAY = typeFactory((itemType: TypeLike, o: ArrayOptions = {}): SqlType => {
  const item = resolveType(itemType);
  if (item.family === "array") fail("Do not nest ARRAY types; ARRAY(basetype) handles multi-dimensional arrays of basetype");
  return makeType("ARRAY", "array", { itemType: item, dimensions: o.dimensions ?? null });
}, ARRAY_ARGS);

export const NULLTYPE = makeType("NullType", "null");
export const NullType = typeFactory((): SqlType => NULLTYPE);

// --- Enum ------------------------------------------------------------------

export interface EnumOptions {
  name?: string | null;
  schema?: string | null;
  nativeEnum?: boolean;
  createConstraint?: boolean;
  length?: number;
  inheritSchema?: boolean;
  metadata?: unknown;
  validateStrings?: boolean;
  /** postgresql.ENUM only. */
  createType?: boolean;
}

function metadataSchema(md: unknown): string | null {
  const schema = typeof md === "object" && md !== null ? (md as { schema?: unknown }).schema : null;
  return typeof schema === "string" ? schema : null;
}

export function enumType(name: "Enum" | "ENUM", args: readonly unknown[], ownType = false): SqlType {
  const [pos, o] = splitOptions<EnumOptions>(args);
  let values: string[];
  if (pos.length === 1 && Array.isArray(pos[0])) values = pos[0].map((v) => globalThis.String(v));
  else if (pos.length === 1 && typeof pos[0] === "object" && pos[0] !== null) {
    // A TypeScript enum object: SQLAlchemy persists the member names of a Python Enum class.
    values = Object.keys(pos[0]).filter((k) => !/^\d+$/.test(k));
  } else values = pos.map((v) => globalThis.String(v));
  const length = Math.max(0, ...values.map((v) => v.length));
  const spec: EnumSpec = Object.freeze({
    values: Object.freeze(values),
    name: o.name ?? null,
    // SchemaType._set_table: without a schema of its own, the type takes its MetaData's.
    schema: o.schema ?? metadataSchema(o.metadata),
    nativeEnum: o.nativeEnum ?? true,
    createConstraint: o.createConstraint ?? false,
    length: o.length ?? length,
    createType: o.createType ?? true,
    inheritSchema: o.inheritSchema ?? false,
    metadataBound: o.metadata !== undefined && o.metadata !== null,
    ownType,
  });
  return makeType(name, "enum", { enumSpec: spec, length: spec.length });
}

export type EnumArgs = (string | readonly string[] | object | EnumOptions)[];

/** An enum type can also create and drop itself (`await postgresql.ENUM(...).create(op.getBind())`). */
export interface EnumType extends SqlType {
  create(bind: DdlBind, o?: CheckFirst): Promise<void>;
  drop(bind: DdlBind, o?: CheckFirst): Promise<void>;
}

export function withEnumDdl(t: SqlType): EnumType {
  const self: EnumType = Object.freeze({
    ...t,
    create: (bind: DdlBind, o: CheckFirst = {}) =>
      bind[RUN_DDL]({ element: ddlElement("CreateEnum", { type: self }), checkfirst: o.checkfirst ?? true }),
    drop: (bind: DdlBind, o: CheckFirst = {}) =>
      bind[RUN_DDL]({ element: ddlElement("DropEnum", { type: self }), checkfirst: o.checkfirst ?? true }),
  });
  return self;
}

/** Values by position (strings, a list of them, or a TypeScript enum object), options by name. */
export const ENUM_ARGS: ArgSpec = {
  positional: [],
  rest: check("a string, a list of strings or an enum object", (v) => typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string")) || (typeof v === "object" && v !== null && !Array.isArray(v))),
  checks: {
    name: is.nameOrNull,
    schema: is.stringOrNull,
    nativeEnum: is.bool,
    createConstraint: is.bool,
    length: is.int,
    inheritSchema: is.bool,
    validateStrings: is.bool,
    createType: is.bool,
  },
};

export const Enum: Constructor<EnumArgs, EnumType> = typeFactory((...args: EnumArgs): EnumType => withEnumDdl(enumType("Enum", args)), ENUM_ARGS);
