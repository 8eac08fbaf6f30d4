/** The differences as Alembic's diff tuples (to_diff_tuple), by op kind: what check and compareMetadata report. */
import { dispatch, type Handlers, type Op } from "../operations/handlers.js";
import { nameText } from "../schema/naming-name.js";
import type { AutogenItem, EnumTypeChange } from "./migration-ops.js";
import { typeRepr } from "./compare/repr.js";

export type DiffTuple = readonly unknown[];

const none = (): DiffTuple[] => [];

const DIFF: Handlers<DiffTuple[], null> = {
  createTable: (op) => [["add_table", op.table?.schema ?? null, op.tableName]],
  dropTable: (op) => [["remove_table", op.schema, op.tableName]],
  renameTable: none,
  createTableComment: (op) => [["add_table_comment", op.schema, op.tableName, op.comment, op.existingComment]],
  dropTableComment: (op) => [["remove_table_comment", op.schema, op.tableName]],
  addColumn: (op) => [["add_column", op.schema, op.tableName, op.column.name]],
  dropColumn: (op) => [["remove_column", op.schema, op.tableName, op.columnName]],
  alterColumn: (op) => {
    const out: DiffTuple[] = [];
    // Retort's own tuple: a rename proposed by renameHints.
    if (op.newColumnName !== null) out.push(["rename_column", op.schema, op.tableName, op.columnName, op.newColumnName]);
    if (op.type !== null) out.push(["modify_type", op.schema, op.tableName, op.columnName, op.existingType === null ? null : typeRepr(op.existingType), typeRepr(op.type)]);
    if (op.nullable !== null) out.push(["modify_nullable", op.schema, op.tableName, op.columnName, op.existingNullable, op.nullable]);
    if (op.serverDefault !== false) out.push(["modify_default", op.schema, op.tableName, op.columnName, defaultText(op.existingServerDefault), defaultText(op.serverDefault)]);
    if (op.comment !== false) out.push(["modify_comment", op.schema, op.tableName, op.columnName, op.existingComment, op.comment]);
    return out;
  },
  createIndex: (op) => [["add_index", op.schema, op.tableName, nameText(op.indexName)]],
  dropIndex: (op) => [["remove_index", op.schema, op.tableName, nameText(op.indexName)]],
  createPrimaryKey: none,
  createUniqueConstraint: (op) => [["add_constraint", op.schema, op.tableName, nameText(op.constraintName), op.columns]],
  createForeignKey: (op) => [["add_fk", op.options.sourceSchema ?? null, op.sourceTable, nameText(op.constraintName), op.localCols, op.referentTable, op.remoteCols]],
  createCheckConstraint: none,
  createExcludeConstraint: none,
  dropConstraint: (op) => [[op.type === "foreignkey" ? "remove_fk" : "remove_constraint", op.schema, op.tableName, nameText(op.constraintName)]],
  execute: none,
  bulkInsert: none,
  batchAlterTable: none,
};

function defaultText(d: unknown): string | null {
  if (d === null || d === false || d === undefined) return null;
  if (typeof d === "string") return d;
  return (d as { text?: string }).text ?? String(d);
}

/** Retort's own tuples for an enum type: add_enum, remove_enum, modify_enum (schema, name, values...). */
function enumTuples(e: EnumTypeChange): DiffTuple[] {
  if (e.from === null) return [["add_enum", e.schema, e.name, e.to]];
  if (e.to === null) return [["remove_enum", e.schema, e.name]];
  return [["modify_enum", e.schema, e.name, e.from, e.to]];
}

export function diffTuples(items: readonly AutogenItem[]): DiffTuple[] {
  return items.flatMap((i): DiffTuple[] => (i.kind === "enumType" ? enumTuples(i)
    : (i.kind === "modifyTable" ? i.ops : [i]).flatMap((op: Op) => dispatch(DIFF, op, null))));
}
