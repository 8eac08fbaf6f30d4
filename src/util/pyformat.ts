import { fail } from "./errors.js";

/** One `%(key)-5.5s` of a template, or the text between two of them. */
type Part = string | { readonly key: string | undefined; readonly flags: string; readonly width: number; readonly precision: number | undefined; readonly conv: string };

const SPEC = /%(?:\(([^)]*)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifr%])/g;

/** Templates split once: a run formats thousands of log lines with the same one or two. */
const parsed = new Map<string, readonly Part[]>();

function partsOf(template: string): readonly Part[] {
  let parts = parsed.get(template);
  if (parts !== undefined) return parts;
  const out: Part[] = [];
  let at = 0;
  for (const m of template.matchAll(SPEC)) {
    if (m.index > at) out.push(template.slice(at, m.index));
    const [, key, flags = "", width, precision, conv = "s"] = m;
    out.push(conv === "%" ? "%" : { key, flags, width: width === undefined ? 0 : Number(width), precision: precision === undefined ? undefined : Number(precision), conv });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push(template.slice(at));
  parts = Object.freeze(out);
  if (parsed.size < 64) parsed.set(template, parts);
  return parts;
}

/**
 * Python's `%`-formatting with a mapping, as ini values use it: `file_template`
 * (`%(rev)s_%(slug)s`, `%(month).2d`) and logging formats (`%(levelname)-5.5s`).
 */
export function pyFormat(template: string, values: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (const part of partsOf(template)) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const { key, flags, width, precision, conv } = part;
    if (key === undefined) fail(`format requires a mapping: '${template}'`);
    if (!(key in values)) fail(`Unknown key '${key}' in format '${template}'`);
    const value = values[key];
    let text: string;
    if (conv === "d" || conv === "i") {
      text = String(Math.trunc(Number(value)));
      if (precision !== undefined) text = text.padStart(precision, "0");
    } else if (conv === "f") {
      text = Number(value).toFixed(precision === undefined ? 6 : precision);
    } else {
      text = String(value);
      if (precision !== undefined) text = text.slice(0, precision);
    }
    if (flags.includes("-")) out += text.padEnd(width);
    else if (flags.includes("0") && conv !== "s") out += text.padStart(width, "0");
    else out += text.padStart(width);
  }
  return out;
}
