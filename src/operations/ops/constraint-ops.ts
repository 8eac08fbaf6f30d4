/** Constraint and index operations as frozen data. */
import type { NameLike } from "../../schema/naming-name.js";
import type { SqlExpr } from "../../schema/expressions.js";
import type { ColumnRefLike } from "../../schema/column.js";
import type { DialectKeywords } from "../../schema/dialect-kwargs.js";

export type ConstraintColumns = readonly (string | ColumnRefLike)[];

const colName = (c: string | ColumnRefLike): string => (typeof c === "string" ? c : c.name ?? "");

export interface CreatePrimaryKeyOp {
  readonly kind: "createPrimaryKey";
  readonly constraintName: NameLike | null;
  readonly tableName: string;
  readonly columns: readonly string[];
  readonly schema: string | null;
  readonly options: Readonly<Record<string, unknown>>;
}

export const createPrimaryKeyOp = (
  constraintName: NameLike | null, tableName: string, columns: ConstraintColumns, o: { schema?: string | null } & DialectKeywords = {},
): CreatePrimaryKeyOp => {
  const { schema, ...rest } = o;
  return Object.freeze({ kind: "createPrimaryKey", constraintName, tableName, columns: columns.map(colName), schema: schema ?? null, options: Object.freeze(rest) });
};

export interface UniqueOptions extends DialectKeywords {
  schema?: string | null;
  deferrable?: boolean | null;
  initially?: string | null;
}

export interface CreateUniqueConstraintOp {
  readonly kind: "createUniqueConstraint";
  readonly constraintName: NameLike | null;
  readonly tableName: string;
  readonly columns: readonly string[];
  readonly schema: string | null;
  readonly options: Readonly<Record<string, unknown>>;
}

export const createUniqueConstraintOp = (
  constraintName: NameLike | null, tableName: string, columns: ConstraintColumns, o: UniqueOptions = {},
): CreateUniqueConstraintOp => {
  const { schema, ...rest } = o;
  return Object.freeze({ kind: "createUniqueConstraint", constraintName, tableName, columns: columns.map(colName), schema: schema ?? null, options: Object.freeze(rest) });
};

export interface ForeignKeyOptions extends DialectKeywords {
  onupdate?: string | null;
  ondelete?: string | null;
  deferrable?: boolean | null;
  initially?: string | null;
  match?: string | null;
  sourceSchema?: string | null;
  referentSchema?: string | null;
}

export interface CreateForeignKeyOp {
  readonly kind: "createForeignKey";
  readonly constraintName: NameLike | null;
  readonly sourceTable: string;
  readonly referentTable: string;
  readonly localCols: readonly string[];
  readonly remoteCols: readonly string[];
  readonly options: Readonly<ForeignKeyOptions>;
}

export const createForeignKeyOp = (
  constraintName: NameLike | null, sourceTable: string, referentTable: string, localCols: ConstraintColumns, remoteCols: ConstraintColumns,
  o: ForeignKeyOptions = {},
): CreateForeignKeyOp =>
  Object.freeze({
    kind: "createForeignKey", constraintName, sourceTable, referentTable,
    localCols: localCols.map(colName), remoteCols: remoteCols.map(colName), options: Object.freeze({ ...o }),
  });

export interface CheckOptions extends DialectKeywords {
  schema?: string | null;
  deferrable?: boolean | null;
  initially?: string | null;
}

export interface CreateCheckConstraintOp {
  readonly kind: "createCheckConstraint";
  readonly constraintName: NameLike | null;
  readonly tableName: string;
  readonly condition: string | SqlExpr;
  readonly schema: string | null;
  readonly options: Readonly<Record<string, unknown>>;
}

export const createCheckConstraintOp = (
  constraintName: NameLike | null, tableName: string, condition: string | SqlExpr, o: CheckOptions = {},
): CreateCheckConstraintOp => {
  const { schema, ...rest } = o;
  return Object.freeze({ kind: "createCheckConstraint", constraintName, tableName, condition, schema: schema ?? null, options: Object.freeze(rest) });
};

export type ExcludeElementArg = readonly [string | SqlExpr | ColumnRefLike, string];

export interface ExcludeOptions {
  where?: string | SqlExpr | null;
  schema?: string | null;
  using?: string;
  deferrable?: boolean | null;
  initially?: string | null;
  ops?: Record<string, string>;
}

export interface CreateExcludeConstraintOp {
  readonly kind: "createExcludeConstraint";
  readonly constraintName: NameLike | null;
  readonly tableName: string;
  readonly elements: readonly ExcludeElementArg[];
  readonly options: Readonly<ExcludeOptions>;
}

export const createExcludeConstraintOp = (
  constraintName: NameLike | null, tableName: string, elements: readonly ExcludeElementArg[], o: ExcludeOptions = {},
): CreateExcludeConstraintOp =>
  Object.freeze({ kind: "createExcludeConstraint", constraintName, tableName, elements: Object.freeze([...elements]), options: Object.freeze({ ...o }) });

export type ConstraintType = "foreignkey" | "primary" | "unique" | "check" | null;

export interface DropConstraintOp {
  readonly kind: "dropConstraint";
  readonly constraintName: NameLike;
  readonly tableName: string;
  readonly type: string | null;
  readonly schema: string | null;
  /** The constraint it drops, where known (autogenerate): what reversing it creates again. */
  readonly constraint?: import("../../schema/constraints.js").Constraint;
}

export const dropConstraintOp = (
  constraintName: NameLike, tableName: string, o: { type_?: string | null; schema?: string | null } = {},
): DropConstraintOp =>
  Object.freeze({ kind: "dropConstraint", constraintName, tableName, type: o.type_ ?? null, schema: o.schema ?? null });

export type IndexColumn = string | SqlExpr | ColumnRefLike;

export interface CreateIndexOptions extends DialectKeywords {
  schema?: string | null;
  unique?: boolean;
  /** Later Alembic (1.12): CREATE INDEX IF NOT EXISTS. */
  ifNotExists?: boolean;
}

export interface CreateIndexOp {
  readonly kind: "createIndex";
  readonly indexName: NameLike | null;
  readonly tableName: string;
  readonly columns: readonly IndexColumn[];
  readonly schema: string | null;
  readonly unique: boolean;
  readonly ifNotExists: boolean;
  readonly dialectOptions: Readonly<Record<string, unknown>>;
  /** The Index it creates, where known (autogenerate): what reversing it drops. */
  readonly index?: import("../../schema/constraints.js").Index;
}

export const createIndexOp = (
  indexName: NameLike | null, tableName: string, columns: IndexColumn | readonly IndexColumn[], o: CreateIndexOptions = {},
): CreateIndexOp => {
  const { schema, unique, ifNotExists, ...rest } = o;
  return Object.freeze({
    kind: "createIndex", indexName, tableName,
    columns: Object.freeze(Array.isArray(columns) ? [...(columns as IndexColumn[])] : [columns as IndexColumn]),
    schema: schema ?? null, unique: unique ?? false, ifNotExists: ifNotExists ?? false, dialectOptions: Object.freeze(rest),
  });
};

export interface DropIndexOptions extends DialectKeywords {
  schema?: string | null;
  /** Later Alembic (1.12): DROP INDEX IF EXISTS. */
  ifExists?: boolean;
}

export interface DropIndexOp {
  readonly kind: "dropIndex";
  readonly indexName: NameLike;
  readonly tableName: string | null;
  readonly schema: string | null;
  readonly ifExists: boolean;
  readonly dialectOptions: Readonly<Record<string, unknown>>;
  /** The index it drops, where known (autogenerate): what reversing it creates again. */
  readonly index?: import("../../schema/constraints.js").Index;
}

export const dropIndexOp = (indexName: NameLike, tableName: string | null = null, o: DropIndexOptions = {}): DropIndexOp => {
  const { schema, ifExists, ...rest } = o;
  return Object.freeze({ kind: "dropIndex", indexName, tableName, schema: schema ?? null, ifExists: ifExists ?? false, dialectOptions: Object.freeze(rest) });
};
