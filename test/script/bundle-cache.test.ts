import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { REPO, retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

/*
 * The bundle cache (src/script/bundle-cache.ts) through the CLI: env.ts importing a models module
 * and a package is bundled once, and whatever changes what esbuild would emit is seen at once.
 */

interface Project {
  readonly dir: string;
  /** What env.ts printed (the models' value, then the package's), asserting success. */
  run(): string;
  bundles(): string[];
}

function project(): Project {
  const dir = scratchDir("retort-bundle-cache-");
  mkdirSync(join(dir, "migrations", "versions"), { recursive: true });
  copyFileSync(join(REPO, "templates", "generic", "script.ts.tmpl"), join(dir, "migrations", "script.ts.tmpl"));
  writeFileSync(join(dir, "retort.ini"), "[retort]\nscript_location = migrations\nurl = postgresql://postgres@127.0.0.1:5432/unused\n");
  writeFileSync(join(dir, "migrations", "env.ts"), 'import { VALUE } from "../models.js";\nimport pkg from "pkg";\nprocess.stdout.write(`${VALUE} ${pkg}\\n`);\n');
  writeFileSync(join(dir, "models.ts"), 'export const VALUE: string = "one";\n');
  writePackage(join(dir, "node_modules", "pkg"), "1.0.0", "index.js", "pkg-1");
  const cache = join(dir, "cache");
  return {
    dir,
    run: () => {
      const r = retort(dir, ["upgrade", "head", "--sql"], { env: { XDG_CACHE_HOME: cache } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.split("\n")[0]!;
    },
    bundles: () => {
      try {
        return readdirSync(join(cache, "retort", "bundles")).map((f) => join(cache, "retort", "bundles", f));
      } catch {
        return [];
      }
    },
  };
}

function writePackage(dir: string, version: string, main: string, value: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "pkg", version, main }));
  writeFileSync(join(dir, main), `module.exports = ${JSON.stringify(value)};\n`);
}

test("a second run reuses the bundle: the cache file is read, not written again", () => {
  const p = project();
  assert.equal(p.run(), "one pkg-1");
  const [file] = p.bundles();
  assert.ok(file, "the first run keeps its bundle");
  const before = statSync(file, { bigint: true });
  assert.equal(p.run(), "one pkg-1");
  const after = statSync(file, { bigint: true });
  assert.equal(after.mtimeNs, before.mtimeNs);
  assert.equal(after.ino, before.ino);
});

test("an edited module, a module it newly imports and an edited env.ts show at once", () => {
  const p = project();
  assert.equal(p.run(), "one pkg-1");
  writeFileSync(join(p.dir, "models.ts"), 'export { VALUE } from "./values.js";\n');
  writeFileSync(join(p.dir, "values.ts"), 'export const VALUE: string = "two";\n');
  assert.equal(p.run(), "two pkg-1");
  writeFileSync(join(p.dir, "values.ts"), 'export const VALUE: string = "three";\n');
  assert.equal(p.run(), "three pkg-1");
  writeFileSync(join(p.dir, "migrations", "env.ts"), 'import { VALUE } from "../models.js";\nprocess.stdout.write(`env ${VALUE}\\n`);\n');
  assert.equal(p.run(), "env three");
});

test("a JavaScript file that would now be found before a TypeScript one of the same name is imported", () => {
  const p = project();
  assert.equal(p.run(), "one pkg-1");
  writeFileSync(join(p.dir, "models.js"), 'export const VALUE = "from js";\n');
  assert.equal(p.run(), "from js pkg-1");
});

test("a package upgraded in place, or shadowed by a nearer node_modules, is the one imported", () => {
  const p = project();
  assert.equal(p.run(), "one pkg-1");
  // A new version whose entry is another file: the old file is still there.
  writePackage(join(p.dir, "node_modules", "pkg"), "2.0.0", "main2.js", "pkg-2");
  assert.equal(p.run(), "one pkg-2");
  writePackage(join(p.dir, "migrations", "node_modules", "pkg"), "3.0.0", "index.js", "pkg-3");
  assert.equal(p.run(), "one pkg-3");
});

test("a tsconfig.json that changes the emitted code is honoured, as is one it extends", () => {
  const p = project();
  // With useDefineForClassFields false, a field initialiser assigns, so the base class's setter runs.
  writeFileSync(join(p.dir, "models.ts"), [
    "class Base { set x(v: number) { seen.push(v); } }",
    "const seen: number[] = [];",
    "class Child extends Base { x = 1; }",
    "new Child();",
    'export const VALUE: string = seen.length === 0 ? "defined" : "assigned";',
    "",
  ].join("\n"));
  assert.equal(p.run(), "defined pkg-1");
  writeFileSync(join(p.dir, "tsconfig.json"), JSON.stringify({ extends: "./tsconfig.base.json" }));
  writeFileSync(join(p.dir, "tsconfig.base.json"), JSON.stringify({ compilerOptions: { useDefineForClassFields: false } }));
  assert.equal(p.run(), "assigned pkg-1");
  writeFileSync(join(p.dir, "tsconfig.base.json"), JSON.stringify({ compilerOptions: { useDefineForClassFields: true } }));
  assert.equal(p.run(), "defined pkg-1");
});
