import type { RevisionRecord } from "../script.js";
import type { RevisionNode } from "./types.js";

/*
 * How one revision prints, after Alembic's Script (script/base.py): `doc`, `longdoc`,
 * `log_entry` (the verbose form) and `_head_only` (the one-line form).
 */

/** Characters Python's str.strip() removes (str.isspace). JavaScript's \s differs (U+FEFF, U+001C-1F, U+0085). */
const PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

/** Python's str.strip() with no argument. */
export const pyStrip = (s: string): string => s.replace(STRIP, "");

/** Python's str.splitlines(): every Unicode line boundary, no trailing empty line. */
export function pySplitLines(s: string): string[] {
  const lines = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The docstring of a record if it carries one (a Script does). */
const docstringOf = (r: RevisionRecord): string | null => (r as { docstring?: string | null }).docstring ?? null;

/** Alembic's `Script.longdoc`: the whole docstring, stripped. */
export const longDoc = (r: RevisionRecord): string => pyStrip(docstringOf(r) ?? "");

/** Alembic's `Script.doc`: the first paragraph of longdoc. */
export const shortDoc = (r: RevisionRecord): string => longDoc(r).split("\n\n")[0] as string;

/** `_format_down_revision`: the down revisions, or `<base>`. */
export const formatDownRevision = (n: RevisionNode): string =>
  n.downRevisions.length === 0 ? "<base>" : n.downRevisions.join(", ");

/** Per-revision flags that depend on the database, not the graph. */
export interface CurrentMark {
  /** Print ` (current)` (Alembic's `_db_current_indicator`). */
  readonly current?: boolean;
}

/** `Script.log_entry`: the verbose block, ending in a newline. */
export function logEntry(n: RevisionNode, mark: CurrentMark = {}): string {
  let entry =
    `Rev: ${n.revision}${n.isHead ? " (head)" : ""}${n.isBranchPoint ? " (branchpoint)" : ""}` +
    `${n.isMergePoint ? " (mergepoint)" : ""}${mark.current ? " (current)" : ""}\n`;
  entry += `${n.isMergePoint ? "Merges" : "Parent"}: ${formatDownRevision(n)}\n`;
  if (n.dependencies.length > 0) entry += `Also depends on: ${n.dependencies.join(", ")}\n`;
  if (n.isBranchPoint) entry += `Branches into: ${n.nextRevisions.join(", ")}\n`;
  if (n.branchLabels.length > 0) entry += `Branch names: ${n.branchLabels.join(", ")}\n`;
  entry += `Path: ${(n.script as { path?: string }).path ?? ""}\n`;
  entry += `\n${pySplitLines(longDoc(n.script)).map((p) => `    ${p}`).join("\n")}\n`;
  return entry;
}

export interface HeadOnlyOptions extends CurrentMark {
  readonly includeBranches?: boolean;
  readonly includeDoc?: boolean;
  readonly includeParents?: boolean;
  readonly treeIndicators?: boolean;
  readonly headIndicators?: boolean;
}

/** `Script._head_only`: the one-line form. */
export function headOnly(n: RevisionNode, o: HeadOnlyOptions = {}): string {
  const treeIndicators = o.treeIndicators ?? true;
  const headIndicators = o.headIndicators ?? true;
  let text = n.revision;
  if (o.includeParents) {
    text =
      n.dependencies.length > 0
        ? `${formatDownRevision(n)} (${n.dependencies.join(", ")}) -> ${text}`
        : `${formatDownRevision(n)} -> ${text}`;
  }
  if (o.includeBranches && n.branchLabels.length > 0) text += ` (${n.branchLabels.join(", ")})`;
  if (headIndicators || treeIndicators) {
    text += `${n.isRealHead ? " (head)" : ""}${n.isHead && !n.isRealHead ? " (effective head)" : ""}`;
    text += o.current ? " (current)" : "";
  }
  if (treeIndicators) text += `${n.isBranchPoint ? " (branchpoint)" : ""}${n.isMergePoint ? " (mergepoint)" : ""}`;
  if (o.includeDoc) text += `, ${shortDoc(n.script)}`;
  return text;
}

/** `Script.cmd_format`: the verbose block or the one-line form. */
export function cmdFormat(n: RevisionNode, verbose: boolean, o: HeadOnlyOptions = {}): string {
  return verbose ? logEntry(n, o) : headOnly(n, o);
}
