import { readFileSync } from "node:fs";
import { createRequire, SourceMap } from "node:module";
import { resolve } from "node:path";
import type { PositionMapper, SourcePosition } from "../util/call-site.js";

/*
 * How a position in a generated module maps back to a user's file, for the two ways user
 * TypeScript is loaded (see load-scripts.ts). Only failures ask, so maps are built on first use.
 */

/** One type-stripped file inside the joined module. */
export interface StrippedSegment {
  readonly file: string;
  /** The module's line (1-based) that holds the file's first line. */
  readonly start: number;
  /** How many characters of the module precede the file's code on that line. */
  readonly prefix: number;
}

/**
 * Type stripping keeps every line where it was, so lines map by offset; columns move where types
 * were removed, and come from sucrase's own map of the file, made again when first needed.
 */
export function strippedModuleMapper(segments: readonly StrippedSegment[]): PositionMapper {
  return (line, column, withColumn) => {
    const segment = segmentAt(segments, line);
    if (segment === null) return null;
    const fileLine = line - segment.start + 1;
    if (!withColumn) return { file: segment.file, line: fileLine, column: null };
    const generatedColumn = fileLine === 1 ? column - segment.prefix : column;
    return { file: segment.file, line: fileLine, column: strippedColumn(segment.file, fileLine, generatedColumn) };
  };
}

function segmentAt(segments: readonly StrippedSegment[], line: number): StrippedSegment | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found: StrippedSegment | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= line) (found = segments[mid]!), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

const strippedMaps = new Map<string, SourceMap | null>();

function strippedColumn(file: string, line: number, column: number): number {
  if (!strippedMaps.has(file)) strippedMaps.set(file, sucraseMapOf(file));
  const entry = strippedMaps.get(file)?.findEntry(line - 1, column - 1) as SourceMapEntry | undefined;
  if (entry?.originalLine === undefined || entry.generatedLine !== line - 1) return column;
  return entry.originalColumn + 1; // maps point at tokens: the nearest one before is the place
}

function sucraseMapOf(file: string): SourceMap | null {
  try {
    // The same transform as at load time (it is deterministic), asked for its map this time.
    const { transform } = createRequire(import.meta.url)("sucrase") as typeof import("sucrase");
    const result = transform(readFileSync(file, "utf8"), { transforms: ["typescript", "imports"], filePath: file, sourceMapOptions: { compiledFilename: file } });
    return result.sourceMap ? new SourceMap(result.sourceMap as never) : null;
  } catch {
    return null; // the file changed or went away: keep the generated column
  }
}

interface SourceMapEntry {
  readonly generatedLine: number;
  readonly generatedColumn: number;
  readonly originalSource?: string;
  readonly originalLine?: number;
  readonly originalColumn: number;
}

/** An esbuild bundle: its source map (JSON text, parsed on first use), whose sources are relative to `dir`. */
export function bundleMapper(mapText: string, dir: string): PositionMapper {
  let map: SourceMap | null = null;
  return (line, column, withColumn) => {
    map ??= new SourceMap(JSON.parse(mapText));
    const entry = map.findEntry(line - 1, column - 1) as SourceMapEntry;
    if (entry.originalSource === undefined || entry.originalLine === undefined) return null;
    const file = resolve(dir, entry.originalSource.replace(/^file:\/\//, ""));
    if (file.includes("/node_modules/")) return null;
    const position: SourcePosition = {
      file,
      line: entry.originalLine + 1,
      column: withColumn ? entry.originalColumn + 1 : null,
    };
    return position;
  };
}
