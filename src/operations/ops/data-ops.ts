/** Data operations: op.execute and op.bulkInsert. */
import type { DmlStatement } from "../../schema/dml.js";
import type { DdlElement } from "../../schema/ddl-elements.js";
import type { TextClause } from "../../schema/expressions.js";
import type { Table, TableClause } from "../../schema/table.js";

export type ExecutableSql = string | TextClause | DmlStatement | DdlElement;

export interface ExecuteOp {
  readonly kind: "execute";
  readonly sqltext: ExecutableSql;
  readonly executionOptions: Readonly<Record<string, unknown>>;
}

export const executeOp = (sqltext: ExecutableSql, o: { executionOptions?: Record<string, unknown> } = {}): ExecuteOp =>
  Object.freeze({ kind: "execute", sqltext, executionOptions: Object.freeze({ ...(o.executionOptions ?? {}) }) });

export interface BulkInsertOp {
  readonly kind: "bulkInsert";
  readonly table: Table | TableClause;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly multiinsert: boolean;
}

export const bulkInsertOp = (table: Table | TableClause, rows: readonly Record<string, unknown>[], o: { multiinsert?: boolean } = {}): BulkInsertOp =>
  Object.freeze({ kind: "bulkInsert", table, rows: Object.freeze(rows.map((r) => Object.freeze({ ...r }))), multiinsert: o.multiinsert ?? true });
