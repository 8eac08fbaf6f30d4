/**
 * A reflected sa.Table described as Inspector dicts, for a dialect whose reflectSchema gives
 * only the tables (no `inspected`): the same keys, read back from the Table.
 */
import { isKind } from "../schema/item.js";
import { nameText } from "../schema/naming-name.js";
import type { ForeignKeyConstraint, UniqueConstraint, CheckConstraint } from "../schema/constraints.js";
import type { Table } from "../schema/table.js";
import type { InspectedTable } from "./inspected.js";

const sqlOf = (x: unknown): string => (typeof x === "string" ? x : String((x as { text?: unknown } | null)?.text ?? ""));
const nameOf = (n: unknown): string | null => (n === null || n === undefined ? null : nameText(n as never));

export function inspectedFromTable(t: Table): InspectedTable {
  const fks = t.constraints.filter((c): c is ForeignKeyConstraint => isKind(c, "foreignKeyConstraint"));
  const uqs = t.constraints.filter((c): c is UniqueConstraint => isKind(c, "uniqueConstraint"));
  const cks = t.constraints.filter((c): c is CheckConstraint => isKind(c, "checkConstraint"));
  return {
    name: t.name,
    schema: t.schema,
    columns: t.columns.map((c) => ({
      name: c.name ?? c.key,
      type: c.type,
      nullable: c.nullable,
      default: c.serverDefault === null ? null : sqlOf(c.serverDefault),
      autoincrement: c.autoincrement === "ignore_fk" ? "auto" : c.autoincrement,
      comment: c.comment,
    })),
    pk_constraint: { constrained_columns: [...t.primaryKey.columns], name: nameOf(t.primaryKey.name) },
    foreign_keys: fks.map((fk) => {
      const parts = (fk.refColumns[0] ?? "").split(".");
      return {
        name: nameOf(fk.name),
        constrained_columns: [...fk.columns],
        referred_schema: parts.length > 2 ? parts.slice(0, -2).join(".") : null,
        referred_table: parts.at(-2) ?? "",
        referred_columns: fk.refColumns.map((r) => r.split(".").at(-1) ?? ""),
        options: {
          ...(fk.ondelete ? { ondelete: fk.ondelete } : {}),
          ...(fk.onupdate ? { onupdate: fk.onupdate } : {}),
          ...(fk.deferrable !== null ? { deferrable: fk.deferrable } : {}),
          ...(fk.initially ? { initially: fk.initially } : {}),
        },
      };
    }),
    indexes: t.indexes.map((ix) => ({
      name: nameOf(ix.name) ?? "",
      column_names: ix.elements.map((e) => ("column" in e ? e.column : sqlOf(e.expr))),
      unique: ix.unique,
    })),
    unique_constraints: uqs.map((u) => ({ name: nameOf(u.name), column_names: [...u.columns] })),
    check_constraints: cks.map((c) => ({ name: nameOf(c.name), sqltext: sqlOf(c.sqltext) })),
    comment: t.comment,
    options: {},
    extras: {},
  };
}
