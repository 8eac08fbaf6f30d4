/** `sa.Column` and `sa.ForeignKey` as data. */
import { SA, constructor, isKind, isOptions, type Branded } from "./item.js";
import { isTypeLike, resolveType, NULLTYPE, type SqlType, type TypeLike } from "./types.js";
import { column, isExpr, type BinaryExpr, type ColumnClause, type SqlExpr } from "./expressions.js";
import type { Computed, Identity, Sequence } from "./sequence.js";
import type { CheckConstraint, UniqueConstraint } from "./constraints.js";
import { nameText, type ConvName, type NameLike } from "./naming-name.js";
import { fail } from "../util/errors.js";
import { describeValue } from "../util/describe-value.js";
import { expectArg } from "../util/expect-arg.js";

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
}, "sa.ForeignKey");

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

export interface ColumnOptions {
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

export interface Column extends Branded<"column"> {
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
  /** Set once the column belongs to a table (`t.c.id`). */
  readonly tableName: string | null;
  readonly tableSchema: string | null;
  /** Python's `==`, `!=`, `>`, `>=`, `<`, `<=` on a column (JavaScript has no operator overloading). */
  eq(other: unknown): BinaryExpr;
  ne(other: unknown): BinaryExpr;
  gt(other: unknown): BinaryExpr;
  ge(other: unknown): BinaryExpr;
  lt(other: unknown): BinaryExpr;
  le(other: unknown): BinaryExpr;
}

/** A Column in an expression is a reference to it by name: its operators, shared by every Column. */
const COLUMN_OPERATORS = Object.freeze({
  eq(this: Column, other: unknown) {
    return reference(this).eq(other);
  },
  ne(this: Column, other: unknown) {
    return reference(this).ne(other);
  },
  gt(this: Column, other: unknown) {
    return reference(this).gt(other);
  },
  ge(this: Column, other: unknown) {
    return reference(this).ge(other);
  },
  lt(this: Column, other: unknown) {
    return reference(this).lt(other);
  },
  le(this: Column, other: unknown) {
    return reference(this).le(other);
  },
});

const reference = (c: Column): ColumnClause => column(c.name ?? c.key, c.type);

/** A copy of `c` with some fields changed (a spread would lose the operators). */
export function withFields(c: Column, fields: Partial<Omit<Column, keyof typeof COLUMN_OPERATORS>>): Column {
  return makeColumn({ ...c, ...fields });
}

/** A frozen Column with the shared operators (own properties stay plain data). */
function makeColumn(fields: Omit<Column, keyof typeof COLUMN_OPERATORS>): Column {
  return Object.freeze(Object.assign(Object.create(COLUMN_OPERATORS) as Column, fields));
}

export type ColumnArg = string | ConvName | TypeLike | ForeignKey | Sequence | Identity | Computed | CheckConstraint | UniqueConstraint | ColumnOptions;

export const Column = constructor((...args: ColumnArg[]): Column => {
  let rest = [...args];
  let opts: ColumnOptions = {};
  if (rest.length > 0 && isOptions(rest[rest.length - 1]) && !isTypeLike(rest[rest.length - 1])) {
    opts = rest.pop() as ColumnOptions;
  }
  let name: string | null = opts.name ?? null;
  if (typeof rest[0] === "string") name = rest.shift() as string;
  else if (isKind(rest[0], "conv")) name = (rest.shift() as unknown as { name: string }).name;
  let type: SqlType = opts.type_ !== undefined ? resolveType(opts.type_) : NULLTYPE;
  if (rest.length > 0 && isTypeLike(rest[0])) type = resolveType(rest.shift() as TypeLike);
  const foreignKeys: ForeignKey[] = [];
  const constraints: (CheckConstraint | UniqueConstraint)[] = [];
  let sequence: Sequence | null = null;
  let identity: Identity | null = null;
  let computed: Computed | null = null;
  for (const item of rest) {
    if (isKind(item, "foreignKey")) foreignKeys.push(item as ForeignKey);
    else if (isKind(item, "sequence")) sequence = item as Sequence;
    else if (isKind(item, "identity")) identity = item as Identity;
    else if (isKind(item, "computed")) computed = item as Computed;
    else if (isKind(item, "checkConstraint") || isKind(item, "uniqueConstraint")) constraints.push(item as CheckConstraint);
    else fail(`sa.Column: unexpected argument ${describe(item)}`);
  }
  if (identity !== null && opts.serverDefault != null) {
    fail("An column cannot specify both Identity and server_default");
  }
  const primaryKey = opts.primaryKey ?? false;
  const userNullable = opts.nullable ?? null;
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
    foreignKeys: Object.freeze(foreignKeys),
    constraints: Object.freeze(constraints),
    sequence,
    identity,
    computed,
    tableName: null,
    tableSchema: null,
  });
}, "sa.Column");

function describe(x: unknown): string {
  return isExpr(x) ? "an SQL expression" : describeValue(x);
}

/** The column as it sits in a table: primary key and nullability settled, owner recorded. */
export function bindColumn(c: Column, tableName: string, tableSchema: string | null, inPrimaryKey: boolean): Column {
  const nullable = c.userNullable ?? (inPrimaryKey || c.identity !== null ? false : c.nullable);
  return withFields(c, { primaryKey: inPrimaryKey, nullable, tableName, tableSchema });
}

export function columnName(c: Column): string {
  return c.name ?? fail("a Column needs a name");
}

export { nameText };
