/**
 * Schema objects as source atoms, as Alembic's render.py writes them (_repr_type,
 * _render_column, _render_server_default, _render_*_constraint), translated by the contract's rule.
 */
import type { Column, ServerDefault } from "../../schema/column.js";
import type { Constraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint, CheckConstraint } from "../../schema/constraints.js";
import { isKind } from "../../schema/item.js";
import { isConv, nameText, type NameLike } from "../../schema/naming-name.js";
import type { SqlType } from "../../schema/types.js";
import type { DdlCompiler } from "../../dialects/base/compiler.js";
import type { Dialect } from "../../dialects/dialect.js";
import type { RenderItem } from "../options.js";
import { arr, call, opts, str, type Atom } from "./layout.js";

export interface RenderContext {
  readonly dialect: Dialect;
  readonly compiler: DdlCompiler;
  /**
   * The namespaces the rendered code uses besides op and sa (`postgresql`), filled while rendering;
   * a renderItem hook may add whole import lines (`import { Money } from "../types.js";`) too.
   */
  readonly imports: Set<string>;
  readonly renderItem: RenderItem | null;
  readonly userModulePrefix: string | null;
  /** Inside a batchAlterTable block: ops lose their table name (Alembic's _has_batch). */
  readonly inBatch: boolean;
  /** Ops on one existing table in a batchAlterTable block (renderAsBatch). */
  readonly renderAsBatch: boolean;
}

const bool = (b: boolean): Atom => (b ? "true" : "false");
const num = (n: number): Atom => String(n);

/** sa.Integer(), sa.String({ length: 50 }), postgresql.JSONB()...: util.generic_repr's non-default arguments. */
export function renderType(t: SqlType, ctx: RenderContext): Atom {
  const user = ctx.renderItem?.("type", t, ctx);
  if (typeof user === "string") return user;
  const module = ctx.dialect.autogenTypeModule?.(t) ?? "sa";
  if (module !== "sa") ctx.imports.add(module);
  const fn = `${module}.${t.name}`;
  const o: [string, Atom][] = [];
  const positional: Atom[] = [];
  switch (t.family) {
    case "string": case "text":
      if (t.length != null) o.push(["length", num(t.length)]);
      if (t.collation != null) o.push(["collation", str(t.collation)]);
      break;
    case "numeric":
      if (t.precision != null) o.push(["precision", num(t.precision)]);
      if (t.scale != null) o.push(["scale", num(t.scale)]);
      if (t.asdecimal === false) o.push(["asdecimal", "false"]);
      break;
    case "float":
      if (t.precision != null) o.push(["precision", num(t.precision)]);
      if (t.asdecimal === true) o.push(["asdecimal", "true"]);
      break;
    case "datetime": case "time":
      if (t.timezone === true) o.push(["timezone", "true"]);
      if (t.precision != null) o.push(["precision", num(t.precision)]);
      break;
    case "interval":
      if (t.precision != null) o.push(["precision", num(t.precision)]);
      if (t.fields != null) o.push(["fields", str(t.fields)]);
      break;
    case "uuid":
      if (t.asUuid === true) o.push(["asUuid", "true"]);
      break;
    case "array":
      if (t.itemType !== undefined) positional.push(renderType(t.itemType, ctx));
      if (t.dimensions != null) o.push(["dimensions", num(t.dimensions)]);
      break;
    case "enum": {
      const spec = t.enumSpec;
      if (spec !== undefined) {
        positional.push(...spec.values.map(str));
        if (spec.name !== null) o.push(["name", str(spec.name)]);
        if (spec.schema !== null) o.push(["schema", str(spec.schema)]);
        // Where autogenerate creates and drops named enum types itself, tables must not.
        if (ctx.dialect.enumTypeChange !== undefined && spec.nativeEnum && spec.name !== null) o.push(["createType", "false"]);
      }
      break;
    }
    default:
      if (t.length != null) o.push(["length", num(t.length)]);
  }
  if (module !== "sa") for (const [k, v] of ctx.dialect.autogenTypeOptions?.(t) ?? []) o.push([k, v]);
  return call(fn, ...positional, ...opts(o));
}

/** A server default: a string literal as a string, an expression as sa.text() of its SQL. */
export function renderServerDefault(d: ServerDefault | null, ctx: RenderContext): Atom {
  if (d === null) return "null";
  const user = ctx.renderItem?.("server_default", d, ctx);
  if (typeof user === "string") return user;
  if (typeof d === "string") return str(d);
  const sql = isKind(d, "text") ? (d as unknown as { text: string }).text : ctx.compiler.expr(d);
  return call("sa.text", str(ctx.dialect.renderServerDefaultSql?.(sql) ?? sql));
}

/** sa.Column(name, type, { serverDefault, autoincrement, nullable, comment }). */
export function renderColumn(c: Column, ctx: RenderContext): Atom {
  const user = ctx.renderItem?.("column", c, ctx);
  if (typeof user === "string") return user;
  const o: [string, Atom][] = [];
  if (c.serverDefault !== null) o.push(["serverDefault", renderServerDefault(c.serverDefault, ctx)]);
  if (c.autoincrement !== "auto") o.push(["autoincrement", c.autoincrement === "ignore_fk" ? str("ignore_fk") : bool(c.autoincrement)]);
  o.push(["nullable", bool(c.nullable)]);
  if (c.system) o.push(["system", "true"]);
  if (c.comment) o.push(["comment", str(c.comment)]);
  return call("sa.Column", str(c.name ?? c.key), renderType(c.type, ctx), ...opts(o));
}

/** op.f("name") (batchOp.f inside a batch block, as Alembic) for a name a naming convention made, else the name. */
export function renderName(n: NameLike | null, inBatch = false): Atom {
  if (n === null) return "null";
  return isConv(n) ? call(inBatch ? "batchOp.f" : "op.f", str(n.name)) : str(nameText(n) ?? "");
}

function constraintOptions(c: { name: NameLike | null; deferrable: boolean | null; initially: string | null }, named: NameLike | null): [string, Atom][] {
  const o: [string, Atom][] = [];
  if (named !== null) o.push(["name", renderName(named)]);
  if (c.deferrable !== null) o.push(["deferrable", bool(c.deferrable)]);
  if (c.initially !== null) o.push(["initially", str(c.initially)]);
  return o;
}

/** A constraint inside createTable, or null where Alembic renders none (a primary key without columns). */
export function renderConstraint(c: Constraint, ctx: RenderContext, effectiveName: NameLike | null): Atom | null {
  const user = ctx.renderItem?.(kindName(c), c, ctx);
  if (typeof user === "string") return user;
  if (isKind(c, "primaryKeyConstraint")) {
    const pk = c as PrimaryKeyConstraint;
    if (pk.columns.length === 0) return null;
    return call("sa.PrimaryKeyConstraint", ...pk.columns.map(str), ...opts(constraintOptions(pk, effectiveName)));
  }
  if (isKind(c, "uniqueConstraint")) {
    const uq = c as UniqueConstraint;
    return call("sa.UniqueConstraint", ...uq.columns.map(str), ...opts(constraintOptions(uq, effectiveName)));
  }
  if (isKind(c, "foreignKeyConstraint")) {
    const fk = c as ForeignKeyConstraint;
    const o: [string, Atom][] = [];
    if (effectiveName !== null) o.push(["name", renderName(effectiveName)]);
    if (fk.onupdate !== null) o.push(["onupdate", str(fk.onupdate)]);
    if (fk.ondelete !== null) o.push(["ondelete", str(fk.ondelete)]);
    if (fk.initially !== null) o.push(["initially", str(fk.initially)]);
    if (fk.deferrable !== null) o.push(["deferrable", bool(fk.deferrable)]);
    if (fk.useAlter) o.push(["useAlter", "true"]);
    if (fk.match !== null) o.push(["match", str(fk.match)]);
    return call("sa.ForeignKeyConstraint", arr(fk.columns.map(str)), arr(fk.refColumns.map(str)), ...opts(o));
  }
  if (isKind(c, "checkConstraint")) {
    const ck = c as CheckConstraint;
    const sql = typeof ck.sqltext === "string" ? ck.sqltext : ctx.compiler.expr(ck.sqltext);
    return call("sa.CheckConstraint", str(sql), ...opts(constraintOptions(ck, effectiveName)));
  }
  return null;
}

const kindName = (c: Constraint | Index): string =>
  isKind(c, "index") ? "index" : isKind(c, "uniqueConstraint") ? "unique" : isKind(c, "foreignKeyConstraint") ? "foreign_key" : isKind(c, "checkConstraint") ? "check" : "primary_key";

/** An index's columns: names as strings, expressions as sa.text() of their SQL. */
export function renderIndexColumns(ix: Index, ctx: RenderContext): Atom {
  return arr(ix.elements.map((e) => ("column" in e ? str(e.column) : call("sa.text", str(ctx.compiler.expr(e.expr))))));
}
