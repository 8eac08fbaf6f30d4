import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { IdentifierCache, type FileStamp } from "../../src/script/identifier-cache.js";
import { NOT_LITERAL, readIdentifiers } from "../../src/script/read-identifiers.js";
import { REPO, retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

/*
 * The identifier cache (src/script/identifier-cache.ts) through the CLI, on real files: what the
 * graph commands print must always be what the files say, whatever the cache holds.
 */

interface Rev {
  readonly id: string;
  readonly down: string | null;
  readonly message: string;
}

const revisionText = (r: Rev): string =>
  [
    "/**",
    ` * ${r.message}`,
    " *",
    ` * Revision ID: ${r.id}`,
    ` * Revises: ${r.down ?? ""}`,
    " * Create Date: 2021-11-20 19:17:01.434529",
    " */",
    'import { op } from "retort-migrate";',
    "",
    `export const revision = ${JSON.stringify(r.id)};`,
    `export const downRevision: string | string[] | null = ${JSON.stringify(r.down)};`,
    "export const branchLabels: string | string[] | null = null;",
    "export const dependsOn: string | string[] | null = null;",
    "",
    "export async function upgrade(): Promise<void> {}",
    "export async function downgrade(): Promise<void> {}",
    "",
  ].join("\n");

/** A path as the cache looks it up: itself, its folder with the separator, and its name. */
const fileOf = (path: string): [string, string, string] => [path, path.slice(0, path.lastIndexOf("/") + 1), path.slice(path.lastIndexOf("/") + 1)];

const stampOf = (s: Stats): FileStamp => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });

/** A cache file taken apart (src/script/identifier-cache.ts): its first line's words, its text lines, its stamp block. */
interface CacheFile {
  readonly lines: string[];
  readonly stamps: Buffer;
}

function readCache(file: string): CacheFile {
  const bytes = readFileSync(file);
  const headEnd = bytes.indexOf(10);
  const [count, textLength] = bytes.toString("latin1", 0, headEnd).split(" ").slice(-2).map(Number) as [number, number];
  const textEnd = headEnd + 1 + textLength;
  const lines = bytes.toString("latin1", headEnd + 1, textEnd).split("\n").slice(0, count);
  return { lines, stamps: bytes.subarray(Math.ceil(textEnd / 8) * 8) };
}

/** The bytes of a cache file of `lines` and `stamps`, well framed whatever the lines say. */
function cacheBytes(c: CacheFile): Buffer {
  const text = c.lines.map((l) => `${l}\n`).join("");
  const head = `retort identifier cache 5 ${c.lines.length} ${text.length}\n`;
  const at = Math.ceil((head.length + text.length) / 8) * 8;
  return Buffer.concat([Buffer.from(head + text, "latin1"), Buffer.alloc(at - head.length - text.length), c.stamps]);
}

interface Project {
  readonly dir: string;
  readonly versions: string;
  readonly cache: string;
  run(...args: string[]): { stdout: string; stderr: string; status: number };
  write(r: Rev, name?: string): string;
  cacheFiles(): string[];
}

function project(revs: readonly Rev[], cache?: string): Project {
  const dir = scratchDir("retort-idcache-");
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  copyFileSync(join(REPO, "templates", "generic", "script.ts.tmpl"), join(dir, "migrations", "script.ts.tmpl"));
  writeFileSync(join(dir, "retort.ini"), "[retort]\nscript_location = migrations\nurl = postgresql://postgres@127.0.0.1:5432/unused\n");
  const cacheHome = cache ?? join(dir, "cache");
  const p: Project = {
    dir,
    versions,
    cache: cacheHome,
    run: (...args) => retort(dir, args, { env: { XDG_CACHE_HOME: cacheHome } }),
    write: (r, name = `${r.id}_rev.ts`) => {
      const path = join(versions, name);
      writeFileSync(path, revisionText(r));
      return path;
    },
    cacheFiles: () => {
      try {
        return readdirSync(join(cacheHome, "retort", "identifiers")).map((f) => join(cacheHome, "retort", "identifiers", f));
      } catch {
        return [];
      }
    },
  };
  for (const r of revs) p.write(r);
  return p;
}

const chain = (n: number): Rev[] =>
  Array.from({ length: n }, (_, i) => ({ id: `aaaa0000000${i}`, down: i === 0 ? null : `aaaa0000000${i - 1}`, message: `step ${i}` }));

/** The history a fresh cache folder gives: what the files say. */
function uncached(p: Project, ...args: string[]): string {
  const r = retort(p.dir, args, { env: { XDG_CACHE_HOME: scratchDir("retort-idcache-fresh-") } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function ok(p: Project, ...args: string[]): string {
  const r = p.run(...args);
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
  return r.stdout;
}

test("a second run reads nothing from unchanged files: the cache is used as it is and not written again", () => {
  const p = project(chain(4));
  const first = ok(p, "history");
  const [file] = p.cacheFiles();
  assert.ok(file, "the first run writes one cache file");
  assert.equal(p.cacheFiles().length, 1);
  const before = statSync(file, { bigint: true });
  const text = readFileSync(file, "utf8");
  // The files were written before the first run began, so its entries are trusted.
  assert.equal(ok(p, "history"), first);
  assert.equal(ok(p, "heads"), "aaaa00000003 (head)\n");
  const after = statSync(file, { bigint: true });
  assert.equal(after.mtimeNs, before.mtimeNs);
  assert.equal(after.ino, before.ino, "the cache file was not replaced");
  assert.equal(readFileSync(file, "utf8"), text);
  assert.ok(text.includes("aaaa00000002"));
});

test("an edited file is read again: a new message and a new parent show at once", () => {
  const revs = chain(3);
  const p = project(revs);
  ok(p, "history");
  p.write({ id: "aaaa00000002", down: "aaaa00000000", message: "rewritten, and longer than before" });
  const out = ok(p, "history");
  assert.equal(out, uncached(p, "history"));
  assert.match(out, /aaaa00000000 -> aaaa00000002 \(head\), rewritten, and longer than before/);
  assert.equal(ok(p, "heads"), "aaaa00000001 (head)\naaaa00000002 (head)\n");
});

test("in a long history, a few new or changed files are read again rather than the cache rewritten for them; more are recorded", () => {
  const revs = Array.from({ length: 128 }, (_, i) => ({ id: `bbbb${String(i).padStart(8, "0")}`, down: i === 0 ? null : `bbbb${String(i - 1).padStart(8, "0")}`, message: `step ${i}` }));
  const p = project(revs);
  ok(p, "history");
  const [file] = p.cacheFiles();
  const recorded = (): string => readFileSync(file!, "latin1");
  const before = recorded();
  // Two of 128 (up to one in 64): read from the files, the cache left as it was.
  p.write({ ...revs[5]!, message: "step 5, edited" });
  p.write({ id: "bbbb99999999", down: "bbbb00000127", message: "new head" });
  const out = ok(p, "history");
  assert.equal(out, uncached(p, "history"));
  assert.match(out, /step 5, edited/);
  assert.equal(ok(p, "heads"), "bbbb99999999 (head)\n");
  assert.equal(recorded(), before);
  // A third: now the cache takes them all.
  p.write({ ...revs[9]!, message: "step 9, edited" });
  assert.equal(ok(p, "history"), uncached(p, "history"));
  assert.notEqual(recorded(), before);
  assert.match(recorded(), /step 5, edited/);
  assert.match(recorded(), /bbbb99999999/);
});

test("a file replaced within the same second, same size and modification time, is read again", () => {
  const p = project(chain(3));
  const path = join(p.versions, "aaaa00000002_rev.ts");
  // A file system that keeps whole seconds: the file's time is a whole second before and after.
  const second = Math.floor(Date.now() / 1000) - 5;
  utimesSync(path, second, second);
  ok(p, "history");
  const old = statSync(path, { bigint: true });
  // Same length, other content, the same modification time.
  p.write({ id: "aaaa00000002", down: "aaaa00000001", message: "step X" });
  utimesSync(path, second, second);
  assert.equal(statSync(path, { bigint: true }).size, old.size);
  assert.equal(statSync(path, { bigint: true }).mtimeNs, old.mtimeNs);
  const out = ok(p, "history");
  assert.match(out, /step X/);
  assert.equal(out, uncached(p, "history"));
});

test("renames and deletions: the cache follows the files, keyed by path, and drops what is gone", () => {
  const p = project(chain(4));
  ok(p, "history");
  // Swap two files of the same size and age: a cache keyed by path, size and time alone would mix them up.
  const a = join(p.versions, "aaaa00000001_rev.ts");
  const b = join(p.versions, "aaaa00000002_rev.ts");
  const t = statSync(a);
  utimesSync(b, t.atime, t.mtime);
  ok(p, "history");
  renameSync(a, join(p.versions, "swap.tmp"));
  renameSync(b, a);
  renameSync(join(p.versions, "swap.tmp"), b);
  assert.equal(ok(p, "history"), uncached(p, "history"));
  // A renamed file keeps its revision; a deleted head goes away, and so does its entry.
  renameSync(join(p.versions, "aaaa00000000_rev.ts"), join(p.versions, "zz_first.ts"));
  unlinkSync(join(p.versions, "aaaa00000003_rev.ts"));
  assert.equal(ok(p, "heads"), "aaaa00000002 (head)\n");
  assert.equal(ok(p, "history"), uncached(p, "history"));
  const [file] = p.cacheFiles();
  const cached = readFileSync(file!, "utf8");
  assert.ok(!cached.includes("aaaa00000003_rev.ts"), "a deleted file's entry is dropped");
  assert.ok(cached.includes("zz_first.ts"));
});

test("a corrupt cache is ignored and replaced; so is one whose entries are not well formed", () => {
  const p = project(chain(3));
  const expected = ok(p, "history");
  const [file] = p.cacheFiles();
  const good = readFileSync(file!);
  const cache = readCache(file!);
  const framed = (c: CacheFile): Buffer => cacheBytes(c);
  const header = good.subarray(0, good.indexOf(10) + 1);
  const garbage: (string | Buffer)[] = [
    "{not json",
    "null",
    "",
    header,
    Buffer.concat([header, Buffer.from("no tab here\n")]),
    good.subarray(0, good.length - 8), // a stamp short
    Buffer.concat([good, Buffer.alloc(8)]), // a stamp too many
    framed({ lines: cache.lines.slice(1), stamps: cache.stamps }), // a line short
    good.toString("latin1").replace("cache 5", "cache 4"), // another format
  ];
  for (const bad of garbage) {
    writeFileSync(file!, bad);
    assert.equal(ok(p, "history"), expected, String(bad).slice(0, 80));
  }
  // Matching stamps, nonsense values: the files are read instead.
  const mtime = statSync(file!).mtime;
  const damaged = (edit: (fields: string[]) => void): Buffer =>
    framed({
      lines: cache.lines.map((line) => {
        const fields = line.split("\t");
        edit(fields);
        return fields.join("\t");
      }),
      stamps: cache.stamps,
    });
  for (const edit of [
    (f: string[]) => (f[2] = "42"), // revision
    (f: string[]) => (f[3] = '{"x":1}'), // downRevision
    (f: string[]) => (f[4] = "[1]"), // branchLabels
    (f: string[]) => (f[1] = "[]"), // docstring
    (f: string[]) => (f[1] = '"unterminated'), // docstring
    (f: string[]) => (f[1] = '"not \\q json"'), // docstring that only looks like a string
    (f: string[]) => f.pop(), // a field short
    (f: string[]) => f.push("more"), // a field too many
  ]) {
    writeFileSync(file!, damaged(edit));
    utimesSync(file!, mtime, mtime);
    assert.equal(ok(p, "history"), expected, String(edit));
    assert.equal(ok(p, "heads"), "aaaa00000002 (head)\n");
  }
});

test("paths and messages beyond ASCII are cached and read back exactly", () => {
  const revs: Rev[] = [
    { id: "dddd00000000", down: null, message: "crème brûlée, 日本語, emoji \u{1F600}, tab\there" },
    { id: "dddd00000001", down: "dddd00000000", message: "second" },
  ];
  const p = project([]);
  p.write(revs[0]!, "dddd00000000_caf\u00e9.ts");
  p.write(revs[1]!, "dddd00000001_\u00fcber\tname.ts");
  const first = ok(p, "history");
  assert.equal(first, uncached(p, "history"));
  assert.match(first, /crème brûlée, 日本語, emoji \u{1F600}, tab\there/u);
  const [file] = p.cacheFiles();
  const text = readCache(file!).lines.join("\n");
  assert.ok(text.includes("caf\\u00e9.ts"));
  assert.ok([...text].every((c) => c.charCodeAt(0) < 0x80), "the cache's text is ASCII");
  assert.equal(ok(p, "history"), first);
  assert.equal(ok(p, "history", "-v"), uncached(p, "history", "-v"));
  assert.equal(ok(p, "heads"), "dddd00000001 (head)\n");
});

test("an unwritable cache folder only costs speed: same output, no error, nothing left behind", () => {
  const blocker = join(scratchDir("retort-idcache-blocked-"), "not-a-folder");
  writeFileSync(blocker, "a file where the cache folder would be\n");
  const p = project(chain(3), blocker);
  const out = ok(p, "history");
  assert.equal(out, uncached(p, "history"));
  assert.equal(ok(p, "heads"), "aaaa00000002 (head)\n");
  assert.equal(readFileSync(blocker, "utf8"), "a file where the cache folder would be\n");
  // A cache folder that is there but is a file: the cache file's place is taken.
  const q = project(chain(2));
  mkdirSync(join(q.cache, "retort", "identifiers"), { recursive: true });
  ok(q, "history");
  const [file] = q.cacheFiles();
  rmSync(file!);
  mkdirSync(file!);
  assert.equal(ok(q, "history"), uncached(q, "history"));
  assert.deepEqual(readdirSync(join(q.cache, "retort", "identifiers")).sort(), [file!.split("/").pop()]);
});

test("revision -m reads no file of the history again: the cache is not rewritten", () => {
  const p = project(chain(3));
  ok(p, "history");
  const [file] = p.cacheFiles();
  const before = statSync(file!, { bigint: true });
  const r = p.run("revision", "-m", "next step", "--rev-id", "bbbb00000000");
  assert.equal(r.status, 0, r.stderr);
  const after = statSync(file!, { bigint: true });
  assert.equal(after.mtimeNs, before.mtimeNs);
  assert.equal(after.ino, before.ino);
  assert.match(ok(p, "heads"), /^bbbb00000000 \(head\)\n$/);
});

test("an entry is trusted only for a file last changed before the run that recorded it began", () => {
  const home = scratchDir("retort-idcache-unit-");
  process.env["XDG_CACHE_HOME"] = home;
  const path = join(home, "r1.ts");
  writeFileSync(path, revisionText({ id: "cccc00000001", down: null, message: "one" }));
  const read = readIdentifiers(readFileSync(path, "utf8"));
  const real = stampOf(statSync(path));
  const first = IdentifierCache.open("/unit/scope");
  const runBegan = Date.now() + 1; // Date.now() counts whole milliseconds
  // A file changed during the run (a stamp newer than its start), and one changed long before.
  const racy = { ...real, mtimeMs: runBegan + 5 };
  const old = { ...real, mtimeMs: real.mtimeMs - 10_000, ctimeMs: real.ctimeMs - 10_000 };
  assert.equal(first.lookup(...fileOf(path), real), null, "an empty cache has nothing");
  first.remember(path, racy, read);
  first.remember(`${path}.old`, old, read);
  first.save();
  const [file] = readdirSync(join(home, "retort", "identifiers"));
  // The cache file is dated back to when its run began: entries are compared with that.
  const written = statSync(join(home, "retort", "identifiers", file!)).mtimeMs;
  assert.ok(written <= runBegan, `${written} <= ${runBegan}`);
  const second = IdentifierCache.open("/unit/scope");
  assert.equal(second.lookup(...fileOf(path), racy), null, "changed at or after the recording run began: read again");
  const hit = second.lookup(...fileOf(`${path}.old`), old);
  assert.equal(hit?.exports.get("revision"), "cccc00000001");
  assert.equal(hit?.exports.get("downRevision"), null);
  assert.equal(hit?.docstring, read.docstring);
  assert.equal(second.lookup(...fileOf(`${path}.old`), { ...old, size: old.size + 1 }), null, "another size");
  assert.equal(second.lookup(...fileOf(`${path}.old`), { ...old, ino: old.ino + 1 }), null, "another file");
  assert.equal(second.lookup(...fileOf(`${path}.old`), { ...old, ctimeMs: old.ctimeMs + 0.001 }), null, "changed metadata, a microsecond later");
  // A value that is not a literal stays one: the module is imported for it.
  second.remember(`${path}.nl`, old, readIdentifiers(`export const revision = "x" + "y";`));
  second.save();
  assert.equal(IdentifierCache.open("/unit/scope").lookup(...fileOf(`${path}.nl`), old)?.exports.get("revision"), NOT_LITERAL);
});

test("upgrade --sql runs what each file says now: an edited file is read again, the others come from the caches", () => {
  const p = project([]);
  copyFileSync(join(REPO, "templates", "generic", "env.ts"), join(p.dir, "migrations", "env.ts"));
  const withSql = (r: Rev, sql: string): string => revisionText(r).replace("export async function upgrade(): Promise<void> {}", `export async function upgrade(): Promise<void> {\n  await op.execute(${JSON.stringify(sql)});\n}`);
  const revs = chain(3);
  for (const r of revs) writeFileSync(join(p.versions, `${r.id}_rev.ts`), withSql(r, `SELECT '${r.id}'`));
  const fresh = (): string => {
    const r = retort(p.dir, ["upgrade", "head", "--sql"], { env: { XDG_CACHE_HOME: scratchDir("retort-idcache-fresh-") } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const first = ok(p, "upgrade", "head", "--sql");
  assert.equal(first, fresh());
  assert.match(first, /SELECT 'aaaa00000001';/);
  // Warm: the identifiers and the stripped text come from the caches.
  assert.equal(ok(p, "upgrade", "head", "--sql"), first);
  // The same length, another statement: read again, whatever the caches hold.
  const path = join(p.versions, "aaaa00000001_rev.ts");
  writeFileSync(path, withSql(revs[1]!, "SELECT 'zzzz00000001'"));
  const edited = ok(p, "upgrade", "head", "--sql");
  assert.match(edited, /SELECT 'zzzz00000001';/);
  assert.equal(edited, fresh());
  assert.equal(ok(p, "upgrade", "head", "--sql"), edited);
  // Edited within the same second as the run that cached it, same size and time: still read again.
  const second = Math.floor(Date.now() / 1000) - 5;
  utimesSync(path, second, second);
  ok(p, "upgrade", "head", "--sql");
  writeFileSync(path, withSql(revs[1]!, "SELECT 'yyyy00000001'"));
  utimesSync(path, second, second);
  const racy = ok(p, "upgrade", "head", "--sql");
  assert.match(racy, /SELECT 'yyyy00000001';/);
  assert.equal(racy, fresh());
});
