/** `sa.Column` and `sa.ForeignKey` as data. */
import { check, is } from "./arg-spec.js";
import { SA, constructor, isKind, isOptions, type Branded } from "./item.js";
import { isTypeLike, resolveType, NULLTYPE, type SqlType, type TypeLike } from "./types.js";
import { columnOperators, coerceExpr, isExpr, null_, type ColumnClause, type ColumnOperators, type SqlExpr } from "./expressions.js";
import type { Computed, Identity, Sequence } from "./sequence.js";
import type { CheckConstraint, UniqueConstraint } from "./constraints.js";
import { nameText, type ConvName, type NameLike } from "./naming-name.js";
import { fail } from "../util/errors.js";
import { expectArg } from "../util/expect-arg.js";
import { checkDialectKwargs, type DialectKeywords } from "./dialect-kwargs.js";

/** A dialect keyword option: a lowercase dialect prefix, then the camelCased rest (`sqliteOnConflictNotNull`). */
const DIALECT_KEYWORD = /^(?:postgresql|mysql|mariadb|sqlite|mssql|oracle)[A-Z]/;

export interface ForeignKeyOptions {
  name?: NameLike | null;
  onupdate?: string | null;
  ondelete?: string | null;
  deferrable?: boolean | null;
  initially?: string | null;
  match?: string | null;
  useAlter?: boolean;
  linkToName?: boolean;
}

export interface ForeignKey extends Branded<"foreignKey"> {
  /** "table.col" or "schema.table.col", as SQLAlchemy's colspec. */
  readonly colspec: string;
  readonly options: Readonly<ForeignKeyOptions>;
}

export const ForeignKey = constructor((column: string | ColumnRefLike, options: ForeignKeyOptions = {}): ForeignKey => {
  const ok = typeof column === "string" || isKind(column, "column") || isKind(column, "columnClause");
  expectArg("sa.ForeignKey", "column", "a 'table.column' name or a column", ok, column);
  return Object.freeze({ [SA]: "foreignKey" as const, colspec: colspecOf(column), options: Object.freeze({ ...options }) });
}, "sa.ForeignKey", {
  positional: ["column"],
  checks: {
    name: is.nameOrNull,
    onupdate: is.stringOrNull,
    ondelete: is.stringOrNull,
    deferrable: is.boolOrNull,
    initially: is.stringOrNull,
    useAlter: is.bool,
    linkToName: is.bool,
    match: is.stringOrNull,
  },
});

/** Anything naming a column of another table: a Column of a Table, or a `sa.column` clause. */
export interface ColumnRefLike {
  readonly name: string | null;
  readonly tableName?: string | null;
  readonly tableSchema?: string | null;
}

export function colspecOf(c: string | ColumnRefLike): string {
  if (typeof c === "string") return c;
  const parts = [c.tableSchema ?? null, c.tableName ?? null, c.name].filter((p): p is string => p !== null && p !== undefined);
  return parts.join(".");
}

export type ServerDefault = string | SqlExpr;

export interface ColumnOptions extends DialectKeywords {
  name?: string;
  type_?: TypeLike;
  primaryKey?: boolean;
  nullable?: boolean;
  serverDefault?: ServerDefault | null;
  default?: unknown;
  autoincrement?: boolean | "auto" | "ignore_fk";
  unique?: boolean | null;
  index?: boolean | null;
  comment?: string | null;
  key?: string;
  quote?: boolean | null;
  info?: Record<string, unknown>;
  onupdate?: unknown;
  serverOnupdate?: unknown;
  doc?: string;
  system?: boolean;
}

export interface Column extends Branded<"column">, ColumnOperators {
  readonly name: string | null;
  readonly key: string;
  readonly type: SqlType;
  readonly primaryKey: boolean;
  /** What the user gave (SQLAlchemy's `_user_defined_nullable`); null when unspecified. */
  readonly userNullable: boolean | null;
  /** The effective nullability (a table's primary key or an Identity makes it false). */
  readonly nullable: boolean;
  readonly serverDefault: ServerDefault | null;
  readonly default: unknown;
  readonly autoincrement: boolean | "auto" | "ignore_fk";
  readonly unique: boolean | null;
  readonly index: boolean | null;
  readonly comment: string | null;
  readonly quote: boolean | null;
  readonly system: boolean;
  readonly foreignKeys: readonly ForeignKey[];
  readonly constraints: readonly (CheckConstraint | UniqueConstraint)[];
  readonly sequence: Sequence | null;
  readonly identity: Identity | null;
  readonly computed: Computed | null;
  /** `sqlite_on_conflict_not_null` and other dialect keywords, camelCased, verbatim values. */
  readonly dialectOptions: Readonly<Record<string, unknown>>;
  /** Set once the column belongs to a table (`t.c.id`). */
  readonly tableName: string | null;
  readonly tableSchema: string | null;
}

/** A Column in an expression is a reference to it by name: its operators, shared by every Column. */
const COLUMN_OPERATORS: ColumnOperators = Object.freeze(Object.fromEntries(
  Object.keys(columnOperators(() => null_(), null)).map((name) => [
    name,
    function (this: Column, ...args: unknown[]) {
      return (reference(this) as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
    },
  ]),
) as unknown as ColumnOperators);

type ColumnFields = Omit<Column, keyof typeof COLUMN_OPERATORS>;

const reference = (c: Column): ColumnClause => coerceExpr(c) as ColumnClause;

/** A copy of `c` with some fields changed (a spread would lose the operators). */
export function withFields(c: Column, fields: Partial<ColumnFields>): Column {
  const col = new ColumnRecord(c);
  Object.assign(col, fields);
  return Object.freeze(col);
}

/** A frozen Column with the shared operators (own properties stay plain data). */
function makeColumn(fields: ColumnFields): Column {
  return Object.freeze(new ColumnRecord(fields));
}

/**
 * A Column's own fields, assigned always in one order, with the shared operators as prototype
 * (the constructor's `prototype`, so that no `constructor` property appears). Every column then
 * has one shape: `Object.assign(Object.create(operators), spread)` built each key by key, several
 * times slower, and a schema of a thousand tables makes tens of thousands of columns.
 */
const ColumnRecord = function (this: { -readonly [K in keyof ColumnFields]: ColumnFields[K] }, f: ColumnFields) {
  this.name = f.name;
  this.key = f.key;
  this.type = f.type;
  this.primaryKey = f.primaryKey;
  this.userNullable = f.userNullable;
  this.nullable = f.nullable;
  this.serverDefault = f.serverDefault;
  this.default = f.default;
  this.autoincrement = f.autoincrement;
  this.unique = f.unique;
  this.index = f.index;
  this.comment = f.comment;
  this.quote = f.quote;
  this.system = f.system;
  this.foreignKeys = f.foreignKeys;
  this.constraints = f.constraints;
  this.sequence = f.sequence;
  this.identity = f.identity;
  this.computed = f.computed;
  this.dialectOptions = f.dialectOptions;
  this.tableName = f.tableName;
  this.tableSchema = f.tableSchema;
  this[SA] = "column";
} as unknown as new (f: ColumnFields) => Column;
ColumnRecord.prototype = COLUMN_OPERATORS as Column;

export type ColumnArg = string | ConvName | TypeLike | ForeignKey | Sequence | Identity | Computed | CheckConstraint | UniqueConstraint | ColumnOptions;

/** What most columns have none of, shared (a schema of a thousand tables makes tens of thousands of columns). */
const NONE: readonly never[] = Object.freeze([]);
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

export const Column = constructor((...args: ColumnArg[]): Column => {
  // Walked by index, without copying: name, type, then schema items, then the options object.
  let end = args.length;
  let opts: ColumnOptions = NO_OPTIONS;
  if (end > 0 && isOptions(args[end - 1]) && !isTypeLike(args[end - 1])) opts = args[--end] as ColumnOptions;
  let at = 0;
  let name: string | null = opts.name ?? null;
  if (typeof args[0] === "string") name = args[at++] as string;
  else if (isKind(args[0], "conv")) name = (args[at++] as unknown as { name: string }).name;
  let type: SqlType = opts.type_ !== undefined ? resolveType(opts.type_) : NULLTYPE;
  if (at < end && isTypeLike(args[at])) type = resolveType(args[at++] as TypeLike);
  let foreignKeys: ForeignKey[] | null = null;
  let constraints: (CheckConstraint | UniqueConstraint)[] | null = null;
  let sequence: Sequence | null = null;
  let identity: Identity | null = null;
  let computed: Computed | null = null;
  for (; at < end; at++) {
    const item = args[at];
    if (isKind(item, "foreignKey")) (foreignKeys ??= []).push(item as ForeignKey);
    else if (isKind(item, "sequence")) sequence = item as Sequence;
    else if (isKind(item, "identity")) identity = item as Identity;
    else if (isKind(item, "computed")) computed = item as Computed;
    else if (isKind(item, "checkConstraint") || isKind(item, "uniqueConstraint")) (constraints ??= []).push(item as CheckConstraint);
    else expectArg("sa.Column", "each argument after the name and type", "sa.ForeignKey(...), sa.Sequence(...), sa.Identity(...), sa.Computed(...) or a constraint", false, item);
  }
  if (identity !== null && opts.serverDefault != null) {
    fail("An column cannot specify both Identity and server_default");
  }
  const primaryKey = opts.primaryKey ?? false;
  const userNullable = opts.nullable ?? null;
  let dialectOptions: Record<string, unknown> | null = null;
  for (const k in opts) {
    if (DIALECT_KEYWORD.test(k)) (dialectOptions ??= {})[k] = (opts as Record<string, unknown>)[k];
  }
  if (dialectOptions !== null) checkDialectKwargs("Column", dialectOptions);
  return makeColumn({
    [SA]: "column" as const,
    name,
    key: opts.key ?? name ?? "",
    type,
    primaryKey,
    userNullable,
    nullable: userNullable ?? (identity !== null ? false : !primaryKey),
    serverDefault: opts.serverDefault ?? null,
    default: opts.default ?? null,
    autoincrement: opts.autoincrement ?? "auto",
    unique: opts.unique ?? null,
    index: opts.index ?? null,
    comment: opts.comment ?? null,
    quote: opts.quote ?? null,
    system: opts.system ?? false,
    foreignKeys: foreignKeys === null ? NONE : Object.freeze(foreignKeys),
    constraints: constraints === null ? NONE : Object.freeze(constraints),
    sequence,
    identity,
    computed,
    dialectOptions: dialectOptions === null ? NO_OPTIONS : Object.freeze(dialectOptions),
    tableName: null,
    tableSchema: null,
  });
}, "sa.Column", {
  positional: [],
  rest: is.any, // name, type and schema items: Column tells them apart itself
  checks: {
    name: is.string,
    type_: check("a column type", isTypeLike),
    primaryKey: is.bool,
    nullable: is.bool,
    serverDefault: check("a string or a SQL expression (sa.text(...)) or null", (v) => v === null || typeof v === "string" || isExpr(v)),
    autoincrement: check(`true, false, "auto" or "ignore_fk"`, (v) => typeof v === "boolean" || v === "auto" || v === "ignore_fk"),
    unique: is.boolOrNull,
    index: is.boolOrNull,
    comment: is.stringOrNull,
    key: is.string,
    quote: is.boolOrNull,
    system: is.bool,
  },
});

/** The column as it sits in a table: primary key and nullability settled, owner recorded. */
export function bindColumn(c: Column, tableName: string, tableSchema: string | null, inPrimaryKey: boolean): Column {
  const nullable = c.userNullable ?? (inPrimaryKey || c.identity !== null ? false : c.nullable);
  return withFields(c, { primaryKey: inPrimaryKey, nullable, tableName, tableSchema });
}

export function columnName(c: Column): string {
  return c.name ?? fail("a Column needs a name");
}

export { nameText };
