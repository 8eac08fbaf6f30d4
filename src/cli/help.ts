/*
 * `--help` text laid out as Python's argparse lays out Alembic's (HelpFormatter): the usage line
 * naming each option's argument, wrapped at the terminal's width; "positional arguments:" and
 * "options:" with the help column at most 24 characters in; help text re-wrapped, so a text
 * never carries a double space.
 */

export interface HelpOption {
  /** Without the dashes; none when the option is only its short form (`-x`). */
  readonly long?: string;
  readonly short?: string;
  /** The argument's name; none for a flag. */
  readonly metavar?: string;
  readonly help: string;
}

export interface HelpPositional {
  readonly name: string;
  readonly help: string;
  /** One or more values: `name [name ...]`. */
  readonly many?: boolean;
  /** May be left out: `[name]` in the usage. */
  readonly optional?: boolean;
}

export interface HelpPage {
  /** `retort` or `retort upgrade`. */
  readonly prog: string;
  readonly description?: string;
  readonly positionals: readonly HelpPositional[];
  /** Sub-commands, listed under one `{a,b,...}` positional as argparse lists sub-parsers. */
  readonly commands?: readonly { readonly name: string; readonly help: string }[];
  readonly options: readonly HelpOption[];
}

const HELP_OPTION: HelpOption = { long: "help", short: "h", help: "show this help message and exit" };

/** argparse's width: $COLUMNS, else the terminal's, else 80; less 2. */
export function helpWidth(): number {
  const fromEnv = Number.parseInt(process.env["COLUMNS"] ?? "", 10);
  const columns = fromEnv > 0 ? fromEnv : process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80;
  return columns - 2;
}

export function formatHelp(page: HelpPage, width = helpWidth()): string {
  const options = [HELP_OPTION, ...page.options];
  const choices = page.commands ? `{${page.commands.map((c) => c.name).join(",")}}` : null;
  const optionParts = options.map((o) => `[${o.short ? `-${o.short}` : `--${o.long ?? ""}`}${o.metavar ? ` ${o.metavar}` : ""}]`);
  const positionalParts = page.positionals.flatMap((p) => (p.many ? [p.name, `[${p.name} ...]`] : p.optional ? [`[${p.name}]`] : [p.name]));
  if (choices) positionalParts.push(choices, "...");

  const invocation = (o: HelpOption): string =>
    [o.short ? `-${o.short}` : null, o.long ? `--${o.long}` : null].filter((s) => s !== null).map((s) => (o.metavar ? `${s} ${o.metavar}` : s)).join(", ");
  const positionalRows: Row[] = page.positionals.map((p) => ({ head: p.name, help: p.help, indent: 2 }));
  if (choices) {
    positionalRows.push({ head: choices, help: "", indent: 2 });
    for (const c of page.commands ?? []) positionalRows.push({ head: c.name, help: c.help, indent: 4 });
  }
  const optionRows: Row[] = options.map((o) => ({ head: invocation(o), help: o.help, indent: 2 }));

  // The help column: two past the longest invocation (counted at the section's indent), at most 24.
  const longest = Math.max(...[...positionalRows, ...optionRows].map((r) => r.head.length + 2));
  const helpAt = Math.min(longest + 2, Math.min(24, Math.max(width - 20, 4)));

  const out = [usage(page.prog, optionParts, positionalParts, width), ""];
  if (page.description) out.push(...wrap(page.description, width), "");
  if (positionalRows.length > 0) out.push("positional arguments:", ...positionalRows.flatMap((r) => formatRow(r, helpAt, width)), "");
  out.push("options:", ...optionRows.flatMap((r) => formatRow(r, helpAt, width)), "");
  return out.join("\n");
}

interface Row {
  readonly head: string;
  readonly help: string;
  readonly indent: number;
}

function formatRow(row: Row, helpAt: number, width: number): string[] {
  const pad = " ".repeat(row.indent);
  if (row.help.trim() === "") return [pad + row.head];
  const lines = wrap(row.help, Math.max(width - helpAt, 11));
  const headWidth = helpAt - row.indent - 2;
  const rest = lines.slice(1).map((l) => " ".repeat(helpAt) + l);
  if (row.head.length <= headWidth) return [`${pad}${row.head.padEnd(headWidth)}  ${lines[0]}`, ...rest];
  return [pad + row.head, " ".repeat(helpAt) + lines[0], ...rest];
}

/** argparse's usage: on one line if it fits, else options then positionals on lines of their own. */
function usage(prog: string, optionParts: readonly string[], positionalParts: readonly string[], width: number): string {
  const prefix = "usage: ";
  const oneLine = [prog, ...optionParts, ...positionalParts].join(" ");
  if (prefix.length + oneLine.length <= width) return prefix + oneLine;
  const indent = " ".repeat(prefix.length + prog.length + 1);
  // Greedy filling, as argparse's get_lines: a part that does not fit starts a new line.
  const fill = (parts: readonly string[], first: string | null): string[] => {
    const lines: string[] = [];
    let line: string[] = [];
    let length = (first ?? indent).length - 1;
    for (const part of parts) {
      if (length + 1 + part.length > width && line.length > 0) {
        lines.push(indent + line.join(" "));
        line = [];
        length = indent.length - 1;
      }
      line.push(part);
      length += part.length + 1;
    }
    if (line.length > 0) lines.push(indent + line.join(" "));
    if (first !== null && lines[0] !== undefined) lines[0] = lines[0].slice(indent.length);
    return lines;
  };
  const lines =
    optionParts.length > 0
      ? [...fill([prog, ...optionParts], prefix), ...fill(positionalParts, null)]
      : fill([prog, ...positionalParts], prefix);
  return prefix + lines.join("\n");
}

/** textwrap.wrap after collapsing whitespace: greedy, breaking a word only when it alone is too long. */
function wrap(text: string, width: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
    }
    while (line === "" && word.length > width) {
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
