/**
 * Naming conventions (SQLAlchemy's sql/naming.py): the name a constraint or index gets
 * from its MetaData's `namingConvention`, and whether it counts as already converted.
 */
import { isKind } from "./item.js";
import { isConv, type NameLike } from "./naming-name.js";
import type { Constraint, Index } from "./constraints.js";
import type { Column } from "./column.js";
import { referredTable, type Table } from "./table.js";
import { fail } from "../util/errors.js";

/** A resolved name; `converted` names (op.f or convention output) may be truncated to fit. */
export interface EffectiveName {
  readonly name: string;
  readonly converted: boolean;
}

function conventionKey(c: Constraint | Index): string | null {
  if (isKind(c, "index")) return "ix";
  if (isKind(c, "uniqueConstraint")) return "uq";
  if (isKind(c, "checkConstraint")) return "ck";
  if (isKind(c, "foreignKeyConstraint")) return "fk";
  if (isKind(c, "primaryKeyConstraint")) return "pk";
  return null;
}

const CLASS_NAMES: Readonly<Record<string, string>> = {
  ix: "Index", uq: "UniqueConstraint", ck: "CheckConstraint", fk: "ForeignKeyConstraint", pk: "PrimaryKeyConstraint",
};

export function effectiveName(c: Constraint | Index, table: Table): EffectiveName | null {
  const name: NameLike | null = c.name;
  if (isConv(name)) return { name: name.name, converted: true };
  const key = conventionKey(c);
  const conventions = table.metadata.namingConvention;
  const convention = key === null ? undefined : conventions[key] ?? conventions[CLASS_NAMES[key] ?? ""];
  if (typeof convention === "string" && (name === null || convention.includes("%(constraint_name)s"))) {
    return { name: formatConvention(convention, c, table), converted: true };
  }
  return name === null ? null : { name, converted: false };
}

function constraintColumns(c: Constraint | Index, table: Table): Column[] {
  let keys: readonly string[] = [];
  if (isKind(c, "index")) keys = (c as Index).elements.flatMap((e) => ("column" in e ? [e.column] : []));
  else if ("columns" in c) keys = c.columns;
  return keys.map((k) => table.c[k] ?? fail(`naming convention: no column '${k}' in table '${table.name}'`));
}

function label(col: Column, table: Table): string {
  const base = `${table.name}_${col.name ?? col.key}`;
  return table.schema === null ? base : `${table.schema.replaceAll(".", "_")}_${base}`;
}

function formatConvention(convention: string, c: Constraint | Index, table: Table): string {
  const cols = constraintColumns(c, table);
  const fk = isKind(c, "foreignKeyConstraint") ? (c as Extract<Constraint, { refColumns: unknown }>) : null;
  const referred = fk?.refColumns.map((spec) => {
    const parts = spec.split(".");
    const found = referredTable(table.metadata, spec);
    return { column: parts[parts.length - 1] ?? "", table: found?.name ?? parts[parts.length - 2] ?? "" };
  }) ?? [];
  const token = (t: string): string => {
    if (t === "table_name") return table.name;
    if (t === "constraint_name") {
      if (c.name === null) fail("Naming convention including %(constraint_name)s token requires that constraint is explicitly named.");
      return typeof c.name === "string" ? c.name : c.name.name;
    }
    if (t === "referred_table_name") return referred[0]?.table ?? fail("referred_table_name needs a foreign key");
    const custom = table.metadata.namingConvention[t];
    if (typeof custom === "function") return custom(c, table);
    const m = /^(referred_)?column_(0_N|0N|\d+)_(name|key|label)$/.exec(t);
    if (m === null) fail(`naming convention token %(${t})s is not known`);
    const [, ref, idx, attr] = m as unknown as [string, string | undefined, string, string];
    const values = ref !== undefined
      ? referred.map((r) => r.column)
      : cols.map((col) => (attr === "key" ? col.key : attr === "label" ? label(col, table) : col.name ?? col.key));
    if (idx === "0N") return values.join("");
    if (idx === "0_N") return values.join("_");
    return values[Number(idx)] ?? fail(`naming convention token %(${t})s: no column ${idx}`);
  };
  return convention.replace(/%\((\w+)\)s|%%/g, (whole, t: string | undefined) => (t === undefined ? "%" : token(t)));
}
