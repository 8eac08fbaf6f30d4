// The command line's cache of V8's compiled code of Retort itself (bin/retort.js): written
// beside dist/lib/retort.cjs once per command name, in the cache folder where that cannot be
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
  readonly sibling: string;
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
    sibling: join(pkg, "dist", "lib", "retort.cjs.v8"),
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

test("the cache is written beside the bundle, once for each command name", () => {
  const c = packageCopy();
  const heads = c.run("heads");
  assert.equal(heads, "aaaa00000002 (head)\n");
  assert.equal(header(c.sibling), `${buildId()} heads`);
  const history = c.run("history");
  assert.equal(header(c.sibling), `${buildId()} heads,history`);
  const written = statSync(c.sibling).mtimeMs;
  assert.equal(c.run("heads"), heads);
  assert.equal(c.run("history"), history);
  assert.equal(statSync(c.sibling).mtimeMs, written, "no command new to the cache: not written again");
  assert.equal(existsSync(join(c.cacheHome, "retort", "code")), false);
});

test("a cache of another build, or one V8 refuses, is ignored and replaced: the output is the same", () => {
  const c = packageCopy();
  const expected = c.run("history", "-v");
  for (const stale of [`0123456789abcdef0123456789abcdef history\n${"x".repeat(5000)}`, `${buildId()} history\n${"garbage ".repeat(5000)}`, `${buildId()}`, ""]) {
    writeFileSync(c.sibling, stale, "latin1");
    assert.equal(c.run("history", "-v"), expected, stale.slice(0, 40));
    assert.equal(header(c.sibling), `${buildId()} history`);
    assert.ok(readFileSync(c.sibling).length > 10_000, "V8's code written again");
  }
});

test("where the package's folder cannot take the cache, it goes to the user's cache folder, and nothing is left behind", () => {
  const c = packageCopy();
  // A folder where the file would go: neither read nor replaced (root may write anywhere).
  mkdirSync(c.sibling);
  const heads = c.run("heads");
  const elsewhere = join(c.cacheHome, "retort", "code", `${buildId()}.v8`);
  assert.equal(header(elsewhere), `${buildId()} heads`);
  assert.equal(c.run("heads"), heads);
  assert.deepEqual(readdirSync(join(c.sibling, "..")).sort(), ["retort.cjs", "retort.cjs.v8"]);
  assert.deepEqual(readdirSync(c.sibling), []);
});

test("a command on the embedded database, whose driver changes V8's flags, leaves the cache as it was", () => {
  const c = packageCopy();
  writeFileSync(join(c.project, "retort.ini"), "[retort]\nscript_location = migrations\nurl = pglite:///%(here)s/.retort-data\n");
  cpSync(join(REPO, "templates", "generic", "env.ts"), join(c.project, "migrations", "env.ts"));
  const heads = c.run("heads");
  const before = readFileSync(c.sibling);
  // `current` on PGlite: V8's code under other flags would be refused by the next command.
  assert.equal(c.run("current"), "");
  assert.deepEqual(readFileSync(c.sibling), before);
  assert.equal(c.run("heads"), heads);
  assert.deepEqual(readFileSync(c.sibling), before, "still the cache that heads made");
});
