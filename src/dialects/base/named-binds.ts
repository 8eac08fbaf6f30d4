/**
 * Values inside the clauses SQLAlchemy compiles without passing literal_binds on (ON CONFLICT's
 * SET and WHERE, ON DUPLICATE KEY UPDATE): offline they print as named parameters (`:param_1`,
 * `:lower_1`), exactly as Alembic 1.8.1 prints them; online, where nothing would bind them,
 * as literals.
 */
import { isExpr, type BindParam, type BinaryExpr, type CastExpr, type ColumnClause, type FuncCall, type SqlExpr } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import type { SqlType } from "../../schema/types.js";
import { fixedFunctionSql, registeredFunction } from "./functions.js";

/** What rendering such a clause needs of a dialect's compiler. */
export interface BindCompiler {
  quote(name: string): string;
  constraintName(n: { name: string; converted: boolean }): string;
  expr(e: SqlExpr | string, includeTable?: boolean): string;
  literal(value: unknown, type: SqlType | null): string;
  typeSql(t: SqlType): string;
}

/** Names anonymous parameters as SQLAlchemy does: by their base, numbered per base. */
export class NamedBinds {
  private readonly counts = new Map<string, number>();
  constructor(private readonly c: BindCompiler, private readonly named: boolean) {}

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

