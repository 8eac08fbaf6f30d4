/**
 * Batch "move and copy", the dialect-neutral half: Alembic 1.8.1's ApplyBatchImpl
 * (alembic/operations/batch.py). Starting from the existing table (copy_from, or reflected),
 * the batch's ops edit a working model of the new table: its columns, where each column's
 * data comes from, its named and unnamed constraints and its indexes. `finishBatchPlan`
 * freezes the result; `batch.ts` turns it into statements. SQLite's move-and-copy reuses both.
 */
import type { Column } from "../../schema/column.js";
import type { Constraint, Index, PrimaryKeyConstraint } from "../../schema/constraints.js";
import { isKind } from "../../schema/item.js";
import { conv } from "../../schema/naming-name.js";
import { effectiveName } from "../../schema/naming.js";
import type { Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";
import type { BatchOpExtra } from "../../operations/ops/batch-ops.js";
import { fail } from "../../util/errors.js";
import { sortColumnKeys } from "./batch-order.js";

/** Where a new column's data comes from: a column of the old table, cast at each change of type affinity. */
export interface Transfer {
  readonly source: string;
  readonly casts: readonly SqlType[];
}

export interface BatchSettings {
  readonly tableArgs: readonly unknown[];
  readonly tableKwargs: Readonly<Record<string, unknown>>;
  readonly partialReordering: readonly (readonly string[])[];
  /** A reflected table: unnamed CHECK constraints are skipped, column-level ones are not tracked. */
  readonly reflected: boolean;
  /** impl.cast_for_batch_migrate: whether the copy casts a column whose type changes from `existing` to `next`. */
  readonly castsOnTypeChange: (existing: SqlType, next: SqlType) => boolean;
  /** Keep a reflected table's unnamed CHECK constraints (SQLite online; Alembic skips them). */
  readonly keepReflectedUnnamedChecks: boolean;
}

/** The mutable working model: local to one planning call, never shared. */
export interface BatchState {
  readonly table: Table;
  readonly tempName: string;
  readonly settings: BatchSettings;
  columns: Map<string, Column>;
  transfers: Map<string, Transfer | null>;
  existingOrdering: string[];
  addColOrdering: [string, string][];
  readonly named: Map<string, Constraint>;
  unnamed: Constraint[];
  /** Constraints given inside a Column, by name: column key. */
  readonly colNamed: Map<string, string>;
  readonly indexes: Map<string, Index>;
  readonly newIndexes: Map<string, Index>;
  /** Columns whose type alter_column replaced: the new type's events never fire (no CREATE TYPE). */
  readonly typeReplaced: Set<string>;
  /** Primary key columns removed by drop_column (ApplyBatchImpl edits table.primary_key in place). */
  readonly pkDropped: Set<string>;
  /** The old table's constraints, names fixed, in SQLAlchemy's creation order (PostgreSQL's prep walks them). */
  readonly creation: readonly Constraint[];
}

/** ApplyBatchImpl._calc_temp_name. */
export const tempTableName = (name: string): string => `_alembic_tmp_${name}`.slice(0, 50);

/** A constraint or index with the name its own table gives it, fixed before it moves to the temp table. */
export function withFixedName<T extends Constraint | Index>(c: T, table: Table): T {
  const n = effectiveName(c, table);
  if (n === null) return c;
  return Object.freeze({ ...c, name: n.converted ? conv(n.name) : n.name }) as unknown as T;
}

export const nameOf = (c: Constraint | Index): string | null => (c.name === null ? null : typeof c.name === "string" ? c.name : c.name.name);

/**
 * The table's constraints as SQLAlchemy's table.constraints iterates them (attach order: the
 * implicit primary key, then each item where it was declared, a column's implied ones with
 * it), which is the order ApplyBatchImpl files them in and PostgreSQL's prep drops them.
 */
export function creationOrder(table: Table): Constraint[] {
  return [...table.constraintSet];
}

export function isTypeBound(c: Constraint): boolean {
  return isKind(c, "checkConstraint") && c.dialectOptions["_typeBound"] !== undefined;
}

/**
 * A column copied for the new table (Column._copy): its nullability and whether the user gave
 * one are both kept, so a primary key still forces NOT NULL where the user said nothing; no
 * unique/index flags; its foreign keys come back as the table's constraints.
 */
function copyExistingColumn(c: Column): Column {
  return Object.freeze({ ...c, unique: false, index: false, foreignKeys: Object.freeze([]), tableName: null, tableSchema: null });
}

/** ApplyBatchImpl.__init__ and _grab_table_elements. */
export function startBatch(table: Table, settings: BatchSettings): BatchState {
  const creation = creationOrder(table).map((c) => withFixedName(c, table));
  const state: BatchState = {
    table,
    tempName: tempTableName(table.name),
    settings,
    columns: new Map(table.columns.map((c) => [c.key, copyExistingColumn(c)])),
    transfers: new Map(table.columns.map((c) => [c.key, { source: c.name ?? c.key, casts: [] }])),
    existingOrdering: table.columns.map((c) => c.key),
    addColOrdering: [],
    named: new Map(),
    unnamed: [],
    colNamed: new Map(),
    indexes: new Map(),
    newIndexes: new Map(),
    typeReplaced: new Set(),
    pkDropped: new Set(),
    creation,
  };
  for (const c of creation) {
    const name = nameOf(c);
    if (isTypeBound(c)) continue;
    if (settings.reflected && isKind(c, "checkConstraint") && name === null && !settings.keepReflectedUnnamedChecks) continue;
    if (name !== null) state.named.set(name, c);
    else state.unnamed.push(c);
  }
  if (!settings.reflected) {
    for (const col of table.columns) for (const c of col.constraints) if (c.name !== null) state.colNamed.set(nameOf(c) as string, col.key);
  }
  // table.indexes is in attach order (a column's index=True joins with the column); by name, the later one wins.
  for (const idx of table.indexes) {
    const fixed = withFixedName(idx, table);
    state.indexes.set(nameOf(fixed) ?? "None", fixed);
  }
  return state;
}

const columnOf = (s: BatchState, key: string): Column => s.columns.get(key) ?? fail(`'${key}'`);

/** SQLAlchemy's _type_affinity: the most general class of the type's hierarchy. */
export function typeAffinity(t: SqlType): string {
  if (t.name === "OID" || t.name === "REGCLASS") return t.name;
  switch (t.family) {
    case "integer": return "Integer";
    case "interval": return "Interval";
    case "uuid": return "UUID";
    case "numeric": case "float": return "Numeric";
    case "string": case "text": case "enum": return "String";
    case "boolean": return "Boolean";
    case "date": return "Date";
    case "datetime": return "DateTime";
    case "time": return "Time";
    case "binary": return "_Binary";
    case "json": return "JSON";
    case "array": return "ARRAY";
    case "null": return "NullType";
    default: return t.name;
  }
}

export interface AlterColumnChange {
  readonly name: string | null;
  readonly type: SqlType | null;
  readonly existingType: SqlType | null;
  readonly nullable: boolean | null;
  readonly serverDefault: unknown;
  readonly comment: string | null | false;
  readonly autoincrement: boolean | null;
}

/** ApplyBatchImpl.alter_column. */
export function batchAlterColumn(s: BatchState, key: string, ch: AlterColumnChange): void {
  let col = columnOf(s, key);
  const transfer = s.transfers.get(key) ?? null;
  if (ch.name !== null && ch.name !== key) {
    // The key stays: the copy still refers to the renamed column by its old key.
    col = { ...col, name: ch.name };
    const typeName = ch.existingType?.enumSpec?.name ?? ch.existingType?.constraintName ?? null;
    if (ch.existingType !== null && typeName !== null) s.named.delete(typeName);
  }
  if (ch.type !== null) {
    if (s.settings.castsOnTypeChange(col.type, ch.type)) {
      // A column added in this batch has no source expression: 1.8.1 fails looking it up.
      if (transfer === null) fail("'expr'");
      s.transfers.set(key, { ...transfer, casts: [...transfer.casts, ch.type] });
    }
    col = { ...col, type: ch.type };
    s.typeReplaced.add(key);
  }
  // Only the value changes (ApplyBatchImpl sets column.nullable), not whether the user gave
  // one: where they did not, a primary key still makes the column NOT NULL.
  if (ch.nullable !== null) col = { ...col, nullable: ch.nullable, userNullable: col.userNullable === null ? null : ch.nullable };
  if (ch.serverDefault !== false) col = { ...col, serverDefault: (ch.serverDefault ?? null) as Column["serverDefault"] };
  if (ch.autoincrement !== null) col = { ...col, autoincrement: ch.autoincrement };
  if (ch.comment !== false) col = { ...col, comment: ch.comment };
  s.columns.set(key, Object.freeze(col));
}

/** ApplyBatchImpl._setup_dependencies_for_add_column. */
function addColumnDependencies(s: BatchState, colname: string, before0: string | undefined, after0: string | undefined): void {
  let insertBefore = before0;
  let insertAfter = after0;
  const indexCols = s.existingOrdering;
  const at = new Map(indexCols.map((n, i) => [n, i]));
  if (s.settings.partialReordering.length === 0) {
    if (insertAfter && !insertBefore) {
      const i = at.get(insertAfter);
      if (i !== undefined) {
        if (i + 1 < indexCols.length) insertBefore = indexCols[i + 1];
      } else {
        insertBefore = new Map(s.addColOrdering).get(insertAfter) ?? fail(`'${insertAfter}'`);
      }
    }
    if (insertBefore && !insertAfter) {
      const i = at.get(insertBefore);
      if (i !== undefined) {
        if (i - 1 >= 0) insertAfter = indexCols[i - 1];
      } else {
        insertAfter = new Map(s.addColOrdering.map(([a, b]) => [b, a])).get(insertBefore) ?? fail(`'${insertBefore}'`);
      }
    }
  }
  if (insertBefore) s.addColOrdering.push([colname, insertBefore]);
  if (insertAfter) s.addColOrdering.push([insertAfter, colname]);
  if (s.settings.partialReordering.length === 0 && !insertBefore && !insertAfter && indexCols.length > 0) {
    s.addColOrdering.push([indexCols[indexCols.length - 1] as string, colname]);
  }
}

/** ApplyBatchImpl.add_column: the column is copied as given (its unique/index flags still act on the new table). */
export function batchAddColumn(s: BatchState, column: Column, extra: BatchOpExtra): void {
  const name = column.name ?? fail("a Column needs a name");
  addColumnDependencies(s, name, extra.insertBefore, extra.insertAfter);
  s.columns.set(column.key, Object.freeze({ ...column, userNullable: column.userNullable, foreignKeys: Object.freeze([]), tableName: null, tableSchema: null }));
  s.transfers.set(column.key, null);
}

/** ApplyBatchImpl.drop_column. */
export function batchDropColumn(s: BatchState, key: string, extra: BatchOpExtra): void {
  if (s.table.primaryKey.columns.includes(key)) s.pkDropped.add(key);
  if (!s.columns.delete(key)) fail(`'${key}'`);
  s.transfers.delete(key);
  const i = s.existingOrdering.indexOf(key);
  if (i < 0) fail(`list.remove(x): x not in list`);
  s.existingOrdering.splice(i, 1);
  const typeName = extra.existingType?.enumSpec?.name ?? extra.existingType?.constraintName ?? null;
  if (typeName !== null) s.named.delete(typeName);
}

/** ApplyBatchImpl.add_constraint: the constraint's name is already final (naming convention applied). */
export function batchAddConstraint(s: BatchState, c: Constraint): void {
  const name = nameOf(c);
  if (name === null) fail("Constraint must have a name");
  if (isKind(c, "primaryKeyConstraint")) s.unnamed = s.unnamed.filter((u) => !isKind(u, "primaryKeyConstraint"));
  s.named.set(name, c);
}

/** ApplyBatchImpl.drop_constraint. */
export function batchDropConstraint(s: BatchState, name: string | null, typeBound: boolean): void {
  if (name === null) fail("Constraint must have a name");
  const colKey = s.colNamed.get(name);
  if (colKey !== undefined) {
    s.colNamed.delete(name);
    const col = columnOf(s, colKey);
    s.columns.set(colKey, Object.freeze({ ...col, constraints: Object.freeze(col.constraints.filter((c) => nameOf(c) !== name)) }));
    return;
  }
  const found = s.named.get(name);
  if (found === undefined) {
    // Type-bound constraints only come back through their type (the drop comes from alter_column).
    if (typeBound) return;
    fail(`No such constraint: '${name}'`);
  }
  s.named.delete(name);
  if (isKind(found, "primaryKeyConstraint")) {
    for (const key of (found as PrimaryKeyConstraint).columns) {
      const col = s.columns.get(key);
      if (col !== undefined) s.columns.set(key, Object.freeze({ ...col, primaryKey: false }));
    }
  }
}

export function batchCreateIndex(s: BatchState, idx: Index): void {
  s.newIndexes.set(nameOf(idx) ?? "None", idx);
}

export function batchDropIndex(s: BatchState, name: string): void {
  if (!s.indexes.delete(name)) fail(`No such index: '${name}'`);
}

/** What the new table is made of, in order, once every op has been applied. */
export interface BatchPlan {
  readonly table: Table;
  readonly tempName: string;
  readonly schema: string | null;
  readonly columns: readonly Column[];
  /** New column key -> its source, for the columns that take data from the old table. */
  readonly transfers: readonly (readonly [string, Transfer])[];
  /** Constraints for the new table: named ones first, then unnamed; those over missing columns left out. */
  readonly constraints: readonly Constraint[];
  readonly tableArgs: readonly unknown[];
  readonly tableKwargs: Readonly<Record<string, unknown>>;
  /** Names of the old table's constraints the new table takes over (PostgreSQL drops them first). */
  readonly takenOverNames: readonly string[];
  readonly existingIndexes: readonly Index[];
  readonly newIndexes: readonly Index[];
  readonly typeReplaced: ReadonlySet<string>;
}

function constraintColumns(c: Constraint): readonly string[] {
  if (isKind(c, "checkConstraint") || isKind(c, "excludeConstraint")) return [];
  return (c as { columns: readonly string[] }).columns;
}

/** ApplyBatchImpl._transfer_elements_to_new_table, up to the Table it would build. */
export function finishBatchPlan(s: BatchState): BatchPlan {
  if (s.settings.partialReordering.length > 0 || s.addColOrdering.length > 0) {
    const order = sortColumnKeys(s.existingOrdering, [...s.columns.keys()], s.settings.partialReordering, s.addColOrdering);
    s.columns = new Map(order.map((k) => [k, s.columns.get(k) as Column]));
    s.transfers = new Map(order.map((k) => [k, s.transfers.get(k) ?? null]));
  }
  const constraints: Constraint[] = [];
  for (const c0 of [...s.named.values(), ...s.unnamed]) {
    let c = c0;
    if (isKind(c, "primaryKeyConstraint") && s.pkDropped.size > 0) {
      c = Object.freeze({ ...c, columns: (c as PrimaryKeyConstraint).columns.filter((k) => !s.pkDropped.has(k)) });
    }
    if (!constraintColumns(c).every((k) => s.transfers.has(k))) continue;
    if (isKind(c, "primaryKeyConstraint") && (c as PrimaryKeyConstraint).columns.length === 0) continue;
    constraints.push(c);
  }
  const names = new Set(s.named.keys());
  return Object.freeze({
    table: s.table,
    tempName: s.tempName,
    schema: s.table.schema,
    columns: Object.freeze([...s.columns.values()]),
    transfers: Object.freeze([...s.transfers.entries()].flatMap(([k, t]) => (t === null ? [] : [[k, t] as const]))),
    constraints: Object.freeze(constraints),
    tableArgs: s.settings.tableArgs,
    tableKwargs: s.settings.tableKwargs,
    takenOverNames: Object.freeze(s.creation.flatMap((c) => {
      const n = nameOf(c);
      return n !== null && names.has(n) ? [n] : [];
    })),
    existingIndexes: Object.freeze([...s.indexes.values()].filter((i) => i.dialectOptions["_columnFlag"] !== true)),
    newIndexes: Object.freeze([...s.newIndexes.values()]),
    typeReplaced: s.typeReplaced,
  });
}
