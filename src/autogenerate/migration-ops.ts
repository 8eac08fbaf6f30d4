/**
 * What autogenerate produces (Alembic's ops.UpgradeOps / DowngradeOps / ModifyTableOps): a list
 * of operations, those on one existing table grouped, so that renderAsBatch can put them in one
 * batchAlterTable block.
 */
import type { Op } from "../operations/handlers.js";

export interface ModifyTableOps {
  readonly kind: "modifyTable";
  readonly tableName: string;
  readonly schema: string | null;
  readonly ops: readonly Op[];
}

/** A column whose type is a named enum: what recreating the type must convert. */
export interface EnumUser {
  readonly tableName: string;
  readonly schema: string | null;
  readonly columnName: string;
  readonly array: boolean;
  /** The column's server default as the database reports it, to put back after the conversion. */
  readonly serverDefault: string | null;
}

/**
 * A named enum type's lifecycle on a dialect that creates enum types (Retort's own; Alembic
 * leaves types to the user): created (`from` null), dropped (`to` null), or its values changed.
 * The dialect's enumTypeChange() says which statements do it.
 */
export interface EnumTypeChange {
  readonly kind: "enumType";
  readonly name: string;
  readonly schema: string | null;
  readonly from: readonly string[] | null;
  readonly to: readonly string[] | null;
  /** Columns using the type before the upgrade (what a change that recreates the type converts). */
  readonly users: readonly EnumUser[];
}

export type AutogenItem = Op | ModifyTableOps | EnumTypeChange;

export interface MigrationScriptOps {
  readonly upgradeOps: readonly AutogenItem[];
  readonly downgradeOps: readonly AutogenItem[];
}

export const modifyTableOps = (tableName: string, schema: string | null, ops: readonly Op[]): ModifyTableOps =>
  Object.freeze({ kind: "modifyTable", tableName, schema, ops: Object.freeze([...ops]) });

/** Every op, the grouped ones in place (enum type changes are not ops of the op API). */
export const flattenOps = (items: readonly AutogenItem[]): Op[] =>
  items.flatMap((i) => (i.kind === "modifyTable" ? i.ops : i.kind === "enumType" ? [] : [i]));
