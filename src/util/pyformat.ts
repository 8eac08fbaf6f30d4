import { fail } from "./errors.js";

/**
 * Python's `%`-formatting with a mapping, as ini values use it: `file_template`
 * (`%(rev)s_%(slug)s`, `%(month).2d`) and logging formats (`%(levelname)-5.5s`).
 */
export function pyFormat(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/%(?:\(([^)]*)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifr%])/g, (whole, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    if (key === undefined) fail(`format requires a mapping: '${template}'`);
    if (!(key in values)) fail(`Unknown key '${key}' in format '${template}'`);
    const value = values[key];
    let text: string;
    if (conv === "d" || conv === "i") {
      text = String(Math.trunc(Number(value)));
      if (precision !== undefined) text = text.padStart(Number(precision), "0");
    } else if (conv === "f") {
      text = Number(value).toFixed(precision === undefined ? 6 : Number(precision));
    } else {
      text = String(value);
      if (precision !== undefined) text = text.slice(0, Number(precision));
    }
    const w = width === undefined ? 0 : Number(width);
    if (flags.includes("-")) return text.padEnd(w);
    if (flags.includes("0") && conv !== "s") return text.padStart(w, "0");
    return text.padStart(w);
  });
}
