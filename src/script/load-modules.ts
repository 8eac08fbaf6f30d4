import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BuildResult, Plugin } from "esbuild";
import { bundleCacheFile, cachedBundle, saveBundle, type Bundle } from "./bundle-cache.js";
import { registerGeneratedModule } from "../util/call-site.js";
import { fail } from "../util/errors.js";
import { phaseMark } from "../util/phase-mark.js";
import { bundleMapper } from "./script-positions.js";
import { importModule } from "../util/import-module.js";

/** The bundler, once a build has loaded it: its service is a child process to stop. */
let bundler: typeof import("esbuild") | null = null;
let commandsRunning = 0;

/**
 * Run one command's work. The bundler's service (a child process) stays up while commands run,
 * since starting it costs more than a build, and is stopped when the last of them ends.
 */
export async function withBuildService<T>(work: () => Promise<T>): Promise<T> {
  commandsRunning++;
  try {
    return await work();
  } finally {
    if (--commandsRunning === 0) await bundler?.stop();
  }
}

let bundles = 0;

/** The built entry of the Retort that is running, which every `retort-migrate` import binds to. */
const RUNNING_RETORT = new URL("../index.js", import.meta.url).href;

/**
 * Import user TypeScript (env.ts, revision files and what they import) in one esbuild build and
 * one `import()`: far cheaper than a loader hook per file. Packages stay external, resolved from
 * the importing file's folder, so they load exactly as Node would load them for the project. The
 * bundle is kept between runs (bundle-cache.ts): an unchanged project starts no esbuild service.
 */
export async function importTypeScript(files: readonly string[]): Promise<Record<string, unknown>[]> {
  if (files.length === 0) return [];
  const dir = process.cwd();
  const cacheFile = bundleCacheFile(files, `${BUNDLE_FORMAT}\0${RUNNING_RETORT}\0${bundlerVersion()}`);
  const { code, map } = cachedBundle(cacheFile) ?? (await bundle(files, dir, cacheFile));
  phaseMark("bundled");
  const name = `${pathToFileURL(dir).href}/[bundle-${++bundles}]`;
  if (map !== null) registerGeneratedModule(name, bundleMapper(map, dir));
  const mod = (await importText(code, name)) as Record<string, Record<string, unknown>>;
  return files.map((_, i) => mod[`m${i}`] ?? {});
}

/** The name the generated entry goes by (never a file: the metafile lists it among the inputs). */
const ENTRY_NAME = "retort-entry.js";

/** Changes whenever the build below changes what it emits, so that older cached bundles go unused. */
const BUNDLE_FORMAT = "esm-node20-1";

async function bundle(files: readonly string[], dir: string, cacheFile: string): Promise<Bundle> {
  const esbuild = (bundler ??= await importModule<typeof import("esbuild")>("esbuild"));
  const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join("\n");
  const packages: { specifier: string; from: string }[] = [];
  let result: BuildResult<{ metafile: true; write: false }>;
  try {
    result = await esbuild.build({
      stdin: { contents: entry, resolveDir: dir, loader: "js", sourcefile: ENTRY_NAME },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "external",
      outfile: join(dir, "retort-bundle.js"), // never written: the map's sources are relative to it
      logLevel: "silent",
      metafile: true,
      plugins: [externalPackages(packages)],
    });
  } catch (err) {
    fail(describeBuildFailure(err), err);
  }
  const code = (result.outputFiles.find((f) => f.path.endsWith(".js"))?.text ?? "").replace(/\/\/# sourceMappingURL=\S*\s*$/, "");
  const map = result.outputFiles.find((f) => f.path.endsWith(".map"))?.text ?? null;
  const bundled = Object.keys(result.metafile.inputs).filter((p) => p !== ENTRY_NAME).map((p) => resolve(dir, p));
  saveBundle(cacheFile, { code, map }, { files: bundled, packages });
  return { code, map };
}

/** The version of the esbuild this Retort resolves, which a cached bundle depends on. */
function bundlerVersion(): string {
  try {
    const file = createRequire(import.meta.url).resolve("esbuild/package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

let imports = 0;

/**
 * Import generated module text without writing a file: a `data:` URL, so nothing is left behind
 * however the process ends. Its imports must be absolute URLs (packages are resolved to file
 * URLs before). The sourceURL names `file` in stack traces instead of the data itself, and a
 * counter makes every import a new module: env.ts runs again on each command in one process.
 */
export function importText(code: string, name: string): Promise<Record<string, unknown>> {
  const text = `${code}\n//# sourceURL=${name}\n// ${process.pid}.${++imports}\n`;
  return importModule(`data:text/javascript;base64,${Buffer.from(text).toString("base64")}`);
}

/** Leaves packages external, resolved to file URLs; `resolved` collects each one, for the bundle cache. */
const externalPackages = (resolved: { specifier: string; from: string }[]): Plugin => ({
  name: "retort-externals",
  setup(build) {
    build.onResolve({ filter: /^retort-migrate$/ }, () => ({ path: RUNNING_RETORT, external: true }));
    // A bare specifier (a package) is resolved by esbuild from the importer, then left external by URL.
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "retort-resolving" || args.path.startsWith("node:") || args.path.startsWith("file:")) return undefined;
      resolved.push({ specifier: args.path, from: args.resolveDir });
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "retort-resolving" });
      if (found.errors.length > 0 || found.external || !found.path.startsWith("/")) return { path: args.path, external: true };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
});

interface EsbuildMessage {
  text: string;
  location?: { file: string; line: number; column: number } | null;
}

function describeBuildFailure(err: unknown): string {
  const errors = (err as { errors?: EsbuildMessage[] }).errors;
  const first = errors?.[0];
  if (!first) return `Could not load TypeScript: ${String(err)}`;
  const loc = first.location;
  const where = loc ? `${relative(process.cwd(), loc.file) || loc.file}:${loc.line}:${loc.column + 1}: ` : "";
  return `Could not load ${loc ? relative(process.cwd(), loc.file) || loc.file : "TypeScript"}: ${where}${first.text}`;
}

export const runningRetortUrl = (): string => RUNNING_RETORT;
