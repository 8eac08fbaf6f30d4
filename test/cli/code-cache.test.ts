// The command line's caches of V8's compiled code of Retort itself (bin/retort.js): one for each
// command name, written beside dist/lib/retort.cjs once, in the cache folder where that cannot be
// written, ignored when it belongs to another build or V8 refuses it, and never a cause of
// different output. Each test runs a copy of the package, so that the repository's own cache,
// which the other tests' processes are using, is left alone.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { REPO, retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

interface Copy {
  readonly bin: string;
  /** The cache of a command name beside the bundle. */
  sibling(verb: string): string;
  readonly project: string;
  readonly cacheHome: string;
  run(...args: string[]): string;
}

function packageCopy(): Copy {
  const root = scratchDir("retort-codecache-");
  const pkg = join(root, "pkg");
  mkdirSync(pkg);
  // Without the repository's own cache (and a write of it under way): the copy starts without one.
  const copied = (file: string): boolean => !file.endsWith(".v8") && !file.endsWith(".tmp");
  for (const part of ["bin", "dist", "templates", "package.json"]) cpSync(join(REPO, part), join(pkg, part), { recursive: true, filter: copied });
  symlinkSync(join(REPO, "node_modules"), join(pkg, "node_modules"));
  const project = join(root, "project");
  mkdirSync(join(project, "migrations", "versions"), { recursive: true });
  writeFileSync(join(project, "retort.ini"), "[retort]\nscript_location = migrations\n");
  for (const [id, down] of [
    ["aaaa00000001", null],
    ["aaaa00000002", "aaaa00000001"],
  ] as const) {
    writeFileSync(
      join(project, "migrations", "versions", `${id}_step.ts`),
      `/**\n * step ${id}\n */\nexport const revision = "${id}";\nexport const downRevision = ${JSON.stringify(down)};\nexport const branchLabels = null;\nexport const dependsOn = null;\n`,
    );
  }
  const bin = join(pkg, "bin", "retort.js");
  const cacheHome = join(root, "cache");
  return {
    bin,
    sibling: (verb) => join(pkg, "dist", "lib", `retort.cjs.${verb}.v8`),
    project,
    cacheHome,
    run: (...args) => {
      const r = retort(project, args, { bin, env: { XDG_CACHE_HOME: cacheHome } });
      assert.equal(r.stderr, "");
      assert.equal(r.status, 0);
      return r.stdout;
    },
  };
}

const header = (file: string): string => {
  const bytes = readFileSync(file);
  return bytes.toString("latin1", 0, bytes.indexOf(10));
};

const buildId = (): string => /^\/\/ retort-migrate build (\w+)\n/.exec(readFileSync(join(REPO, "dist", "lib", "retort.cjs"), "latin1"))![1]!;

test("a cache for each command name is written beside the bundle, once", () => {
  const c = packageCopy();
  const heads = c.run("heads");
  assert.equal(heads, "aaaa00000002 (head)\n");
  assert.equal(header(c.sibling("heads")), buildId());
  assert.equal(existsSync(c.sibling("history")), false);
  const history = c.run("history");
  assert.equal(header(c.sibling("history")), buildId());
  const written = statSync(c.sibling("heads")).mtimeMs;
  assert.equal(c.run("heads"), heads);
  assert.equal(c.run("history"), history);
  assert.equal(statSync(c.sibling("heads")).mtimeMs, written, "a command that has its cache: not written again");
  // A first word that is not a command name has one cache of its own.
  assert.equal(c.run("--version").startsWith("retort "), true);
  assert.equal(header(c.sibling("-")), buildId());
  // A word that is no command name fails, and leaves no cache.
  const typo = retort(c.project, ["haeds"], { bin: c.bin, env: { XDG_CACHE_HOME: c.cacheHome } });
  assert.equal(typo.status, 1);
  assert.deepEqual(readdirSync(join(c.sibling("heads"), "..")).sort(), ["retort.cjs", "retort.cjs.-.v8", "retort.cjs.heads.v8", "retort.cjs.history.v8"]);
  assert.equal(existsSync(join(c.cacheHome, "retort", "code")), false);
});

test("a cache of another build, or one V8 refuses, is ignored and replaced: the output is the same", () => {
  const c = packageCopy();
  const expected = c.run("history", "-v");
  for (const stale of [`0123456789abcdef0123456789abcdef\n${"x".repeat(5000)}`, `${buildId()}\n${"garbage ".repeat(5000)}`, `${buildId()}`, ""]) {
    writeFileSync(c.sibling("history"), stale, "latin1");
    assert.equal(c.run("history", "-v"), expected, stale.slice(0, 40));
    assert.equal(header(c.sibling("history")), buildId());
    assert.ok(readFileSync(c.sibling("history")).length > 10_000, "V8's code written again");
  }
});

test("where the package's folder cannot take the cache, it goes to the user's cache folder, and nothing is left behind", () => {
  const c = packageCopy();
  // A folder where the file would go: neither read nor replaced (root may write anywhere).
  mkdirSync(c.sibling("heads"));
  const heads = c.run("heads");
  const elsewhere = join(c.cacheHome, "retort", "code", `${buildId()}.heads.v8`);
  assert.equal(header(elsewhere), buildId());
  assert.equal(c.run("heads"), heads);
  assert.deepEqual(readdirSync(join(c.sibling("heads"), "..")).sort(), ["retort.cjs", "retort.cjs.heads.v8"]);
  assert.deepEqual(readdirSync(c.sibling("heads")), []);
});

test("a command on the embedded database, whose driver changes V8's flags, leaves no cache", () => {
  const c = packageCopy();
  writeFileSync(join(c.project, "retort.ini"), "[retort]\nscript_location = migrations\nurl = pglite:///%(here)s/.retort-data\n");
  cpSync(join(REPO, "templates", "generic", "env.ts"), join(c.project, "migrations", "env.ts"));
  const heads = c.run("heads");
  const before = readFileSync(c.sibling("heads"));
  // `current` on PGlite: V8's code under other flags would be refused by the next command.
  assert.equal(c.run("current"), "");
  assert.equal(existsSync(c.sibling("current")), false);
  assert.equal(c.run("current"), "");
  assert.equal(existsSync(c.sibling("current")), false);
  assert.equal(c.run("heads"), heads);
  assert.deepEqual(readFileSync(c.sibling("heads")), before, "still the cache that heads made");
});
