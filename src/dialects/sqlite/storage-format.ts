/**
 * sqlite.DATETIME / DATE / TIME store values as text in a Python %-format over named fields
 * (SQLAlchemy's _DateTimeMixin). Its literal processor and its DDL name both depend on it.
 */
import type { SqlType } from "../../schema/types.js";
import { DEFAULT_STORAGE_FORMATS } from "./namespace.js";

const SPEC = /%(?:\((\w+)\))?([-#0 +]*)(\d*)(?:\.(\d+))?([diouxXeEfFgGcrsa%])/g;

/** Python's `format % values` for the conversions storage formats use (d and s, with flags and width). */
export function pyPercentFormat(format: string, values: Readonly<Record<string, number>>): string {
  return format.replace(SPEC, (_m, key: string | undefined, flags: string, width: string, precision: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    const n = key === undefined ? 0 : values[key] ?? 0;
    let text = "eEfF".includes(conv) ? n.toFixed(precision === undefined ? 6 : Number(precision)) : String(Math.trunc(n));
    const w = width === "" ? 0 : Number(width);
    if (flags.includes("+") && n >= 0) text = "+" + text;
    else if (flags.includes(" ") && n >= 0) text = " " + text;
    if (text.length < w) {
      if (flags.includes("-")) text = text.padEnd(w, " ");
      else text = flags.includes("0") && conv !== "s" ? text.padStart(w, "0") : text.padStart(w, " ");
    }
    return text;
  });
}

/** The type's storage format: its own, or SQLAlchemy's default for its kind (a generic DateTime adapts to it). */
export function storageFormatOf(t: SqlType): string {
  const own = t.extra?.["sqliteStorageFormat"];
  if (typeof own === "string") return own;
  const kind = t.family === "date" ? "DATE" : t.family === "time" ? "TIME" : "DATETIME";
  return DEFAULT_STORAGE_FORMATS[kind]!;
}

/** _DateTimeMixin.format_is_text_affinity: a format printing more than digits gives the column TEXT affinity. */
export function formatIsTextAffinity(t: SqlType): boolean {
  const zeros = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, microsecond: 0 };
  return /[^0-9]/.test(pyPercentFormat(storageFormatOf(t), zeros));
}

/** The bind processor's text for a JS Date (its UTC fields, as Retort renders dates everywhere). */
export function formatDate(t: SqlType, d: Date): string {
  const values = {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: t.family === "date" ? 0 : d.getUTCHours(), minute: t.family === "date" ? 0 : d.getUTCMinutes(),
    second: t.family === "date" ? 0 : d.getUTCSeconds(), microsecond: t.family === "date" ? 0 : d.getUTCMilliseconds() * 1000,
  };
  return pyPercentFormat(storageFormatOf(t), values);
}
