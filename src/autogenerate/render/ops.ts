/**
 * Each op kind as source (Alembic's render.py renderers), an exhaustive handler table: an op
 * autogenerate never produces fails here instead of vanishing from the file.
 */
import type { Handlers, Op } from "../../operations/handlers.js";
import { dispatch } from "../../operations/handlers.js";
import { isKind } from "../../schema/item.js";
import { effectiveName } from "../../schema/naming.js";
import { conv, type NameLike } from "../../schema/naming-name.js";
import type { Constraint, Index } from "../../schema/constraints.js";
import type { Table } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import { arr, call, flat, opts, str, type Atom } from "./layout.js";
import { renderColumn, renderConstraint, renderIndexColumns, renderName, renderServerDefault, renderType, type RenderContext } from "./values.js";

/** A constraint's or index's name as the table gives it: op.f() for what a naming convention made. */
export function nameIn(c: Constraint | Index, table: Table | null | undefined): NameLike | null {
  if (table === null || table === undefined) return c.name;
  const n = effectiveName(c, table);
  if (n === null) return null;
  return n.converted ? conv(n.name) : n.name;
}

const target = (fn: string, ctx: RenderContext) => (ctx.inBatch ? `batchOp.${fn}` : `op.${fn}`);
/** The table name argument, which a batch block already carries. */
const tableArg = (name: string, ctx: RenderContext): Atom[] => (ctx.inBatch ? [] : [str(name)]);
const schemaOpt = (schema: string | null, ctx: RenderContext): [string, Atom][] => (schema !== null && !ctx.inBatch ? [["schema", str(schema)]] : []);
const unsupported = (kind: string) => (): Atom => fail(`autogenerate does not render ${kind} operations`);

const RENDER: Handlers<Atom, RenderContext> = {
  createTable: (op, ctx) => {
    const t = op.table ?? fail(`createTable of "${op.tableName}" has no Table to render`);
    const columns = t.columns.map((c) => renderColumn(c, ctx));
    const constraints = [...t.constraintSet]
      .map((c) => renderConstraint(c, ctx, nameIn(c, t)))
      .filter((a): a is Atom => a !== null)
      .map((a) => [flat(a), a] as const)
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .map(([, a]) => a);
    const o: [string, Atom][] = [...schemaOpt(t.schema, ctx)];
    if (t.comment) o.push(["comment", str(t.comment)]);
    // render.py _add_table: the table's dialect keywords, sorted (a reflected MySQL table's engine, charset...).
    for (const k of Object.keys(t.dialectOptions).filter((k) => !k.startsWith("_")).sort()) {
      const v = t.dialectOptions[k];
      o.push([k, typeof v === "string" ? str(v) : String(v)]);
    }
    return call(target("createTable", ctx), str(op.tableName), ...columns, ...constraints, ...opts(o));
  },
  dropTable: (op, ctx) => call(target("dropTable", ctx), str(op.tableName), ...opts(schemaOpt(op.schema, ctx))),
  renameTable: unsupported("renameTable"),
  createTableComment: (op, ctx) =>
    call(target("createTableComment", ctx), ...tableArg(op.tableName, ctx), op.comment === null ? "null" : str(op.comment),
      ...opts([["existingComment", op.existingComment === null ? "null" : str(op.existingComment)], ["schema", op.schema === null ? "null" : str(op.schema)]])),
  dropTableComment: (op, ctx) =>
    call(target("dropTableComment", ctx), ...tableArg(op.tableName, ctx),
      ...opts([["existingComment", op.existingComment === null ? "null" : str(op.existingComment)], ["schema", op.schema === null ? "null" : str(op.schema)]])),
  addColumn: (op, ctx) => call(target("addColumn", ctx), ...tableArg(op.tableName, ctx), renderColumn(op.column, ctx), ...opts(schemaOpt(op.schema, ctx))),
  dropColumn: (op, ctx) => call(target("dropColumn", ctx), ...tableArg(op.tableName, ctx), str(op.columnName), ...opts(schemaOpt(op.schema, ctx))),
  alterColumn: (op, ctx) => {
    // render.py _alter_column's order.
    const o: [string, Atom][] = [];
    // A rename only comes from --rename-hints (Alembic's autogenerate never renames).
    if (op.newColumnName !== null) o.push(["newColumnName", str(op.newColumnName)]);
    if (op.existingType !== null) o.push(["existingType", renderType(op.existingType, ctx)]);
    if (op.serverDefault !== false) o.push(["serverDefault", renderAlterDefault(op.serverDefault, ctx)]);
    if (op.type !== null) o.push(["type_", renderType(op.type, ctx)]);
    if (op.nullable !== null) o.push(["nullable", op.nullable ? "true" : "false"]);
    if (op.comment !== false) o.push(["comment", op.comment === null ? "null" : str(op.comment)]);
    if (op.existingComment !== null) o.push(["existingComment", str(op.existingComment)]);
    if (op.nullable === null && op.existingNullable !== null) o.push(["existingNullable", op.existingNullable ? "true" : "false"]);
    if (op.serverDefault === false && op.existingServerDefault !== false && op.existingServerDefault !== null) {
      o.push(["existingServerDefault", renderAlterDefault(op.existingServerDefault, ctx)]);
    }
    o.push(...schemaOpt(op.schema, ctx));
    return call(target("alterColumn", ctx), ...tableArg(op.tableName, ctx), str(op.columnName), ...opts(o));
  },
  createIndex: (op, ctx) => {
    const ix = op.index;
    const columns = ix !== undefined ? renderIndexColumns(ix, ctx) : arr(op.columns.map((c) => (typeof c === "string" ? str(c) : str(String(c)))));
    const o: [string, Atom][] = [["unique", op.unique ? "true" : "false"], ...schemaOpt(op.schema, ctx)];
    for (const [k, v] of Object.entries(op.dialectOptions)) o.push([k, renderOption(v, ctx)]);
    return call(target("createIndex", ctx), renderName(op.indexName, ctx.inBatch), ...tableArg(op.tableName, ctx), columns, ...opts(o));
  },
  dropIndex: (op, ctx) => {
    const o: [string, Atom][] = ctx.inBatch || op.tableName === null ? [] : [["tableName", str(op.tableName)]];
    o.push(...schemaOpt(op.schema, ctx));
    return call(target("dropIndex", ctx), renderName(op.indexName, ctx.inBatch), ...opts(o));
  },
  createPrimaryKey: unsupported("createPrimaryKey"),
  createUniqueConstraint: (op, ctx) => {
    const o: [string, Atom][] = [...schemaOpt(op.schema, ctx)];
    for (const k of ["deferrable", "initially"] as const) if (op.options[k] != null) o.push([k, renderOption(op.options[k], ctx)]);
    return call(target("createUniqueConstraint", ctx), renderName(op.constraintName, ctx.inBatch), ...tableArg(op.tableName, ctx), arr(op.columns.map(str)), ...opts(o));
  },
  createForeignKey: (op, ctx) => {
    const o: [string, Atom][] = [];
    const fo = op.options;
    if (fo.referentSchema != null) o.push(["referentSchema", str(fo.referentSchema)]);
    if (fo.onupdate != null) o.push(["onupdate", str(fo.onupdate)]);
    if (fo.ondelete != null) o.push(["ondelete", str(fo.ondelete)]);
    if (fo.initially != null) o.push(["initially", str(fo.initially)]);
    if (fo.deferrable != null) o.push(["deferrable", fo.deferrable ? "true" : "false"]);
    if (fo.sourceSchema != null && !ctx.inBatch) o.push(["sourceSchema", str(fo.sourceSchema)]);
    if (fo.match != null) o.push(["match", str(fo.match)]);
    return call(target("createForeignKey", ctx), renderName(op.constraintName, ctx.inBatch), ...tableArg(op.sourceTable, ctx), str(op.referentTable),
      arr(op.localCols.map(str)), arr(op.remoteCols.map(str)), ...opts(o));
  },
  createCheckConstraint: unsupported("createCheckConstraint"),
  createExcludeConstraint: unsupported("createExcludeConstraint"),
  dropConstraint: (op, ctx) => {
    const o: [string, Atom][] = [...schemaOpt(op.schema, ctx)];
    if (op.type !== null) o.push(["type_", str(op.type)]);
    return call(target("dropConstraint", ctx), renderName(op.constraintName, ctx.inBatch), ...tableArg(op.tableName, ctx), ...opts(o));
  },
  execute: unsupported("execute"),
  bulkInsert: unsupported("bulkInsert"),
  batchAlterTable: unsupported("batchAlterTable"),
};

function renderAlterDefault(d: unknown, ctx: RenderContext): Atom {
  if (d === null) return "null";
  if (typeof d === "string" || isKind(d, "text") || isKind(d, "func") || isKind(d, "literalColumn") || isKind(d, "keyword")) {
    return renderServerDefault(d as string, ctx);
  }
  return fail("autogenerate renders only plain server defaults");
}

function renderOption(v: unknown, ctx: RenderContext): Atom {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean" || typeof v === "number") return String(v);
  if (typeof v === "string") return str(v);
  if (isKind(v, "text")) return renderServerDefault(v as never, ctx);
  return JSON.stringify(v);
}

export const renderOp = (op: Op, ctx: RenderContext): Atom => dispatch(RENDER, op, ctx);
