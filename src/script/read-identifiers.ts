/**
 * Reads a revision file's four identifier exports and its header comment without running it
 * (contract section 5). A value that is not a literal (a string, `null`, or an array of strings)
 * comes back as `NOT_LITERAL`, and the caller imports the module to read it.
 */
import { unescapeCommentText } from "./doc-comment.js";
import type { Script } from "./script.js";

export const NOT_LITERAL: unique symbol = Symbol("not a literal");
export type Literal = string | readonly string[] | null;
export type ReadValue = Literal | typeof NOT_LITERAL;

/** Looks up an identifier export by its exported name: undefined when the file has none. */
export interface ExportReader {
  get(name: string): ReadValue | undefined;
}

export interface StaticRead {
  /** Each identifier export found, by its exported name (a Map, or the cache's own fields). */
  readonly exports: ExportReader;
  /** The leading `/** … *\/` comment, prefixes removed, or null. */
  readonly docstring: string | null;
  /** Whether each identifier export the file has is a literal: nothing to import to know them. */
  readonly literal: boolean;
  /** From the identifier cache: the transform cache's key of the source it was read from. */
  readonly sourceKey?: string | null;
  /**
   * The read as the revision's Script itself, where it can be one (the identifier cache's reads
   * of literal identifiers are): 10,000 revisions then need no second object each.
   */
  readonly script?: CachedScript;
}

/** A Script that knows the transform cache's key of its source (null when not known). */
export interface CachedScript extends Script {
  readonly sourceKey: string | null;
}

const WANTED = new Set(["revision", "downRevision", "branchLabels", "dependsOn"]);

export function readIdentifiers(source: string): StaticRead {
  const exports = scanExports(source);
  return { exports, docstring: leadingDocstring(source), literal: ![...exports.values()].includes(NOT_LITERAL) };
}

/** The text of the first comment, when the file starts with a `/*` block comment (doc-comment.ts escapes undone). */
export function leadingDocstring(source: string): string | null {
  const start = source.search(/\S/);
  if (start < 0 || !source.startsWith("/*", start)) return null;
  const end = source.indexOf("*/", start + 2);
  if (end < 0) return null;
  // The indentation before the closing "*/" is not text, as the line before Python's closing quotes would be.
  const body = source.slice(start + (source.startsWith("/**", start) ? 3 : 2), end).replace(/\n[ \t]+$/, "\n");
  return body
    .split(/\r?\n/)
    .map((line) => unescapeCommentText(line.replace(/^\s*\* ?/, "")))
    .join("\n");
}

function scanExports(src: string): Map<string, ReadValue> {
  const found = new Map<string, ReadValue>();
  let i = 0;
  let depth = 0; // only top-level `export const` counts
  while (i < src.length) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      i = skipLine(src, i);
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      i = skipString(src, i);
    } else if (c === "{" || c === "(" || c === "[") {
      depth++;
      i++;
    } else if (c === "}" || c === ")" || c === "]") {
      depth--;
      i++;
    } else if (depth === 0 && c === "e" && src.startsWith("export", i) && !isIdentChar(src[i - 1])) {
      const m = /^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/.exec(src.slice(i, i + 200));
      if (m?.[1] && WANTED.has(m[1])) {
        const eq = findInitializer(src, i + m[0].length);
        if (eq < 0) found.set(m[1], NOT_LITERAL);
        else {
          const [value, next] = parseLiteral(src, eq);
          found.set(m[1], value);
          // After a literal, skip it; otherwise scan the initializer like any other code.
          i = value === NOT_LITERAL ? eq : next;
          continue;
        }
      }
      i += m ? m[0].length : 6;
    } else {
      i++;
    }
  }
  return found;
}

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[\w$]/.test(c);
}

function skipLine(src: string, i: number): number {
  const nl = src.indexOf("\n", i);
  return nl < 0 ? src.length : nl + 1;
}

/** Index just after the string literal starting at `i`. Template substitutions are skipped whole. */
function skipString(src: string, i: number): number {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (src[j] === "\\") j++;
    else if (quote === "`" && src[j] === "$" && src[j + 1] === "{") {
      let depth = 1;
      j += 2;
      while (j < src.length && depth > 0) {
        if (src[j] === "{") depth++;
        else if (src[j] === "}") depth--;
        if (depth > 0) j++;
      }
    }
    j++;
  }
  return j + 1;
}

/** Position after the `=` of a declaration, skipping a type annotation; -1 when there is none. */
function findInitializer(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === "<" || c === "(" || c === "[" || c === "{") depth++;
    else if (c === ">" && src[j - 1] !== "=") depth--;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "=" && depth === 0 && src[j + 1] !== ">") return j + 1;
    else if ((c === ";" || c === "\n") && depth === 0 && !/[|&:,]\s*$/.test(src.slice(i, j))) {
      if (c === ";") return -1;
    }
  }
  return -1;
}

const WS = /\s/;

function skipSpace(src: string, i: number): number {
  for (;;) {
    while (i < src.length && WS.test(src[i] ?? "")) i++;
    if (src.startsWith("//", i)) i = skipLine(src, i);
    else if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? src.length : end + 2;
    } else return i;
  }
}

/** Parse a literal initializer at `i`; returns the value and the index after it. */
function parseLiteral(src: string, i: number): [ReadValue, number] {
  i = skipSpace(src, i);
  const atom = parseAtom(src, i);
  if (atom !== null) return finish(src, atom[0], atom[1]);
  if (src[i] !== "[") return [NOT_LITERAL, i];
  const items: string[] = [];
  i = skipSpace(src, i + 1);
  while (src[i] !== "]") {
    const item = parseAtom(src, i);
    if (item === null || typeof item[0] !== "string") return [NOT_LITERAL, i];
    items.push(item[0]);
    i = skipSpace(src, item[1]);
    if (src[i] === ",") i = skipSpace(src, i + 1);
    else if (src[i] !== "]") return [NOT_LITERAL, i];
  }
  return finish(src, Object.freeze(items), i + 1);
}

/** A literal counts only if the statement ends right after it (no `+ x`, no call). */
function finish(src: string, value: Literal, i: number): [ReadValue, number] {
  let j = skipSpace(src, i);
  if (src.startsWith("as const", j)) j = skipSpace(src, j + 8);
  const end = src[j];
  if (end === undefined || end === ";" || src.slice(i, j).includes("\n")) return [value, j];
  return [NOT_LITERAL, j];
}

function parseAtom(src: string, i: number): [string | null, number] | null {
  if (src.startsWith("null", i) && !isIdentChar(src[i + 4])) return [null, i + 4];
  const q = src[i];
  if (q !== '"' && q !== "'" && q !== "`") return null;
  const end = skipString(src, i);
  const body = src.slice(i + 1, end - 1);
  if (q === "`" && body.includes("${")) return null;
  // Escapes are rare in identifiers; importing the module reads them exactly.
  return body.includes("\\") ? null : [body, end];
}
