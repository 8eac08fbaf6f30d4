/** `sa.Table`, `sa.MetaData` and the lightweight `sa.table` clause. */
import { SA, constructor, isKind, kindOf, splitOptions, type Branded } from "./item.js";
import { bindColumn, withFields, type Column } from "./column.js";
import {
  CheckConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint,
  isConstraint, type Constraint,
} from "./constraints.js";
import { column as columnClause, inList, type ColumnClause, type SqlExpr } from "./expressions.js";
import { deleteFrom, insertInto, join, select, updateOf, type DmlTarget, type InsertStatement, type Join, type SelectStatement, type UpdateStatement, type DeleteStatement } from "./dml.js";
import type { SqlType } from "./types.js";
import { RetortError, fail } from "../util/errors.js";
import { warn } from "../util/warn.js";
import { genericTypeName } from "./type-string.js";
import { expectArg } from "../util/expect-arg.js";
import { RUN_DDL, type CheckFirst, type DdlBind, type ReflectBind } from "./bind.js";
import { autoload, reflectInto } from "./table-reflect.js";
import { ddlElement } from "./ddl-elements.js";
import { setOwners } from "./owner.js";
import { dialectOptionsOf, type DialectKeywords } from "./dialect-kwargs.js";
import { is } from "./arg-spec.js";

export type NamingConvention = Readonly<Record<string, string | ((constraint: unknown, table: Table) => string)>>;

/** SQLAlchemy's DEFAULT_NAMING_CONVENTION. */
export const DEFAULT_NAMING_CONVENTION: NamingConvention = Object.freeze({ ix: "ix_%(column_0_label)s" });

export interface MetaDataOptions {
  schema?: string | null;
  namingConvention?: NamingConvention;
  quoteSchema?: boolean;
  info?: Record<string, unknown>;
}

export interface MetaData extends Branded<"metadata"> {
  /** SQLAlchemy's metadata.create_all(bind) / drop_all(bind) (the Python names, as the contract keeps method names). */
  create_all(bind: DdlBind, o?: CheckFirst): Promise<void>;
  drop_all(bind: DdlBind, o?: CheckFirst): Promise<void>;
  createAll(bind: DdlBind, o?: CheckFirst): Promise<void>;
  dropAll(bind: DdlBind, o?: CheckFirst): Promise<void>;
  readonly schema: string | null;
  readonly namingConvention: NamingConvention;
  /** Tables by key ("schema.name" or "name"), in the order they were declared. */
  readonly tables: ReadonlyMap<string, Table>;
  /** Tables in declaration order (SQLAlchemy sorts by dependency; we keep declaration order). */
  readonly sortedTables: readonly Table[];
  /**
   * SQLAlchemy's MetaData.reflect(bind, only=..., schema=...): every table of the schema (or
   * those named) read from the live database into this MetaData. Async: it queries.
   */
  reflect(bind: ReflectBind, o?: ReflectOptions): Promise<void>;
}

export interface ReflectOptions {
  only?: readonly string[] | null;
  schema?: string | null;
  extendExisting?: boolean;
}

interface MetaDataInternal extends MetaData {
  readonly registry: Map<string, Table>;
}

export const MetaData = constructor((o: MetaDataOptions = {}): MetaData => {
  // The registry is the one mutable piece: a models module adds tables to its MetaData.
  const registry = new Map<string, Table>();
  const createAll = (bind: DdlBind, co: CheckFirst = {}) =>
    bind[RUN_DDL]({ element: ddlElement("MetaDataCreate", { metadata: md }), checkfirst: co.checkfirst ?? true });
  const dropAll = (bind: DdlBind, co: CheckFirst = {}) =>
    bind[RUN_DDL]({ element: ddlElement("MetaDataDrop", { metadata: md }), checkfirst: co.checkfirst ?? true });
  const md: MetaDataInternal = {
    [SA]: "metadata" as const,
    create_all: createAll,
    drop_all: dropAll,
    createAll,
    dropAll,
    schema: o.schema ?? null,
    namingConvention: Object.freeze({ ...(o.namingConvention ?? DEFAULT_NAMING_CONVENTION) }),
    registry,
    tables: registry,
    get sortedTables() {
      return [...registry.values()];
    },
    reflect: (bind: ReflectBind, ro: ReflectOptions = {}) => reflectInto(md, bind, ro),
  };
  return md;
}, "sa.MetaData", {
  positional: ["bind", "schema", "quoteSchema", "namingConvention"],
  checks: { schema: is.stringOrNull, quoteSchema: is.boolOrNull, namingConvention: is.options },
});

export function tableKey(name: string, schema: string | null): string {
  return schema === null ? name : `${schema}.${name}`;
}

/**
 * The table a foreign key's "schema.table.column" spec names, as SQLAlchemy's
 * ForeignKey resolves it: the last two dots split off column and table, the
 * rest is the schema (else the MetaData's), and the key is looked up in the
 * MetaData, where a table literally named "auth.user" answers for "auth.user.id".
 */
export function referredTable(metadata: MetaData, spec: string): { name: string; schema: string | null } | null {
  const parts = spec.split(".");
  if (parts.length < 2) return null;
  parts.pop();
  const name = parts.pop() as string;
  const schema = parts.length > 0 ? parts.join(".") : metadata.schema;
  const found = metadata.tables.get(tableKey(name, schema));
  return found === undefined ? null : { name: found.name, schema: found.schema };
}

export interface TableOptions extends DialectKeywords {
  schema?: string | null;
  comment?: string | null;
  prefixes?: readonly string[];
  info?: Record<string, unknown>;
  quote?: boolean;
  keepExisting?: boolean;
  extendExisting?: boolean;
}

export interface Table extends Branded<"table">, DmlTarget {
  readonly name: string;
  readonly schema: string | null;
  readonly metadata: MetaData;
  readonly columns: readonly Column[];
  readonly c: Readonly<Record<string, Column>>;
  readonly primaryKey: PrimaryKeyConstraint;
  /** Whether the primary key came from column flags (SQLAlchemy puts the autoincrement column first). */
  readonly primaryKeyImplicit: boolean;
  /** All other constraints in creation order: explicit ones first, then those columns imply. */
  readonly constraints: readonly Constraint[];
  /**
   * SQLAlchemy's table.constraints set in attach order (as the recorder pins it), primary key
   * included: the implicit one first, the rest as items were declared, each column's implied
   * constraints where the column is. Alembic's batch mode walks this order.
   */
  readonly constraintSet: readonly Constraint[];
  readonly indexes: readonly Index[];
  readonly comment: string | null;
  readonly prefixes: readonly string[];
  readonly dialectOptions: Readonly<Record<string, unknown>>;
  readonly autoincrementColumn: Column | null;
  /** Why SQLAlchemy's _autoincrement_column would fail, raised by the compilers that ask for it. */
  readonly autoincrementError: string | null;
  insert(): InsertStatement;
  /** `t.select()`: SELECT every column FROM t. */
  select(): SelectStatement;
  /** `t.join(o, t.c.o_id.eq(o.c.id))`, for `sa.select(...).select_from(...)`. */
  join(right: DmlTarget, onclause: SqlExpr): Join;
  outerjoin(right: DmlTarget, onclause: SqlExpr): Join;
  update(): UpdateStatement;
  delete(): DeleteStatement;
  /** `t.create(bind)`: the table's CREATE (with its enums, indexes and comments), as SQLAlchemy's Table.create. */
  create(bind: DdlBind, o?: CheckFirst): Promise<void>;
  drop(bind: DdlBind, o?: CheckFirst): Promise<void>;
}

export type TableItem = Column | Constraint | Index;

const KNOWN_TABLE_OPTIONS: ReadonlySet<string> = new Set(["schema", "comment", "prefixes", "info", "quote", "keepExisting", "extendExisting", "mustExist", "autoloadWith", "listeners"]);

/** sa.Table's options with autoloadWith: the table is read from the database, so the result is a promise. */
export interface AutoloadTableOptions extends TableOptions {
  autoloadWith: ReflectBind;
}

export interface TableConstructor {
  (name: string, metadata: MetaData, ...args: [...(TableItem | TableOptions)[], AutoloadTableOptions]): Promise<Table>;
  new (name: string, metadata: MetaData, ...args: [...(TableItem | TableOptions)[], AutoloadTableOptions]): Promise<Table>;
  (name: string, metadata: MetaData, ...args: (TableItem | TableOptions)[]): Table;
  new (name: string, metadata: MetaData, ...args: (TableItem | TableOptions)[]): Table;
}

export const Table = constructor((name: string, metadata: MetaData, ...args: (TableItem | TableOptions)[]): Table | Promise<Table> => {
  const [items, o] = splitOptions<TableOptions & { autoloadWith?: ReflectBind }>(args);
  expectArg("sa.Table", "name", "a table name (a string)", typeof name === "string", name);
  expectArg("sa.Table", "metadata", "a MetaData (sa.MetaData())", isKind(metadata, "metadata"), metadata);
  for (const item of items) {
    expectArg("sa.Table", "each of columns", "sa.Column(...), a constraint or sa.Index(...)", isTableItem(item), item);
  }
  // Python's spelling would otherwise pass as an unknown option and leave the table empty.
  for (const py of ["autoload_with", "autoload"]) {
    if (py in o) fail(`sa.Table("${name}", ...): ${py} is spelt autoloadWith (the contract camelCases keyword arguments): { autoloadWith: bind }`);
  }
  if (o.autoloadWith !== undefined) return autoload(name, metadata, items as TableItem[], o as AutoloadTableOptions);
  return buildTable(name, metadata, items as TableItem[], o);
}, "sa.Table", {
  positional: [],
  rest: is.any, // name, metadata and items: checked in the body, which knows which is which
  checks: { schema: is.stringOrNull, comment: is.stringOrNull, prefixes: is.strings, quote: is.boolOrNull, keepExisting: is.bool, extendExisting: is.bool },
}) as unknown as TableConstructor;

/** What a Table is made of besides its options: a column, a constraint or an index. */
export function isTableItem(x: unknown): x is TableItem {
  return isKind(x, "column") || isConstraint(x) || isKind(x, "index");
}

export function buildTable(name: string, metadata: MetaData, items: readonly TableItem[], o: TableOptions): Table {
  const schema = o.schema !== undefined ? o.schema : metadata.schema;
  const kept = replaceSameKey(name, items.filter((i): i is Column => isKind(i, "column")));
  const rawColumns = kept.map((c) => inheritEnumSchema(c, schema ?? null));
  const explicit = items.filter(isConstraint);
  const explicitPk = explicit.filter((c): c is PrimaryKeyConstraint => isKind(c, "primaryKeyConstraint")).at(-1);
  const pkKeys = explicitPk !== undefined ? [...explicitPk.columns] : rawColumns.filter((c) => c.primaryKey).map((c) => c.key);
  const columns = rawColumns.map((c) => bindColumn(c, name, schema ?? null, pkKeys.includes(c.key)));
  const byKey: Record<string, Column> = {};
  for (const c of columns) byKey[c.key] = c;
  for (const k of pkKeys) if (byKey[k] === undefined) fail(`Table '${name}': primary key column '${k}' is not a column of the table`);
  // A table-level ForeignKeyConstraint gives its columns foreign keys, as a column-level one does.
  const fkColumns = new Set(explicit.filter((c): c is ForeignKeyConstraint => isKind(c, "foreignKeyConstraint")).flatMap((c) => c.columns));
  // SQLAlchemy finds the autoincrement column when a compiler asks for it, and fails there: a
  // dialect that never asks (SQLite) reports its own error first. The failure waits for that.
  let autoinc: Column | null = null;
  let autoincrementError: string | null = null;
  try {
    autoinc = autoincrementColumn(name, pkKeys.map((k) => byKey[k] as Column), (c) => fkColumns.has(c.key) || (c.name !== null && fkColumns.has(c.name)));
  } catch (err) {
    if (!(err instanceof RetortError)) throw err;
    autoincrementError = err.message;
  }
  const implicit = explicitPk === undefined;
  let primaryKey = explicitPk ?? PrimaryKeyConstraint(...pkKeys);
  if (implicit && autoinc !== null && pkKeys.length > 1) {
    // columns_autoinc_first: an implicit primary key lists the autoincrement column first.
    primaryKey = PrimaryKeyConstraint(autoinc.key, ...pkKeys.filter((k) => k !== autoinc.key));
  }
  const derived: Constraint[] = [];
  // table.indexes and table.constraints in attach order: what a column implies joins when the
  // column does (unique or index in Column._set_parent, then its type's CHECK, then its FKs).
  const indexes: Index[] = [];
  const attached: Constraint[] = implicit ? [primaryKey] : [];
  // Each column item's bound column: by position, unless a later column replaced an earlier one.
  const boundOf = kept.length === items.reduce((n, i) => (isKind(i, "column") ? n + 1 : n), 0)
    ? null : new Map(kept.map((raw, i) => [raw, columns[i]!]));
  let columnAt = 0;
  const imply = (c: Constraint): void => {
    derived.push(c);
    attached.push(c);
  };
  for (const item of items) {
    const kind = kindOf(item);
    if (kind === "index") indexes.push(item as Index);
    else if (item === explicitPk) attached.push(primaryKey);
    else if (kind !== "column" && kind !== "primaryKeyConstraint" && isConstraint(item)) attached.push(item);
    if (kind !== "column") continue;
    // A replaced column's flags still imply their constraints (on its key); its foreign keys go.
    const bound = boundOf === null ? columns[columnAt++] : boundOf.get(item as Column);
    const c = bound ?? (item as Column);
    if (c.index === true) indexes.push(Index(null, c.key, { unique: c.unique === true, _columnFlag: true }));
    else if (c.unique === true) imply(UniqueConstraint(c.key));
    const check = typeCheckConstraint(c);
    if (check !== null) imply(check);
    if (bound !== undefined) for (const fk of c.foreignKeys) imply(ForeignKeyConstraint([c.key], [fk.colspec], { ...fk.options }));
  }
  const dialectOptions = dialectOptionsOf(o, KNOWN_TABLE_OPTIONS, "Table");
  const columnTypes: Record<string, SqlType> = {};
  const columnNames: Record<string, string> = {};
  for (const c of columns) {
    columnTypes[c.key] = c.type;
    columnNames[c.key] = c.name ?? c.key;
  }
  const columnOrder = columns.map((c) => c.key);
  const table: Table = Object.freeze(new TableRecord({
    name,
    schema: schema ?? null,
    columnTypes,
    columnNames,
    columnOrder,
    metadata,
    columns: Object.freeze(columns),
    c: Object.freeze(byKey),
    primaryKey,
    primaryKeyImplicit: implicit,
    constraints: Object.freeze([...explicit.filter((c) => !isKind(c, "primaryKeyConstraint")), ...derived]),
    constraintSet: Object.freeze(attached),
    indexes: Object.freeze(indexes),
    comment: o.comment ?? null,
    prefixes: o.prefixes === undefined || o.prefixes.length === 0 ? NO_PREFIXES : Object.freeze([...o.prefixes]),
    dialectOptions,
    autoincrementColumn: autoinc,
    autoincrementError,
  }));
  setOwners(table, items);
  const registry = (metadata as MetaDataInternal).registry;
  if (registry !== undefined) registry.set(tableKey(name, schema ?? null), table);
  return table;
}

type TableFields = Omit<Table, typeof SA | keyof typeof TABLE_METHODS>;

/** What a Table does, shared by every Table: `this` is the table, which is its own DmlTarget. */
const TABLE_METHODS = {
  insert(this: Table): InsertStatement {
    return insertInto(this);
  },
  select(this: Table): SelectStatement {
    return select(...this.columns.map((c) => columnClause(c.name ?? c.key, c.type, this.name)));
  },
  join(this: Table, right: DmlTarget, on: SqlExpr): Join {
    return join(this, right, on, false);
  },
  outerjoin(this: Table, right: DmlTarget, on: SqlExpr): Join {
    return join(this, right, on, true);
  },
  update(this: Table): UpdateStatement {
    return updateOf(this);
  },
  delete(this: Table): DeleteStatement {
    return deleteFrom(this);
  },
  create(this: Table, bind: DdlBind, co: CheckFirst = {}): Promise<void> {
    return bind[RUN_DDL]({ element: ddlElement("TableCreate", { table: this }), checkfirst: co.checkfirst ?? true });
  },
  drop(this: Table, bind: DdlBind, co: CheckFirst = {}): Promise<void> {
    return bind[RUN_DDL]({ element: ddlElement("TableDrop", { table: this }), checkfirst: co.checkfirst ?? true });
  },
};

const NO_PREFIXES: readonly string[] = Object.freeze([]);

/**
 * A Table's own fields, assigned always in one order, with the shared methods as prototype (as
 * ColumnRecord does for columns): a thousand tables then hold no closures of their own.
 */
const TableRecord = function (this: { -readonly [K in keyof TableFields]: TableFields[K] } & { [SA]: "table" }, f: TableFields) {
  this[SA] = "table";
  this.name = f.name;
  this.schema = f.schema;
  this.columnTypes = f.columnTypes;
  this.columnNames = f.columnNames;
  this.columnOrder = f.columnOrder;
  this.metadata = f.metadata;
  this.columns = f.columns;
  this.c = f.c;
  this.primaryKey = f.primaryKey;
  this.primaryKeyImplicit = f.primaryKeyImplicit;
  this.constraints = f.constraints;
  this.constraintSet = f.constraintSet;
  this.indexes = f.indexes;
  this.comment = f.comment;
  this.prefixes = f.prefixes;
  this.dialectOptions = f.dialectOptions;
  this.autoincrementColumn = f.autoincrementColumn;
  this.autoincrementError = f.autoincrementError;
} as unknown as new (f: TableFields) => Table;
TableRecord.prototype = TABLE_METHODS as unknown as Table;

/** Enum(inherit_schema=True) takes the table's schema when attached. */
function inheritEnumSchema(c: Column, schema: string | null): Column {
  const spec = c.type.enumSpec;
  if (schema === null || spec === undefined || !spec.inheritSchema || spec.schema !== null) return c;
  const type = Object.freeze({ ...c.type, enumSpec: Object.freeze({ ...spec, schema }) });
  return withFields(c, { type });
}

/**
 * A column whose key an earlier column has replaces it where it stood, with the earlier one's
 * foreign keys gone, and a warning (SQLAlchemy 1.4's Column._set_parent for a new Table).
 */
const warnedReplacing = new WeakSet<Column>();

function replaceSameKey(table: string, columns: readonly Column[]): Column[] {
  const out: Column[] = [];
  for (const c of columns) {
    const at = out.findIndex((o) => o.key === c.key);
    if (at < 0) {
      out.push(c);
      continue;
    }
    if (out[at]!.primaryKey && !c.primaryKey) {
      fail(`Trying to redefine primary-key column '${c.key}' as a non-primary-key column on table '${table}'`);
    }
    // An op's table is built again when it runs: one warning per replacing column.
    if (!warnedReplacing.has(c)) {
      warnedReplacing.add(c);
      warn("SADeprecationWarning", `A column with name '${c.key}' is already present in table '${table}': the later one replaces it, as in SQLAlchemy 1.4`);
    }
    out[at] = c;
  }
  return out;
}

/** SQLAlchemy's PrimaryKeyConstraint._autoincrement_column. */
function autoincrementColumn(tableName: string, pk: readonly Column[], inTableForeignKey: (c: Column) => boolean): Column | null {
  const eligible = (c: Column, explicit: boolean): boolean => {
    const fam = c.type.family;
    if (fam !== "integer" && fam !== "numeric" && fam !== "float") {
      if (explicit) fail(`Column type ${genericTypeName(c.type)} on column '${tableName}.${c.name}' is not compatible with autoincrement=True`);
      return false;
    }
    if (explicit) return true;
    if (c.default !== null && !isKind(c.default, "sequence")) return false;
    if (c.serverDefault !== null) return false;
    if ((c.foreignKeys.length > 0 || inTableForeignKey(c)) && c.autoincrement !== "ignore_fk") return false;
    return true;
  };
  if (pk.length === 1) {
    const c = pk[0] as Column;
    if (c.autoincrement === true) return eligible(c, true) ? c : null;
    if ((c.autoincrement === "auto" || c.autoincrement === "ignore_fk") && eligible(c, false)) return c;
    return null;
  }
  let found: Column | null = null;
  for (const c of pk) {
    if (c.autoincrement === true) {
      eligible(c, true);
      if (found !== null) fail(`Only one Column may be marked autoincrement=True, found both ${c.name} and ${found.name}.`);
      found = c;
    }
  }
  return found;
}

/** Boolean(create_constraint=True) and Enum(create_constraint=True) add a CHECK. */
function typeCheckConstraint(c: Column): CheckConstraint | null {
  const t = c.type;
  const colName = c.name ?? c.key;
  if (t.family === "boolean" && t.createConstraint === true) {
    return CheckConstraint(inList(colName, [0, 1], null), { name: t.constraintName ?? null, _typeBound: "boolean" });
  }
  if (t.family === "enum" && t.enumSpec !== undefined && t.enumSpec.createConstraint) {
    // A native enum's CHECK is created only where the dialect has no native enums (constraintCreated).
    return CheckConstraint(inList(colName, t.enumSpec.values, t), { name: t.enumSpec.name, _typeBound: t.enumSpec.nativeEnum ? "nativeEnum" : "enum" });
  }
  return null;
}

// --- sa.table / sa.column --------------------------------------------------------

export interface TableClauseOptions { schema?: string | null }

export interface TableClause extends Branded<"tableClause">, DmlTarget {
  readonly columns: readonly ColumnClause[];
  readonly c: Readonly<Record<string, ColumnClause>>;
  insert(): InsertStatement;
  /** `t.select()`: SELECT every column FROM t. */
  select(): SelectStatement;
  /** `t.join(o, t.c.o_id.eq(o.c.id))`, for `sa.select(...).select_from(...)`. */
  join(right: DmlTarget, onclause: SqlExpr): Join;
  outerjoin(right: DmlTarget, onclause: SqlExpr): Join;
  update(): UpdateStatement;
  delete(): DeleteStatement;
}

export function table(name: string, ...args: (ColumnClause | Column | TableClauseOptions)[]): TableClause {
  const [cols, o] = splitOptions<TableClauseOptions>(args);
  expectArg("sa.table", "name", "a table name (a string)", typeof name === "string", name);
  // A Column is a column clause too in SQLAlchemy: only its name and type count here.
  for (const c of cols) expectArg("sa.table", "columns", "sa.column(...) or sa.Column(...)", isKind(c, "columnClause") || isKind(c, "column"), c);
  const columns = (cols as (ColumnClause | Column)[]).map((c) => columnClause(c.name ?? "", c.type, name));
  const target: DmlTarget = {
    name,
    schema: o.schema ?? null,
    columnTypes: Object.fromEntries(columns.map((c) => [c.name, c.type])),
    columnNames: Object.fromEntries(columns.map((c) => [c.name, c.name])),
    columnOrder: columns.map((c) => c.name),
  };
  return Object.freeze({
    [SA]: "tableClause" as const,
    ...target,
    columns: Object.freeze(columns),
    c: Object.freeze(Object.fromEntries(columns.map((c) => [c.name, c]))),
    insert: () => insertInto(target),
    select: () => select(...columns),
    join: (right: DmlTarget, on: SqlExpr) => join(target, right, on, false),
    outerjoin: (right: DmlTarget, on: SqlExpr) => join(target, right, on, true),
    update: () => updateOf(target),
    delete: () => deleteFrom(target),
  });
}

export { columnClause };
