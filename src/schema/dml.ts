/** `t.insert().values(...)`, `t.update().where(...).values(...)`, `t.delete().where(...)` as data. */
import { SA, isKind, type Branded } from "./item.js";
import { coerceExpr, false_, isExpr, true_, type SqlExpr } from "./expressions.js";
import { expectArg } from "../util/expect-arg.js";
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
  where(...clauses: (SqlExpr | boolean)[]): UpdateStatement;
}

export interface DeleteStatement extends Branded<"delete">, Executable<DeleteStatement> {
  readonly table: DmlTarget;
  readonly whereClauses: readonly SqlExpr[];
  where(...clauses: (SqlExpr | boolean)[]): DeleteStatement;
}

/** `a JOIN b ON ...` (`t.join(o, on)`, `t.outerjoin(o, on)`). */
export interface Join extends Branded<"join"> {
  readonly left: DmlTarget | Join;
  readonly right: DmlTarget;
  readonly onclause: SqlExpr;
  readonly isOuter: boolean;
  join(right: DmlTarget, onclause: SqlExpr): Join;
  outerjoin(right: DmlTarget, onclause: SqlExpr): Join;
}

export interface SelectParts {
  readonly columns: readonly SqlExpr[];
  readonly whereClauses: readonly SqlExpr[];
  /** What select_from() named; else the tables of the columns. */
  readonly froms: readonly (DmlTarget | Join)[];
  readonly orderBy: readonly SqlExpr[];
  readonly limitValue: number | null;
  readonly offsetValue: number | null;
}

export interface SelectStatement extends Branded<"select">, Executable<SelectStatement>, SelectParts {
  where(...clauses: (SqlExpr | boolean)[]): SelectStatement;
  select_from(...froms: (DmlTarget | Join)[]): SelectStatement;
  order_by(...clauses: SqlExpr[]): SelectStatement;
  limit(n: number): SelectStatement;
  offset(n: number): SelectStatement;
}

/**
 * A WHERE criterion: an expression, or a boolean, which SQLAlchemy coerces to true()/false()
 * (what a Python `col is not None` inside `.where()` becomes).
 */
function whereClause(c: SqlExpr | boolean): SqlExpr {
  if (typeof c === "boolean") return c ? true_() : false_();
  expectArg("where", "each criterion", "a SQL expression (t.c.x.eq(1), sa.text(...)) or true/false", isExpr(c), c);
  return c;
}

export type DmlStatement = InsertStatement | UpdateStatement | DeleteStatement | SelectStatement;

/**
 * A clause a dialect's namespace adds to a statement (`postgresql.insert(t).on_conflict_do_nothing()`):
 * only compilers that list its kind render it; the others refuse it rather than drop it.
 */
export interface DialectClause {
  readonly kind: string;
  /** As the user wrote it, for the refusal: "mysql.insert(...).on_duplicate_key_update()". */
  readonly call: string;
  /** Where it does work, for the refusal: "MySQL and MariaDB". */
  readonly renderedOn: string;
}

/** The dialect clause a statement carries, if any. */
export function dialectClauseOf(s: DmlStatement): DialectClause | null {
  return (s as { readonly dialectClause?: DialectClause | null }).dialectClause ?? null;
}

/**
 * `sa.select(col, sa.func.x(...))`, or SQLAlchemy 1.3's `sa.select([col, ...])`: enough for data
 * migrations run through op.execute.
 */
export function select(...columns: (SqlExpr | readonly SqlExpr[])[]): SelectStatement {
  const flat = columns.length === 1 && Array.isArray(columns[0]) ? (columns[0] as readonly SqlExpr[]) : (columns as SqlExpr[]);
  flat.forEach((c, i) => expectArg("sa.select", `column ${i + 1}`, "a column or SQL expression", isExpr(c) || isKind(c, "column"), c));
  return selectOf({ columns: flat.map((c) => coerceExpr(c)), whereClauses: [], froms: [], orderBy: [], limitValue: null, offsetValue: null });
}

const isFrom = (x: unknown): boolean => isKind(x, "join") || isKind(x, "tableClause") || isKind(x, "table");

function selectOf(parts: SelectParts): SelectStatement {
  const next = (more: Partial<SelectParts>): SelectStatement => selectOf({ ...parts, ...more });
  const count = (name: string, n: unknown): number => {
    expectArg(name, "limit", "a whole number", typeof n === "number" && Number.isInteger(n) && n >= 0, n);
    return n as number;
  };
  const self: SelectStatement = Object.freeze({
    [SA]: "select" as const,
    ...parts,
    columns: Object.freeze([...parts.columns]),
    whereClauses: Object.freeze([...parts.whereClauses]),
    where: (...clauses: (SqlExpr | boolean)[]) => next({ whereClauses: [...parts.whereClauses, ...clauses.map(whereClause)] }),
    select_from: (...froms: (DmlTarget | Join)[]) => {
      froms.forEach((f) => expectArg("select_from", "from", "a table or a join (t.join(o, on))", isFrom(f), f));
      return next({ froms: [...parts.froms, ...froms] });
    },
    order_by: (...clauses: SqlExpr[]) => {
      clauses.forEach((c) => expectArg("order_by", "each clause", "a column or SQL expression", isExpr(c) || isKind(c, "column"), c));
      return next({ orderBy: [...parts.orderBy, ...clauses.map((c) => coerceExpr(c))] });
    },
    limit: (n: number) => next({ limitValue: count("limit", n) }),
    offset: (n: number) => next({ offsetValue: count("offset", n) }),
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
  });
  return self;
}

/** `left JOIN right ON onclause`, joinable further. */
export function join(left: DmlTarget | Join, right: DmlTarget, onclause: SqlExpr, isOuter: boolean): Join {
  const name = isOuter ? "outerjoin" : "join";
  expectArg(name, "right", "a table (sa.table(...) or sa.Table(...))", isFrom(right) && !isKind(right, "join"), right);
  expectArg(name, "onclause", "a SQL expression (t.c.x.eq(o.c.id))", isExpr(onclause), onclause);
  const self: Join = Object.freeze({
    [SA]: "join" as const,
    left,
    right,
    onclause,
    isOuter,
    join: (r: DmlTarget, on: SqlExpr) => join(self, r, on, false),
    outerjoin: (r: DmlTarget, on: SqlExpr) => join(self, r, on, true),
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
    where: (...clauses: (SqlExpr | boolean)[]) => updateOf(table, set, [...whereClauses, ...clauses.map(whereClause)]),
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
    where: (...clauses: (SqlExpr | boolean)[]) => deleteFrom(table, [...whereClauses, ...clauses.map(whereClause)]),
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
  });
  return self;
}

/** SQLAlchemy's standalone constructors: `sa.insert(t)`, `sa.update(t)`, `sa.delete(t)` (as `t.insert()`...). */
export const insertStatement = (table: DmlTarget): InsertStatement => insertInto(table);
export const updateStatement = (table: DmlTarget): UpdateStatement => updateOf(table);
export const deleteStatement = (table: DmlTarget): DeleteStatement => deleteFrom(table);
