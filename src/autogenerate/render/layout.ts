/**
 * Source layout for rendered calls: a call, array or options object stays on one line when it
 * fits in 100 columns, else breaks one item per line with trailing commas and two-space indents;
 * a call whose only argument is a call or group hugs it. The same rule as the recorder's
 * Python-to-TypeScript translator (test/ops/record.py), so that rendered ops compare as bytes.
 */
export type Atom =
  | string
  | { readonly t: "call"; readonly fn: Atom; readonly args: readonly Atom[] }
  | { readonly t: "attr"; readonly base: Atom; readonly name: string }
  | { readonly t: "group"; readonly open: "[" | "{"; readonly items: readonly Atom[] }
  | { readonly t: "kv"; readonly key: string; readonly value: Atom };

const WIDTH = 100;

export const call = (fn: Atom, ...args: Atom[]): Atom => ({ t: "call", fn, args });
export const arr = (items: readonly Atom[]): Atom => ({ t: "group", open: "[", items });
export const kv = (key: string, value: Atom): Atom => ({ t: "kv", key: /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key), value });
/** An options object, or nothing when it would be empty. */
export const opts = (entries: readonly (readonly [string, Atom])[]): Atom[] =>
  entries.length === 0 ? [] : [{ t: "group", open: "{", items: entries.map(([k, v]) => kv(k, v)) }];
export const str = (s: string): Atom => JSON.stringify(s);

export function flat(a: Atom): string {
  if (typeof a === "string") return a;
  switch (a.t) {
    case "attr": return `${flat(a.base)}.${a.name}`;
    case "kv": return `${a.key}: ${flat(a.value)}`;
    case "call": return `${flat(a.fn)}(${a.args.map(flat).join(", ")})`;
    case "group": {
      const inner = a.items.map(flat).join(", ");
      return a.open === "{" ? (inner === "" ? "{}" : `{ ${inner} }`) : `[${inner}]`;
    }
  }
}

/** `a` laid out from column `used`, continuation lines at `indent`. */
export function layout(a: Atom, indent: string, used: number): string {
  const f = flat(a);
  if (typeof a === "string" || used + f.length <= WIDTH) return f;
  if (a.t === "kv") return `${a.key}: ${layout(a.value, indent, used + a.key.length + 2)}`;
  if (a.t === "attr") return `${layout(a.base, indent, used)}.${a.name}`;
  const head = a.t === "call" ? layout(a.fn, indent, used) : "";
  const items = a.t === "call" ? a.args : a.items;
  const [open, close] = a.t === "call" ? ["(", ")"] : a.open === "{" ? ["{", "}"] : ["[", "]"];
  if (items.length === 0) return head + open + close;
  const only = items[0];
  if (a.t === "call" && items.length === 1 && only !== undefined && typeof only !== "string") {
    const lastLine = head.split("\n").at(-1) ?? "";
    return `${head}(${layout(only, indent, lastLine.length + 1)})`;
  }
  const pad = indent + "  ";
  const lines = items.map((x) => `${pad}${layout(x, pad, pad.length)},`);
  return `${head}${open}\n${lines.join("\n")}\n${indent}${close}`;
}

/** One statement: `await X;` (or bare, for what is not awaited), at `indent`. */
export function statement(a: Atom, indent: string, awaited = true): string {
  const prefix = awaited ? "await " : "";
  return `${indent}${prefix}${layout(a, indent, indent.length + prefix.length)};`;
}
