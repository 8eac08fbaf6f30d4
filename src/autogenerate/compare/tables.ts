/**
 * Added, removed and changed tables (Alembic's _compare_tables): new tables in metadata order,
 * then removed ones and changed ones sorted by (schema, name). The version table and its side
 * tables (src/runtime/side-tables.ts) are never compared.
 */
import { runtimeTableNames } from "../../runtime/side-tables.js";
import type { Op } from "../../operations/handlers.js";
import { createTableOp, dropTableOp } from "../../operations/ops/table-ops.js";
import type { MetaData, Table } from "../../schema/table.js";
import { modifyTableOps, type AutogenItem } from "../migration-ops.js";
import { compareColumns, removedColumns } from "./columns.js";
import { compareTableComment } from "./comments.js";
import { includeName, includeObject, type AutogenContext } from "./context.js";
import { compareForeignKeys } from "./foreign-keys.js";
import { compareIndexes } from "./indexes.js";
import { pairRenames } from "./renames.js";

const key = (schema: string | null, name: string) => `${schema ?? ""}\u0000${name}`;
const byKey = (a: Table, b: Table) => (key(a.schema, a.name) < key(b.schema, b.name) ? -1 : 1);

/** The table comparators, in Alembic's dispatch order. */
function compareTable(ctx: AutogenContext, schema: string | null, tname: string, conn: Table | null, meta: Table | null): Op[] {
  return [
    ...compareIndexes(ctx, schema, tname, conn, meta),
    ...compareForeignKeys(ctx, schema, tname, conn, meta),
    ...compareTableComment(ctx, schema, tname, conn, meta),
  ];
}

export function compareTables(ctx: AutogenContext, reflected: MetaData, schemas: readonly (string | null)[]): AutogenItem[] {
  const o = ctx.options;
  const metaTables = o.targetMetadata.flatMap((m) => m.sortedTables).filter((t) => schemas.includes(t.schema));
  const connTables = [...reflected.tables.values()].filter((t) =>
    !(runtimeTableNames(o.versionTable).includes(t.name) && t.schema === o.versionTableSchema) &&
    includeName(ctx, t.name, "table", { schema_name: t.schema }));
  const connByKey = new Map(connTables.map((t) => [key(t.schema, t.name), t]));

  const metaByKey = new Map(metaTables.map((t) => [key(t.schema, t.name), t]));
  const qualified = (t: Table) => (t.schema === null ? t.name : `${t.schema}.${t.name}`);
  const out: AutogenItem[] = [];
  for (const t of metaTables) {
    if (connByKey.has(key(t.schema, t.name)) || !includeObject(ctx, t, t.name, "table", false, null)) continue;
    out.push(Object.freeze({ ...createTableOp(t.name, [...t.columns, ...t.constraintSet], { schema: t.schema }), table: t }));
    ctx.info(`Detected added table '${qualified(t)}'`);
    const more = compareTable(ctx, t.schema, t.name, null, t);
    if (more.length > 0) out.push(modifyTableOps(t.name, t.schema, more));
  }
  for (const t of connTables.filter((c) => !metaByKey.has(key(c.schema, c.name))).sort(byKey)) {
    if (!includeObject(ctx, t, t.name, "table", true, null)) continue;
    const more = compareTable(ctx, t.schema, t.name, t, null);
    if (more.length > 0) out.push(modifyTableOps(t.name, t.schema, more));
    out.push(Object.freeze({ ...dropTableOp(t.name, { schema: t.schema }), table: t }));
    ctx.info(`Detected removed table '${qualified(t)}'`);
  }
  for (const conn of connTables.filter((c) => metaByKey.has(key(c.schema, c.name))).sort(byKey)) {
    const meta = metaByKey.get(key(conn.schema, conn.name))!;
    if (!includeObject(ctx, meta, meta.name, "table", false, conn)) continue;
    const ops = pairRenames(ctx, meta.schema, meta.name, [
      ...compareColumns(ctx, meta.schema, conn, meta),
      ...compareTable(ctx, meta.schema, meta.name, conn, meta),
      ...removedColumns(ctx, meta.schema, conn, meta),
    ]);
    if (ops.length > 0) out.push(modifyTableOps(meta.name, meta.schema, ops));
  }
  return out;
}
