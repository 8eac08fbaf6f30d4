/**
 * Running a batch op. Move and copy emits like any op, with one addition from Alembic's
 * ApplyBatchImpl._create: when copying the rows or dropping the old table fails, it drops
 * the new table before giving up (and if that fails too, as it does in an aborted
 * PostgreSQL transaction, that second error is the one reported). Online, the dialect may
 * guard a move and copy (SQLite keeps views and triggers and checks foreign keys).
 */
import { dispatch } from "../operations/handlers.js";
import type { BatchAlterTableOp } from "../operations/ops/batch-ops.js";
import type { MigrationRun } from "../operations/op-context.js";
import { compilerFor, implContext } from "./run-op.js";

export async function runBatch(op: BatchAlterTableOp, run: MigrationRun): Promise<void> {
  const ctx = implContext(run);
  const statements = dispatch(ctx.impl, op, ctx);
  const compiler = compilerFor(run);
  const sqls = statements.map((s) => compiler.statement(s));
  const copy = statements.findIndex((s) => s.kind === "insertFromSelect");
  const copied = statements[copy];
  // The guarded stretch: the copy and the old table's drop (and its enum drops), up to the rename.
  const rename = statements.findIndex((s, i) => i > copy && s.kind === "renameTable");
  const emit = async () => {
    for (const [i, sql] of sqls.entries()) {
      try {
        await run.sink.emit(sql);
      } catch (err) {
        if (copied?.kind === "insertFromSelect" && i >= copy && i < rename) {
          await run.sink.emit(compiler.statement({ kind: "dropTable", table: copied.table, ifExists: false }));
        }
        throw err;
      }
    }
  };
  const guard = run.dialect.guardMoveAndCopy;
  if (copy < 0 || run.sink.offline || run.connection === null || guard === undefined) return emit();
  await guard(run.connection, statements, emit);
}
