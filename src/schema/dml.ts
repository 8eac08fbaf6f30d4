/** `t.insert().values(...)`, `t.update().where(...).values(...)`, `t.delete().where(...)` as data. */
import { SA, type Branded } from "./item.js";
import type { SqlExpr } from "./expressions.js";
import type { SqlType } from "./types.js";

/** What DML needs to know about its table: names and column types (for literal rendering). */
export interface DmlTarget {
  readonly name: string;
  readonly schema: string | null;
  readonly columnTypes: Readonly<Record<string, SqlType>>;
  /** Column keys mapped to their SQL names (a Column's `key` may differ from its name). */
  readonly columnNames: Readonly<Record<string, string>>;
  readonly columnOrder: readonly string[];
}

/**
 * Executable.execution_options (the Python name, as the contract keeps method names, and its
 * camelCase twin). Retort's runtime owns transactions, so no option changes what runs.
 */
interface Executable<Self> {
  execution_options(o: Record<string, unknown>): Self;
  executionOptions(o: Record<string, unknown>): Self;
}

export interface InsertStatement extends Branded<"insert">, Executable<InsertStatement> {
  readonly table: DmlTarget;
  /** One row, or several for a multi-row VALUES. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly multi: boolean;
  values(...rows: (Record<string, unknown> | Record<string, unknown>[])[]): InsertStatement;
}

export interface UpdateStatement extends Branded<"update">, Executable<UpdateStatement> {
  readonly table: DmlTarget;
  readonly set: Readonly<Record<string, unknown>>;
  readonly whereClauses: readonly SqlExpr[];
  values(set: Record<string, unknown>): UpdateStatement;
  where(...clauses: SqlExpr[]): UpdateStatement;
}

export interface DeleteStatement extends Branded<"delete">, Executable<DeleteStatement> {
  readonly table: DmlTarget;
  readonly whereClauses: readonly SqlExpr[];
  where(...clauses: SqlExpr[]): DeleteStatement;
}

export interface SelectStatement extends Branded<"select">, Executable<SelectStatement> {
  readonly columns: readonly SqlExpr[];
  readonly whereClauses: readonly SqlExpr[];
  where(...clauses: SqlExpr[]): SelectStatement;
}

export type DmlStatement = InsertStatement | UpdateStatement | DeleteStatement | SelectStatement;

/** `sa.select(col, sa.func.x(...))`: enough for data migrations run through op.execute. */
export function select(...columns: SqlExpr[]): SelectStatement {
  return selectOf(columns, []);
}

function selectOf(columns: readonly SqlExpr[], whereClauses: readonly SqlExpr[]): SelectStatement {
  const self: SelectStatement = Object.freeze({
    [SA]: "select" as const,
    columns: Object.freeze([...columns]),
    whereClauses: Object.freeze([...whereClauses]),
    where: (...clauses: SqlExpr[]) => selectOf(columns, [...whereClauses, ...clauses]),
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
  });
  return self;
}

export function insertInto(table: DmlTarget, rows: readonly Record<string, unknown>[] = [], multi = false): InsertStatement {
  const self: InsertStatement = Object.freeze({
    [SA]: "insert" as const,
    table,
    rows: Object.freeze(rows.map((r) => Object.freeze({ ...r }))),
    multi,
    values: (...more: (Record<string, unknown> | Record<string, unknown>[])[]) => {
      const first = more[0];
      if (Array.isArray(first)) return insertInto(table, [...rows, ...first], true);
      const merged = { ...(rows[0] ?? {}), ...Object.assign({}, ...(more as Record<string, unknown>[])) };
      return insertInto(table, [merged], false);
    },
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
  });
  return self;
}

export function updateOf(table: DmlTarget, set: Record<string, unknown> = {}, whereClauses: readonly SqlExpr[] = []): UpdateStatement {
  const self: UpdateStatement = Object.freeze({
    [SA]: "update" as const,
    table,
    set: Object.freeze({ ...set }),
    whereClauses: Object.freeze([...whereClauses]),
    values: (more: Record<string, unknown>) => updateOf(table, { ...set, ...more }, whereClauses),
    where: (...clauses: SqlExpr[]) => updateOf(table, set, [...whereClauses, ...clauses]),
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
  });
  return self;
}

export function deleteFrom(table: DmlTarget, whereClauses: readonly SqlExpr[] = []): DeleteStatement {
  const self: DeleteStatement = Object.freeze({
    [SA]: "delete" as const,
    table,
    whereClauses: Object.freeze([...whereClauses]),
    where: (...clauses: SqlExpr[]) => deleteFrom(table, [...whereClauses, ...clauses]),
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
  });
  return self;
}

/** SQLAlchemy's standalone constructors: `sa.insert(t)`, `sa.update(t)`, `sa.delete(t)` (as `t.insert()`...). */
export const insertStatement = (table: DmlTarget): InsertStatement => insertInto(table);
export const updateStatement = (table: DmlTarget): UpdateStatement => updateOf(table);
export const deleteStatement = (table: DmlTarget): DeleteStatement => deleteFrom(table);
