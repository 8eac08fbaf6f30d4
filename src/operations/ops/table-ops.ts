/** Table-level operations as frozen data. */
import type { Column } from "../../schema/column.js";
import type { Constraint, Index } from "../../schema/constraints.js";
import type { TableOptions } from "../../schema/table.js";
import type { DialectKeywords } from "../../schema/dialect-kwargs.js";

export type CreateTableItem = Column | Constraint | Index;

export interface CreateTableOp {
  readonly kind: "createTable";
  readonly tableName: string;
  readonly items: readonly CreateTableItem[];
  readonly options: Readonly<TableOptions>;
  /** The Table it creates, where known (autogenerate): its effective constraint names, for rendering. */
  readonly table?: import("../../schema/table.js").Table;
}

export const createTableOp = (tableName: string, items: readonly CreateTableItem[], options: TableOptions = {}): CreateTableOp =>
  Object.freeze({ kind: "createTable", tableName, items: Object.freeze([...items]), options: Object.freeze({ ...options }) });

export interface DropTableOptions extends DialectKeywords {
  schema?: string | null;
  /** Later Alembic (1.13): DROP TABLE IF EXISTS. */
  ifExists?: boolean;
}

export interface DropTableOp {
  readonly kind: "dropTable";
  readonly tableName: string;
  readonly schema: string | null;
  readonly ifExists: boolean;
  /** The table it drops, where known (autogenerate): what reversing it creates again. */
  readonly table?: import("../../schema/table.js").Table;
}

export const dropTableOp = (tableName: string, o: DropTableOptions = {}): DropTableOp =>
  Object.freeze({ kind: "dropTable", tableName, schema: o.schema ?? null, ifExists: o.ifExists ?? false });

export interface RenameTableOp {
  readonly kind: "renameTable";
  readonly oldTableName: string;
  readonly newTableName: string;
  readonly schema: string | null;
}

export const renameTableOp = (oldTableName: string, newTableName: string, o: { schema?: string | null } = {}): RenameTableOp =>
  Object.freeze({ kind: "renameTable", oldTableName, newTableName, schema: o.schema ?? null });

export interface TableCommentOptions {
  existingComment?: string | null;
  schema?: string | null;
}

export interface CreateTableCommentOp {
  readonly kind: "createTableComment";
  readonly tableName: string;
  readonly comment: string | null;
  readonly existingComment: string | null;
  readonly schema: string | null;
}

export const createTableCommentOp = (tableName: string, comment: string | null, o: TableCommentOptions = {}): CreateTableCommentOp =>
  Object.freeze({ kind: "createTableComment", tableName, comment, existingComment: o.existingComment ?? null, schema: o.schema ?? null });

export interface DropTableCommentOp {
  readonly kind: "dropTableComment";
  readonly tableName: string;
  readonly existingComment: string | null;
  readonly schema: string | null;
}

export const dropTableCommentOp = (tableName: string, o: TableCommentOptions = {}): DropTableCommentOp =>
  Object.freeze({ kind: "dropTableComment", tableName, existingComment: o.existingComment ?? null, schema: o.schema ?? null });
