/*
 * SIGINT and SIGTERM while a PostgreSQL server runs a migration's long statement: the statement
 * is cancelled on the server, the transaction rolled back, and the real CLI exits 130 / 143 with
 * one FAILED line that says what was committed, leaving no temporary files and no processes.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { command, Config, InterruptedError } from "../../src/index.js";
import { createDatabase } from "../support/pg.js";
import { REV1, REV2, descendants, eventually, isRunning, makeProject, problems, startRetort, type Exit, type Project } from "./support.js";
import { isSideTable } from "../support/side-tables.js";

const LIMIT_MS = 60_000; // a hang detector: starting a run has taken over 20 s on a busy machine
/** Far below the 30 s the statement would run: the cancel is what ended it. */
const PROMPT_S = 12; // well under the 30 s the statement sleeps: it was cancelled, not waited for

type Db = Awaited<ReturnType<typeof createDatabase>>;
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function setUp(): Promise<{ db: Db; project: Project }> {
  const db = await createDatabase("retort_interrupt");
  const project = makeProject(db.url);
  cleanups.push(() => db.drop(), () => project.remove());
  return { db, project };
}

/** Sessions of this database, other than the asking one, running the slow statement. */
async function slowStatements(db: Db): Promise<number> {
  const rows = await db.query(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and query like '%pg_sleep%'`,
  );
  return rows[0]!["n"] as number;
}

async function tables(db: Db): Promise<string[]> {
  const rows = await db.query(`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`);
  return rows.map((r) => r["relname"] as string).filter((t) => !isSideTable(t));
}

async function versions(db: Db): Promise<string[]> {
  if ((await db.query(`select to_regclass('retort_version') as t`))[0]!["t"] === null) return [];
  return (await db.query(`select version_num from retort_version order by 1`)).map((r) => r["version_num"] as string);
}

interface Interrupted {
  readonly exit: Exit;
  /** From the signal to the process's exit. */
  readonly seconds: number;
  /** The processes the run had started (the bundler's service). */
  readonly children: number[];
}

/** Run `upgrade head`, and send `signal` once the server shows the slow statement running. */
async function interruptSlowStatement(p: { db: Db; project: Project }, signal: NodeJS.Signals, args: readonly string[] = [], env: Record<string, string> = {}): Promise<Interrupted> {
  const run = startRetort(p.project, [...args, "upgrade", "head"], env, LIMIT_MS * 3);
  const started = await eventually(async () => (await slowStatements(p.db)) > 0 || run.child.exitCode !== null, LIMIT_MS);
  assert.ok(started && run.child.exitCode === null, "the slow statement never showed in pg_stat_activity");
  const children = descendants(run.child.pid!);
  const sent = performance.now();
  run.child.kill(signal);
  const exit = await run.exited;
  return { exit, seconds: (exit.at - sent) / 1000, children };
}

/** What every interrupted run leaves: no statement running, no temporary file, no process. */
async function assertCleanedUp(p: { db: Db; project: Project }, r: Interrupted): Promise<void> {
  assert.equal(await slowStatements(p.db), 0, "the server still runs the statement");
  assert.deepEqual(readdirSync(p.project.tmp), []);
  assert.ok(r.children.length > 0, "the run had no bundler service: the check below would prove nothing");
  assert.ok(await eventually(() => r.children.every((pid) => !isRunning(pid)), 2000), `left running: ${r.children.filter(isRunning).join(", ")}`);
}

test("SIGINT: the statement is cancelled and the run's one transaction rolled back; exit 130", async () => {
  const p = await setUp();
  const r = await interruptSlowStatement(p, "SIGINT");
  assert.equal(r.exit.status, 130, r.exit.stderr);
  assert.deepEqual(problems(r.exit.stderr), [
    `FAILED: Interrupted (SIGINT) during upgrade of revision ${REV2}; the transaction was rolled back, and with it upgrade of revision ${REV1}; the database is at base, as before the command`,
  ]);
  assert.ok(r.seconds < PROMPT_S, `exited ${r.seconds} s after the signal`);
  await assertCleanedUp(p, r);
  assert.deepEqual(await versions(p.db), []);
  assert.deepEqual(await tables(p.db), []);
});

test("SIGTERM with a transaction per migration: the earlier revision stays committed; exit 143", async () => {
  const p = await setUp();
  const r = await interruptSlowStatement(p, "SIGTERM", ["-x", "per_migration=1"]);
  assert.equal(r.exit.status, 143, r.exit.stderr);
  assert.deepEqual(problems(r.exit.stderr), [
    `FAILED: Interrupted (SIGTERM) during upgrade of revision ${REV2}; its transaction was rolled back, nothing of it remains; ` +
      `upgrade of revision ${REV1} was committed before it: the database is at ${REV1}`,
  ]);
  assert.ok(r.seconds < PROMPT_S, `exited ${r.seconds} s after the signal`);
  await assertCleanedUp(p, r);
  assert.deepEqual(await versions(p.db), [REV1]);
  assert.deepEqual(await tables(p.db), ["first_tbl", "retort_version"]);
  // A sequence is not transactional: the statement after the slow one never ran.
  assert.equal((await p.db.query(`select is_called from tick`))[0]!["is_called"], false);
});

test("without transactions (as on MySQL) the line says what of the revision remains", async () => {
  const p = await setUp();
  const r = await interruptSlowStatement(p, "SIGINT", ["-x", "no_transactions=1"]);
  assert.equal(r.exit.status, 130, r.exit.stderr);
  assert.deepEqual(problems(r.exit.stderr), [
    `FAILED: Interrupted (SIGINT) during upgrade of revision ${REV2}; it ran outside a transaction, so those of its statements that had completed remain; ` +
      `upgrade of revision ${REV1} was committed before it: the version table still says ${REV1}`,
  ]);
  assert.ok(r.seconds < PROMPT_S, `exited ${r.seconds} s after the signal`);
  await assertCleanedUp(p, r);
  assert.deepEqual(await versions(p.db), [REV1]);
  assert.deepEqual(await tables(p.db), ["first_tbl", "retort_version", "slow_tbl"]);
  assert.equal((await p.db.query(`select is_called from tick`))[0]!["is_called"], false);
});

test("a second signal exits at once, while the first still waits for the server", async () => {
  const p = await setUp();
  // A statement that outlives one cancel: it catches it and sleeps on.
  const slowSql = `do $$ begin perform pg_sleep(30); exception when query_canceled then perform pg_sleep(3); end $$`;
  const run = startRetort(p.project, ["upgrade", "head"], { SLOW_SQL: slowSql }, LIMIT_MS * 3);
  assert.ok(await eventually(async () => (await slowStatements(p.db)) > 0, LIMIT_MS), "the slow statement never showed in pg_stat_activity");
  const children = descendants(run.child.pid!);
  run.child.kill("SIGINT");
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(run.child.exitCode, null, "the first signal should wait for the statement");
  const sent = performance.now();
  run.child.kill("SIGINT");
  const exit = await run.exited;
  assert.equal(exit.status, 130, exit.stderr);
  assert.ok((exit.at - sent) / 1000 < 1.5, `exited ${(exit.at - sent) / 1000} s after the second signal`);
  assert.deepEqual(problems(exit.stderr), [
    "FAILED: Interrupted again (SIGINT); exited at once without waiting for the database, which discards what was not committed",
  ]);
  assert.deepEqual(readdirSync(p.project.tmp), []);
  assert.ok(await eventually(() => children.every((pid) => !isRunning(pid)), 2000), `left running: ${children.filter(isRunning).join(", ")}`);
  // The server ends the statement, finds the session gone, and rolls back: as the line says.
  assert.ok(await eventually(async () => (await slowStatements(p.db)) === 0, LIMIT_MS));
  assert.deepEqual(await versions(p.db), []);
  assert.deepEqual(await tables(p.db), []);
});

test("through the API, the caller's AbortSignal does the same and the command throws InterruptedError", async () => {
  const p = await setUp();
  const controller = new AbortController();
  const config = new Config(join(p.project.dir, "retort.ini"), { signal: controller.signal });
  const upgrade = command.upgrade(config, "head");
  upgrade.catch(() => {}); // awaited below
  const started = await eventually(async () => (await slowStatements(p.db)) > 0, LIMIT_MS);
  assert.ok(started, "the slow statement never showed in pg_stat_activity");
  controller.abort();
  await assert.rejects(upgrade, (err: unknown) => {
    assert.ok(err instanceof InterruptedError);
    assert.equal(err.reason, "AbortSignal");
    assert.equal(
      err.message,
      `Interrupted (AbortSignal) during upgrade of revision ${REV2}; the transaction was rolled back, and with it upgrade of revision ${REV1}; the database is at base, as before the command`,
    );
    return true;
  });
  assert.equal(await slowStatements(p.db), 0);
  assert.deepEqual(await versions(p.db), []);
});
