/*
 * SIGINT and SIGTERM while embedded PostgreSQL (PGlite) runs a migration's long statement. PGlite
 * runs on the command's own thread and cannot be cancelled, so the run stops right after that
 * statement: rolled back, the database closed cleanly (PostgreSQL's postmaster.pid is gone) and
 * its lock released, exit 130 / 143 with one FAILED line, nothing left behind.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import { REV1, REV2, REV3, descendants, eventually, isRunning, makeProject, problems, startRetort, type Exit, type Project } from "./support.js";
import { isSideTable } from "../support/side-tables.js";

// Generous: on a loaded machine opening and closing PGlite alone can take seconds.
const LIMIT_MS = 90_000;
/** How long the slow statement runs: the run cannot stop before it ends. */
const SLOW_S = 2;

const projects: Project[] = [];
after(() => {
  for (const p of projects) p.remove();
});

function setUp(): { project: Project; dataDir: string } {
  const project = makeProject("pglite:///data");
  projects.push(project);
  return { project, dataDir: join(project.dir, "data") };
}

interface State {
  readonly versions: string[];
  readonly tables: string[];
  /** Whether the sequence of the first revision exists and gave a value. */
  readonly tickCalled: boolean | null;
}

/** Open the folder with PGlite itself and read what the runs left in it. */
async function state(dataDir: string): Promise<State> {
  const db = await PGlite.create(dataDir);
  try {
    const tables = (await db.query<{ t: string }>(`select relname as t from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`)).rows.map((r) => r.t).filter((t) => !isSideTable(t));
    const versions = tables.includes("retort_version") ? (await db.query<{ v: string }>(`select version_num as v from retort_version order by 1`)).rows.map((r) => r.v) : [];
    const hasTick = (await db.query<{ t: string | null }>(`select to_regclass('tick')::text as t`)).rows[0]!.t !== null;
    const tickCalled = hasTick ? (await db.query<{ c: boolean }>(`select is_called as c from tick`)).rows[0]!.c : null;
    return { versions, tables, tickCalled };
  } finally {
    await db.close();
  }
}

/** Run `upgrade head` and send `signal` once revision 2 has started its slow statement. */
async function interruptSlowStatement(project: Project, signal: NodeJS.Signals, args: readonly string[] = []): Promise<{ exit: Exit; seconds: number; children: number[] }> {
  const run = startRetort(project, [...args, "upgrade", "head"], { SLOW_SECONDS: String(SLOW_S) }, LIMIT_MS);
  await run.stderrIncludes(`Running upgrade ${REV1} -> ${REV2}`);
  await new Promise((r) => setTimeout(r, 300));
  const children = descendants(run.child.pid!);
  const sent = performance.now();
  run.child.kill(signal);
  const exit = await run.exited;
  return { exit, seconds: (exit.at - sent) / 1000, children };
}

async function assertCleanedUp(project: Project, dataDir: string, children: number[]): Promise<void> {
  assert.equal(existsSync(join(dataDir, "postmaster.pid")), false, "PGlite was not closed cleanly");
  assert.deepEqual(readdirSync(project.tmp), []);
  assert.ok(children.length > 0, "the run had no bundler service: the check below would prove nothing");
  assert.ok(await eventually(() => children.every((pid) => !isRunning(pid)), 2000), `left running: ${children.filter(isRunning).join(", ")}`);
}

test("SIGINT: the run stops after the statement, rolled back and closed; exit 130; the next run finishes the job", { timeout: 120_000 }, async () => {
  const { project, dataDir } = setUp();
  const r = await interruptSlowStatement(project, "SIGINT");
  assert.equal(r.exit.status, 130, r.exit.stderr);
  assert.deepEqual(problems(r.exit.stderr), [
    `FAILED: Interrupted (SIGINT) during upgrade of revision ${REV2}; the transaction was rolled back, and with it upgrade of revision ${REV1}; the database is at base, as before the command`,
  ]);
  assert.ok(r.seconds < SLOW_S + 10, `exited ${r.seconds} s after the signal`);
  await assertCleanedUp(project, dataDir, r.children);
  assert.deepEqual(await state(dataDir), { versions: [], tables: [], tickCalled: null });
  // The lock went with the process and the folder needs no recovery: the next run just works.
  const next = startRetort(project, ["upgrade", "head"], { SLOW_SECONDS: "0" }, LIMIT_MS);
  const done = await next.exited;
  assert.equal(done.status, 0, done.stderr);
  assert.deepEqual(problems(done.stderr), []);
  assert.deepEqual((await state(dataDir)).versions, [REV3]);
});

test("SIGTERM with a transaction per migration: the earlier revision stays, the next statement never runs; exit 143", { timeout: 120_000 }, async () => {
  const { project, dataDir } = setUp();
  const r = await interruptSlowStatement(project, "SIGTERM", ["-x", "per_migration=1"]);
  assert.equal(r.exit.status, 143, r.exit.stderr);
  assert.deepEqual(problems(r.exit.stderr), [
    `FAILED: Interrupted (SIGTERM) during upgrade of revision ${REV2}; its transaction was rolled back, nothing of it remains; ` +
      `upgrade of revision ${REV1} was committed before it: the database is at ${REV1}`,
  ]);
  assert.ok(r.seconds < SLOW_S + 10, `exited ${r.seconds} s after the signal`);
  await assertCleanedUp(project, dataDir, r.children);
  // A sequence is not transactional: it shows that the statement after the slow one never ran.
  assert.deepEqual(await state(dataDir), { versions: [REV1], tables: ["first_tbl", "retort_version"], tickCalled: false });
});

test("SIGINT while waiting for the folder's lock stops the wait at once", { timeout: 120_000 }, async () => {
  const { project, dataDir } = setUp();
  // The holder's statement outlasts the waiter's start, however slow the machine.
  const holder = startRetort(project, ["upgrade", "head"], { SLOW_SECONDS: "20" }, LIMIT_MS);
  await holder.stderrIncludes(`Running upgrade ${REV1} -> ${REV2}`);
  const waiter = startRetort(project, ["current"], {}, LIMIT_MS);
  await waiter.stderrIncludes("Waiting for");
  const sent = performance.now();
  waiter.child.kill("SIGINT");
  const exit = await waiter.exited;
  assert.equal(exit.status, 130, exit.stderr);
  assert.ok((exit.at - sent) / 1000 < 1.5, `exited ${(exit.at - sent) / 1000} s after the signal`);
  assert.deepEqual(problems(exit.stderr).filter((l) => !l.startsWith("Waiting for")), ["FAILED: Interrupted (SIGINT) before any migration ran; the database is unchanged"]);
  const held = await holder.exited;
  assert.equal(held.status, 0, held.stderr);
  assert.deepEqual(readdirSync(project.tmp), []);
  assert.deepEqual((await state(dataDir)).versions, [REV3]);
});
