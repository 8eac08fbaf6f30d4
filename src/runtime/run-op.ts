/** Running an op: dialect impl -> statements -> dialect compiler -> SQL text -> the run's sink. */
import type { DdlCompiler } from "../dialects/base/compiler.js";
import { buildCreateTable, type ImplContext } from "../dialects/base/impl.js";
import type { Statement } from "../dialects/base/statements.js";
import { dispatch, type Op } from "../operations/handlers.js";
import type { MigrationRun, MigrationRunHooks } from "../operations/op-context.js";
import { isKind } from "../schema/item.js";
import type { MetaData, NamingConvention } from "../schema/table.js";
import { runBatch } from "./batch-run.js";

function namingConventionOf(run: MigrationRun): NamingConvention | null {
  const target = (run as MigrationRun & MigrationRunHooks).targetMetadata;
  // Alembic reads target_metadata.naming_convention only when it is a single MetaData.
  return isKind(target, "metadata") ? (target as MetaData).namingConvention : null;
}

/**
 * What the dialect's impl sees of a run, made at its first op and kept as long as the run (keyed
 * weakly by it): its enum memo is Alembic's impl.memo, one per run, never shared by runs side by
 * side.
 */
const contexts = new WeakMap<MigrationRun, ImplContext>();

export function implContext(run: MigrationRun): ImplContext {
  let ctx = contexts.get(run);
  if (ctx === undefined) {
    const dialect = run.dialect;
    ctx = { ...dialect.features, namingConvention: namingConventionOf(run), impl: dialect.impl, enumMemo: new Set() };
    contexts.set(run, ctx);
  }
  return ctx;
}

/**
 * A compiler holds no state of its own, and building one builds its table of statement
 * handlers: one per dialect and mode serves every op of every run (a run of a thousand
 * revisions built a thousand). Keyed weakly, it lives as long as its dialect.
 */
const compilers = new WeakMap<MigrationRun["dialect"], { online?: DdlCompiler; offline?: DdlCompiler }>();

export function compilerFor(run: MigrationRun): DdlCompiler {
  let byMode = compilers.get(run.dialect);
  if (byMode === undefined) {
    byMode = {};
    compilers.set(run.dialect, byMode);
  }
  return run.sink.offline ? (byMode.offline ??= run.dialect.compiler({ offline: true })) : (byMode.online ??= run.dialect.compiler({ offline: false }));
}

/**
 * Compile every statement first, so an op that cannot compile emits nothing. An op's statements
 * have no result to give back, so the sink may hold them (Sink.hold).
 */
export async function emitStatements(run: MigrationRun & MigrationRunHooks, statements: readonly Statement[]): Promise<void> {
  const compiler = compilerFor(run);
  const sqls = statements.map((s) => compiler.statement(s));
  const sink = run.sink;
  for (const sql of sqls) if (sink.hold === undefined || !sink.hold(sql, run.queuedAt?.() ?? null)) await sink.emit(sql);
}

/** Run one op on the run's sink. createTable resolves to its Table, as Alembic's create_table returns it. */
export async function runOp(op: Op, run: MigrationRun): Promise<unknown> {
  if (op.kind === "batchAlterTable") return runBatch(op, run);
  const ctx = implContext(run);
  const statements = dispatch(ctx.impl, op, ctx);
  await emitStatements(run, statements);
  return op.kind === "createTable" ? buildCreateTable(op, ctx) : undefined;
}
