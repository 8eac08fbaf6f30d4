import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { fail } from "../util/errors.js";

/** The built entry of the Retort that is running, which every `retort-migrate` import binds to. */
const RUNNING_RETORT = new URL("../index.js", import.meta.url).href;

/**
 * Import user TypeScript (env.ts, revision files and what they import) in one esbuild build and
 * one `import()`: far cheaper than a loader hook per file. Packages stay external, resolved from
 * the importing file's folder, so they load exactly as Node would load them for the project.
 */
export async function importTypeScript(files: readonly string[]): Promise<Record<string, unknown>[]> {
  if (files.length === 0) return [];
  const { build } = await import("esbuild");
  const entry = files.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join("\n");
  let code: string;
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: "js", sourcefile: "retort-entry.js" },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      plugins: [externalPackages],
    });
    code = result.outputFiles[0]?.text ?? "";
  } catch (err) {
    fail(describeBuildFailure(err), err);
  }
  const dir = await mkdtemp(join(tmpdir(), "retort-"));
  const file = join(dir, "bundle.mjs");
  try {
    await writeFile(file, code);
    const mod = (await import(pathToFileURL(file).href)) as Record<string, Record<string, unknown>>;
    return files.map((_, i) => mod[`m${i}`] ?? {});
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
