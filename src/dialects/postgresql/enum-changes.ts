/**
 * Dialect.enumTypeChange for PostgreSQL: CREATE TYPE / DROP TYPE; new values by ALTER TYPE ... ADD
 * VALUE (which PostgreSQL before 12 refuses in a transaction, and whose value no statement of the
 * same transaction may use, so it runs in an autocommit block); values replaced at their position
 * by ALTER TYPE ... RENAME VALUE; anything else (a value removed, the order changed) by recreating
 * the type: rename the old one, create the new, convert each column through text, drop the old.
 */
import type { EnumTypeChangeSpec } from "../dialect.js";
import { quoteIdentifier } from "./quoting.js";

type Stmt = { readonly sql: string; readonly autocommit: boolean };
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const qualified = (schema: string | null, name: string) => (schema === null ? quoteIdentifier(name) : `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`);
const tx = (sql: string): Stmt => ({ sql, autocommit: false });

/** Whether `to` is `from` with values inserted, the others in the same order. */
function onlyAdded(from: readonly string[], to: readonly string[]): boolean {
  let i = 0;
  for (const v of to) if (v === from[i]) i++;
  return i === from.length && from.every((v) => to.includes(v));
}

export function enumTypeChange(c: EnumTypeChangeSpec): readonly Stmt[] {
  const type = qualified(c.schema, c.name);
  const create = (values: readonly string[]) => tx(`CREATE TYPE ${type} AS ENUM (${values.map(lit).join(", ")})`);
  if (c.from === null) return c.to === null ? [] : [create(c.to)];
  if (c.to === null) return [tx(`DROP TYPE ${type}`)];
  const from = c.from;
  const to = c.to;
  if (onlyAdded(from, to)) {
    return to.flatMap((v, i): Stmt[] => {
      if (from.includes(v)) return [];
      // Placed after the value before it, or before the first value.
      const where = i > 0 ? ` AFTER ${lit(to[i - 1]!)}` : from.length > 0 ? ` BEFORE ${lit(from[0]!)}` : "";
      return [{ sql: `ALTER TYPE ${type} ADD VALUE ${lit(v)}${where}`, autocommit: true }];
    });
  }
  const renamedOnly = from.length === to.length && from.every((v, i) => v === to[i] || (!to.includes(v) && !from.includes(to[i]!)));
  if (renamedOnly) return from.flatMap((v, i) => (v === to[i] ? [] : [tx(`ALTER TYPE ${type} RENAME VALUE ${lit(v)} TO ${lit(to[i]!)}`)]));
  const old = `${c.name}_old`;
  const out: Stmt[] = [tx(`ALTER TYPE ${type} RENAME TO ${quoteIdentifier(old)}`), create(to)];
  for (const u of c.users) {
    const table = qualified(u.schema, u.tableName);
    const col = quoteIdentifier(u.columnName);
    const cast = u.array ? `${col}::text[]::${type}[]` : `${col}::text::${type}`;
    if (u.serverDefault !== null) out.push(tx(`ALTER TABLE ${table} ALTER COLUMN ${col} DROP DEFAULT`));
    out.push(tx(`ALTER TABLE ${table} ALTER COLUMN ${col} TYPE ${type}${u.array ? "[]" : ""} USING ${cast}`));
    if (u.serverDefault !== null) out.push(tx(`ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT ${u.serverDefault}`));
  }
  out.push(tx(`DROP TYPE ${qualified(c.schema, old)}`));
  return out;
}
