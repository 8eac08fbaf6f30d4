/** Batch mode as one more op kind: the inner ops, already bound to the batch's table. */
import type { Op } from "../handlers.js";

export interface BatchAlterTableOptions {
  schema?: string | null;
  recreate?: "auto" | "always" | "never";
  partialReordering?: unknown;
  copyFrom?: unknown;
  tableArgs?: readonly unknown[];
  tableKwargs?: Record<string, unknown>;
  reflectArgs?: readonly unknown[];
  reflectKwargs?: Record<string, unknown>;
  namingConvention?: Record<string, unknown>;
}

export interface BatchAlterTableOp {
  readonly kind: "batchAlterTable";
  readonly tableName: string;
  readonly schema: string | null;
  readonly recreate: "auto" | "always" | "never";
  readonly ops: readonly Op[];
  readonly options: Readonly<BatchAlterTableOptions>;
}

export const batchAlterTableOp = (tableName: string, ops: readonly Op[], o: BatchAlterTableOptions = {}): BatchAlterTableOp =>
  Object.freeze({
    kind: "batchAlterTable", tableName, schema: o.schema ?? null, recreate: o.recreate ?? "auto",
    ops: Object.freeze([...ops]), options: Object.freeze({ ...o }),
  });
