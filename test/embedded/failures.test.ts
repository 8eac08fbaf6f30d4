/*
 * What goes wrong around an embedded data folder: each case ends in one FAILED line and exit 1
 * within a time limit (never a hang), leaves the folder as it was, and leaves nothing in the
 * temporary folder; a killed run leaves a folder the next run finishes.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { HEAD, leftInTmp, makeProject, problems, runRetort, snapshot, startRetort, type Project, type Snapshot } from "./support.js";

const LIMIT_MS = 90_000; // a hang detector, with room for a busy machine
const projects: Project[] = [];
let clean: Snapshot;
let template: Project;

before(async () => {
  template = makeProject("embedded-template");
  projects.push(template);
  const r = await runRetort(template, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" } });
  assert.equal(r.status, 0, r.stderr);
  clean = await snapshot(template.dataDir);
});

after(() => {
  for (const p of projects) p.remove();
});

/** A project whose ini points at `url`, with the template's data folder copied in when asked. */
function project(name: string, options: { withData?: boolean } = {}): Project {
  const p = makeProject(name);
  projects.push(p);
  if (options.withData) cpSync(template.dataDir, p.dataDir, { recursive: true });
  return p;
}

function listing(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : [];
}

async function failsCleanly(p: Project, args: readonly string[], pattern: RegExp): Promise<void> {
  const r = await runRetort(p, args, { limitMs: LIMIT_MS });
  assert.equal(r.status, 1, r.stderr);
  const lines = problems(r);
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^FAILED: /);
  assert.match(lines[0]!, pattern);
  assert.deepEqual(leftInTmp(p), []);
}

test("a folder with other things in it is refused, not filled with PostgreSQL's files", async () => {
  const p = project("embedded-notdata");
  mkdirSync(p.dataDir);
  writeFileSync(join(p.dataDir, "notes.txt"), "mine\n");
  await failsCleanly(p, ["upgrade", "head"], /is not an embedded database folder \(it has files but no PG_VERSION\)/);
  assert.deepEqual(listing(p.dataDir), ["notes.txt"]);
});

test("a file where the folder should be is refused", async () => {
  const p = project("embedded-file");
  writeFileSync(p.dataDir, "x");
  await failsCleanly(p, ["current"], /is a file, not a folder/);
});

test("an empty folder gets a new database; nothing is left beside it", async () => {
  const p = project("embedded-empty");
  mkdirSync(p.dataDir);
  const r = await runRetort(p, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" } });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(await snapshot(p.dataDir), clean);
  assert.deepEqual(readdirSync(p.dir).filter((n) => n.includes("creating")), []);
});

test("a damaged folder gets a message that says what to do, and the command exits", async () => {
  const p = project("embedded-damaged", { withData: true });
  for (const f of readdirSync(join(p.dataDir, "pg_wal"))) if (/^[0-9A-F]{24}$/.test(f)) rmSync(join(p.dataDir, "pg_wal", f));
  writeFileSync(join(p.dataDir, "global", "pg_control"), randomBytes(512));
  for (const args of [["current"], ["--raiseerr", "current"], ["upgrade", "head"]]) {
    const r = await runRetort(p, args, { limitMs: LIMIT_MS });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /Could not open the embedded database at .*: .*Restore the folder from a backup, or remove it to start over/);
  }
});

test("a bad lock timeout is refused before anything is opened", async () => {
  const p = project("embedded-badtimeout");
  await failsCleanly(p, ["--lock-timeout", "soon", "upgrade", "head"], /Invalid lock timeout 'soon'/);
  assert.equal(existsSync(p.dataDir), false);
  writeFileSync(join(p.dir, "retort.ini"), readFileSync(join(p.dir, "retort.ini"), "utf8").replace("[retort]\n", "[retort]\nlock_timeout = -1\n"));
  await failsCleanly(p, ["current"], /Invalid lock timeout '-1'/);
});

/** A program that opens the folder with PGlite itself, as an application would, and holds it. */
function application(dataDir: string): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const script = `import { PGlite } from "@electric-sql/pglite"; const db = await PGlite.create(${JSON.stringify(dataDir)}); await db.query("select 1"); process.stdout.write("open\\n"); process.stdin.on("end", async () => { await db.close(); process.exit(0); }); process.stdin.resume();`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: new URL("../..", import.meta.url).pathname, stdio: ["pipe", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("open")) resolve({ child, stop: () => new Promise((done) => (child.on("close", () => done()), child.stdin!.end())) });
    });
    child.on("close", (code) => reject(new Error(`the application exited (${code}) before opening the folder`)));
  });
}

test("a folder an application has open with PGlite is refused, and works once it is closed", { timeout: 120_000 }, async () => {
  const p = project("embedded-app", { withData: true });
  await runRetort(p, ["downgrade", "000000000001"]);
  const app = await application(p.dataDir);
  try {
    await failsCleanly(p, ["upgrade", "head"], new RegExp(`is open in process ${app.child.pid} \\(node .*\\), which does not take Retort's lock`));
  } finally {
    await app.stop();
  }
  const r = await runRetort(p, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" } });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(await snapshot(p.dataDir), clean);
});

// SIGINT and SIGTERM stop a run in order (test/interrupt/); SIGKILL gives it no chance to.
for (const signal of ["SIGKILL"] as const) {
  test(`${signal} in the middle of an upgrade: the next upgrade head finishes the job`, { timeout: 120_000 }, async () => {
    const p = project(`embedded-${signal.toLowerCase()}`);
    assert.equal((await runRetort(p, ["upgrade", "000000000001"])).status, 0);
    let sent = false;
    const { done } = startRetort(p, ["upgrade", "head"], {
      env: { SLOW_SECONDS: "30" },
      onStderr: (text, child) => {
        if (!sent && text.includes("Running upgrade 000000000001 -> 000000000002")) {
          sent = true;
          setTimeout(() => child.kill(signal), 300);
        }
      },
    });
    const killed = await done;
    assert.equal(killed.signal, signal, killed.stderr);
    assert.deepEqual(leftInTmp(p), []);
    const r = await runRetort(p, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Running upgrade 000000000001 -> 000000000002/);
    const s = await snapshot(p.dataDir);
    assert.deepEqual(s.versions, [HEAD]);
    assert.deepEqual(s, clean);
  });
}

test("a bundled env.ts leaves no build service running after the command", async () => {
  const p = project("embedded-esbuild");
  // Importing a module of the project's own makes env.ts go through the bundler.
  writeFileSync(join(p.dir, "migrations", "settings.ts"), `export const greeting: string = "hi";\n`);
  const envPath = join(p.dir, "migrations", "env.ts");
  writeFileSync(envPath, `import { greeting } from "./settings.js";\nvoid greeting;\n${readFileSync(envPath, "utf8")}`);
  const tag = `RETORT_TEST_TAG_${randomBytes(6).toString("hex")}`;
  const r = await runRetort(p, ["current"], { env: { [tag]: "1" } });
  assert.equal(r.status, 0, r.stderr);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.deepEqual(processesWithEnv(tag), []);
  assert.deepEqual(leftInTmp(p), []);
});

/** Live processes whose environment holds `name`: children the command left behind. */
function processesWithEnv(name: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").some((e) => e.startsWith(`${name}=`))) {
        found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")}`);
      }
    } catch {
      // gone, or not ours
    }
  }
  return found;
}

test("init keeps the data folder out of version control", async () => {
  const p = project("embedded-gitignore");
  assert.equal(readFileSync(join(p.dir, ".gitignore"), "utf8"), ".retort-data/\n");
});

test("a connection env.ts leaves open is closed when the command ends: the work is kept and the folder let go", async () => {
  const p = project("embedded-leftopen");
  const envPath = join(p.dir, "migrations", "env.ts");
  const env = readFileSync(envPath, "utf8");
  // The translation of a Python env.py that never leaves its `with connectable.connect()` block.
  const leaky = env.replace(/await connectable\.connect\(async \(connection\) => \{([\s\S]*?)\n  \}\);/, "const connection = await connectable.connect();$1");
  assert.notEqual(leaky, env);
  writeFileSync(envPath, leaky);
  const r = await runRetort(p, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" }, limitMs: LIMIT_MS });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(existsSync(join(p.dataDir, "postmaster.pid")), false);
  assert.deepEqual(await snapshot(p.dataDir), clean);
});
