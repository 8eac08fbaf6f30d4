/** Foreign keys by signature: columns, referred table and columns, and the actions both sides state (Alembic's _compare_foreign_keys). */
import type { Op } from "../../operations/handlers.js";
import type { ForeignKeyConstraint } from "../../schema/constraints.js";
import { isKind } from "../../schema/item.js";
import { nameText, type NameLike } from "../../schema/naming-name.js";
import { referredTable, type Table } from "../../schema/table.js";
import { nameIn } from "../render/ops.js";
import { includeName, includeObject, type AutogenContext } from "./context.js";
import { dropConstraintFrom, foreignKeyOpFrom } from "./constraint-ops.js";

function refOf(fk: ForeignKeyConstraint, t: Table): { schema: string | null; table: string; columns: string[] } {
  const first = fk.refColumns[0] ?? "";
  const parts = first.split(".");
  parts.pop();
  const table = parts.pop() ?? "";
  const found = referredTable(t.metadata, first);
  return { schema: found?.schema ?? (parts.length > 0 ? parts.join(".") : null), table, columns: fk.refColumns.map((r) => r.split(".").at(-1) ?? r) };
}

function sig(fk: ForeignKeyConstraint, t: Table, defaultSchema: string | null, withActions: boolean): string {
  const r = refOf(fk, t);
  const cols = fk.columns.map((c) => t.c[c]?.name ?? c);
  const base = [cols.join(","), r.schema ?? defaultSchema ?? "", r.table, r.columns.join(",")];
  if (withActions) base.push(fk.onupdate ?? "", fk.ondelete ?? "", String(fk.deferrable ?? ""), fk.initially ?? "");
  return base.join("|");
}

export function compareForeignKeys(ctx: AutogenContext, schema: string | null, tname: string, conn: Table | null, meta: Table | null): Op[] {
  if (conn === null || meta === null) return [];
  const fks = (t: Table) => t.constraints.filter((c): c is ForeignKeyConstraint => isKind(c, "foreignKeyConstraint"));
  const connFks = fks(conn).filter((fk) => includeName(ctx, nameText(fk.name), "foreign_key_constraint", { table_name: tname, schema_name: schema }));
  const metaFks = fks(meta);
  // Actions count only where the metadata states some (Alembic compares ondelete/onupdate when both sides have them).
  const metaSigs = new Map(metaFks.map((fk) => [sig(fk, meta, schema, false), fk]));
  const connSigs = new Map(connFks.map((fk) => [sig(fk, conn, schema, false), fk]));
  const out: Op[] = [];
  const describe = (fk: ForeignKeyConstraint, t: Table) => `(${fk.columns.map((c) => t.c[c]?.name ?? c).join(", ")})(${refOf(fk, t).columns.join(", ")})`;
  for (const [s, fk] of connSigs) {
    if (metaSigs.has(s) && sig(metaSigs.get(s)!, meta, schema, true) === sig(fk, conn, schema, true)) continue;
    if (metaSigs.has(s) && !actionsStated(metaSigs.get(s)!)) continue;
    if (!includeObject(ctx, fk, nameText(fk.name), "foreign_key_constraint", true, null)) continue;
    // SQLite reports a foreign key declared without a name as unnamed: Alembic 1.8.1 renders
    // drop_constraint(None), which shows what to name (and fails if run unchanged).
    out.push(dropConstraintFrom(fk, fk.name as NameLike, tname, schema, "foreignkey"));
    ctx.info(`Detected removed foreign key ${describe(fk, conn)} on table ${tname}`);
  }
  for (const [s, fk] of metaSigs) {
    const c = connSigs.get(s);
    if (c !== undefined && (!actionsStated(fk) || sig(fk, meta, schema, true) === sig(c, conn, schema, true))) continue;
    if (!includeObject(ctx, fk, nameText(nameIn(fk, meta)), "foreign_key_constraint", false, null)) continue;
    out.push(foreignKeyOpFrom(fk, nameIn(fk, meta), tname, schema));
    ctx.info(`Detected added foreign key ${describe(fk, meta)} on table ${tname}`);
  }
  return out;
}

const actionsStated = (fk: ForeignKeyConstraint): boolean =>
  fk.onupdate !== null || fk.ondelete !== null || fk.deferrable !== null || fk.initially !== null;
