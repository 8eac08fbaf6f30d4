/**
 * Switching rules off: per project (ini `lint_disable = a, b`), per revision (an exported
 * `lintDisable` array, or a `// retort-lint-disable a, b` comment anywhere in the file) and per
 * op (`// retort-lint-disable-line a` at the end of the op call's line, or
 * `// retort-lint-disable-next-line a` on the line before it). A comment naming no rule
 * switches every rule off.
 */
import { readFileSync } from "node:fs";
import { fail } from "../util/errors.js";

/** Rule ids, or "*" for all. */
export type RuleSet = ReadonlySet<string>;

const ALL = "*";

export const disables = (set: RuleSet, rule: string): boolean => set.has(ALL) || set.has(rule);

const splitIds = (text: string): string[] => text.split(/[\s,]+/).filter((s) => s !== "");

/** The ini's `lint_disable` list. */
export function projectDisabled(value: string | null): RuleSet {
  return new Set(value === null ? [] : splitIds(value));
}

const COMMENT = /\/\/\s*retort-lint-disable(-line|-next-line)?(?![\w-])([^\n]*)/;

function idsOf(rest: string): string[] {
  const ids = splitIds(rest.replace(/--.*$/, "")); // "-- why" may follow, as in eslint
  return ids.length === 0 ? [ALL] : ids;
}

/** What a revision file switches off, for itself and line by line. */
export class FileDisables {
  readonly wholeFile: RuleSet;
  private readonly lines: readonly string[];

  constructor(path: string, exported: unknown) {
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch {
      // the file went away since it was loaded: nothing is switched off by comments
    }
    this.lines = text.split("\n");
    const whole = new Set<string>();
    for (const line of this.lines) {
      const m = COMMENT.exec(line);
      if (m && m[1] === undefined) for (const id of idsOf(m[2] ?? "")) whole.add(id);
    }
    if (exported !== undefined) {
      if (!Array.isArray(exported) || !exported.every((x) => typeof x === "string")) {
        fail(`${path}: lintDisable must be an array of rule ids (strings)`);
      }
      for (const id of exported as string[]) whole.add(id);
    }
    this.wholeFile = whole;
  }

  /** Whether `rule` is off for the op called at `line` (1-based). */
  offAt(line: number | null, rule: string): boolean {
    if (disables(this.wholeFile, rule)) return true;
    if (line === null) return false;
    // A call written over several lines carries its trailing comment on the line that ends it.
    for (let i = line - 1; i < Math.min(this.lines.length, line + 40); i++) {
      const text = this.lines[i] ?? "";
      const here = COMMENT.exec(text);
      if (here?.[1] === "-line" && idsOf(here[2] ?? "").some((id) => id === ALL || id === rule)) return true;
      if (/;\s*$/.test(text.replace(/\/\/.*$/, ""))) break;
    }
    const before = COMMENT.exec(this.lines[line - 2] ?? "");
    return before?.[1] === "-next-line" && idsOf(before[2] ?? "").some((id) => id === ALL || id === rule);
  }
}
