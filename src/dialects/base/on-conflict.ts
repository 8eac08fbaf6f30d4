/**
 * ON CONFLICT as SQLAlchemy 1.4's PGCompiler and SQLiteCompiler print it (visit_on_conflict_do_nothing /
 * do_update); they differ only in how a constraint target is written. SET values and WHERE
 * clauses go through NamedBinds (named parameters offline, as Alembic prints them).
 */
import type { DmlStatement, DmlTarget } from "../../schema/dml.js";
import { isKind } from "../../schema/item.js";
import type { OnConflict } from "./upsert.js";
import { NamedBinds, type BindCompiler } from "./named-binds.js";

export interface OnConflictCompiler extends BindCompiler {
  /** A constraint given by name as the conflict target (`ON CONSTRAINT "uq"` on PostgreSQL, `(uq)` on SQLite). */
  onConflictConstraint(name: string): string;
}

function target(c: OnConflictCompiler, oc: OnConflict, binds: NamedBinds): string {
  if (oc.constraint !== null) return c.onConflictConstraint(oc.constraint);
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

/** An INSERT's SQL followed by its ON CONFLICT clause, if the statement has one. */
export function withOnConflict(c: OnConflictCompiler, s: DmlStatement, sql: string, offline: boolean): string {
  const oc = (s as { readonly onConflict?: OnConflict | null }).onConflict ?? null;
  if (oc === null || !isKind(s, "insert")) return sql;
  return sql + " " + onConflictSql(c, (s as Extract<DmlStatement, { rows: unknown }>).table, oc, offline);
}
