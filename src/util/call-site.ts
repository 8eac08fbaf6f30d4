import { relative } from "node:path";

/*
 * Revision files run from one generated module, so a stack frame names that module, not the
 * file. The loader records where each file's code starts in it (type stripping keeps lines as
 * they were), and a message can then say which file and line of the user's is running.
 */

interface Segment {
  readonly file: string;
  /** The module's line on which the file's first line sits (1-based). */
  readonly start: number;
}

const modules = new Map<string, readonly Segment[]>();

/** Record a generated module `name` (its sourceURL) holding `segments`, in order of `start`. */
export function registerScriptLines(name: string, segments: readonly Segment[]): void {
  modules.set(name, segments);
}

/** `versions/ab12_add_x.ts:18`: the innermost frame of the running stack in a user's file, if any. */
export function userCallSite(): string | null {
  const stack = new Error().stack ?? "";
  for (const frame of stack.split("\n").slice(1)) {
    for (const [name, segments] of modules) {
      const at = frame.indexOf(`${name}:`);
      if (at < 0) continue;
      const line = Number(/^:(\d+):\d+/.exec(frame.slice(at + name.length))?.[1]);
      const segment = [...segments].reverse().find((s) => s.start <= line);
      if (segment === undefined || !Number.isFinite(line)) continue;
      return `${relative(process.cwd(), segment.file) || segment.file}:${line - segment.start + 1}`;
    }
  }
  return null;
}

/** `message (versions/ab12_add_x.ts:18)` when the running stack shows a user's line. */
export function atCallSite(message: string): string {
  const where = userCallSite();
  return where === null ? message : `${message} (${where})`;
}
