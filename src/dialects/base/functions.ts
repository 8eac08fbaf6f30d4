/**
 * SQLAlchemy 1.4's `func.*` registry as the SQL compiler sees it: the GenericFunction
 * names it looks up case-insensitively (func.NOW() is now()), the ones it prints in a
 * fixed spelling (CURRENT_TIMESTAMP without parentheses when given no arguments), and
 * the labels a SELECT gives its unnamed columns (now_1, anon_1, or the wrapped column's name).
 */
import { isKind } from "../../schema/item.js";
import type { CastExpr, ColumnClause, FuncCall, LiteralColumn, SqlExpr } from "../../schema/expressions.js";

/** sqlalchemy/sql/functions.py: every GenericFunction registered in the default package. */
const REGISTERED = new Set([
  "coalesce", "max", "min", "sum", "now", "concat", "char_length", "random", "count",
  "current_date", "current_time", "current_timestamp", "current_user", "localtime", "localtimestamp",
  "session_user", "sysdate", "user", "array_agg", "mode", "percentile_cont", "percentile_disc",
  "rank", "dense_rank", "percent_rank", "cume_dist", "cube", "rollup", "grouping_sets",
]);

/** The compiler's FUNCTIONS map: a fixed spelling, followed by the arguments only when there are some. */
const FIXED_SPELLING: Readonly<Record<string, string>> = {
  coalesce: "coalesce", current_date: "CURRENT_DATE", current_time: "CURRENT_TIME",
  current_timestamp: "CURRENT_TIMESTAMP", current_user: "CURRENT_USER", localtime: "LOCALTIME",
  localtimestamp: "LOCALTIMESTAMP", random: "random", sysdate: "sysdate", session_user: "SESSION_USER",
  user: "USER", cube: "CUBE", rollup: "ROLLUP", grouping_sets: "GROUPING SETS",
};

/** Functions whose empty call still prints its parentheses (GenericFunction._has_args). */
const ALWAYS_PARENS = new Set(["coalesce", "random"]);

/** The registered GenericFunction a call resolves to, or null for a plain Function. */
export function registeredFunction(f: FuncCall): string | null {
  if (f.packages.length > 0) return null;
  const lower = f.name.toLowerCase();
  return REGISTERED.has(lower) ? lower : null;
}

/**
 * How a call prints, given its rendered arguments and its quoted name (for plain functions):
 * null when it is a plain `name(args)` call.
 */
export function fixedFunctionSql(f: FuncCall, args: readonly string[]): string | null {
  const reg = registeredFunction(f);
  if (reg === null) return null;
  // func.count() counts rows: its argument defaults to *.
  if (reg === "count" && args.length === 0) return "count(*)";
  const fixed = FIXED_SPELLING[reg];
  const call = "(" + args.join(", ") + ")";
  if (fixed === undefined) return reg + call;
  return args.length > 0 || ALWAYS_PARENS.has(reg) ? fixed + call : fixed;
}

/** The name a SELECT column goes by: none (it has its own), a fixed name, or an anonymous base. */
export type SelectLabel = { readonly kind: "none" } | { readonly kind: "named"; readonly name: string } | { readonly kind: "anon"; readonly base: string };

export function selectLabel(e: SqlExpr): SelectLabel {
  if (isKind(e, "columnClause") || isKind(e, "literalColumn") || isKind(e, "text")) return { kind: "none" };
  if (isKind(e, "func")) {
    const f = e as FuncCall;
    return { kind: "anon", base: registeredFunction(f) ?? f.name };
  }
  if (isKind(e, "cast")) {
    // A CAST wraps its expression: a column keeps the column's name, anything else its label.
    const inner = (e as CastExpr).expr;
    if (isKind(inner, "columnClause")) return { kind: "named", name: (inner as ColumnClause).name };
    if (isKind(inner, "literalColumn")) return { kind: "named", name: (inner as LiteralColumn).text };
    const l = selectLabel(inner);
    return l.kind === "none" ? { kind: "anon", base: "anon" } : l;
  }
  return { kind: "anon", base: "anon" };
}
