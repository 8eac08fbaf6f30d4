/** A table's comment (Alembic's _compare_table_comment). */
import type { Op } from "../../operations/handlers.js";
import { createTableCommentOp, dropTableCommentOp } from "../../operations/ops/table-ops.js";
import type { Table } from "../../schema/table.js";
import type { AutogenContext } from "./context.js";

export function compareTableComment(_ctx: AutogenContext, schema: string | null, tname: string, conn: Table | null, meta: Table | null): Op[] {
  if (conn === null || meta === null) return [];
  const before = conn.comment ?? null;
  const after = meta.comment ?? null;
  if (before === after) return [];
  return [after === null
    ? dropTableCommentOp(tname, { existingComment: before, schema })
    : createTableCommentOp(tname, after, { existingComment: before, schema })];
}
