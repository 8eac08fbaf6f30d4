/** Running an op: dialect impl -> statements -> dialect compiler -> SQL text -> the run's sink. */
import type { Dialect } from "../dialects/dialect.js";
import type { DdlSupport } from "../dialects/base/ddl-support.js";
import type { DdlCompiler } from "../dialects/base/compiler.js";
import { buildCreateTable, type ImplContext } from "../dialects/base/impl.js";
import type { Statement } from "../dialects/base/statements.js";
import { isKind } from "../schema/item.js";
import type { MetaData, NamingConvention } from "../schema/table.js";
import { fail } from "../util/errors.js";
import { dispatch, type Op } from "./handlers.js";
import type { MigrationRun, MigrationRunHooks } from "./op-context.js";

/** The dialect's DDL plug-in (the runtime attaches it to the dialect object as `ddl`). */
export function ddlOf(dialect: Dialect): DdlSupport {
  const ddl = (dialect as Dialect & { readonly ddl?: DdlSupport }).ddl;
  return ddl ?? fail(`the ${dialect.name} dialect has no DDL support`);
}

function namingConventionOf(run: MigrationRun): NamingConvention | null {
  const target = (run as MigrationRun & MigrationRunHooks).targetMetadata;
  // Alembic reads target_metadata.naming_convention only when it is a single MetaData.
  if (isKind(target, "metadata")) {
    const nc = (target as MetaData).namingConvention;
    return nc;
  }
  return null;
}

/**
 * Alembic keeps one DDL memo per run (impl.memo); keyed by the run object, it lives and dies
 * with it, and runs side by side never share one.
 */
const enumMemos = new WeakMap<MigrationRun, Set<string>>();

function enumMemoOf(run: MigrationRun): Set<string> {
  let memo = enumMemos.get(run);
  if (memo === undefined) {
    memo = new Set();
    enumMemos.set(run, memo);
  }
  return memo;
}

export function implContext(run: MigrationRun): ImplContext {
  const ddl = ddlOf(run.dialect);
  return { ...ddl.features, namingConvention: namingConventionOf(run), impl: ddl.impl, enumMemo: enumMemoOf(run) };
}

export function compilerFor(run: MigrationRun): DdlCompiler {
  return ddlOf(run.dialect).compiler({ offline: run.sink.offline });
}

/** Compile every statement first, so an op that cannot compile emits nothing. */
export async function emitStatements(run: MigrationRun, statements: readonly Statement[]): Promise<void> {
  const compiler = compilerFor(run);
  const sqls = statements.map((s) => compiler.statement(s));
  for (const sql of sqls) await run.sink.emit(sql);
}

/** Run one op on the run's sink. createTable resolves to its Table, as Alembic's create_table returns it. */
export async function runOp(op: Op, run: MigrationRun): Promise<unknown> {
  const ctx = implContext(run);
  const statements = dispatch(ctx.impl, op, ctx);
  await emitStatements(run, statements);
  return op.kind === "createTable" ? buildCreateTable(op, ctx) : undefined;
}
