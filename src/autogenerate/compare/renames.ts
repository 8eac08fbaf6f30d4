/**
 * renameHints (Retort's own; Alembic always drops and adds): in one table, a removed column and
 * an added one of the same type become one `alterColumn(table, old, { newColumnName })`. With
 * `true`, only a pair that is unambiguous both ways (one candidate of that type on each side);
 * with a function, the first added column of the same type it accepts.
 */
import type { Op, OpOf } from "../../operations/handlers.js";
import { alterColumnOp } from "../../operations/ops/column-ops.js";
import type { Column } from "../../schema/column.js";
import type { AutogenContext } from "./context.js";
import { serverDefaultChanged } from "./server-defaults.js";

const nameOf = (c: Column): string => c.name ?? c.key;

export function pairRenames(ctx: AutogenContext, schema: string | null, tableName: string, ops: readonly Op[]): Op[] {
  const hint = ctx.options.renameHints;
  if (hint === false) return [...ops];
  const typeOf = (c: Column) => ctx.compiler.typeSql(c.type);
  const added = ops.filter((o): o is OpOf<"addColumn"> => o.kind === "addColumn");
  const removed = ops.filter((o): o is OpOf<"dropColumn"> => o.kind === "dropColumn" && o.column !== undefined);
  const renames = new Map<Op, Op>(); // the addColumn op -> its alterColumn
  const gone = new Set<Op>();
  for (const r of removed) {
    const from = r.column!;
    const candidates = added.filter((a) => !renames.has(a) && typeOf(a.column) === typeOf(from));
    let pick: OpOf<"addColumn"> | undefined;
    if (hint === true) {
      const rivals = removed.filter((x) => x.column !== undefined && typeOf(x.column) === typeOf(from));
      if (candidates.length === 1 && rivals.length === 1) pick = candidates[0];
    } else {
      pick = candidates.find((a) => hint(tableName, from, a.column));
    }
    if (pick === undefined) continue;
    renames.set(pick, renameOp(ctx, schema, tableName, from, pick.column));
    gone.add(r);
    const qualified = schema === null ? tableName : `${schema}.${tableName}`;
    ctx.info(`Detected renamed column '${qualified}.${nameOf(from)}' to '${nameOf(pick.column)}' (rename hints)`);
  }
  return ops.filter((o) => !gone.has(o)).map((o) => renames.get(o) ?? o);
}

function renameOp(ctx: AutogenContext, schema: string | null, tableName: string, from: Column, to: Column): Op {
  const nullable = from.nullable !== to.nullable ? { nullable: to.nullable } : {};
  const comment = (from.comment ?? null) !== (to.comment ?? null) ? { comment: to.comment } : {};
  const defaults = ctx.options.compareServerDefault !== false && serverDefaultChanged(ctx, from.serverDefault, to.serverDefault)
    ? { serverDefault: to.serverDefault } : {};
  return Object.freeze({
    ...alterColumnOp(tableName, nameOf(from), {
      schema, newColumnName: nameOf(to), existingType: from.type, existingNullable: from.nullable,
      existingServerDefault: from.serverDefault === null ? false : from.serverDefault, existingComment: from.comment,
      ...nullable, ...comment, ...defaults,
    }),
    column: from,
  });
}
