/**
 * Whether a column's type changed: both sides compiled to this dialect's DDL and compared as
 * Alembic 1.8.1's DefaultImpl.compare_type does (names with synonyms, then arguments, where a
 * declared type without arguments matches any), after the dialect's own equivalences.
 */
import type { SqlType } from "../../schema/types.js";
import type { AutogenContext } from "./context.js";

const SYNONYMS: readonly (readonly string[])[] = [["DECIMAL", "NUMERIC"]];

function tokens(sql: string): { name: string; args: string[] } {
  const m = /^([^(]*)(?:\((.*)\))?(.*)$/s.exec(sql.trim().toUpperCase());
  const name = `${(m?.[1] ?? "").trim()}${m?.[3] ?? ""}`.replace(/\s+/g, " ").trim();
  const args = m?.[2] === undefined ? [] : m[2].split(",").map((a) => a.trim()).filter((a) => a !== "");
  return { name, args };
}

type Tokens = ReturnType<typeof tokens>;

/**
 * Each type's DDL, split, by compiler: types are frozen and shared (reflected ones by their
 * catalog text, declared ones by their arguments), so a thousand tables compile a handful.
 */
const tokensByCompiler = new WeakMap<object, WeakMap<SqlType, Tokens>>();

function typeTokens(ctx: AutogenContext, t: SqlType): Tokens {
  let known = tokensByCompiler.get(ctx.compiler);
  if (known === undefined) tokensByCompiler.set(ctx.compiler, (known = new WeakMap()));
  let found = known.get(t);
  if (found === undefined) known.set(t, (found = tokens(ctx.compiler.typeSql(t))));
  return found;
}

export function typeChanged(ctx: AutogenContext, reflected: SqlType, declared: SqlType): boolean {
  if (declared.family === "null") return false;
  const eq = ctx.dialect.typesEquivalent?.(reflected, declared);
  if (eq !== null && eq !== undefined) return !eq;
  const a = typeTokens(ctx, reflected);
  const b = typeTokens(ctx, declared);
  const sameName = a.name === b.name || SYNONYMS.some((s) => s.includes(a.name) && s.includes(b.name));
  if (!sameName) return true;
  return b.args.length > 0 && a.args.join(",") !== b.args.join(",");
}
