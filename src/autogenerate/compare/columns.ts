/** Added, removed and altered columns of a table both sides have (Alembic's _compare_columns). */
import type { Op } from "../../operations/handlers.js";
import { addColumnOp, alterColumnOp, dropColumnOp } from "../../operations/ops/column-ops.js";
import type { Column } from "../../schema/column.js";
import type { Table } from "../../schema/table.js";
import { includeName, includeObject, type AutogenContext } from "./context.js";
import { serverDefaultChanged } from "./server-defaults.js";
import { typeChanged } from "./types.js";
import { typeRepr } from "./repr.js";

const nameOf = (c: Column): string => c.name ?? c.key;

/** Added and altered columns; the removed ones come from `removedColumns`, after the table's other comparators. */
export function compareColumns(ctx: AutogenContext, schema: string | null, conn: Table, meta: Table): Op[] {
  const qualified = schema === null ? meta.name : `${schema}.${meta.name}`;
  const metaCols = meta.columns.filter((c) => !c.system);
  const connCols = new Map(conn.columns.filter((c) => includeName(ctx, nameOf(c), "column", { table_name: meta.name, schema_name: schema })).map((c) => [nameOf(c), c]));
  const out: Op[] = [];
  for (const c of metaCols) {
    if (connCols.has(nameOf(c)) || !includeObject(ctx, c, nameOf(c), "column", false, null)) continue;
    out.push(addColumnOp(meta.name, c, { schema }));
    ctx.info(`Detected added column '${qualified}.${nameOf(c)}'`);
  }
  for (const m of metaCols) {
    const c = connCols.get(nameOf(m));
    if (c === undefined || !includeObject(ctx, m, nameOf(m), "column", false, c)) continue;
    const alter = alterColumn(ctx, meta.name, qualified, schema, c, m, m === meta.autoincrementColumn && m.primaryKey);
    if (alter !== null) out.push(alter);
  }
  return out;
}

function alterColumn(ctx: AutogenContext, table: string, qualified: string, schema: string | null, conn: Column, meta: Column, serial: boolean): Op | null {
  const cname = nameOf(meta);
  let nullable: boolean | null = null;
  let type = null;
  let serverDefault: Column["serverDefault"] | false = false;
  let comment: string | null | false = false;
  if (conn.nullable !== meta.nullable) {
    nullable = meta.nullable;
    ctx.info(`Detected ${meta.nullable ? "NULL" : "NOT NULL"} on column '${qualified}.${cname}'`);
  }
  const o = ctx.options;
  const hook = typeof o.compareType === "function" ? o.compareType(ctx, conn, meta, conn.type, meta.type) : null;
  if (hook === true || (hook == null && o.compareType !== false && typeChanged(ctx, conn.type, meta.type))) {
    type = meta.type;
    ctx.info(`Detected type change from ${typeRepr(conn.type, ctx.dialect.autogenTypeOptions?.(conn.type))} to ${typeRepr(meta.type)} on '${qualified}.${cname}'`);
  }
  // A column the database fills itself (SERIAL, identity, computed) has no default to compare; as
  // in Alembic, that includes the table's autoincrement primary key, whose sequence in another
  // schema reflects as a nextval() default.
  const generated = serial || meta.identity !== null || meta.computed !== null || conn.identity !== null || conn.computed !== null;
  if (o.compareServerDefault !== false && !generated) {
    const dhook = typeof o.compareServerDefault === "function"
      ? o.compareServerDefault(ctx, conn, meta, conn.serverDefault === null ? null : String(conn.serverDefault), meta.serverDefault, null) : null;
    if (dhook === true || (dhook == null && serverDefaultChanged(ctx, conn.serverDefault, meta.serverDefault))) {
      serverDefault = meta.serverDefault;
      ctx.info(`Detected server default on column '${qualified}.${cname}'`);
    }
  }
  if ((conn.comment ?? null) !== (meta.comment ?? null)) {
    comment = meta.comment;
    ctx.info(`Detected column comment '${qualified}.${cname}'`);
  }
  if (nullable === null && type === null && serverDefault === false && comment === false) return null;
  return alterColumnOp(table, cname, {
    schema,
    existingType: conn.type,
    existingNullable: conn.nullable,
    existingServerDefault: conn.serverDefault === null ? false : conn.serverDefault,
    existingComment: conn.comment,
    ...(nullable !== null ? { nullable } : {}),
    ...(type !== null ? { type_: type } : {}),
    ...(serverDefault !== false ? { serverDefault } : {}),
    ...(comment !== false ? { comment } : {}),
  });
}

export function removedColumns(ctx: AutogenContext, schema: string | null, conn: Table, meta: Table): Op[] {
  const qualified = schema === null ? meta.name : `${schema}.${meta.name}`;
  const metaNames = new Set(meta.columns.map(nameOf));
  const out: Op[] = [];
  for (const c of conn.columns) {
    if (metaNames.has(nameOf(c))) continue;
    if (!includeName(ctx, nameOf(c), "column", { table_name: meta.name, schema_name: schema })) continue;
    if (!includeObject(ctx, c, nameOf(c), "column", true, null)) continue;
    out.push(Object.freeze({ ...dropColumnOp(meta.name, nameOf(c), { schema }), column: c }));
    ctx.info(`Detected removed column '${qualified}.${nameOf(c)}'`);
  }
  return out;
}
