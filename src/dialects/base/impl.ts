/**
 * The default impl: which statements each op becomes, after Alembic's DefaultImpl and
 * operations/toimpl.py. A dialect spreads it and overrides what differs.
 */
import type { Handlers, Op } from "../../operations/handlers.js";
import { dispatch } from "../../operations/handlers.js";
import { Column, type ServerDefault } from "../../schema/column.js";
import {
  CheckConstraint, ExcludeConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint,
  type Constraint,
} from "../../schema/constraints.js";
import { isExpr, text, type SqlExpr } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import { conv, type NameLike } from "../../schema/naming-name.js";
import { effectiveName } from "../../schema/naming.js";
import type { Identity } from "../../schema/sequence.js";
import { MetaData, buildTable, type NamingConvention, type Table } from "../../schema/table.js";
import { NULLTYPE, dialectType, type SqlType } from "../../schema/types.js";
import type { CreateTableOp } from "../../operations/ops/table-ops.js";
import type { AlterServerDefault } from "../../operations/ops/column-ops.js";
import type { Statement, TableRef } from "./statements.js";
import { pyRepr } from "./literals.js";
import { fail } from "../../util/errors.js";
import type { DdlElement } from "../../schema/ddl-elements.js";
import { elementStatements } from "./elements.js";
import type { DdlFeatures } from "../dialect.js";

/** What an impl knows while it turns an op into statements: the dialect's features, and the run's. */
export interface ImplContext extends DdlFeatures {
  /** The naming convention of the env's target_metadata, which Alembic's schema objects inherit. */
  readonly namingConvention: NamingConvention | null;
  /** The dialect's whole table, for batch mode to dispatch its inner ops. */
  readonly impl: Handlers<Statement[], ImplContext>;
  /**
   * Alembic's impl.memo["_pg_enums"]: the enums (schema, name) that a table create or drop
   * event of this run has already seen. It lives as long as the run, so a second create_table
   * (or batch) with the same enum creates it no more; absent, nothing is remembered.
   */
  readonly enumMemo?: Set<string>;
}

export const enumMemoKey = (t: SqlType): string => JSON.stringify([t.enumSpec?.schema ?? null, t.enumSpec?.name ?? null]);

/** ENUM._check_for_name_in_memos: keep the types the memo has not seen, and note all of them. */
export function unseenEnums(types: readonly SqlType[], ctx: ImplContext): SqlType[] {
  const memo = ctx.enumMemo;
  if (memo === undefined) return [...types];
  return types.filter((t) => {
    const key = enumMemoKey(t);
    const seen = memo.has(key);
    memo.add(key);
    return !seen;
  });
}

/** Alembic's DefaultImpl.create_table: as tableCreateStatements, its enums through the run's memo. */
export function implCreateTableStatements(table: Table, ctx: ImplContext): Statement[] {
  const stmts = tableCreateStatements(table, ctx, false);
  const keep = new Set(unseenEnums(stmts.flatMap((st) => (st.kind === "createEnum" ? [st.type] : [])), ctx));
  return stmts.filter((st) => st.kind !== "createEnum" || keep.has(st.type));
}

export function freshMetadata(ctx: ImplContext) {
  return MetaData(ctx.namingConvention === null ? {} : { namingConvention: ctx.namingConvention });
}

const ref = (name: string, schema: string | null): TableRef => ({ name, schema });

/** A throw-away table holding just the named columns (Alembic's SchemaObjects helpers). */
export function stubTable(ctx: ImplContext, name: string, schema: string | null, columns: readonly string[], extra: readonly Constraint[] = []): Table {
  const unique = [...new Set(columns)];
  return buildTable(name, freshMetadata(ctx), [...unique.map((c) => Column(c, NULLTYPE)), ...extra], { schema });
}

/** SQLAlchemy's _create_rule for type-bound CHECK constraints. */
export function constraintCreated(c: Constraint, ctx: ImplContext): boolean {
  if (!isKind(c, "checkConstraint")) return true;
  const bound = (c as CheckConstraint).dialectOptions["_typeBound"];
  if (bound === "boolean") return !ctx.supportsNativeBoolean;
  // Enum._should_create_constraint: a non-native enum always, a native one where the dialect has none.
  if (bound === "enum") return true;
  if (bound === "nativeEnum") return !ctx.supportsNativeEnum;
  return true;
}

export function buildCreateTable(op: CreateTableOp, ctx: ImplContext): Table {
  // Alembic's SchemaObjects.table builds the Table from the columns, then appends
  // the constraints and indexes, so column-flag indexes come first.
  const columnsFirst = [...op.items.filter((i) => isKind(i, "column")), ...op.items.filter((i) => !isKind(i, "column"))];
  return buildTable(op.tableName, freshMetadata(ctx), columnsFirst, op.options);
}

/**
 * The enums a column type brings to a table's create event: its own (a with_variant() one on
 * its dialect), then any variant's enum that is a type of its own (postgresql.ENUM), which
 * listens to the table's events whichever dialect runs them (SQLAlchemy's Variant._set_parent).
 */
function enumTypesOf(given: SqlType, dialectName: string): SqlType[] {
  const t = dialectType(given, dialectName);
  const own = t.family === "array" && t.itemType !== undefined ? enumTypesOf(t.itemType, dialectName) : t.family === "enum" ? [t] : [];
  const variants = Object.values(given.variants ?? {}).filter((v) => v !== t && v.family === "enum" && v.enumSpec?.ownType === true);
  return [...own, ...variants];
}

/** The table's before_create event: PostgreSQL creates named native enums (once per name). */
export function enumsToCreate(table: Table, ctx: ImplContext, metadataOperation = false): SqlType[] {
  if (!ctx.supportsNativeEnum) return [];
  const seen = new Set<string>();
  const out: SqlType[] = [];
  for (const c of table.columns) {
    for (const t of enumTypesOf(c.type, ctx.dialectName)) {
      const spec = t.enumSpec;
      if (spec === undefined || !spec.nativeEnum || !spec.createType) continue;
      // Where enums are written inline (MySQL), a generic Enum has nothing to create.
      if (!ctx.createsEnumTypes && !spec.ownType) continue;
      // An enum given a MetaData is created by that MetaData's create_all, not by table events.
      if (spec.metadataBound && !metadataOperation) continue;
      const key = `${spec.schema ?? ""}.${spec.name ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

function columnComments(table: Table, ctx: ImplContext): Statement[] {
  if (!ctx.separateComments) return [];
  return table.columns
    .filter((c) => c.comment !== null && c.comment !== "")
    .map((c) => ({ kind: "columnComment" as const, table, columnName: c.name ?? c.key, comment: c.comment }));
}

function asSqlExpr(x: string | SqlExpr): SqlExpr {
  return typeof x === "string" ? text(x) : x;
}

/** Index elements from op.createIndex: strings are column names (Alembic's _textual_index_column). */
function indexFor(ctx: ImplContext, name: NameLike | null, tableName: string, schema: string | null,
  columns: readonly (string | SqlExpr | { name: string | null })[], unique: boolean, dialectOptions: Readonly<Record<string, unknown>>) {
  const names = columns.flatMap((c) => (typeof c === "string" ? [c] : isExpr(c) ? [] : [c.name ?? ""]));
  const included = ctx.indexIncludeOption === null ? undefined : dialectOptions[ctx.indexIncludeOption];
  const include = Array.isArray(included) ? (included as unknown[]) : [];
  const table = stubTable(ctx, tableName, schema, [...names, ...include.filter((c) => typeof c === "string")]);
  const elements = columns.map((c) => (typeof c === "string" ? c : isExpr(c) ? c : c.name ?? ""));
  return { table, index: Index(name, ...elements, { ...dialectOptions, unique }) };
}

function serverDefaultStatements(tableRef: TableRef, column: string, sd: AlterServerDefault | null, existing: unknown): Statement[] {
  if (isKind(sd, "computed") || isKind(existing, "computed")) {
    fail('Adding or removing a "computed" construct, e.g. GENERATED ALWAYS AS, to or from an existing column is not supported.');
  }
  if (isKind(sd, "identity") || isKind(existing, "identity")) {
    return [{
      kind: "alterColumnIdentity", table: tableRef, columnName: column, identity: isKind(sd, "identity") ? (sd as Identity) : null,
      existing: existing === false ? false : isKind(existing, "identity") ? (existing as Identity) : null,
    }];
  }
  return [{ kind: "alterColumnDefault", table: tableRef, columnName: column, default: sd as ServerDefault | null }];
}

/** The CREATE TABLE statement, type-bound constraints the dialect does not create left out. */
export function createTableStatement(table: Table, ctx: ImplContext): Statement {
  const filtered = { ...table, constraints: table.constraints.filter((c) => constraintCreated(c, ctx)) } as Table;
  return { kind: "createTable", table: Object.freeze(filtered) };
}

/**
 * Alembic's create_table (and SQLAlchemy's Table.create, which also creates column sequences):
 * before_create (enums), CREATE TABLE, its indexes, then comments.
 */
export function tableCreateStatements(table: Table, ctx: ImplContext, withSequences: boolean): Statement[] {
  const stmts: Statement[] = enumsToCreate(table, ctx).map((type) => ({ kind: "createEnum" as const, type }));
  if (withSequences && ctx.supportsSequences) {
    for (const c of table.columns) if (c.sequence !== null) stmts.push({ kind: "createSequence", sequence: c.sequence });
  }
  stmts.push(createTableStatement(table, ctx));
  for (const index of table.indexes) stmts.push({ kind: "createIndex", table, index, ifNotExists: false });
  if (ctx.separateComments && table.comment !== null && table.comment !== "") {
    stmts.push({ kind: "tableComment", table, comment: table.comment });
  }
  stmts.push(...columnComments(table, ctx));
  return stmts;
}

export const defaultImpl: Handlers<Statement[], ImplContext> = {
  createTable: (op, ctx) => implCreateTableStatements(buildCreateTable(op, ctx), ctx),
  dropTable: (op) => [{ kind: "dropTable", table: ref(op.tableName, op.schema), ifExists: op.ifExists }],
  renameTable: (op) => [{ kind: "renameTable", table: ref(op.oldTableName, op.schema), newName: op.newTableName }],
  createTableComment: (op) => [{ kind: "tableComment", table: ref(op.tableName, op.schema), comment: op.comment }],
  dropTableComment: (op) => [{ kind: "tableComment", table: ref(op.tableName, op.schema), comment: null }],

  addColumn: (op, ctx) => {
    const table = buildTable(op.tableName, freshMetadata(ctx), [op.column], { schema: op.schema });
    const column = table.columns[0] ?? fail("addColumn needs a column");
    const stmts: Statement[] = [{ kind: "addColumn", table, column, ifNotExists: op.ifNotExists }];
    for (const c of table.constraints) if (constraintCreated(c, ctx)) stmts.push({ kind: "addConstraint", table, constraint: c });
    for (const index of table.indexes) stmts.push({ kind: "createIndex", table, index, ifNotExists: false });
    stmts.push(...columnComments(table, ctx));
    return stmts;
  },
  dropColumn: (op) => [{ kind: "dropColumn", table: ref(op.tableName, op.schema), columnName: op.columnName }],
  alterColumn: (op, ctx) => {
    const t = ref(op.tableName, op.schema);
    const stmts: Statement[] = [];
    if (op.nullable !== null) stmts.push({ kind: "alterColumnNullable", table: t, columnName: op.columnName, nullable: op.nullable });
    if (op.serverDefault !== false) stmts.push(...serverDefaultStatements(t, op.columnName, op.serverDefault, op.existingServerDefault));
    if (op.type !== null) stmts.push({ kind: "alterColumnType", table: t, columnName: op.columnName, type: op.type, using: null });
    if (op.comment !== false) stmts.push({ kind: "columnComment", table: t, columnName: op.columnName, comment: op.comment });
    if (op.newColumnName !== null) stmts.push({ kind: "renameColumn", table: t, columnName: op.columnName, newName: op.newColumnName });
    return typeConstraintsAround(op.tableName, op.schema, op.columnName, op.existingType, op.type, stmts, ctx);
  },

  createIndex: (op, ctx) => {
    const { table, index } = indexFor(ctx, op.indexName, op.tableName, op.schema, op.columns as never, op.unique, op.dialectOptions);
    return [{ kind: "createIndex", table, index, ifNotExists: op.ifNotExists }];
  },
  dropIndex: (op, ctx) => {
    const { table, index } = indexFor(ctx, op.indexName, op.tableName ?? "no_table", op.schema, [], false, op.dialectOptions);
    return [{ kind: "dropIndex", table, index, ifExists: op.ifExists }];
  },
  createPrimaryKey: (op, ctx) => {
    const pk = PrimaryKeyConstraint(...op.columns, { ...op.options, name: op.constraintName });
    return [{ kind: "addConstraint", table: stubTable(ctx, op.tableName, op.schema, op.columns), constraint: pk }];
  },
  createUniqueConstraint: (op, ctx) => {
    const uq = UniqueConstraint(...op.columns, { ...op.options, name: op.constraintName });
    return [{ kind: "addConstraint", table: stubTable(ctx, op.tableName, op.schema, op.columns), constraint: uq }];
  },
  createForeignKey: (op, ctx) => {
    const { onupdate, ondelete, deferrable, initially, match, sourceSchema, referentSchema, ...dialectKw } = op.options;
    const target = referentSchema ? `${referentSchema}.${op.referentTable}` : op.referentTable;
    const fk = ForeignKeyConstraint(op.localCols, op.remoteCols.map((c) => `${target}.${c}`), {
      ...dialectKw, name: op.constraintName, onupdate: onupdate ?? null, ondelete: ondelete ?? null,
      deferrable: deferrable ?? null, initially: initially ?? null, match: match ?? null,
    });
    const self = op.sourceTable === op.referentTable && (sourceSchema ?? null) === (referentSchema ?? null);
    const cols = self ? [...op.localCols, ...op.remoteCols] : op.localCols;
    // As Alembic, the referent is a table of the same MetaData: its name is taken
    // whole ("auth.user" without referentSchema is one quoted name).
    const md = freshMetadata(ctx);
    if (!self) buildTable(op.referentTable, md, [...new Set(op.remoteCols)].map((c) => Column(c, NULLTYPE)), { schema: referentSchema ?? null });
    const table = buildTable(op.sourceTable, md, [...new Set(cols)].map((c) => Column(c, NULLTYPE)), { schema: sourceSchema ?? null });
    return [{ kind: "addConstraint", table, constraint: fk }];
  },
  createCheckConstraint: (op, ctx) => {
    const ck = CheckConstraint(asSqlExpr(op.condition), { ...op.options, name: op.constraintName });
    return [{ kind: "addConstraint", table: stubTable(ctx, op.tableName, op.schema, ["x"]), constraint: ck }];
  },
  createExcludeConstraint: (op, ctx) => {
    const { schema, ...rest } = op.options;
    const ex = ExcludeConstraint(...op.elements, { ...rest, name: op.constraintName });
    const cols = op.elements.flatMap(([e]) => (typeof e === "string" ? [e] : []));
    return [{ kind: "addConstraint", table: stubTable(ctx, op.tableName, schema ?? null, cols), constraint: ex }];
  },
  dropConstraint: (op, ctx) => {
    const table = stubTable(ctx, op.tableName, op.schema, []);
    const types: Record<string, () => Constraint> = {
      foreignkey: () => ForeignKeyConstraint([], [], { name: op.constraintName }),
      primary: () => PrimaryKeyConstraint({ name: op.constraintName }),
      unique: () => UniqueConstraint({ name: op.constraintName }),
      check: () => CheckConstraint("", { name: op.constraintName }),
    };
    let name: string;
    if (op.type === null) name = typeof op.constraintName === "string" ? op.constraintName : op.constraintName.name;
    else {
      const make = types[op.type] ?? fail("'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None");
      const n = effectiveName(make(), table) ?? fail("Can't emit DROP CONSTRAINT for a constraint with no name");
      name = n.name;
    }
    return [{ kind: "dropConstraint", table, name, type: op.type, cascade: false }];
  },

  execute: (op, ctx) => {
    const s = op.sqltext;
    if (typeof s === "string") return [{ kind: "text", sql: text(s) }];
    if (isKind(s, "text")) return [{ kind: "text", sql: s as ReturnType<typeof text> }];
    if (isKind(s, "ddl")) return elementStatements(s as DdlElement, ctx);
    return [{ kind: "dml", stmt: s as Extract<typeof s, { table: unknown }> }];
  },
  bulkInsert: (op) => {
    if (!Array.isArray(op.rows)) fail("List expected");
    // Alembic types each value by table.c[key]: an unknown key is Python's KeyError, printed as its repr.
    for (const row of op.rows as Record<string, unknown>[]) {
      for (const k of Object.keys(row)) if (!Object.hasOwn(op.table.columnTypes, k)) fail(pyRepr(k));
    }
    return op.rows.map((row) => ({ kind: "dml" as const, stmt: op.table.insert().values(row as Record<string, unknown>) }));
  },
  // Move and copy is planned by base/batch.ts; a dialect that supports it overrides this entry.
  batchAlterTable: (op, ctx) => op.recreate === "always"
    ? fail("batch mode with recreate=\"always\" (move and copy) is not supported for this dialect")
    : op.ops.flatMap((inner: Op) => dispatch(ctx.impl, inner, ctx)),
};

/**
 * toimpl.alter_column: with both existing_type and type_, drop the constraints the old type
 * implied (a non-native Enum's CHECK) before, and add the new type's after.
 */
export function typeConstraintsAround(tableName: string, schema: string | null, column: string, existingType: SqlType | null,
  type: SqlType | null, stmts: Statement[], ctx: ImplContext): Statement[] {
  const out: Statement[] = [];
  if (existingType !== null && type !== null) {
    const t = buildTable(tableName, freshMetadata(ctx), [Column(column, existingType)], { schema });
    for (const c of t.constraints) {
      if (!constraintCreated(c, ctx)) continue;
      const n = effectiveName(c, t) ?? fail(`Can't emit DROP CONSTRAINT for constraint on ${column}; it has no name`);
      out.push({ kind: "dropConstraint", table: t, name: n.name, type: null, cascade: false });
    }
  }
  out.push(...stmts);
  if (type !== null) {
    const t = buildTable(tableName, freshMetadata(ctx), [Column(column, type)], { schema });
    for (const c of t.constraints) if (constraintCreated(c, ctx)) out.push({ kind: "addConstraint", table: t, constraint: c });
  }
  return out;
}

export { conv };
