/**
 * ON CONFLICT as SQLAlchemy 1.4's PGCompiler prints it (visit_on_conflict_do_nothing /
 * do_update). Offline, Alembic compiles with literal binds, but that compiler renders the
 * SET values and WHERE clauses without passing them on, so their values print as named
 * parameters (`:param_1`, `:lower_1`, `:a_1`) exactly as Alembic 1.8.1 prints them. Online,
 * where those parameters would be bound, they are rendered as literals instead.
 */
import { isExpr, type BindParam, type BinaryExpr, type CastExpr, type ColumnClause, type FuncCall, type SqlExpr } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import type { DmlTarget } from "../../schema/dml.js";
import type { OnConflict } from "../../schema/postgresql-dml.js";
import type { SqlType } from "../../schema/types.js";
import { fixedFunctionSql, registeredFunction } from "../base/functions.js";

export interface OnConflictCompiler {
  quote(name: string): string;
  constraintName(n: { name: string; converted: boolean }): string;
  expr(e: SqlExpr | string, includeTable?: boolean): string;
  literal(value: unknown, type: SqlType | null): string;
  typeSql(t: SqlType): string;
}

/** Names anonymous parameters as SQLAlchemy does: by their base, numbered per base. */
class NamedBinds {
  private readonly counts = new Map<string, number>();
  constructor(private readonly c: OnConflictCompiler, private readonly named: boolean) {}

  anon(base: string, value: unknown, type: SqlType | null): string {
    if (!this.named) return this.c.literal(value, type);
    const n = (this.counts.get(base) ?? 0) + 1;
    this.counts.set(base, n);
    return `:${base}_${n}`;
  }

  /** An expression whose binds are not literal-rendered; `base` names an anonymous bind. */
  render(e: unknown, includeTable: boolean, base = "param", type: SqlType | null = null): string {
    if (!isExpr(e)) return this.anon(base, e, type);
    if (isKind(e, "bindparam")) {
      const b = e as BindParam;
      if (b.literalExecute || !this.named) return this.c.literal(b.value, b.type ?? type);
      return b.key === "param" ? this.anon(base, b.value, b.type ?? type) : `:${b.key}`;
    }
    if (isKind(e, "func")) {
      const f = e as FuncCall;
      const fname = registeredFunction(f) ?? f.name;
      const args = f.args.map((a) => this.render(a, includeTable, fname));
      const name = /^[A-Za-z_][A-Za-z0-9_$]*$/.test(f.name) ? f.name : this.c.quote(f.name);
      return fixedFunctionSql(f, args) ?? [...f.packages, name].join(".") + "(" + args.join(", ") + ")";
    }
    if (isKind(e, "binary")) {
      const b = e as BinaryExpr;
      const left = isKind(b.left, "columnClause") ? (b.left as ColumnClause) : null;
      const right = this.render(b.right, includeTable, left?.name ?? "param", left?.type ?? null);
      return `${this.render(b.left, includeTable)} ${b.operator} ${right}`;
    }
    if (isKind(e, "cast")) {
      const c = e as CastExpr;
      return `CAST(${this.render(c.expr, includeTable)} AS ${this.c.typeSql(c.type)})`;
    }
    return this.c.expr(e, includeTable);
  }
}

function target(c: OnConflictCompiler, oc: OnConflict, binds: NamedBinds): string {
  if (oc.constraint !== null) return "ON CONSTRAINT " + c.constraintName({ name: oc.constraint, converted: false });
  if (oc.indexElements === null) return "";
  let text = "(" + oc.indexElements.map((e) => (typeof e === "string" ? c.quote(e) : c.expr(e, false))).join(", ") + ")";
  if (oc.indexWhere !== null) text += " WHERE " + binds.render(oc.indexWhere, false);
  return text;
}

export function onConflictSql(c: OnConflictCompiler, t: DmlTarget, oc: OnConflict, offline: boolean): string {
  const binds = new NamedBinds(c, offline);
  const tgt = target(c, oc, binds);
  if (oc.action === "nothing") return tgt === "" ? "ON CONFLICT DO NOTHING" : `ON CONFLICT ${tgt} DO NOTHING`;
  // SET follows the table's column order, then any keys that name no column.
  const keys = [...t.columnOrder.filter((k) => k in oc.set), ...Object.keys(oc.set).filter((k) => !t.columnOrder.includes(k))];
  const sets = keys.map((k) => {
    // A key naming no column is coerced as an expression, where None is NULL rather than a parameter.
    if (!t.columnOrder.includes(k) && (oc.set[k] === null || oc.set[k] === undefined)) return `${c.quote(k)} = NULL`;
    const type = t.columnTypes[k] ?? null;
    return `${c.quote(t.columnNames[k] ?? k)} = ${binds.render(oc.set[k], true, "param", type)}`;
  });
  let action = sets.join(", ");
  if (oc.where !== null) action += " WHERE " + binds.render(oc.where, true);
  return `ON CONFLICT ${tgt} DO UPDATE SET ${action}`;
}
