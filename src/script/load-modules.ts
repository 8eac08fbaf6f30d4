import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { registerGeneratedModule } from "../util/call-site.js";
import { fail } from "../util/errors.js";
import { bundleMapper } from "./script-positions.js";

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
 * the importing file's folder, so they load exactly as Node would load them for the project.
 */
export async function importTypeScript(files: readonly string[]): Promise<Record<string, unknown>[]> {
  if (files.length === 0) return [];
  const esbuild = (bundler ??= await import("esbuild"));
  const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join("\n");
  const dir = process.cwd();
  let code: string;
  let mapText: string | null;
  try {
    const result = await esbuild.build({
      stdin: { contents: entry, resolveDir: dir, loader: "js", sourcefile: "retort-entry.js" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "external",
      outfile: join(dir, "retort-bundle.js"), // never written: the map's sources are relative to it
      logLevel: "silent",
      plugins: [externalPackages],
    });
    code = (result.outputFiles.find((f) => f.path.endsWith(".js"))?.text ?? "").replace(/\/\/# sourceMappingURL=\S*\s*$/, "");
    mapText = result.outputFiles.find((f) => f.path.endsWith(".map"))?.text ?? null;
  } catch (err) {
    fail(describeBuildFailure(err), err);
  }
  const name = `${pathToFileURL(dir).href}/[bundle-${++bundles}]`;
  if (mapText !== null) registerGeneratedModule(name, bundleMapper(mapText, dir));
  const mod = (await importText(code, name)) as Record<string, Record<string, unknown>>;
  return files.map((_, i) => mod[`m${i}`] ?? {});
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
  return import(`data:text/javascript;base64,${Buffer.from(text).toString("base64")}`) as Promise<Record<string, unknown>>;
}

const externalPackages: Plugin = {
  name: "retort-externals",
  setup(build) {
    build.onResolve({ filter: /^retort-migrate$/ }, () => ({ path: RUNNING_RETORT, external: true }));
    // A bare specifier (a package) is resolved by esbuild from the importer, then left external by URL.
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "retort-resolving" || args.path.startsWith("node:") || args.path.startsWith("file:")) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "retort-resolving" });
      if (found.errors.length > 0 || found.external || !found.path.startsWith("/")) return { path: args.path, external: true };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

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
