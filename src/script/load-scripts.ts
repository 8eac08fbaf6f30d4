import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describeValue } from "../util/describe-value.js";
import { fail } from "../util/errors.js";
import { phaseMark } from "../util/phase-mark.js";
import { registerGeneratedModule } from "../util/call-site.js";
import { importTypeScript, runningRetortUrl } from "./load-modules.js";
import { strippedModuleMapper, type StrippedSegment } from "./script-positions.js";
import { compileCached } from "./code-cache.js";
import { TransformCache } from "./transform-cache.js";
import { sourceChecksum } from "./source-checksum.js";
import { importModule } from "../util/import-module.js";

/*
 * User scripts: env.ts and the revision files. Revision files are the hot path of an online upgrade and of `upgrade --sql`: thousands of small
 * modules whose only import is "retort-migrate". Those are stripped of their types in-process
 * (sucrase, ~50 µs a file) and joined into one module, imported once. A file that imports
 * anything else (the user's models, a package) goes through esbuild's bundler instead, which
 * resolves imports the way Node would.
 */

const ONLY_RETORT = /^retort-migrate$/;
/** Comments, and the strings that may hold comment-like text: matched together, left to right. */
const COMMENTS_AND_STRINGS = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g;

/**
 * Import revision files; results in the given order. `known` holds sources already read;
 * `unchanged`, the source key (transform-cache.ts) of files known not to have changed since a
 * run read them: where the cache has that key's output, the file is not read again. `checksums`,
 * when given, is filled with each file's checksum (source-checksum.ts); then a file is not read
 * again only where the cache has its checksum too.
 */
export function importScripts(
  paths: readonly string[],
  known?: Map<string, string>,
  unchanged?: ReadonlyMap<string, string>,
  checksums?: Map<string, string>,
): Promise<Record<string, unknown>[]> {
  return importFiles(paths, known, true, unchanged, checksums);
}

/**
 * Run env.ts. Its top level is the command's work (it runs the migrations), and so is the
 * function it exports as its default, called once it has loaded: the templates run their async
 * work there, since a CommonJS package allows no top-level `await`. What either throws is the
 * command's failure, passed on as it is, not a failure to load the file.
 */
export async function runEnvScript(path: string): Promise<void> {
  const [exported] = await importFiles([path], undefined, false);
  phaseMark("env-loaded");
  const main = exported?.["default"];
  if (main === undefined) return;
  if (typeof main !== "function") {
    fail(`${relative(process.cwd(), path) || path}: the default export must be a function, which Retort calls to run the migrations; got ${describeValue(main)}`);
  }
  await (main as () => unknown)();
}

/** `known`: sources already read, by path; the sources read here are added to it. */
async function importFiles(
  paths: readonly string[],
  known: Map<string, string> | undefined,
  loading: boolean,
  unchanged?: ReadonlyMap<string, string>,
  checksums?: Map<string, string>,
): Promise<Record<string, unknown>[]> {
  if (paths.length === 0) return [];
  const cache = new TransformCache(dirname(paths[0] ?? ""), `sucrase ${sucraseVersion()}`);
  // Read in one go: a thousand small files cost far less read synchronously than as a thousand
  // promises, each four trips through the thread pool (open, stat, read, close).
  const inputs: StrippedInput[] = paths.map((path) => {
    let source = known?.get(path);
    if (source === undefined) {
      const key = unchanged?.get(path);
      const sum = key === undefined || checksums === undefined ? null : cache.checksumByKey(key);
      if (key !== undefined && cache.hasKey(key) && sum !== undefined) {
        if (sum !== null) checksums?.set(path, sum);
        return { path, source: null, key };
      }
      source = readFileSync(path, "utf8");
      known?.set(path, source);
    }
    checksums?.set(path, cache.checksum(source, sourceChecksum));
    return { path, source, key: null };
  });
  const fast: number[] = [];
  const bundled: number[] = [];
  // Only self-contained files are in the transform cache: a hit needs no second look.
  inputs.forEach(({ source }, i) => (source === null || cache.has(source) || isSelfContained(source) ? fast : bundled).push(i));
  const out: Record<string, unknown>[] = new Array(paths.length);
  const [fastModules, bundledModules] = await Promise.all([
    fast.length > 0 ? importStripped(cache, fast.map((i) => inputs[i]!), loading) : [],
    bundled.length > 0 ? importTypeScript(bundled.map((i) => paths[i]!)) : [],
  ]);
  cache.save();
  fast.forEach((idx, k) => (out[idx] = fastModules[k]!));
  bundled.forEach((idx, k) => (out[idx] = bundledModules[k]!));
  return out;
}

/** A file to strip: its source, or null when its output is in the cache under `key`. */
interface StrippedInput {
  readonly path: string;
  readonly source: string | null;
  readonly key: string | null;
}

/**
 * Only `retort-migrate` imports, and nothing whose meaning depends on the file's own URL. Comments
 * do not count: the templates' env.ts shows a models import commented out.
 */
function isSelfContained(source: string): boolean {
  const src = source.replace(COMMENTS_AND_STRINGS, (m) => (m.startsWith("/") ? " " : m));
  if (/\bimport\s*\(|\bimport\.meta\b|\brequire\s*\(/.test(src)) return false;
  const specifiers = [...src.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.every((s) => ONLY_RETORT.test(s));
}

/** The version of the sucrase this Retort resolves, which the cached output depends on. */
function sucraseVersion(): string {
  try {
    const file = createRequire(import.meta.url).resolve("sucrase/package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

async function importStripped(cache: TransformCache, inputs: readonly StrippedInput[], loading: boolean): Promise<Record<string, unknown>[]> {
  const paths = inputs.map((f) => f.path);
  // Loading sucrase costs more than a small command's whole run: only a cache miss pays for it.
  const transform = inputs.every((f) => f.source === null || cache.has(f.source)) ? null : (await importModule<typeof import("sucrase")>("sucrase")).transform;
  const bodies = inputs.map(({ source: src, key }, i) => {
    if (src === null) return cache.getByKey(key!)!;
    try {
      return cache.get(src, () => transform!(src, { transforms: ["typescript", "imports"], filePath: paths[i] }).code);
    } catch (err) {
      const loc = (err as { loc?: { line: number; column: number } }).loc;
      const where = relative(process.cwd(), paths[i]!) || paths[i]!;
      const reason = ((err as Error).message ?? String(err)).replace(/^Error transforming [^:]*: /, "").replace(/ \(\d+:\d+\)$/, "");
      return fail(`Could not load ${where}: ${where}:${loc ? `${loc.line}:${loc.column + 1}` : "?"}: ${reason}`, err);
    }
  });
  // Each file becomes an async function of (exports, require, module), so top-level await still
  // works. Each file's first line shares a line with what precedes it, so the first file's lines
  // are the module's own (a stack frame in env.ts names its real line). The files hold no import
  // declarations (sucrase made them require calls), so the whole is a script, compiled by V8
  // straight from the text: no data: URL to encode and parse, megabytes long at 10,000 files.
  // The function is in parentheses so that V8 compiles it at once rather than parse it twice, and
  // the files are function expressions: 10,000 arrow functions in one array literal take V8 some
  // 0.4 s more to create.
  const head = `"use strict"; (function (retort) { const require = (id) => { if (id === "retort-migrate") return retort; throw new Error("Cannot find module '" + id + "'"); }; return { require, factories: [`;
  const opening = "async function (exports, require, module) {";
  const text = `${head}${bodies.map((b) => `${opening}${b}\n}`).join(",\n")}] }; })\n`;
  let next = 1;
  const segments: StrippedSegment[] = bodies.map((b, i) => {
    const segment = { file: paths[i]!, start: next, prefix: (i === 0 ? head.length : 0) + opening.length };
    next += b.split("\n").length + 1; // its lines, then the line that closes it
    return segment;
  });
  let mod: { factories: ((e: object, r: unknown, m: { exports: object }) => Promise<void>)[]; require: unknown };
  try {
    const name = paths.length === 1 ? pathToFileURL(paths[0]!).href : `${pathToFileURL(dirname(paths[0]!)).href}/[${paths.length}-scripts]`;
    registerGeneratedModule(name, strippedModuleMapper(segments));
    const compiled = compileCached(text, name, dirname(paths[0]!), paths.length);
    const [retort, bind] = await Promise.all([importModule(runningRetortUrl()), Promise.resolve(compiled.runInThisContext())]);
    mod = (bind as (r: unknown) => typeof mod)(retort);
  } catch (err) {
    // sucrase does not check all of the syntax; esbuild names the file and line of what V8 refused.
    if (err instanceof SyntaxError) await importTypeScript(paths);
    throw err;
  }
  return Promise.all(
    mod.factories.map(async (factory, i) => {
      const module = { exports: {} as Record<string, unknown> };
      try {
        await factory(module.exports, mod.require, module);
      } catch (err) {
        if (!loading) throw err;
        fail(`Could not load ${relative(process.cwd(), paths[i]!) || paths[i]}: ${(err as Error).message ?? String(err)}`, err);
      }
      return module.exports;
    }),
  );
}
