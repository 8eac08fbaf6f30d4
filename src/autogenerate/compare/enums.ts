/**
 * Named enum types (Retort's own, where the dialect has enumTypeChange()): a type the metadata's
 * columns use and the database lacks is created before the tables; one whose values differ is
 * changed there too; one that columns used and none uses any more is dropped after the tables.
 * Columns then compare enums by name only: the values are the type's business.
 */
import type { ReflectedEnum } from "../../dialects/dialect.js";
import type { Column } from "../../schema/column.js";
import { isKind } from "../../schema/item.js";
import type { MetaData, Table } from "../../schema/table.js";
import { dialectType, type SqlType } from "../../schema/types.js";
import type { EnumTypeChange, EnumUser } from "../migration-ops.js";
import type { AutogenContext } from "./context.js";

const key = (schema: string | null, name: string) => `${schema ?? ""}\u0000${name}`;

interface Used { readonly name: string; readonly schema: string | null; readonly values: readonly string[]; readonly column: Column; readonly table: Table; readonly array: boolean }

/** The named native enums a table's columns use (arrays of them included), in column order. */
export function enumsUsedBy(t: Table, dialectName: string): Used[] {
  const out: Used[] = [];
  for (const c of t.columns) {
    let type: SqlType = dialectType(c.type, dialectName);
    const array = type.family === "array" && type.itemType !== undefined;
    if (array) type = dialectType(type.itemType!, dialectName);
    const spec = type.enumSpec;
    if (type.family !== "enum" || spec === undefined || !spec.nativeEnum || spec.name === null || !spec.createType) continue;
    out.push({ name: spec.name, schema: spec.schema ?? (spec.inheritSchema ? t.schema : null), values: spec.values, column: c, table: t, array });
  }
  return out;
}

const defaultText = (d: Column["serverDefault"]): string | null => {
  if (d === null) return null;
  if (typeof d === "string") return d;
  return isKind(d, "text") ? (d as unknown as { text: string }).text : null;
};

/**
 * The enum changes before the table ops and after them. `kept` says whether a reflected table
 * stays (not dropped by this comparison), so that a type it uses is not dropped.
 */
export function compareEnums(ctx: AutogenContext, enums: readonly ReflectedEnum[], reflected: MetaData,
  metaTables: readonly Table[], dropped: ReadonlySet<Table>): { before: EnumTypeChange[]; after: EnumTypeChange[] } {
  const dialect = ctx.dialect.name;
  const declared = new Map<string, Used>();
  for (const t of metaTables) for (const u of enumsUsedBy(t, dialect)) if (!declared.has(key(u.schema, u.name))) declared.set(key(u.schema, u.name), u);
  const users = new Map<string, EnumUser[]>();
  const usedAfter = new Set(declared.keys());
  for (const t of reflected.tables.values()) {
    for (const u of enumsUsedBy(t, dialect)) {
      const k = key(u.schema, u.name);
      const list = users.get(k) ?? [];
      list.push({ tableName: t.name, schema: t.schema, columnName: u.column.name ?? u.column.key, array: u.array, serverDefault: defaultText(u.column.serverDefault) });
      users.set(k, list);
      if (!dropped.has(t) && !metaTables.some((m) => m.name === t.name && m.schema === t.schema)) usedAfter.add(k);
    }
  }
  const live = new Map(enums.map((e) => [key(e.schema, e.name), e]));
  const before: EnumTypeChange[] = [];
  const after: EnumTypeChange[] = [];
  const change = (name: string, schema: string | null, from: readonly string[] | null, to: readonly string[] | null): EnumTypeChange =>
    Object.freeze({ kind: "enumType", name, schema, from, to, users: Object.freeze(users.get(key(schema, name)) ?? []) });
  const q = (schema: string | null, name: string) => (schema === null ? name : `${schema}.${name}`);
  for (const [k, u] of declared) {
    const e = live.get(k);
    if (e === undefined) {
      before.push(change(u.name, u.schema, null, u.values));
      ctx.info(`Detected added enum type '${q(u.schema, u.name)}'`);
    } else if (e.labels.length !== u.values.length || e.labels.some((v, i) => v !== u.values[i])) {
      before.push(change(u.name, u.schema, e.labels, u.values));
      ctx.info(`Detected changed enum type '${q(u.schema, u.name)}' from (${e.labels.map((v) => `'${v}'`).join(", ")}) to (${u.values.map((v) => `'${v}'`).join(", ")})`);
    }
  }
  // Sorted by (schema, name): the reflected list's order is the catalog's.
  for (const e of [...enums].sort((a, b) => (key(a.schema, a.name) < key(b.schema, b.name) ? -1 : 1))) {
    const k = key(e.schema, e.name);
    if (!users.has(k) || usedAfter.has(k)) continue; // never used by a column here: not ours to drop
    after.push(change(e.name, e.schema, e.labels, null));
    ctx.info(`Detected removed enum type '${q(e.schema, e.name)}'`);
  }
  return { before, after };
}
