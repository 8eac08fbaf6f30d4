/**
 * `postgresql.insert(t)` and `sqlite.insert(t)`: SQLAlchemy's INSERT with ON CONFLICT DO NOTHING /
 * DO UPDATE, and `stmt.excluded.<column>` for the row that was proposed for insertion. Both
 * dialects' namespaces export it; each compiler renders the clause (base/on-conflict.ts).
 */
import { column, type ColumnClause, type SqlExpr } from "../../schema/expressions.js";
import { insertInto, type DialectClause, type DmlTarget, type InsertStatement } from "../../schema/dml.js";
import { fail } from "../../util/errors.js";
import { expectArg } from "../../util/expect-arg.js";
import { isKind } from "../../schema/item.js";

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

export interface UpsertInsertStatement extends InsertStatement {
  readonly onConflict: OnConflict | null;
  readonly dialectClause: DialectClause | null;
  /** The proposed row, as in `set_: { a: stmt.excluded.a }`. */
  readonly excluded: Readonly<Record<string, ColumnClause>>;
  values(...rows: (Record<string, unknown> | Record<string, unknown>[])[]): UpsertInsertStatement;
  execution_options(o: Record<string, unknown>): UpsertInsertStatement;
  executionOptions(o: Record<string, unknown>): UpsertInsertStatement;
  /** SQLAlchemy's Python names, as the contract keeps method names, and their camelCase twins. */
  on_conflict_do_nothing(o?: OnConflictOptions): UpsertInsertStatement;
  onConflictDoNothing(o?: OnConflictOptions): UpsertInsertStatement;
  on_conflict_do_update(o?: OnConflictUpdateOptions): UpsertInsertStatement;
  onConflictDoUpdate(o?: OnConflictUpdateOptions): UpsertInsertStatement;
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

function upsertInsert(name: string, base: InsertStatement, onConflict: OnConflict | null): UpsertInsertStatement {
  const t: DmlTarget = base.table;
  const excluded = Object.freeze(Object.fromEntries(
    t.columnOrder.map((k) => [k, column(t.columnNames[k] ?? k, t.columnTypes[k], "excluded")]),
  ));
  const doNothing = (o: OnConflictOptions = {}) =>
    upsertInsert(name, base, Object.freeze({ ...targetOf(o), action: "nothing" as const, set: Object.freeze({}), where: null }));
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
    return upsertInsert(name, base, Object.freeze({ ...target, action: "update" as const, set: Object.freeze({ ...set }), where: o.where ?? null }));
  };
  const self: UpsertInsertStatement = Object.freeze({
    ...base,
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
    onConflict,
    dialectClause: onConflict === null ? null : Object.freeze({
      kind: "onConflict",
      call: `${name}(...).on_conflict_do_${onConflict.action}()`,
      renderedOn: "PostgreSQL and SQLite",
    }),
    excluded,
    values: (...rows: (Record<string, unknown> | Record<string, unknown>[])[]) => upsertInsert(name, base.values(...rows), onConflict),
    on_conflict_do_nothing: doNothing,
    onConflictDoNothing: doNothing,
    on_conflict_do_update: doUpdate,
    onConflictDoUpdate: doUpdate,
  });
  return self;
}

/** `<dialect>.insert(table)`, named for its namespace (`postgresql.insert`) in argument errors. */
export function upsertInsertFor(name: string): (table: DmlTarget) => UpsertInsertStatement {
  return (table: DmlTarget) => {
    expectArg(name, "table", "a table (sa.table(...) or sa.Table(...))", isKind(table, "table") || isKind(table, "tableClause"), table);
    return upsertInsert(name, insertInto(table), null);
  };
}
