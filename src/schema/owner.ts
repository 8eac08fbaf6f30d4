/**
 * Which Table a column, constraint or index belongs to: SQLAlchemy's `.table` attribute.
 * Our schema objects are frozen, so the link lives in a WeakMap written once, when the
 * Table is built (the objects themselves never change). It lets `sa.schema.AddConstraint(uq)`
 * and `sa.Index(null, t.c.a).create(bind)` find their table and its naming convention.
 */
import type { Table } from "./table.js";

const owners = new WeakMap<object, Table>();

export function setOwner(item: object, table: Table): void {
  if (!owners.has(item)) owners.set(item, table);
}

export function ownerOf(item: object): Table | undefined {
  return owners.get(item);
}
