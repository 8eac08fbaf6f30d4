import { fail } from "../util/errors.js";
import { maskCredentials } from "./url.js";

/**
 * An ini document with Python ConfigParser semantics: `[section]`, `key = value` or `key: value`
 * (keys lowercased), indented continuation lines, whole-line `;`/`#` comments, `[DEFAULT]`, and
 * BasicInterpolation (`%(name)s` from the same section or DEFAULT, `%%` a literal percent) applied
 * when a value is read, so that values set later take part.
 */
export class IniFile {
  private readonly defaults = new Map<string, string>();
  private readonly sections = new Map<string, Map<string, string>>();

  constructor(defaults: Readonly<Record<string, string>> = {}) {
    for (const [k, v] of Object.entries(defaults)) this.defaults.set(k.toLowerCase(), v);
  }

  /** Parse `text` into this file; `source` names it in error messages. */
  read(text: string, source: string): void {
    let current: Map<string, string> | null = null;
    let lastKey: string | null = null;
    let lastIndent = 0;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
      const stripped = line.trim();
      const indent = line.length - line.trimStart().length;
      if (stripped.startsWith("#") || stripped.startsWith(";")) return;
      if (stripped === "") {
        // A blank line may belong to a multi-line value; trailing ones are trimmed below.
        if (current !== null && lastKey !== null) current.set(lastKey, current.get(lastKey) + "\n");
        return;
      }
      if (current !== null && lastKey !== null && indent > lastIndent) {
        current.set(lastKey, current.get(lastKey) + "\n" + stripped);
        return;
      }
      const header = /^\[(.+)\]\s*$/.exec(stripped);
      if (header?.[1] !== undefined && indent === 0) {
        const name = header[1];
        if (name === "DEFAULT") current = this.defaults;
        else current = this.sections.get(name) ?? new Map<string, string>();
        if (name !== "DEFAULT") this.sections.set(name, current);
        lastKey = null;
        return;
      }
      if (current === null) fail(`File contains no section headers.\nfile: '${source}', line: ${index + 1}\n${JSON.stringify(shown(line))}`);
      const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(stripped);
      if (!kv?.[1]) fail(`Source contains parsing errors: '${source}'\n\t[line ${index + 1}]: ${JSON.stringify(shown(line))}`);
      lastKey = kv[1].toLowerCase();
      lastIndent = indent;
      current.set(lastKey, kv[2] ?? "");
    });
    for (const section of [this.defaults, ...this.sections.values()]) {
      for (const [k, v] of section) section.set(k, v.replace(/\n+$/, ""));
    }
  }

  hasSection(section: string): boolean {
    return this.sections.has(section);
  }

  sectionNames(): string[] {
    return [...this.sections.keys()];
  }

  addSection(section: string): void {
    if (!this.sections.has(section)) this.sections.set(section, new Map());
  }

  /** Keys of a section, DEFAULT's included, in ConfigParser's order. */
  keys(section: string): string[] {
    const own = this.sections.get(section);
    if (own === undefined) fail(`No section: '${section}'`);
    return [...new Set([...own.keys(), ...this.defaults.keys()])];
  }

  has(section: string, key: string): boolean {
    const k = key.toLowerCase();
    return (this.sections.get(section)?.has(k) ?? false) || this.defaults.has(k);
  }

  /** The raw (uninterpolated) value, or undefined. */
  getRaw(section: string, key: string): string | undefined {
    const k = key.toLowerCase();
    return this.sections.get(section)?.get(k) ?? this.defaults.get(k);
  }

  /** The interpolated value, or undefined when the section or key is absent. */
  get(section: string, key: string): string | undefined {
    const raw = this.getRaw(section, key);
    return raw === undefined ? undefined : this.interpolate(section, key, raw, 1);
  }

  set(section: string, key: string, value: string): void {
    checkInterpolationSyntax(value);
    const target = section === "DEFAULT" ? this.defaults : this.sections.get(section);
    if (target === undefined) fail(`No section: '${section}'`);
    target.set(key.toLowerCase(), value);
  }

  remove(section: string, key: string): void {
    this.sections.get(section)?.delete(key.toLowerCase());
  }

  private interpolate(section: string, key: string, raw: string, depth: number): string {
    if (depth > 10) fail(`Recursion limit exceeded in value substitution: option '${key}' in section '${section}' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '${shown(raw)}'`);
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const pct = raw.indexOf("%", i);
      if (pct < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, pct);
      const next = raw[pct + 1];
      if (next === "%") {
        out += "%";
        i = pct + 2;
        continue;
      }
      const m = /^%\(([^)]+)\)s/.exec(raw.slice(pct));
      if (next !== "(" || !m?.[1]) {
        const hint = raw.includes("://") ? "; in an ini file, write each '%' of a percent-encoded URL as '%%'" : "";
        fail(`'%' must be followed by '%' or '(', found: '${shown(raw.slice(pct))}' (option '${key}' in section '${section}')${hint}`);
      }
      const name = m[1].toLowerCase();
      const value = this.getRaw(section, name);
      if (value === undefined) {
        fail(`Bad value substitution: option '${key}' in section '${section}' contains an interpolation key '${name}' which is not a valid option name. Raw value: '${shown(raw)}'`);
      }
      out += value.includes("%") ? this.interpolate(section, name, value, depth + 1) : value;
      i = pct + m[0].length;
    }
    return out;
  }
}

/** ConfigParser refuses, on set, a `%` that is neither `%%` nor `%(name)s`. */
function checkInterpolationSyntax(value: string): void {
  const stripped = value.replaceAll("%%", "").replace(/%\([^)]*\)s/g, "");
  const bad = stripped.indexOf("%");
  if (bad >= 0) fail(`invalid interpolation syntax in '${shown(value)}' at position ${bad}`);
}

/** A value quoted in an error: a URL's credentials never show (a database URL is the usual value with an "@"). */
function shown(value: string): string {
  return value.includes("@") ? maskCredentials(value) : value;
}
