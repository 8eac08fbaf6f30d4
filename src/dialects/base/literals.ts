/**
 * Rendering Python-ish values as SQL literals, as SQLAlchemy's literal processors do
 * (literal_binds in offline mode, server defaults given as strings, bulk inserts).
 */
import type { SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";

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

/** Python's repr of a float: "1.0" for integral values, shortest round-trip otherwise. */
export function pyFloat(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return n.toFixed(1);
  const s = String(n);
  return s.includes("e") ? s.replace(/e\+?/, "e+").replace("e+-", "e-") : s;
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
