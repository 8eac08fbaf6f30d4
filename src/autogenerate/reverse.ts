/**
 * The downgrade of each op (Alembic's MigrateOperation.reverse()), an exhaustive handler table:
 * drops carry what they drop, so reversing needs no database.
 */
import { dispatch, type Handlers, type Op } from "../operations/handlers.js";
import { addColumnOp, alterColumnOp, dropColumnOp } from "../operations/ops/column-ops.js";
import { createForeignKeyOp, createIndexOp, createUniqueConstraintOp, dropConstraintOp, dropIndexOp } from "../operations/ops/constraint-ops.js";
import { createTableCommentOp, createTableOp, dropTableCommentOp, dropTableOp } from "../operations/ops/table-ops.js";
import type { ForeignKeyConstraint, UniqueConstraint } from "../schema/constraints.js";
import { isKind } from "../schema/item.js";
import { fail } from "../util/errors.js";
import type { NameLike } from "../schema/naming-name.js";
import { modifyTableOps, type AutogenItem, type EnumTypeChange } from "./migration-ops.js";
import { nameIn } from "./render/ops.js";
import { createIndexFrom, foreignKeyOpFrom } from "./compare/constraint-ops.js";

const cannot = (kind: string) => (): Op => fail(`autogenerate cannot reverse ${kind}`);
// An unnamed constraint reverses to dropConstraint(null), as Alembic 1.8.1 renders drop_constraint(None):
// the revision shows what to name, and running it fails as Alembic's does.
const orUnnamed = (n: NameLike | null): NameLike => n as NameLike;

const REVERSE: Handlers<Op, null> = {
  createTable: (op) => Object.freeze({ ...dropTableOp(op.tableName, { schema: op.table?.schema ?? null }), ...(op.table ? { table: op.table } : {}) }),
  dropTable: (op) => {
    const t = op.table ?? fail(`cannot reverse dropTable("${op.tableName}") without the table it drops`);
    return Object.freeze({ ...createTableOp(op.tableName, [...t.columns, ...t.constraintSet], { schema: t.schema }), table: t });
  },
  renameTable: cannot("renameTable"),
  createTableComment: (op) => (op.existingComment === null
    ? dropTableCommentOp(op.tableName, { existingComment: op.comment, schema: op.schema })
    : createTableCommentOp(op.tableName, op.existingComment, { existingComment: op.comment, schema: op.schema })),
  dropTableComment: (op) => createTableCommentOp(op.tableName, op.existingComment, { schema: op.schema }),
  addColumn: (op) => Object.freeze({ ...dropColumnOp(op.tableName, op.column.name ?? op.column.key, { schema: op.schema }), column: op.column }),
  dropColumn: (op) => addColumnOp(op.tableName, op.column ?? fail(`cannot reverse dropColumn("${op.columnName}") without the column`), { schema: op.schema }),
  alterColumn: (op) => {
    // AlterColumnOp.reverse: each modified attribute swaps with its existing value.
    const typeChanged = op.type !== null;
    const nullChanged = op.nullable !== null;
    const defaultChanged = op.serverDefault !== false;
    const commentChanged = op.comment !== false;
    return alterColumnOp(op.tableName, op.newColumnName ?? op.columnName, {
      schema: op.schema,
      ...(op.newColumnName !== null ? { newColumnName: op.columnName } : {}),
      existingType: typeChanged ? op.type : op.existingType,
      type_: typeChanged ? op.existingType : null,
      nullable: nullChanged ? op.existingNullable : null,
      existingNullable: nullChanged ? op.nullable : op.existingNullable,
      serverDefault: defaultChanged ? (op.existingServerDefault === false ? null : op.existingServerDefault) : false,
      existingServerDefault: defaultChanged ? op.serverDefault : op.existingServerDefault,
      comment: commentChanged ? op.existingComment : false,
      existingComment: commentChanged ? (op.comment as string | null) : op.existingComment,
    });
  },
  createIndex: (op) => Object.freeze({ ...dropIndexOp(op.indexName ?? fail("cannot reverse an unnamed createIndex"), op.tableName, { schema: op.schema }), ...(op.index ? { index: op.index } : {}) }),
  dropIndex: (op) => (op.index !== undefined ? createIndexFrom(op.index, op.tableName ?? "", op.schema, op.indexName)
    : fail(`cannot reverse dropIndex without the index it drops`)),
  createPrimaryKey: cannot("createPrimaryKey"),
  createUniqueConstraint: (op) => Object.freeze({
    ...dropConstraintOp(orUnnamed(op.constraintName), op.tableName, { type_: "unique", schema: op.schema }),
  }),
  createForeignKey: (op) => dropConstraintOp(orUnnamed(op.constraintName), op.sourceTable, { type_: "foreignkey", schema: op.options.sourceSchema ?? null }),
  createCheckConstraint: cannot("createCheckConstraint"),
  createExcludeConstraint: cannot("createExcludeConstraint"),
  dropConstraint: (op) => {
    const c = op.constraint ?? fail(`cannot reverse dropConstraint("${String(op.constraintName)}") without the constraint`);
    if (isKind(c, "uniqueConstraint")) return createUniqueConstraintOp(op.constraintName, op.tableName, (c as UniqueConstraint).columns, { schema: op.schema });
    if (isKind(c, "foreignKeyConstraint")) return foreignKeyOpFrom(c as ForeignKeyConstraint, op.constraintName, op.tableName, op.schema);
    return fail("autogenerate reverses only unique and foreign key constraints");
  },
  execute: cannot("execute"),
  bulkInsert: cannot("bulkInsert"),
  batchAlterTable: cannot("batchAlterTable"),
};

export const reverseOp = (op: Op): Op => dispatch(REVERSE, op, null);

/** The downgrade of a list of upgrade items: each reversed, in reverse order. */
export function reverseItems(items: readonly AutogenItem[]): AutogenItem[] {
  return [...items].reverse().map((i) => (i.kind === "modifyTable"
    ? modifyTableOps(i.tableName, i.schema, [...i.ops].reverse().map(reverseOp))
    : i.kind === "enumType" ? reverseEnum(i) : reverseOp(i)));
}

/**
 * The change back: from and to swapped. Its users stay those before the upgrade: the upgrade makes
 * a change before its table ops and the downgrade undoes it after undoing them.
 */
function reverseEnum(e: EnumTypeChange): EnumTypeChange {
  return Object.freeze({ ...e, from: e.to, to: e.from });
}

export { nameIn, createIndexOp, createForeignKeyOp };
