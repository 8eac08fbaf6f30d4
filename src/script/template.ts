/**
 * Renders `script.ts.tmpl`. Placeholders are `${name}` (the value as text) and `${literal(name)}`
 * (the value as a TypeScript literal: a string, null, or an array of strings). A line holding
 * only a placeholder that renders empty is dropped, so optional parts leave no blank line.
 * Other `${...}` text (a template literal in the user's own template) is left alone.
 * A value of several lines placed after a comment gutter (` * `, `// `) repeats the gutter on
 * each of its lines, so a multi-line message stays inside the comment and reads back line for line.
 */
export type TemplateValue = string | readonly string[] | null;

export function renderTemplate(template: string, values: Readonly<Record<string, TemplateValue>>): string {
  const lines = template.split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const rendered = line.replace(/\$\{(literal\()?([A-Za-z_]\w*)\)?\}/g, (whole, literal: string | undefined, name: string, offset: number) => {
      if (!(name in values)) return whole;
      const value = values[name] ?? null;
      return literal ? tsLiteral(value) : continueGutter(textOf(value), line.slice(0, offset));
    });
    const onlyPlaceholder = /^\s*\$\{[^}]*\}\s*$/.test(line);
    if (onlyPlaceholder && rendered.trim() === "" && rendered !== line) continue;
    out.push(rendered);
  }
  return out.join("\n");
}

/** Each line after the first gets the comment gutter that precedes the placeholder, if any. */
function continueGutter(text: string, before: string): string {
  const gutter = /^\s*(?:\*(?!\/)|\/\/)\s*/.exec(before)?.[0];
  if (gutter === undefined || !text.includes("\n")) return text;
  return text
    .split("\n")
    .map((l, i) => (i === 0 ? l : l === "" ? gutter.trimEnd() : gutter + l))
    .join("\n");
}

function textOf(value: TemplateValue): string {
  if (value === null) return "";
  return typeof value === "string" ? value : value.join(", ");
}

export function tsLiteral(value: TemplateValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
}
