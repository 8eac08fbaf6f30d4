/** Column operations as frozen data. */
import type { Column, ServerDefault } from "../../schema/column.js";
import type { Computed, Identity } from "../../schema/sequence.js";
import { resolveType, type SqlType, type TypeLike } from "../../schema/types.js";
import type { DialectKeywords } from "../../schema/dialect-kwargs.js";

export interface AddColumnOptions {
  schema?: string | null;
  /** Batch mode only (ignored outside SQLite's move-and-copy). */
  insertBefore?: string;
  insertAfter?: string;
  /** Later Alembic (1.16): ADD COLUMN IF NOT EXISTS. */
  ifNotExists?: boolean;
}

export interface AddColumnOp {
  readonly kind: "addColumn";
  readonly tableName: string;
  readonly column: Column;
  readonly schema: string | null;
  readonly ifNotExists: boolean;
}

export const addColumnOp = (tableName: string, column: Column, o: AddColumnOptions = {}): AddColumnOp =>
  Object.freeze({ kind: "addColumn", tableName, column, schema: o.schema ?? null, ifNotExists: o.ifNotExists ?? false });

export interface DropColumnOptions extends DialectKeywords {
  schema?: string | null;
  /** Alembic 1.16: DROP COLUMN IF EXISTS. */
  ifExists?: boolean;
  existingType?: TypeLike;
}

export interface DropColumnOp {
  readonly kind: "dropColumn";
  readonly tableName: string;
  readonly columnName: string;
  readonly schema: string | null;
  /** The column it drops, where known (autogenerate): what reversing it adds again. */
  readonly column?: Column;
}

export const dropColumnOp = (tableName: string, columnName: string, o: DropColumnOptions = {}): DropColumnOp =>
  Object.freeze({ kind: "dropColumn", tableName, columnName, schema: o.schema ?? null });

export type AlterServerDefault = ServerDefault | Identity | Computed;

export interface AlterColumnOptions extends DialectKeywords {
  nullable?: boolean | null;
  /** `false` (the default) leaves the comment alone; null removes it. */
  comment?: string | null | false;
  /** `false` (the default) leaves the default alone; null drops it. */
  serverDefault?: AlterServerDefault | null | false;
  newColumnName?: string | null;
  type_?: TypeLike | null;
  existingType?: TypeLike | null;
  existingServerDefault?: AlterServerDefault | null | false;
  existingNullable?: boolean | null;
  existingComment?: string | null;
  schema?: string | null;
  postgresqlUsing?: string | null;
  autoincrement?: boolean | null;
  existingAutoincrement?: boolean | null;
}

export interface AlterColumnOp {
  readonly kind: "alterColumn";
  readonly tableName: string;
  readonly columnName: string;
  readonly schema: string | null;
  readonly nullable: boolean | null;
  readonly comment: string | null | false;
  readonly serverDefault: AlterServerDefault | null | false;
  readonly newColumnName: string | null;
  readonly type: SqlType | null;
  readonly existingType: SqlType | null;
  readonly existingServerDefault: AlterServerDefault | null | false;
  readonly existingNullable: boolean | null;
  readonly existingComment: string | null;
  readonly dialectOptions: Readonly<Record<string, unknown>>;
}

const ALTER_KNOWN = new Set([
  "nullable", "comment", "serverDefault", "newColumnName", "type_", "existingType", "existingServerDefault",
  "existingNullable", "existingComment", "schema",
]);

export const alterColumnOp = (tableName: string, columnName: string, o: AlterColumnOptions = {}): AlterColumnOp => {
  const dialectOptions: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!ALTER_KNOWN.has(k)) dialectOptions[k] = v;
  return Object.freeze({
    kind: "alterColumn",
    tableName,
    columnName,
    schema: o.schema ?? null,
    nullable: o.nullable ?? null,
    comment: o.comment === undefined ? false : o.comment,
    serverDefault: o.serverDefault === undefined ? false : o.serverDefault,
    newColumnName: o.newColumnName ?? null,
    type: o.type_ === undefined || o.type_ === null ? null : resolveType(o.type_),
    existingType: o.existingType === undefined || o.existingType === null ? null : resolveType(o.existingType),
    existingServerDefault: o.existingServerDefault === undefined ? false : o.existingServerDefault,
    existingNullable: o.existingNullable ?? null,
    existingComment: o.existingComment ?? null,
    dialectOptions: Object.freeze(dialectOptions),
  });
};
