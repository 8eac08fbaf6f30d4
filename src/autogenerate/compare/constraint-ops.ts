/** Ops built from schema objects (Alembic's CreateIndexOp.from_index, AddConstraintOp.from_constraint...). */
import { createForeignKeyOp, createIndexOp, createUniqueConstraintOp, dropConstraintOp, dropIndexOp,
  type CreateForeignKeyOp, type CreateIndexOp, type DropConstraintOp, type DropIndexOp } from "../../operations/ops/constraint-ops.js";
import type { Constraint, ForeignKeyConstraint, Index, UniqueConstraint } from "../../schema/constraints.js";
import type { NameLike } from "../../schema/naming-name.js";
import { fail } from "../../util/errors.js";

export function createIndexFrom(ix: Index, tableName: string, schema: string | null, name: NameLike | null): CreateIndexOp {
  const columns = ix.elements.map((e) => ("column" in e ? e.column : e.expr));
  // Keys starting with "_" are Retort's own markers (an index a column flag made), not options.
  const dialectOptions = Object.fromEntries(Object.entries(ix.dialectOptions).filter(([k]) => !k.startsWith("_")));
  return Object.freeze({ ...createIndexOp(name, tableName, columns, { schema, unique: ix.unique, ...dialectOptions }), index: ix });
}

export function dropIndexFrom(ix: Index, tableName: string, schema: string | null, name: NameLike | null): DropIndexOp {
  return Object.freeze({ ...dropIndexOp(name ?? fail("an index to drop has a name"), tableName, { schema }), index: ix });
}

/** The referred "schema.table.column" split as create_foreign_key takes it. */
export function foreignKeyOpFrom(fk: ForeignKeyConstraint, name: NameLike | null, tableName: string, schema: string | null): CreateForeignKeyOp {
  const first = fk.refColumns[0] ?? "";
  const parts = first.split(".");
  parts.pop();
  const referent = parts.pop() ?? "";
  const referentSchema = parts.length > 0 ? parts.join(".") : null;
  const remote = fk.refColumns.map((r) => r.split(".").at(-1) ?? r);
  return createForeignKeyOp(name, tableName, referent, fk.columns, remote, {
    ...(referentSchema !== null ? { referentSchema } : {}),
    ...(fk.onupdate !== null ? { onupdate: fk.onupdate } : {}),
    ...(fk.ondelete !== null ? { ondelete: fk.ondelete } : {}),
    ...(fk.initially !== null ? { initially: fk.initially } : {}),
    ...(fk.deferrable !== null ? { deferrable: fk.deferrable } : {}),
    ...(schema !== null ? { sourceSchema: schema } : {}),
    ...(fk.match !== null ? { match: fk.match } : {}),
  });
}

export function uniqueOpFrom(uq: UniqueConstraint, name: NameLike | null, tableName: string, schema: string | null) {
  return createUniqueConstraintOp(name, tableName, uq.columns, {
    schema, ...(uq.deferrable !== null ? { deferrable: uq.deferrable } : {}), ...(uq.initially !== null ? { initially: uq.initially } : {}),
  });
}

export function dropConstraintFrom(c: Constraint, name: NameLike, tableName: string, schema: string | null, type: string): DropConstraintOp {
  return Object.freeze({ ...dropConstraintOp(name, tableName, { type_: type, schema }), constraint: c });
}
