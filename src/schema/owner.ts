/**
 * Which Table a column, constraint or index belongs to: SQLAlchemy's `.table` attribute.
 * Our schema objects are frozen, so the link lives in a WeakMap written once, when the
 * Table is built (the objects themselves never change). It lets `sa.schema.AddConstraint(uq)`
 * and `sa.Index(null, t.c.a).create(bind)` find their table and its naming convention.
 *
 * Few runs ever ask (autogenerate builds thousands of tables and asks for none), so a Table's
 * items wait in a queue, and enter the WeakMap in the order their tables were built (the first
 * table to claim an item keeps it) when an owner is first asked for, or once the queue is long.
 */
import type { Table } from "./table.js";

const owners = new WeakMap<object, Table>();
let pending: { readonly table: Table; readonly items: readonly object[] }[] = [];
/** Tables queued at most: the queue holds its tables strongly, where the WeakMap would not. */
const MAX_PENDING = 4096;

function flush(): void {
  if (pending.length === 0) return;
  const queued = pending;
  pending = [];
  const claim = (item: object, table: Table): void => {
    if (!owners.has(item)) owners.set(item, table);
  };
  for (const { table, items } of queued) {
    for (const c of table.columns) claim(c, table);
    for (const item of items) claim(item, table);
    claim(table.primaryKey, table);
    for (const c of table.constraints) claim(c, table);
    for (const i of table.indexes) claim(i, table);
  }
}

/**
 * A Table just built, and the items it was given: it owns those and its own columns, primary key,
 * constraints and indexes (and keeps those an earlier table claimed to that one).
 */
export function setOwners(table: Table, items: readonly object[]): void {
  pending.push({ table, items });
  if (pending.length >= MAX_PENDING) flush();
}

export function setOwner(item: object, table: Table): void {
  flush();
  if (!owners.has(item)) owners.set(item, table);
}

export function ownerOf(item: object): Table | undefined {
  flush();
  return owners.get(item);
}
