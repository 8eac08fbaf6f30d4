/**
 * `postgresql.insert(t)`: SQLAlchemy's PostgreSQL INSERT with ON CONFLICT DO NOTHING /
 * DO UPDATE, and `stmt.excluded.<column>` for the row that was proposed for insertion.
 */
import { column, type ColumnClause, type SqlExpr } from "./expressions.js";
import { insertInto, type DmlTarget, type InsertStatement } from "./dml.js";
import { fail } from "../util/errors.js";
import { describeValue } from "../util/describe-value.js";
import { atCallSite } from "../util/call-site.js";
import { isKind } from "./item.js";

export interface OnConflictTarget {
  /** A constraint (or index) name: ON CONFLICT ON CONSTRAINT name. */
  readonly constraint: string | null;
  /** Column names or expressions of a unique index: ON CONFLICT (a, lower(b)). */
  readonly indexElements: readonly (string | SqlExpr)[] | null;
  readonly indexWhere: SqlExpr | null;
}

export interface OnConflict extends OnConflictTarget {
  readonly action: "nothing" | "update";
  /** DO UPDATE SET: column key -> value or expression. */
  readonly set: Readonly<Record<string, unknown>>;
  readonly where: SqlExpr | null;
}

export interface OnConflictOptions {
  constraint?: string | { readonly name: unknown } | null;
  indexElements?: readonly (string | SqlExpr | ColumnClause)[] | null;
  indexWhere?: SqlExpr | null;
}

export interface OnConflictUpdateOptions extends OnConflictOptions {
  set_?: Record<string, unknown> | null;
  where?: SqlExpr | null;
}

export interface PgInsertStatement extends InsertStatement {
  readonly onConflict: OnConflict | null;
  /** The proposed row, as in `set_: { a: stmt.excluded.a }`. */
  readonly excluded: Readonly<Record<string, ColumnClause>>;
  values(...rows: (Record<string, unknown> | Record<string, unknown>[])[]): PgInsertStatement;
  execution_options(o: Record<string, unknown>): PgInsertStatement;
  executionOptions(o: Record<string, unknown>): PgInsertStatement;
  /** SQLAlchemy's Python names, as the contract keeps method names, and their camelCase twins. */
  on_conflict_do_nothing(o?: OnConflictOptions): PgInsertStatement;
  onConflictDoNothing(o?: OnConflictOptions): PgInsertStatement;
  on_conflict_do_update(o?: OnConflictUpdateOptions): PgInsertStatement;
  onConflictDoUpdate(o?: OnConflictUpdateOptions): PgInsertStatement;
}

function targetOf(o: OnConflictOptions): OnConflictTarget {
  const c = o.constraint ?? null;
  const constraint = c === null ? null : typeof c === "string" ? c : typeof c.name === "string" ? c.name : null;
  if (c !== null && constraint === null) fail("ON CONFLICT needs a constraint given by name");
  if (constraint !== null && o.indexElements != null) fail("'constraint' and 'index_elements' are mutually exclusive");
  if (constraint !== null) return { constraint, indexElements: null, indexWhere: null };
  if (o.indexElements == null) return { constraint: null, indexElements: null, indexWhere: null };
  return { constraint: null, indexElements: [...o.indexElements] as (string | SqlExpr)[], indexWhere: o.indexWhere ?? null };
}

function pgInsert(base: InsertStatement, onConflict: OnConflict | null): PgInsertStatement {
  const t: DmlTarget = base.table;
  const excluded = Object.freeze(Object.fromEntries(
    t.columnOrder.map((k) => [k, column(t.columnNames[k] ?? k, t.columnTypes[k], "excluded")]),
  ));
  const doNothing = (o: OnConflictOptions = {}) =>
    pgInsert(base, Object.freeze({ ...targetOf(o), action: "nothing" as const, set: Object.freeze({}), where: null }));
  const doUpdate = (o: OnConflictUpdateOptions = {}) => {
    const target = targetOf(o);
    if (target.constraint === null && target.indexElements === null) {
      fail("Either constraint or index_elements, but not both, must be specified unless DO NOTHING");
    }
    const set = o.set_ ?? null;
    if (set === null || typeof set !== "object" || Array.isArray(set)) {
      fail("set parameter must be a non-empty dictionary or a ColumnCollection such as the `.c.` collection of a Table object");
    }
    if (Object.keys(set).length === 0) fail("set parameter dictionary must not be empty");
    return pgInsert(base, Object.freeze({ ...target, action: "update" as const, set: Object.freeze({ ...set }), where: o.where ?? null }));
  };
  const self: PgInsertStatement = Object.freeze({
    ...base,
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
    onConflict,
    excluded,
    values: (...rows: (Record<string, unknown> | Record<string, unknown>[])[]) => pgInsert(base.values(...rows), onConflict),
    on_conflict_do_nothing: doNothing,
    onConflictDoNothing: doNothing,
    on_conflict_do_update: doUpdate,
    onConflictDoUpdate: doUpdate,
  });
  return self;
}

/** `postgresql.insert(table)`. */
export function insert(table: DmlTarget): PgInsertStatement {
  if (!isKind(table, "table") && !isKind(table, "tableClause")) fail(atCallSite(`postgresql.insert: table must be a table (sa.table(...) or sa.Table(...)), got ${describeValue(table)}`));
  return pgInsert(insertInto(table), null);
}
