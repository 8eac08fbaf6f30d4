/** Python's repr of a type in log lines (`VARCHAR(length=50)`), as Alembic logs it. */
import type { SqlType } from "../../schema/types.js";

/** `extra`: a dialect's own arguments as rendered options (`displayWidth`, `true`), shown as Python keywords. */
export function typeRepr(t: SqlType, extra: readonly (readonly [string, string])[] = []): string {
  const args: string[] = [];
  if (t.family === "array" && t.itemType !== undefined) args.push(typeRepr(t.itemType));
  if (t.enumSpec !== undefined) args.push(...t.enumSpec.values.map((v) => `'${v}'`));
  if (t.length != null) args.push(`length=${t.length}`);
  if (t.precision != null) args.push(`precision=${t.precision}`);
  if (t.scale != null) args.push(`scale=${t.scale}`);
  if (t.timezone === true) args.push("timezone=True");
  if (t.family === "float" && t.asdecimal === true) args.push("asdecimal=True");
  for (const [k, v] of extra) args.push(`${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}=${v === "true" ? "True" : v === "false" ? "False" : v}`);
  return `${t.name}(${args.join(", ")})`;
}
