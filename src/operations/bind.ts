/**
 * op.getBind(): a connection-like object for data migrations. Its statements are queued
 * like ops, so they run in call order inside the migration's transaction; online they
 * return rows, offline they are printed (Alembic hands out a mock connection that prints).
 */
import type { QueryResult } from "../dialects/dialect.js";
import type { DmlStatement } from "../schema/dml.js";
import { text, type TextClause } from "../schema/expressions.js";
import { isKind } from "../schema/item.js";
import { RUN_DDL, type DdlBind, type TypeDdl } from "../schema/bind.js";
import type { Statement } from "../dialects/base/statements.js";
import type { MigrationRun } from "./op-context.js";
import { compilerFor, ddlOf, emitStatements, implContext } from "./run-op.js";
import { elementStatements } from "../dialects/base/elements.js";

export interface Result {
  readonly rows: readonly Record<string, unknown>[];
  readonly rowCount: number;
  /** SQLAlchemy's Result.fetchall() / all(). */
  fetchall(): readonly Record<string, unknown>[];
  all(): readonly Record<string, unknown>[];
  first(): Record<string, unknown> | null;
  /** The first column of the first row, or null. */
  scalar(): unknown;
}

export interface Bind extends DdlBind {
  readonly dialect: { readonly name: string };
  /** Run SQL text, `sa.text(...)` (binds rendered inline) or an insert/update/delete. */
  execute(statement: string | TextClause | DmlStatement, params?: readonly unknown[]): Promise<Result>;
  /** Run SQL in the driver's own parameter style (`$1` for PostgreSQL). */
  execDriverSql(sql: string, params?: readonly unknown[]): Promise<Result>;
}

function toResult(r: QueryResult): Result {
  const rows = r.rows;
  const first = rows[0] ?? null;
  return Object.freeze({
    rows,
    rowCount: r.rowCount,
    fetchall: () => rows,
    all: () => rows,
    first: () => first,
    scalar: () => (first === null ? null : Object.values(first)[0] ?? null),
  });
}

export function makeBind(run: MigrationRun): Bind {
  const runSql = (sql: string, params?: readonly unknown[]) =>
    run.enqueue(async () => {
      if (params !== undefined && params.length > 0 && run.connection !== null) return toResult(await run.connection.query(sql, params));
      return toResult(await run.sink.emit(sql));
    });
  return Object.freeze({
    dialect: Object.freeze({ name: run.dialect.name }),
    execute: (statement: string | TextClause | DmlStatement, params?: readonly unknown[]) => {
      if (typeof statement === "string" && params !== undefined) return runSql(statement, params);
      const stmt: Statement = typeof statement === "string" || isKind(statement, "text")
        ? { kind: "text", sql: typeof statement === "string" ? text(statement) : (statement as TextClause) }
        : { kind: "dml", stmt: statement as DmlStatement };
      return run.enqueue(async () => toResult(await run.sink.emit(compilerFor(run).statement(stmt))));
    },
    execDriverSql: (sql: string, params?: readonly unknown[]) => runSql(sql, params),
    [RUN_DDL]: (ddl: TypeDdl) =>
      run.enqueue(async () => {
        const support = ddlOf(run.dialect);
        const el = ddl.element;
        if ((el.element === "CreateEnum" || el.element === "DropEnum") && ddl.checkfirst && run.connection !== null && support.typeExists) {
          // Online, checkfirst skips what is already there (offline SQLAlchemy never checks).
          const exists = await support.typeExists(run.connection, el.type);
          if (exists === (el.element === "CreateEnum")) return;
        }
        await emitStatements(run, elementStatements(el, implContext(run)));
      }),
  });
}
