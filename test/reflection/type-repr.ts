/**
 * A Retort type written as Python's repr() of the SQLAlchemy type writes it, as a class name and
 * a set of arguments (their order in repr() is SQLAlchemy's MRO walk, which says nothing about
 * the type), so reflected types compare with record.py's recording.
 */
import type { SqlType } from "../../src/schema/types.js";

const pyStr = (s: string) => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`);

export interface TypeShape { readonly class: string; readonly args: readonly string[] }

/** Split SQLAlchemy's `CLASS(a, b=c)` at its top-level commas. */
export function parseRepr(repr: string): TypeShape {
  const m = /^(\w+)\((.*)\)$/s.exec(repr);
  if (m === null) return { class: repr, args: [] };
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = "";
  for (const ch of m[2] ?? "") {
    if (quote !== null) {
      cur += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      args.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim() !== "") args.push(cur.trim());
  return { class: m[1] ?? "", args: args.sort() };
}

const reprOf = (s: TypeShape) => `${s.class}(${s.args.join(", ")})`;

export function typeShape(t: SqlType): TypeShape {
  const args: string[] = [];
  if (t.itemType !== undefined) args.push(reprOf(typeShape(t.itemType)));
  if (t.timezone === true) args.push("timezone=True");
  // postgresql.JSON / JSONB name their astext_type (Text() unless given).
  const astext = t.extra?.["astextType"] as SqlType | undefined;
  if (astext !== undefined) args.push(`astext_type=${reprOf(typeShape(astext))}`);
  if (t.enumSpec?.name && t.enumSpec.nativeEnum) args.push(`name=${pyStr(t.enumSpec.name)}`);
  const my = (t.extra?.["mysql"] ?? {}) as Record<string, unknown>;
  const values = t.enumSpec?.values ?? (my["values"] as readonly string[] | undefined);
  if (values !== undefined) args.push(...values.map(pyStr));
  if (typeof my["displayWidth"] === "number") args.push(`display_width=${my["displayWidth"]}`);
  if (my["unsigned"] === true) args.push("unsigned=True");
  if (my["zerofill"] === true) args.push("zerofill=True");
  if (typeof my["charset"] === "string") args.push(`charset=${pyStr(my["charset"])}`);
  if (typeof t.collation === "string") args.push(`collation=${pyStr(t.collation)}`);
  if (typeof my["fsp"] === "number") args.push(`fsp=${my["fsp"]}`);
  if (typeof t.length === "number" && t.name !== "SET" && t.family !== "enum") args.push(`length=${t.length}`);
  if (typeof t.precision === "number") args.push(`precision=${t.precision}`);
  if (typeof t.scale === "number") args.push(`scale=${t.scale}`);
  // mysql.DOUBLE's repr names asdecimal=True (its default differs from Float's).
  if (t.name === "DOUBLE" && t.asdecimal === true) args.push("asdecimal=True");
  return { class: t.name, args: args.sort() };
}
