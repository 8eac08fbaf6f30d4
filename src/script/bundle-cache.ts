import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { cacheDir } from "../util/cache-dir.js";
import { cacheFileKey, sha1 } from "../util/hash.js";

/*
 * esbuild bundles of user TypeScript (env.ts and the models it imports), kept between runs. Starting
 * esbuild's service and bundling a large models module costs more than the rest of an autogenerate
 * run; an unchanged project gets the same text back. A bundle is reused only when everything its text
 * depends on reads the same: every bundled file, and every file esbuild consults to compile or
 * resolve them (package.json, tsconfig.json and jsconfig.json from each file's folder up, the
 * tsconfig files they extend, the JavaScript file that would shadow a TypeScript one of the same
 * name, and the package.json of each package left external, with the nearer node_modules folders
 * that would shadow it). A cache that cannot be read or written is ignored.
 */

export interface Bundle {
  readonly code: string;
  readonly map: string | null;
}

/** What a build depended on, for the record: the bundled files, and packages left external. */
export interface BuildInputs {
  /** Absolute paths of the files the bundle holds. */
  readonly files: readonly string[];
  /** Bare specifiers resolved to external packages, and the folder each was resolved from. */
  readonly packages: readonly { readonly specifier: string; readonly from: string }[];
}

interface BundleRecord {
  readonly code: string;
  readonly map: string | null;
  /** Path -> content hash, or null where the file must still be absent. */
  readonly depends: Readonly<Record<string, string | null>>;
}

/** The record's file: one per entry list, working folder, Retort and bundler. */
export function bundleCacheFile(entries: readonly string[], context: string): string {
  const key = cacheFileKey(`${context}\0${process.env["NODE_PATH"] ?? ""}\0${process.cwd()}\0${entries.join("\0")}`, 20);
  return join(cacheDir(), "bundles", `${key}.json`);
}

/** The bundle kept in `file`, if everything it depended on is unchanged. */
export function cachedBundle(file: string): Bundle | null {
  let record: BundleRecord;
  try {
    record = JSON.parse(readFileSync(file, "utf8")) as BundleRecord;
  } catch {
    return null;
  }
  if (typeof record.code !== "string" || typeof record.depends !== "object" || record.depends === null) return null;
  for (const [path, hash] of Object.entries(record.depends)) if (hashOf(path) !== hash) return null;
  return { code: record.code, map: record.map };
}

/** Keep a bundle just built, with the state of what it depended on (hashed now, after the build). */
export function saveBundle(file: string, bundle: Bundle, inputs: BuildInputs): void {
  try {
    const depends: Record<string, string | null> = {};
    const note = (path: string): string | null => {
      if (!(path in depends)) depends[path] = hashOf(path);
      return depends[path]!;
    };
    for (const f of inputs.files) {
      if (note(f) === null) return; // gone already: nothing to vouch for
      // `import "./models.js"` finds models.ts only while no models.js is there.
      const stem = /^(.*)\.[mc]?tsx?$/.exec(f)?.[1];
      if (stem !== undefined) for (const ext of [".js", ".mjs", ".cjs", ".jsx"]) note(stem + ext);
      for (let dir = dirname(f); ; dir = dirname(dir)) {
        note(join(dir, "package.json"));
        for (const name of ["tsconfig.json", "jsconfig.json"]) {
          const config = join(dir, name);
          if (note(config) !== null) noteExtended(config, note, new Set());
        }
        if (dirname(dir) === dir) break;
      }
    }
    for (const p of inputs.packages) notePackage(p.specifier, p.from, note);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ depends, code: bundle.code, map: bundle.map } satisfies BundleRecord));
    renameSync(tmp, file);
  } catch {
    // A read-only or full cache folder only costs speed.
  }
}

/** A package's package.json where Node's lookup finds it from `from`, and the nearer places that would shadow it. */
function notePackage(specifier: string, from: string, note: (path: string) => string | null): void {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  for (let dir = from; ; dir = dirname(dir)) {
    if (note(join(dir, "node_modules", name, "package.json")) !== null) return;
    if (dirname(dir) === dir) return;
  }
}

/** The files a tsconfig extends (a path, or a package's), which change what esbuild emits as much as it does. */
function noteExtended(config: string, note: (path: string) => string | null, seen: Set<string>): void {
  if (seen.has(config)) return;
  seen.add(config);
  let text: string;
  try {
    text = readFileSync(config, "utf8");
  } catch {
    return;
  }
  const m = /"extends"\s*:\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\])/.exec(text);
  if (m === null) return;
  const targets = [...m[1]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!);
  for (const target of targets) {
    if (target.startsWith(".") || target.startsWith("/")) {
      const path = resolve(dirname(config), target);
      for (const candidate of [path, `${path}.json`]) if (note(candidate) !== null) noteExtended(candidate, note, seen);
    } else {
      notePackage(target, dirname(config), note);
    }
  }
}

function hashOf(path: string): string | null {
  try {
    return sha1(readFileSync(path), "base64");
  } catch {
    return null;
  }
}
