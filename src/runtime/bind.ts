/**
 * op.getBind(): a connection-like object for data migrations. Its statements are queued
 * like ops, so they run in call order inside the migration's transaction; online they
 * return rows, offline they are printed (Alembic hands out a mock connection that prints).
 */
import type { QueryResult } from "../dialects/dialect.js";
import type { DmlStatement } from "../schema/dml.js";
import { text, type TextClause } from "../schema/expressions.js";
import { isKind } from "../schema/item.js";
import { REFLECT, RUN_DDL, type DdlBind, type ReflectBind, type TypeDdl } from "../schema/bind.js";
import { makeReflector, offlineMessage } from "../reflection/reflector.js";
import { fail } from "../util/errors.js";
import type { Statement } from "../dialects/base/statements.js";
import type { MigrationRun } from "../operations/op-context.js";
import { compilerFor, emitStatements, implContext } from "./run-op.js";
import { elementStatements } from "../dialects/base/elements.js";
import { withUnknownMembers } from "../util/unknown-member.js";

export interface Result {
  readonly rows: readonly Record<string, unknown>[];
  readonly rowCount: number;
  /** SQLAlchemy's Result.fetchall() / all(). */
  fetchall(): readonly Record<string, unknown>[];
  all(): readonly Record<string, unknown>[];
  first(): Record<string, unknown> | null;
  [Symbol.iterator](): Iterator<Record<string, unknown>>;
  /** The next row, or null after the last. */
  fetchone(): Record<string, unknown> | null;
  /** The first column of the first row, or null. */
  scalar(): unknown;
}

export interface Bind extends DdlBind, ReflectBind {
  readonly dialect: { readonly name: string };
  /** SQLAlchemy's Connection.engine, for its name. */
  readonly engine: { readonly name: string; readonly dialect: { readonly name: string } };
  /** Run SQL text, `sa.text(...)` (binds rendered inline) or an insert/update/delete. */
  execute(statement: string | TextClause | DmlStatement, params?: readonly unknown[]): Promise<Result>;
  /** Run SQL in the driver's own parameter style (`$1` for PostgreSQL). */
  execDriverSql(sql: string, params?: readonly unknown[]): Promise<Result>;
  /** The same, in SQLAlchemy's spelling (the contract keeps method names of SQLAlchemy objects). */
  exec_driver_sql(sql: string, params?: readonly unknown[]): Promise<Result>;
}

/**
 * A row as SQLAlchemy's Row reads: by column name, and like a tuple, by position and in
 * iteration (`row.name`, `row[1]`, `const [id, name] = row`). Only the names are enumerable, so
 * the row still prints and compares as the plain object it was.
 */
function tupleRow(row: Record<string, unknown>): Record<string, unknown> {
  const values = Object.values(row);
  const extra: PropertyDescriptorMap = {
    length: { value: values.length },
    [Symbol.iterator]: { value: () => values[Symbol.iterator]() },
    _mapping: { value: row },
  };
  values.forEach((v, i) => (extra[i] = { value: v }));
  for (const name of Object.keys(row)) delete extra[name]; // a column named `length` stays the column
  return Object.defineProperties({ ...row }, extra);
}

function toResult(r: QueryResult): Result {
  const rows = r.rows.map(tupleRow);
  const first = rows[0] ?? null;
  let next = 0;
  return Object.freeze({
    rows,
    rowCount: r.rowCount,
    fetchall: () => rows,
    all: () => rows,
    first: () => first,
    fetchone: () => rows[next++] ?? null,
    [Symbol.iterator]: () => rows[Symbol.iterator](),
    scalar: () => (first === null ? null : Object.values(first)[0] ?? null),
  });
}

export function makeBind(run: MigrationRun): Bind {
  const runSql = (sql: string, params?: readonly unknown[]) =>
    run.enqueue(async () => {
      if (params !== undefined && params.length > 0 && run.connection !== null) return toResult(await run.connection.query(sql, params));
      return toResult(await run.sink.emit(sql));
    });
  const dialect = Object.freeze({ name: run.dialect.name });
  const execDriverSql = (sql: string, params?: readonly unknown[]) => runSql(sql, params);
  return withUnknownMembers("getBind()", "method", Object.freeze({
    dialect,
    // `bind.engine.name` / `bind.engine.dialect.name`, as migrations that branch on the database ask.
    engine: Object.freeze({ name: dialect.name, dialect }),
    execute: (statement: string | TextClause | DmlStatement, params?: readonly unknown[]) => {
      if (typeof statement === "string" && params !== undefined) return runSql(statement, params);
      const stmt: Statement = typeof statement === "string" || isKind(statement, "text")
        ? { kind: "text", sql: typeof statement === "string" ? text(statement) : (statement as TextClause) }
        : { kind: "dml", stmt: statement as DmlStatement };
      return run.enqueue(async () => toResult(await run.sink.emit(compilerFor(run).statement(stmt))));
    },
    execDriverSql,
    exec_driver_sql: execDriverSql,
    // Reading the schema waits its turn, so it sees what the migration's earlier operations did.
    [REFLECT]: makeReflector((caller, fn) => run.enqueue(() => fn(run.connection ?? fail(offlineMessage(caller)), run.dialect))),
    [RUN_DDL]: (ddl: TypeDdl) =>
      run.enqueue(async () => {
        const support = run.dialect;
        const el = ddl.element;
        // SQLAlchemy's SchemaGenerator creates what the dialect has: no sequences, or no native
        // enum types (a non-native Enum is a VARCHAR, with nothing to create), and nothing else.
        if ((el.element === "CreateSequence" || el.element === "DropSequence") && !support.features.supportsSequences) return;
        if ((el.element === "CreateEnum" || el.element === "DropEnum") && !support.features.supportsNativeEnum) return;
        // Where enums are inline (MySQL), only a type of its own (postgresql.ENUM) has a CREATE to run.
        if ((el.element === "CreateEnum" || el.element === "DropEnum") && !support.features.createsEnumTypes && el.type.enumSpec?.ownType !== true) return;
        if ((el.element === "CreateSequence" || el.element === "DropSequence") && ddl.checkfirst && run.connection !== null && support.sequenceExists) {
          const exists = await support.sequenceExists(run.connection, el.sequence.name, el.sequence.schema);
          if (exists === (el.element === "CreateSequence")) return;
        }
        if ((el.element === "CreateEnum" || el.element === "DropEnum") && ddl.checkfirst && run.connection !== null && support.typeExists) {
          // Online, checkfirst skips what is already there (offline SQLAlchemy never checks).
          const exists = await support.typeExists(run.connection, el.type);
          if (exists === (el.element === "CreateEnum")) return;
        }
        await emitStatements(run, elementStatements(el, implContext(run)));
      }),
  }));
}
