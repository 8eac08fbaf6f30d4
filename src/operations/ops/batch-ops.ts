/** Batch mode as one more op kind: the inner ops, already bound to the batch's table. */
import type { Op } from "../handlers.js";
import type { Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";

export interface BatchAlterTableOptions {
  schema?: string | null;
  recreate?: "auto" | "always" | "never";
  /** Alembic's partial_reordering: tuples of column names giving a partial order. */
  partialReordering?: readonly (readonly string[])[] | null;
  /** The existing table, so move-and-copy needs no reflection (required offline). */
  copyFrom?: Table | null;
  /** Extra columns/constraints for the new table (after the copied columns). */
  tableArgs?: readonly unknown[];
  /** Table keywords for the new table (comment, dialect options). */
  tableKwargs?: Record<string, unknown>;
  reflectArgs?: readonly unknown[];
  reflectKwargs?: Record<string, unknown>;
  /** Names reflected constraints get when they have none (Alembic's naming_convention). */
  namingConvention?: Record<string, string>;
}

/** What an inner op's record leaves out but move-and-copy needs (Alembic passes them as keywords). */
export interface BatchOpExtra {
  readonly insertBefore?: string | undefined;
  readonly insertAfter?: string | undefined;
  readonly existingType?: SqlType | null | undefined;
}

export interface BatchAlterTableOp {
  readonly kind: "batchAlterTable";
  readonly tableName: string;
  readonly schema: string | null;
  readonly recreate: "auto" | "always" | "never";
  readonly ops: readonly Op[];
  /** One entry per op, same order. */
  readonly extras: readonly BatchOpExtra[];
  /** The table to move and copy: copyFrom, or the one reflected online; null when not needed. */
  readonly existingTable: Table | null;
  readonly reflected: boolean;
  readonly options: Readonly<BatchAlterTableOptions>;
}

export const batchAlterTableOp = (tableName: string, ops: readonly Op[], o: BatchAlterTableOptions = {},
  more: { extras?: readonly BatchOpExtra[]; existingTable?: Table | null; reflected?: boolean } = {}): BatchAlterTableOp =>
  Object.freeze({
    kind: "batchAlterTable", tableName, schema: o.schema ?? null, recreate: o.recreate ?? "auto",
    ops: Object.freeze([...ops]),
    extras: Object.freeze(ops.map((_, i) => Object.freeze({ ...(more.extras?.[i] ?? {}) }))),
    existingTable: more.existingTable ?? o.copyFrom ?? null,
    reflected: more.reflected ?? false,
    options: Object.freeze({ ...o }),
  });
