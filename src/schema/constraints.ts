/** Table-level constraints and indexes as data. Column references are kept as keys/names. */
import { SA, constructor, isKind, kindOf, splitOptions, type Branded } from "./item.js";
import { colspecOf, type ColumnRefLike } from "./column.js";
import { isExpr, type SqlExpr } from "./expressions.js";
import { isNameLike, type NameLike } from "./naming-name.js";
import { RUN_DDL, type CheckFirst, type DdlBind } from "./bind.js";
import { ddlElement } from "./ddl-elements.js";
import { ownerOf, setOwner } from "./owner.js";
import { dialectOptionsOf, type DialectKeywords } from "./dialect-kwargs.js";
import { fail } from "../util/errors.js";
import { expectArg } from "../util/expect-arg.js";
import { is, type ArgSpec } from "./arg-spec.js";

/** Where a constraint names a column: by key, or by the column object itself. */
export type ColumnRef = string | ColumnRefLike;

export function refName(c: ColumnRef): string {
  if (typeof c === "string") return c;
  return (c as { key?: string }).key ?? c.name ?? "";
}

/** Columns by position (checked by each constructor), the constraint's common options by name. */
const CONSTRAINT_ARGS: ArgSpec = {
  positional: [],
  rest: is.any,
  checks: { name: is.nameOrNull, deferrable: is.boolOrNull, initially: is.stringOrNull },
};

export interface ConstraintOptions extends DialectKeywords {
  /** Internal: the CHECK a Boolean or non-native Enum type adds ("boolean" / "enum"). */
  _typeBound?: string;
  name?: NameLike | null;
  deferrable?: boolean | null;
  initially?: string | null;
  info?: Record<string, unknown>;
}

interface ConstraintBase {
  readonly name: NameLike | null;
  readonly deferrable: boolean | null;
  readonly initially: string | null;
  /** `postgresql_*` and other dialect keywords, camelCased, verbatim values. */
  readonly dialectOptions: Readonly<Record<string, unknown>>;
}

/** What every constraint takes; a kind of constraint may take more. */
const CONSTRAINT_OPTIONS = ["name", "deferrable", "initially", "info"];
const CONSTRAINT_OWN: ReadonlySet<string> = new Set(CONSTRAINT_OPTIONS);

function base(o: ConstraintOptions, own: ReadonlySet<string>, className?: string): ConstraintBase {
  return {
    name: o.name ?? null,
    deferrable: o.deferrable ?? null,
    initially: o.initially ?? null,
    dialectOptions: dialectOptionsOf(o, own, className),
  };
}

export interface PrimaryKeyConstraint extends Branded<"primaryKeyConstraint">, ConstraintBase {
  readonly columns: readonly string[];
}

/** A column given by name or as a column object, as constraints and indexes take them. */
export const isColumnRef = (c: unknown): boolean => typeof c === "string" || isKind(c, "column") || isKind(c, "columnClause");

function expectColumns(fn: string, arg: string, cols: readonly unknown[]): void {
  for (const c of cols) expectArg(fn, arg, "column names or columns", isColumnRef(c), c);
}

export const PrimaryKeyConstraint = constructor((...args: (ColumnRef | ConstraintOptions)[]): PrimaryKeyConstraint => {
  const [cols, o] = splitOptions<ConstraintOptions>(args);
  expectColumns("sa.PrimaryKeyConstraint", "columns", cols);
  return Object.freeze({ [SA]: "primaryKeyConstraint" as const, ...base(o, CONSTRAINT_OWN, "PrimaryKeyConstraint"), columns: (cols as ColumnRef[]).map(refName) });
}, "sa.PrimaryKeyConstraint", CONSTRAINT_ARGS);

export interface UniqueConstraint extends Branded<"uniqueConstraint">, ConstraintBase {
  readonly columns: readonly string[];
}

export const UniqueConstraint = constructor((...args: (ColumnRef | ConstraintOptions)[]): UniqueConstraint => {
  const [cols, o] = splitOptions<ConstraintOptions>(args);
  expectColumns("sa.UniqueConstraint", "columns", cols);
  return Object.freeze({ [SA]: "uniqueConstraint" as const, ...base(o, CONSTRAINT_OWN, "UniqueConstraint"), columns: (cols as ColumnRef[]).map(refName) });
}, "sa.UniqueConstraint", CONSTRAINT_ARGS);

export interface CheckConstraint extends Branded<"checkConstraint">, ConstraintBase {
  readonly sqltext: string | SqlExpr;
}

export const CheckConstraint = constructor((sqltext: string | SqlExpr, o: ConstraintOptions = {}): CheckConstraint => {
  expectArg("sa.CheckConstraint", "sqltext", "a SQL expression or a string", typeof sqltext === "string" || isExpr(sqltext), sqltext);
  return Object.freeze({ [SA]: "checkConstraint" as const, ...base(o ?? {}, CONSTRAINT_OWN, "CheckConstraint"), sqltext });
}, "sa.CheckConstraint", { ...CONSTRAINT_ARGS, positional: ["sqltext", "name", "deferrable", "initially"] });

export interface ForeignKeyConstraintOptions extends ConstraintOptions {
  onupdate?: string | null;
  ondelete?: string | null;
  match?: string | null;
  useAlter?: boolean;
  linkToName?: boolean;
}

export interface ForeignKeyConstraint extends Branded<"foreignKeyConstraint">, ConstraintBase {
  readonly columns: readonly string[];
  /** "table.col" / "schema.table.col" for each column. */
  readonly refColumns: readonly string[];
  readonly onupdate: string | null;
  readonly ondelete: string | null;
  readonly match: string | null;
  readonly useAlter: boolean;
}

const FOREIGN_KEY_OWN: ReadonlySet<string> = new Set([...CONSTRAINT_OPTIONS, "onupdate", "ondelete", "match", "useAlter", "linkToName"]);

export const ForeignKeyConstraint = constructor(
  (columns: readonly ColumnRef[], refcolumns: readonly (string | ColumnRefLike)[], o: ForeignKeyConstraintOptions = {}): ForeignKeyConstraint => {
    const fn = "sa.ForeignKeyConstraint";
    expectArg(fn, "columns", "a list of column names or columns", Array.isArray(columns) && columns.every(isColumnRef), columns);
    expectArg(fn, "refcolumns", "a list of 'table.column' names or columns", Array.isArray(refcolumns) && refcolumns.every(isColumnRef), refcolumns);
    return Object.freeze({
      [SA]: "foreignKeyConstraint" as const,
      ...base(o, FOREIGN_KEY_OWN, "ForeignKeyConstraint"),
      columns: columns.map(refName),
      refColumns: refcolumns.map(colspecOf),
      onupdate: o.onupdate ?? null,
      ondelete: o.ondelete ?? null,
      match: o.match ?? null,
      useAlter: o.useAlter ?? false,
    });
  },
  "sa.ForeignKeyConstraint",
  {
    positional: ["columns", "refcolumns", "name", "onupdate", "ondelete", "deferrable", "initially", "useAlter"],
    checks: { ...CONSTRAINT_ARGS.checks, onupdate: is.stringOrNull, ondelete: is.stringOrNull, match: is.stringOrNull, useAlter: is.bool, linkToName: is.bool },
  },
);

export interface ExcludeConstraintOptions extends ConstraintOptions {
  using?: string;
  where?: string | SqlExpr | null;
  ops?: Record<string, string>;
}

export interface ExcludeConstraint extends Branded<"excludeConstraint">, ConstraintBase {
  readonly elements: readonly { readonly expr: string | SqlExpr; readonly operator: string }[];
  readonly using: string;
  readonly where: string | SqlExpr | null;
  readonly ops: Readonly<Record<string, string>>;
}

type ExcludeElement = readonly [string | SqlExpr | ColumnRefLike, string];

const EXCLUDE_OWN: ReadonlySet<string> = new Set([...CONSTRAINT_OPTIONS, "using", "where", "ops"]);

export const ExcludeConstraint = constructor((...args: (ExcludeElement | ExcludeConstraintOptions)[]): ExcludeConstraint => {
  const [els, o] = splitOptions<ExcludeConstraintOptions>(args);
  // SQLAlchemy unpacks zip(*elements) into (expressions, operators); the recorded error is Python's.
  if (els.length === 0) fail("not enough values to unpack (expected 2, got 0)");
  // SQLAlchemy 1.4 coerces each element to a column as it builds the constraint; a text() is not one.
  if ((els as ExcludeElement[]).some(([e]) => isKind(e, "text"))) fail("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got NullType()");
  return Object.freeze({
    [SA]: "excludeConstraint" as const,
    ...base(o, EXCLUDE_OWN),
    elements: (els as ExcludeElement[]).map(([e, operator]) => ({
      expr: typeof e === "string" || isExpr(e) ? e : refName(e as ColumnRefLike),
      operator,
    })),
    using: o.using ?? "gist",
    where: o.where ?? null,
    ops: Object.freeze({ ...(o.ops ?? {}) }),
  });
}, "sa.ExcludeConstraint", { ...CONSTRAINT_ARGS, checks: { ...CONSTRAINT_ARGS.checks, using: is.string } });

export type Constraint = PrimaryKeyConstraint | UniqueConstraint | CheckConstraint | ForeignKeyConstraint | ExcludeConstraint;

const CONSTRAINT_KINDS: ReadonlySet<string | undefined> = new Set(["primaryKeyConstraint", "uniqueConstraint", "checkConstraint", "foreignKeyConstraint", "excludeConstraint"]);

export function isConstraint(x: unknown): x is Constraint {
  return CONSTRAINT_KINDS.has(kindOf(x));
}

export interface IndexOptions extends DialectKeywords {
  /** Internal: the index a column's `index: true` adds. */
  _columnFlag?: boolean;
  unique?: boolean;
  quote?: boolean;
  info?: Record<string, unknown>;
}

/** An index element: a column key, or an expression (sa.text, sa.func...). */
export type IndexElement = { readonly column: string } | { readonly expr: SqlExpr };

export interface Index extends Branded<"index"> {
  readonly name: NameLike | null;
  readonly elements: readonly IndexElement[];
  readonly unique: boolean;
  readonly dialectOptions: Readonly<Record<string, unknown>>;
  /** The table this index was declared on, when built by op.createIndex. */
  readonly tableName: string | null;
  readonly tableSchema: string | null;
  create(bind: DdlBind, o?: CheckFirst): Promise<void>;
  drop(bind: DdlBind, o?: CheckFirst): Promise<void>;
}

const INDEX_OWN: ReadonlySet<string> = new Set(["unique", "quote", "info"]);

export const Index = constructor((name: NameLike | null, ...args: (ColumnRef | SqlExpr | IndexOptions)[]): Index => {
  const [els, o] = splitOptions<IndexOptions>(args);
  expectArg("sa.Index", "name", "a name (a string or op.f(...)) or null", name === null || isNameLike(name), name);
  for (const e of els) expectArg("sa.Index", "expressions", "column names, columns or SQL expressions", isColumnRef(e) || isExpr(e), e);
  const dialectOptions = dialectOptionsOf(o, INDEX_OWN, "Index");
  let tableName: string | null = null;
  let tableSchema: string | null = null;
  const elements = (els as (ColumnRef | SqlExpr)[]).map((e): IndexElement => {
    if (isExpr(e)) return { expr: e };
    if (typeof e !== "string") {
      tableName ??= e.tableName ?? null;
      tableSchema ??= e.tableSchema ?? null;
    }
    return { column: refName(e as ColumnRef) };
  });
  const index: Index = Object.freeze({
    [SA]: "index" as const,
    name,
    elements: Object.freeze(elements),
    unique: o.unique ?? false,
    dialectOptions,
    tableName,
    tableSchema,
    create: (bind: DdlBind, co: CheckFirst = {}) =>
      bind[RUN_DDL]({ element: ddlElement("CreateIndex", { index }), checkfirst: co.checkfirst ?? false }),
    drop: (bind: DdlBind, co: CheckFirst = {}) =>
      bind[RUN_DDL]({ element: ddlElement("DropIndex", { index }), checkfirst: co.checkfirst ?? false }),
  });
  // An index over a table's columns belongs to that table (SQLAlchemy attaches it on construction).
  const firstColumn = (els as unknown[]).find((e) => typeof e === "object" && e !== null && !isExpr(e));
  const owner = firstColumn === undefined ? undefined : ownerOf(firstColumn as object);
  if (owner !== undefined) setOwner(index, owner);
  return index;
}, "sa.Index", { positional: [], rest: is.any, checks: { unique: is.bool, quote: is.boolOrNull } });
