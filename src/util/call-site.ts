import { relative } from "node:path";

/*
 * User code (env.ts, revision files) runs from generated modules: revision files joined into
 * one, or an esbuild bundle. V8 names those modules in stack frames. Each loader registers how
 * a position in its module maps back to the user's file, so that a message can say which line of
 * the user's is running and a printed stack trace names the user's files.
 */

export interface SourcePosition {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based; null when the mapper was asked for the line only. */
  readonly column: number | null;
}

/** 1-based line and column in the generated module -> the user's position, if it is in a user file. */
export type PositionMapper = (line: number, column: number, withColumn: boolean) => SourcePosition | null;

const modules = new Map<string, PositionMapper>();

/** Record how positions in the generated module `name` (its sourceURL) map to user files. */
export function registerGeneratedModule(name: string, mapper: PositionMapper): void {
  modules.set(name, mapper);
}

/** A frame's location at its end: `name:line:col`, optionally in parentheses. */
const FRAME_LOCATION = /([^\s(]+):(\d+):(\d+)(\)?)$/;

function mapLocation(frame: string, withColumn: boolean): { position: SourcePosition; at: number; length: number } | null {
  const m = FRAME_LOCATION.exec(frame);
  const mapper = m ? modules.get(m[1]!) : undefined;
  if (!m || mapper === undefined) return null;
  const position = mapper(Number(m[2]), Number(m[3]), withColumn);
  return position === null ? null : { position, at: m.index, length: m[0].length - m[4]!.length };
}

const shown = (file: string): string => relative(process.cwd(), file) || file;

/** The innermost frame in a user's file of `stack`: its file (absolute) and line. */
export function userPosition(stack: string): SourcePosition | null {
  for (const frame of stack.split("\n").slice(1)) {
    const found = mapLocation(frame, false);
    if (found) return found.position;
  }
  return null;
}

/**
 * `versions/ab12_add_x.ts:18`: the innermost frame in a user's file of `stack` (by default the
 * running stack), if any.
 */
export function userCallSite(stack: string = new Error().stack ?? ""): string | null {
  for (const frame of stack.split("\n").slice(1)) {
    const found = mapLocation(frame, false);
    if (found) return `${shown(found.position.file)}:${found.position.line}`;
  }
  return null;
}

/** `message (versions/ab12_add_x.ts:18)` when the running stack shows a user's line. */
export function atCallSite(message: string): string {
  const where = userCallSite();
  return where === null ? message : `${message} (${where})`;
}

/** A stack trace with every frame in a generated module renamed to the user's file, line and column. */
export function mapStack(stack: string): string {
  return stack
    .split("\n")
    .map((frame) => {
      const found = mapLocation(frame, true);
      if (!found) return frame;
      const { file, line, column } = found.position;
      return `${frame.slice(0, found.at)}${file}:${line}:${column ?? 1}${frame.slice(found.at + found.length)}`;
    })
    .join("\n");
}

/**
 * A place in the code, captured cheaply when work is queued and read only if that work fails:
 * V8 records the frames at once but formats them on first read.
 */
export interface CapturedSite {
  readonly stack?: string;
}

export function captureSite(): CapturedSite {
  const site: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  // The user's frame is a few calls above the queue (op.execute: five). Every op captures one
  // (about a tenth of `upgrade --sql`), and V8 walks on into the awaiting async functions until
  // the limit is reached: no more frames than the user's line needs.
  Error.stackTraceLimit = 8;
  Error.captureStackTrace(site, captureSite);
  Error.stackTraceLimit = limit;
  return site;
}
