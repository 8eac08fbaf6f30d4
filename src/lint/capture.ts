/**
 * Lint's capturing run: each revision's upgrade() runs as in offline (--sql) mode, through the
 * same op proxy and queue, but every op is kept as data with the user's file:line of its
 * `op.*` call, instead of only its SQL being printed. No database is touched and env.ts is not run.
 */
import type { Dialect } from "../dialects/dialect.js";
import type { Op } from "../operations/handlers.js";
import { withMigration } from "../operations/op-context.js";
import { runAutocommitBlock } from "../operations/op.js";
import { createMigrationRun, type QueuedRun } from "../runtime/migration-run.js";
import { compilerFor, implContext, runOp } from "../runtime/run-op.js";
import type { Sink } from "../runtime/sink.js";
import { dispatch } from "../operations/handlers.js";
import type { Script } from "../script/script.js";
import { captureSite, userPosition, type CapturedSite } from "../util/call-site.js";
import { fail, messageOf } from "../util/errors.js";
import type { CapturedOp } from "./rule.js";

const EMPTY = Object.freeze({ rows: [], rowCount: 0 });

/** A sink that keeps nothing: lint compiles each op's statements itself (see compileOp). */
const silentSink: Sink = { offline: true, emit: async () => EMPTY, comment: () => {} };

/** The SQL an op becomes on `run`'s dialect, or none when it cannot be compiled offline. */
function compileOp(op: Op, run: QueuedRun): string[] {
  try {
    if (op.kind === "batchAlterTable") return op.ops.flatMap((inner) => compileOp(inner, run));
    const ctx = implContext(run);
    const compiler = compilerFor(run);
    return dispatch(ctx.impl, op, ctx).map((s) => compiler.statement(s));
  } catch {
    return [];
  }
}

/** Run one revision's upgrade() and return its ops in the order they ran. */
export async function captureRevision(script: Script, mod: Record<string, unknown>, dialect: Dialect): Promise<CapturedOp[]> {
  const fn = mod["upgrade"];
  if (typeof fn !== "function") fail(`Revision ${script.revision} (${script.path}) has no exported upgrade() function`);
  const captured: CapturedOp[] = [];
  let site: CapturedSite | null = null;
  let inTransaction = true;
  const run: QueuedRun = createMigrationRun({
    dialect,
    sink: silentSink,
    connection: null,
    literalBinds: true,
    migrationContext: null,
    autocommitBegin: async () => void (inTransaction = false),
    autocommitEnd: async () => void (inTransaction = true),
  });
  const context = { autocommitBlock: <T>(body: () => Promise<T>) => runAutocommitBlock(lintRun, body) };
  const lintRun: QueuedRun = {
    dialect: run.dialect,
    sink: run.sink,
    connection: run.connection,
    literalBinds: run.literalBinds,
    autocommitBegin: run.autocommitBegin,
    autocommitEnd: run.autocommitEnd,
    drain: () => run.drain(),
    bind: () => run.bind(),
    reflectTable: (tableName, options) => run.reflectTable(tableName, options),
    migrationContext: context,
    // The queue runs tasks one at a time, so the site of the task running is the site of its op.
    enqueue: (task) => {
      const queuedAt = captureSite();
      return run.enqueue(async () => {
        site = queuedAt;
        return task();
      });
    },
    runOp: async (op) => {
      const position = site?.stack === undefined ? null : userPosition(site.stack);
      const base = { file: position?.file ?? null, line: position?.line ?? null, inTransaction };
      captured.push({ op, ...base, statements: compileOp(op, lintRun), batch: null });
      if (op.kind === "batchAlterTable") {
        for (const inner of op.ops) captured.push({ op: inner, ...base, statements: compileOp(inner, lintRun), batch: op });
      }
      // createTable returns its Table to the migration; anything else that needs a database
      // (a batch that must reflect its table) has nothing to return offline.
      try {
        return op.kind === "createTable" ? await runOp(op, lintRun) : undefined;
      } catch {
        return undefined;
      }
    },
  };
  try {
    await withMigration(lintRun, async () => {
      await (fn as (kw: Readonly<Record<string, unknown>>) => unknown)({});
      await lintRun.drain();
    });
  } catch (err) {
    fail(`Revision ${script.revision} failed during upgrade() while being linted: ${messageOf(err)}`, err);
  }
  return captured;
}
