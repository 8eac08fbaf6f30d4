/**
 * Whether a column's server default changed: both sides as SQL, normalised by the dialect
 * (casts, quoting, synonyms) so that what the database reports back for the default a migration
 * created compares equal. Alembic 1.8.1 asks the PostgreSQL server instead, one query per column.
 */
import type { ServerDefault } from "../../schema/column.js";
import { isKind } from "../../schema/item.js";
import type { AutogenContext } from "./context.js";

export function defaultSql(ctx: AutogenContext, d: ServerDefault | null): string | null {
  if (d === null) return null;
  if (typeof d === "string") return ctx.compiler.stringLiteral(d);
  if (isKind(d, "text")) return (d as unknown as { text: string }).text;
  return ctx.compiler.expr(d);
}

const normalise = (ctx: AutogenContext, sql: string | null): string | null => {
  if (sql === null) return null;
  const n = ctx.dialect.normalizeServerDefault?.(sql) ?? sql;
  return n.trim();
};

export function serverDefaultChanged(ctx: AutogenContext, reflected: ServerDefault | null, declared: ServerDefault | null): boolean {
  return normalise(ctx, defaultSql(ctx, reflected)) !== normalise(ctx, defaultSql(ctx, declared));
}
