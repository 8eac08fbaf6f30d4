/**
 * Rendering Python-ish values as SQL literals, as SQLAlchemy's literal processors do
 * (literal_binds in offline mode, server defaults given as strings, bulk inserts).
 */
import type { SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { pyStrRepr } from "../../util/py-repr.js";

/** Python's json.dumps with default separators (", " and ": "), which SQLAlchemy's JSON type uses. */
export function pyJsonDumps(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : pyFloat(v);
  if (typeof v === "string") return pyJsonString(v);
  if (Array.isArray(v)) return "[" + v.map(pyJsonDumps).join(", ") + "]";
  if (typeof v === "object") {
    return "{" + Object.entries(v as Record<string, unknown>).map(([k, x]) => pyJsonString(k) + ": " + pyJsonDumps(x)).join(", ") + "}";
  }
  return fail(`cannot render ${String(v)} as JSON`);
}

function pyJsonString(s: string): string {
  // ensure_ascii=True: every non-ASCII character becomes \uXXXX.
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (code < 0x20 || code > 0x7e) {
      const hex = (n: number) => "\\u" + n.toString(16).padStart(4, "0");
      if (code > 0xffff) {
        const v = code - 0x10000;
        out += hex(0xd800 + (v >> 10)) + hex(0xdc00 + (v & 0x3ff));
      } else out += hex(code);
    } else out += ch;
  }
  return out + '"';
}

/** Python's repr of a float: "1.0" for integral values, exponent form below 1e-4 and from 1e16. */
export function pyFloat(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "nan" : n > 0 ? "inf" : "-inf";
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mant, exp] = n.toExponential().split("e") as [string, string];
    const e = Number(exp);
    return `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

/** The SQL type SQLAlchemy infers for a bare Python value (a bindparam without a type). */
export function inferFamily(value: unknown): SqlType["family"] {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (typeof value === "bigint") return "integer";
  if (typeof value === "string") return "string";
  if (value instanceof Date) return "datetime";
  return "null";
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Python's str(datetime) for a JS Date (UTC fields). */
export function pyDatetime(d: Date): string {
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return d.getUTCMilliseconds() === 0 ? base : `${base}.${pad(d.getUTCMilliseconds() * 1000, 6)}`;
}

/** Python's repr(), for error messages that quote a value as SQLAlchemy's do. */
export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) < 1e16 ? String(v) : pyFloat(v);
  if (typeof v === "bigint") return String(v);
  if (typeof v === "string") return pyStrRepr(v);
  if (Array.isArray(v)) return "[" + v.map(pyRepr).join(", ") + "]";
  if (v instanceof Date) return `'${pyDatetime(v)}'`;
  // Never a function's source, nor the insides of a construct: what it is, as Python shows objects.
  if (typeof v === "function") return `<function ${v.name || "anonymous"}>`;
  if (typeof v === "object" && Symbol.for("retort.sa") in v) return `<${String((v as Record<symbol, unknown>)[Symbol.for("retort.sa")])} object>`;
  if (typeof v === "object") {
    return "{" + Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(", ") + "}";
  }
  return String(v);
}

