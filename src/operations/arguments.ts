/**
 * Python lets every parameter be passed by name, and the contract turns keyword arguments into a
 * trailing options object. So an op takes its required arguments positionally, or any tail of
 * them by name in its options object (`op.createForeignKey({ constraintName, sourceTable, ... })`),
 * and each is checked where it enters: a wrong one fails with one line that names the op, the
 * argument and what it must be, never deeper down as a JavaScript TypeError.
 */
import { SA, isKind, isOptions } from "../schema/item.js";
import { isExpr } from "../schema/expressions.js";
import { isColumnRef } from "../schema/constraints.js";
import { isNameLike } from "../schema/naming-name.js";
import { isTableItem } from "../schema/table.js";
import { check as makeCheck, is, type Check } from "../schema/arg-spec.js";
import { isTypeLike } from "../schema/types.js";
import { expectArg } from "../util/expect-arg.js";
import { fail } from "../util/errors.js";
import { atCallSite } from "../util/call-site.js";

/** One required parameter: its name (Alembic's, in camelCase) and what it accepts. */
export interface Param {
  readonly name: string;
  readonly what: string;
  readonly ok: (value: unknown) => boolean;
}

/**
 * The call forms of parameters named N, of types T, then options O: all positional with the
 * options last, or the first k positional and the rest by name in the options.
 */
export type Forms<N extends readonly string[], T extends readonly unknown[], O> = N extends readonly [infer N0 extends string, ...infer NR extends string[]]
  ? T extends readonly [infer T0, ...infer TR]
    ? [options: O & Named<N, T>] | [T0, ...Forms<NR, TR, O>]
    : never
  : [options?: O];

type Named<N extends readonly string[], T extends readonly unknown[]> = N extends readonly [infer N0 extends string, ...infer NR extends string[]]
  ? T extends readonly [infer T0, ...infer TR]
    ? { readonly [K in N0]: T0 } & Named<NR, TR>
    : unknown
  : unknown;

/** Split `args` into the required values, in order, and the remaining options. */
export function bindArgs(op: string, params: readonly Param[], args: readonly unknown[]): [unknown[], Record<string, unknown>] {
  const last = args[args.length - 1];
  const hasOptions = args.length > 0 && isOptions(last);
  const positional = hasOptions ? args.slice(0, -1) : [...args];
  if (positional.length > params.length) {
    failAt(`${op}: takes ${params.length} argument${params.length === 1 ? "" : "s"} and an options object, got ${positional.length} arguments`);
  }
  const options: Record<string, unknown> = hasOptions ? { ...(last as Record<string, unknown>) } : {};
  const values = params.map((p, i) => {
    if (i < positional.length) {
      if (p.name in options) failAt(`${op}: got ${p.name} twice, by position and by name`);
      return check(op, p, positional[i]);
    }
    const value = options[p.name];
    delete options[p.name];
    return check(op, p, value);
  });
  for (const [name, value] of Object.entries(options)) {
    const c = OPTION_CHECKS[name];
    if (c !== undefined && value !== undefined) expectArg(op, name, c.what, c.ok(value), value);
  }
  return [values, options];
}

const serverDefault = makeCheck(
  "a string, a SQL expression (sa.text(...)), sa.Identity(...), sa.Computed(...), false or null",
  (v) => v === null || v === false || isString(v) || isExpr(v) || isKind(v, "identity") || isKind(v, "computed"),
);

/** Options that mean the same in every op that takes them, so are checked in one place. */
const OPTION_CHECKS: Readonly<Record<string, Check>> = {
  schema: is.stringOrNull,
  sourceSchema: is.stringOrNull,
  referentSchema: is.stringOrNull,
  nullable: is.boolOrNull,
  existingNullable: is.boolOrNull,
  unique: is.boolOrNull,
  ifExists: is.boolOrNull,
  ifNotExists: is.boolOrNull,
  newColumnName: is.stringOrNull,
  existingComment: is.stringOrNull,
  existingType: makeCheck("a column type", (v) => v === null || isTypeLike(v)),
  serverDefault,
  existingServerDefault: serverDefault,
  autoincrement: is.boolOrNull,
  existingAutoincrement: is.boolOrNull,
  ondelete: is.stringOrNull,
  onupdate: is.stringOrNull,
  deferrable: is.boolOrNull,
  initially: is.stringOrNull,
  match: is.stringOrNull,
  postgresqlUsing: is.stringOrNull,
};

function check(op: string, p: Param, value: unknown): unknown {
  expectArg(op, p.name, p.what, p.ok(value), value);
  return value;
}

/** Fail naming the line of the user's file that made the call, where it can be told. */
const failAt = (message: string): never => fail(atCallSite(message));

const isString = (v: unknown): boolean => typeof v === "string";
const isIndexColumn = (v: unknown): boolean => isColumnRef(v) || isExpr(v);

/** The parameter kinds ops take. */
export const param = {
  table: (name: string): Param => ({ name, what: "a table name (a string)", ok: isString }),
  column: (name: string): Param => ({ name, what: "a column name (a string)", ok: isString }),
  name: (name: string): Param => ({ name, what: "a name (a string or op.f(...))", ok: isNameLike }),
  nameOrNull: (name: string): Param => ({ name, what: "a name (a string or op.f(...)) or null", ok: (v) => v === null || isNameLike(v) }),
  columns: (name: string): Param => ({ name, what: "a list of column names", ok: (v) => Array.isArray(v) && v.every(isColumnRef) }),
  indexColumns: (name: string): Param => ({
    name,
    what: "a column name, an expression, or a list of them",
    ok: (v) => (Array.isArray(v) ? v.every(isIndexColumn) : isIndexColumn(v)),
  }),
  tableItem: (name: string): Param => ({
    name,
    what: "sa.Column(...), a constraint or sa.Index(...)",
    ok: isTableItem,
  }),
  columnObject: (name: string): Param => ({ name, what: "a column (sa.Column(...))", ok: (v) => isKind(v, "column") }),
  condition: (name: string): Param => ({ name, what: "a SQL expression or a string", ok: (v) => isString(v) || isExpr(v) }),
  sql: (name: string): Param => ({ name, what: "a SQL string or statement", ok: (v) => isString(v) || (typeof v === "object" && v !== null && SA in v) }),
  comment: (name: string): Param => ({ name, what: "a string or null", ok: (v) => v === null || isString(v) }),
  rows: (name: string): Param => ({ name, what: "a list of rows (objects)", ok: (v) => Array.isArray(v) && v.every(isOptions) }),
  tableObject: (name: string): Param => ({ name, what: "a table (sa.table(...) or sa.Table(...))", ok: (v) => isKind(v, "table") || isKind(v, "tableClause") }),
};
