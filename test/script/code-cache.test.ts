import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

/*
 * V8's code cache of the joined revision files (src/script/code-cache.ts), through the CLI on
 * real files: what a run does must always be what the files say, whatever the cache holds.
 * Offline runs, so that no database is needed; 120 revisions, above the size the cache starts at.
 */

const N = 120;
const id = (i: number): string => `cccc${String(i).padStart(8, "0")}`;

function revisionText(i: number, statement: string): string {
  return [
    `/** step ${i} */`,
    'import { op } from "retort-migrate";',
    "",
    `export const revision = ${JSON.stringify(id(i))};`,
    `export const downRevision: string | string[] | null = ${i === 0 ? "null" : JSON.stringify(id(i - 1))};`,
    "export const branchLabels: string | string[] | null = null;",
    "export const dependsOn: string | string[] | null = null;",
    "",
    "export async function upgrade(): Promise<void> {",
    `  await op.execute(${JSON.stringify(statement)});`,
    "}",
    "",
    "export async function downgrade(): Promise<void> {}",
    "",
  ].join("\n");
}

function project(): { dir: string; cache: string; write: (i: number, statement: string) => void; sql: () => string; v8Files: () => string[] } {
  const dir = scratchDir("retort-codecache-");
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  writeFileSync(join(dir, "migrations", "env.ts"), readFileSync(new URL("../../templates/generic/env.ts", import.meta.url), "utf8"));
  writeFileSync(join(dir, "retort.ini"), "[retort]\nscript_location = migrations\nurl = postgresql://postgres@127.0.0.1:5432/unused\n");
  const cache = join(dir, "cache");
  const write = (i: number, statement: string): void => writeFileSync(join(versions, `${id(i)}_step.ts`), revisionText(i, statement));
  for (let i = 0; i < N; i++) write(i, `SELECT 'step ${i}'`);
  const transforms = join(cache, "retort", "transforms");
  return {
    dir,
    cache,
    write,
    sql: () => {
      const r = retort(dir, ["upgrade", "head", "--sql"], { env: { XDG_CACHE_HOME: cache } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    },
    v8Files: () => {
      try {
        return readdirSync(transforms).filter((f) => f.endsWith(".v8")).map((f) => join(transforms, f));
      } catch {
        return [];
      }
    },
  };
}

test("the first run writes the code cache; later runs use it as it is and print the same", () => {
  const p = project();
  const first = p.sql();
  assert.ok(first.includes("SELECT 'step 119';"));
  const [file] = p.v8Files();
  assert.ok(file, "the first run writes one code cache file");
  const before = statSync(file, { bigint: true });
  assert.equal(p.sql(), first);
  const after = statSync(file, { bigint: true });
  assert.equal(after.mtimeNs, before.mtimeNs, "an accepted cache is not written again");
  assert.equal(after.ino, before.ino);
});

test("an edited revision runs as edited: the cache of the old text is not used, and is replaced", () => {
  const p = project();
  p.sql();
  const [file] = p.v8Files();
  const before = readFileSync(file!);
  // The same length: V8's own check of a cache against its source compares lengths only.
  p.write(57, "SELECT 'STEP 57'");
  const out = p.sql();
  assert.ok(out.includes("SELECT 'STEP 57';"), out);
  assert.ok(!out.includes("SELECT 'step 57';"));
  assert.notDeepEqual(readFileSync(file!), before, "the cache now holds the new text's code");
  assert.equal(p.sql(), out);
});

test("a corrupt or truncated cache file is ignored and rewritten", () => {
  const p = project();
  const expected = p.sql();
  const [file] = p.v8Files();
  const good = readFileSync(file!);
  // The text's hash is right but V8's data is damaged: V8 refuses it.
  writeFileSync(file!, Buffer.concat([good.subarray(0, 40), Buffer.alloc(good.length - 40, 0x5a)]));
  assert.equal(p.sql(), expected);
  assert.deepEqual(readFileSync(file!).subarray(0, 40), good.subarray(0, 40));
  assert.notEqual(readFileSync(file!)[good.length - 1], 0x5a, "rewritten");
  writeFileSync(file!, good.subarray(0, 10));
  assert.equal(p.sql(), expected);
  writeFileSync(file!, "");
  assert.equal(p.sql(), expected);
});

test("a cache folder that cannot be written only costs speed", () => {
  const p = project();
  mkdirSync(join(p.cache, "retort"), { recursive: true });
  writeFileSync(join(p.cache, "retort", "transforms"), "not a folder");
  const out = p.sql();
  assert.ok(out.includes("SELECT 'step 0';"));
  assert.equal(p.sql(), out);
  rmSync(join(p.cache, "retort", "transforms"));
  assert.equal(p.sql(), out);
  assert.equal(p.v8Files().length, 1);
});
