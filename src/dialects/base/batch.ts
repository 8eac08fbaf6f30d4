/**
 * Batch mode as statements. Without move-and-copy the inner ops run one by one (every
 * dialect but SQLite, unless recreate="always"). With it, the inner ops edit a plan of the
 * new table (batch-plan.ts) and the plan becomes Alembic 1.8.1's sequence (ApplyBatchImpl._create):
 * the dialect's preparation, CREATE TABLE _alembic_tmp_<name>, INSERT ... SELECT, DROP TABLE,
 * ALTER TABLE ... RENAME TO, then the indexes.
 */
import { dispatch, type Op } from "../../operations/handlers.js";
import type { BatchAlterTableOp, BatchOpExtra } from "../../operations/ops/batch-ops.js";
import { Column } from "../../schema/column.js";
import { Index, isConstraint, type Constraint, type ForeignKeyConstraint } from "../../schema/constraints.js";
import type { TextClause } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import { buildTable, MetaData, tableKey, type Table, type TableItem } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import {
  batchAddColumn, batchAddConstraint, batchAlterColumn, batchCreateIndex, batchDropColumn, batchDropConstraint, batchDropIndex,
  finishBatchPlan, nameOf, startBatch, typeAffinity, withFixedName, type BatchPlan, type BatchState,
} from "./batch-plan.js";
import type { SqlType } from "../../schema/types.js";
import {
  constraintCreated, defaultImpl, enumMemoKey, enumsToCreate, freshMetadata, tableCreateStatements, unseenEnums, type ImplContext,
} from "./impl.js";
import type { Statement, StatementOf } from "./statements.js";
import { UNRESOLVED_REFERENT } from "./compiler.js";

/** A dialect's ImplBase.prep_table_for_batch: statements before the new table is created. */
export type PrepTableForBatch = (plan: BatchPlan) => Statement[];

/** How a dialect takes part in batch mode (Alembic's impl hooks for it). */
export interface BatchDialect {
  /** impl.requires_recreate_in_batch, for recreate="auto". */
  readonly requiresRecreate: (op: BatchAlterTableOp) => boolean;
  /** impl.prep_table_for_batch. */
  readonly prep?: PrepTableForBatch;
  /** Whether impl.cast_for_batch_migrate casts a column whose type changes (default: when the type affinity changes). */
  readonly castsOnTypeChange?: (existing: SqlType, next: SqlType) => boolean;
  /** Keep reflected CHECK constraints that have no name (Alembic drops them: it cannot tell a type's own CHECK). */
  readonly keepReflectedUnnamedChecks?: boolean;
}

/** batch_alter_table's flush: inner ops one by one, or move and copy. */
export function batchAlterTableStatements(op: BatchAlterTableOp, ctx: ImplContext, dialect: BatchDialect): Statement[] {
  const recreate = op.recreate === "always" || (op.recreate === "auto" && dialect.requiresRecreate(op));
  if (!recreate) return op.ops.flatMap((inner: Op) => dispatch(ctx.impl, inner, ctx));
  const table = op.existingTable ?? fail(`batch mode needs the table "${op.tableName}" to move and copy: pass copyFrom, or run online`);
  const plan = planBatch(op, table, ctx, dialect);
  return [...(dialect.prep?.(plan) ?? []), ...recreateStatements(plan, ctx)];
}

/** Run the batch's ops against the working model, as Alembic hands each one to ApplyBatchImpl. */
export function planBatch(op: BatchAlterTableOp, table: Table, ctx: ImplContext, dialect: BatchDialect): BatchPlan {
  const o = op.options;
  const state = startBatch(table, {
    tableArgs: o.tableArgs ?? [],
    tableKwargs: { ...table.dialectOptions, ...(o.tableKwargs ?? {}) },
    partialReordering: o.partialReordering ?? [],
    reflected: op.reflected,
    castsOnTypeChange: dialect.castsOnTypeChange ?? ((a, b) => typeAffinity(a) !== typeAffinity(b)),
    keepReflectedUnnamedChecks: dialect.keepReflectedUnnamedChecks ?? false,
  });
  op.ops.forEach((inner, i) => applyOp(state, inner, op.extras[i] ?? {}, ctx));
  return finishBatchPlan(state);
}

function statementsOf<K extends Statement["kind"]>(stmts: readonly Statement[], kind: K): StatementOf<K>[] {
  return stmts.filter((s): s is StatementOf<K> => s.kind === kind);
}

/** The constraints a column's type implies (a non-native Enum's or Boolean's CHECK), as toimpl.alter_column counts them. */
function typeConstraints(ctx: ImplContext, op: { tableName: string; schema: string | null; columnName: string }, type: NonNullable<Column["type"]>): Constraint[] {
  const t = buildTable(op.tableName, freshMetadata(ctx), [Column(op.columnName, type)], { schema: op.schema });
  return t.constraints.filter((c) => constraintCreated(c, ctx)).map((c) => withFixedName(c, t));
}

/**
 * The schema objects an inner op builds (its column, constraint or index), as the default impl
 * builds them: ApplyBatchImpl takes the objects, never the dialect's ALTER (which SQLite refuses).
 */
const objectsOf = (op: Op, ctx: ImplContext): Statement[] => dispatch(defaultImpl, op, ctx);

function applyOp(s: BatchState, op: Op, extra: BatchOpExtra, ctx: ImplContext): void {
  switch (op.kind) {
    case "addColumn": {
      // toimpl.add_column: the column, then its table-level constraints and indexes.
      const stmts = objectsOf(op, ctx);
      const added = statementsOf(stmts, "addColumn")[0] ?? fail("addColumn needs a column");
      batchAddColumn(s, added.column, extra);
      for (const st of statementsOf(stmts, "addConstraint")) {
        if (!isKind(st.constraint, "primaryKeyConstraint")) batchAddConstraint(s, withFixedName(st.constraint, st.table));
      }
      for (const st of statementsOf(stmts, "createIndex")) batchCreateIndex(s, withFixedName(st.index, st.table));
      return;
    }
    case "dropColumn":
      return batchDropColumn(s, op.columnName, extra);
    case "alterColumn": {
      if (op.existingType !== null && op.type !== null) {
        for (const c of typeConstraints(ctx, op, op.existingType)) batchDropConstraint(s, nameOf(c), true);
      }
      const autoincrement = op.dialectOptions["autoincrement"];
      batchAlterColumn(s, op.columnName, {
        name: op.newColumnName, type: op.type, existingType: op.existingType, nullable: op.nullable,
        serverDefault: op.serverDefault, comment: op.comment, autoincrement: typeof autoincrement === "boolean" ? autoincrement : null,
      });
      if (op.type !== null) for (const c of typeConstraints(ctx, op, op.type)) batchAddConstraint(s, c);
      return;
    }
    case "createPrimaryKey": case "createUniqueConstraint": case "createForeignKey": case "createCheckConstraint":
    case "createExcludeConstraint":
      for (const st of statementsOf(objectsOf(op, ctx), "addConstraint")) batchAddConstraint(s, withFixedName(st.constraint, st.table));
      return;
    case "dropConstraint":
      for (const st of statementsOf(objectsOf(op, ctx), "dropConstraint")) batchDropConstraint(s, st.name, false);
      return;
    case "createIndex":
      for (const st of statementsOf(objectsOf(op, ctx), "createIndex")) batchCreateIndex(s, withFixedName(st.index, st.table));
      return;
    case "dropIndex":
      return batchDropIndex(s, typeof op.indexName === "string" ? op.indexName : op.indexName.name);
    case "createTableComment": case "dropTableComment":
      // The new table carries its comment from table_kwargs; ApplyBatchImpl ignores these.
      return;
    default:
      fail(`'ApplyBatchImpl' object has no attribute '${op.kind}'`);
  }
}

/**
 * ForeignKeyConstraint._copy(schema=...): in a schema, every referent moves to that schema
 * (a self-referential key keeps pointing at the original table's name).
 */
function copyForeignKey(fk: ForeignKeyConstraint, schema: string | null, table: Table): ForeignKeyConstraint {
  if (schema === null) return Object.freeze({ ...fk });
  const own = tableKey(table.name, table.schema);
  const refColumns = fk.refColumns.map((spec) => {
    const parts = spec.split(".");
    const column = parts.pop() as string;
    const tname = parts.pop() as string;
    const key = parts.length > 0 ? `${parts.join(".")}.${tname}` : tname;
    return `${schema}.${key === own ? table.name : tname}.${column}`;
  });
  return Object.freeze({ ...fk, refColumns: Object.freeze(refColumns) });
}

/**
 * _setup_referent registers a stub for each referenced table under its original key; a copy
 * whose referent moved to another schema finds none, and SQLAlchemy fails compiling CREATE TABLE
 * when it reaches that foreign key (after the columns, whose own errors come first). So the
 * foreign key carries its failure to the compiler.
 */
function markUnresolvedReferents(plan: BatchPlan, newTable: Table): Table {
  const copies = newTable.constraints;
  const failures = new Map<Constraint, string>();
  const known = new Set<string>([tableKey(plan.tempName, plan.schema)]);
  for (const c of plan.constraints) {
    if (!isKind(c, "foreignKeyConstraint")) continue;
    const parts = ((c as ForeignKeyConstraint).refColumns[0] ?? "").split(".");
    const tname = parts[parts.length - 2] ?? "";
    if (tname !== plan.tempName) known.add(tableKey(tname, parts.length === 3 ? (parts[0] as string) : null));
  }
  for (const c of copies) {
    if (!isKind(c, "foreignKeyConstraint")) continue;
    const fk = c as ForeignKeyConstraint;
    fk.refColumns.forEach((spec, i) => {
      const parts = spec.split(".");
      const column = parts.pop() as string;
      const key = parts.join(".");
      if (!known.has(key) && !failures.has(c)) {
        const local = newTable.c[fk.columns[i] ?? ""]?.name ?? fk.columns[i];
        failures.set(c, `Foreign key associated with column '${plan.tempName}.${local}' could not find table '${key}' with which to generate a foreign key to target column '${column}'`);
      }
    });
  }
  if (failures.size === 0) return newTable;
  const constraints = copies.map((c) => {
    const message = failures.get(c);
    return message === undefined ? c : Object.freeze({ ...c, dialectOptions: Object.freeze({ ...c.dialectOptions, [UNRESOLVED_REFERENT]: message }) });
  });
  return Object.freeze({ ...newTable, constraints: Object.freeze(constraints) });
}

function buildNewTable(plan: BatchPlan, name: string): Table {
  // Fresh objects: building a table records itself as their owner, and copyFrom's own
  // constraints must stay with copyFrom (a migration may use that Table again).
  const copies = plan.constraints.map((c) =>
    isKind(c, "foreignKeyConstraint") ? copyForeignKey(c as ForeignKeyConstraint, plan.schema, plan.table) : Object.freeze({ ...c }));
  const args = (plan.tableArgs as TableItem[]).map((a) => (isKind(a, "column") ? a : Object.freeze({ ...a })));
  const items = [...plan.columns, ...args, ...copies];
  const table = buildTable(name, MetaData(), items, { ...plan.tableKwargs, schema: plan.schema });
  // CREATE TABLE lists constraints by SQLAlchemy's _creation_order: table_args were built by
  // the user before the batch, the CHECKs of the columns' types when the new Table is built,
  // the copies after it. Our Table lists the explicit ones (args, copies) before the implied.
  const notPk = (i: unknown) => isConstraint(i) && !isKind(i, "primaryKeyConstraint");
  const nArgs = args.filter(notPk).length;
  const nExplicit = nArgs + copies.filter(notPk).length;
  const ordered = [
    ...table.constraints.slice(0, nArgs), ...table.constraints.slice(nExplicit), ...table.constraints.slice(nArgs, nExplicit),
  ];
  return Object.freeze({ ...table, constraints: Object.freeze(ordered) });
}

/** ApplyBatchImpl._create after prep_table_for_batch. */
export function recreateStatements(plan: BatchPlan, ctx: ImplContext): Statement[] {
  const temp = markUnresolvedReferents(plan, buildNewTable(plan, plan.tempName));
  // A type that alter_column put in place never had its events set up, so it creates nothing.
  const enumView = { ...temp, columns: temp.columns.filter((c) => !plan.typeReplaced.has(c.key)) } as Table;
  const stmts: Statement[] = unseenEnums(enumsToCreate(enumView, ctx), ctx).map((type) => ({ kind: "createEnum" as const, type }));
  stmts.push(...tableCreateStatements(temp, ctx, false).filter((st) => st.kind !== "createEnum"));
  const source = { name: plan.table.name, schema: plan.schema };
  stmts.push({
    kind: "insertFromSelect",
    table: { name: plan.tempName, schema: plan.schema },
    columns: plan.transfers.map(([key]) => temp.c[key]?.name ?? key),
    source,
    select: plan.transfers.map(([, t]) => ({ column: t.source, casts: t.casts })),
  });
  stmts.push({ kind: "dropTable", table: source, ifExists: false });
  // The old table's after_drop drops its enums, except those the run's DDL memo already saw
  // (the ones the new table created, or an earlier create_table), as ENUM._check_for_name_in_memos.
  // Without a run memo, a local one stands in for this batch.
  const local = { ...ctx, enumMemo: ctx.enumMemo ?? new Set(stmts.flatMap((st) => (st.kind === "createEnum" ? [enumMemoKey(st.type)] : []))) };
  for (const type of unseenEnums(enumsToCreate(plan.table, ctx), local)) stmts.push({ kind: "dropEnum", type });
  stmts.push({ kind: "renameTable", table: { name: plan.tempName, schema: plan.schema }, newName: plan.table.name });
  const final = buildNewTable(plan, plan.table.name);
  for (const idx of plan.existingIndexes) stmts.push({ kind: "createIndex", table: final, index: idx, ifNotExists: false });
  for (const idx of plan.newIndexes) {
    // Rebuilt over the new table's columns by name (expressions are not carried over).
    // SQLAlchemy looks each of index.columns up in the new table: a text() element's key is its text.
    const cols = idx.elements.flatMap((e) => ("column" in e ? [e.column] : isKind(e.expr, "text") ? [(e.expr as TextClause).text] : []));
    for (const c of cols) if (final.c[c] === undefined) fail(`'${c}'`);
    const { _columnFlag: _flag, ...kwargs } = idx.dialectOptions;
    const rebuilt = Index(idx.name, ...cols, { ...kwargs, unique: idx.unique });
    stmts.push({ kind: "createIndex", table: final, index: rebuilt, ifNotExists: false });
  }
  return stmts;
}
