/*
 * SIGINT and SIGTERM while SQLite runs a migration's long statement. better-sqlite3 runs on the
 * command's own thread and cannot be cancelled, so the run stops right after that statement:
 * rolled back, exit 130 / 143 with one FAILED line, nothing left behind.
 */
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { REV1, REV2, REV3, makeProject, problems, startRetort, type Exit, type Project } from "./support.js";
import { isSideTable } from "../support/side-tables.js";

const LIMIT_MS = 90_000; // a hang detector: the statement alone has taken 30 s on a busy machine
/** A statement that keeps SQLite busy for a while (a second or two here), then ends. */
const SLOW_SQL = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT count(*) FROM c";

const projects: Project[] = [];
after(() => {
  for (const p of projects) p.remove();
});

/** The interrupt project on a SQLite file, its revisions in SQLite's SQL: revision 2 runs the slow statement, then creates after_tbl. */
function setUp(): Project {
  const project = makeProject("sqlite:///%(here)s/app.db");
  projects.push(project);
  const bodies: Record<string, string> = {
    [REV1]: `await op.execute("create table first_tbl (id integer)");`,
    [REV2]: `await op.execute("create table slow_tbl (id integer)");\n  await op.execute(slowStatement);\n  await op.execute("create table after_tbl (id integer)");`,
    [REV3]: `await op.execute("create table third_tbl (id integer)");`,
  };
  const downs: Record<string, string | null> = { [REV1]: null, [REV2]: REV1, [REV3]: REV2 };
  for (const rev of [REV1, REV2, REV3]) {
    const imports = rev === REV2 ? `import { slowStatement } from "../slow.js";\n` : "";
    writeFileSync(join(project.dir, "migrations", "versions", `${rev}_rev.ts`),
      `import { op } from "retort-migrate";\n${imports}\nexport const revision = "${rev}";\nexport const downRevision: string | null = ${JSON.stringify(downs[rev])};\n\n` +
        `export async function upgrade(): Promise<void> {\n  ${bodies[rev]}\n}\n\nexport async function downgrade(): Promise<void> {}\n`);
  }
  return project;
}

async function tables(project: Project): Promise<string[]> {
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(join(project.dir, "app.db"), { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name).filter((t) => !isSideTable(t));
  } finally {
    db.close();
  }
}

async function interrupt(project: Project, signal: NodeJS.Signals, args: readonly string[] = []): Promise<Exit> {
  const run = startRetort(project, [...args, "upgrade", "head"], { SLOW_SQL }, LIMIT_MS);
  await run.stderrIncludes(`Running upgrade ${REV1} -> ${REV2}`);
  await new Promise((r) => setTimeout(r, 200));
  run.child.kill(signal);
  return run.exited;
}

test("SIGINT: the run stops after the statement and is rolled back; exit 130; the next run finishes the job", { timeout: 120_000 }, async () => {
  const project = setUp();
  const exit = await interrupt(project, "SIGINT");
  assert.equal(exit.status, 130, exit.stderr);
  assert.deepEqual(problems(exit.stderr), [
    `FAILED: Interrupted (SIGINT) during upgrade of revision ${REV2}; the transaction was rolled back, and with it upgrade of revision ${REV1}; the database is at base, as before the command`,
  ]);
  assert.deepEqual(await tables(project), []);
  assert.deepEqual(readdirSync(project.tmp), []);
  const next = startRetort(project, ["upgrade", "head"], { SLOW_SQL: "select 1" }, LIMIT_MS);
  const done = await next.exited;
  assert.equal(done.status, 0, done.stderr);
  assert.deepEqual(await tables(project), ["after_tbl", "first_tbl", "retort_version", "slow_tbl", "third_tbl"]);
});

test("SIGTERM with a transaction per migration: the earlier revision stays, the next statement never runs; exit 143", { timeout: 120_000 }, async () => {
  const project = setUp();
  const exit = await interrupt(project, "SIGTERM", ["-x", "per_migration=1"]);
  assert.equal(exit.status, 143, exit.stderr);
  assert.deepEqual(problems(exit.stderr), [
    `FAILED: Interrupted (SIGTERM) during upgrade of revision ${REV2}; its transaction was rolled back, nothing of it remains; ` +
      `upgrade of revision ${REV1} was committed before it: the database is at ${REV1}`,
  ]);
  assert.deepEqual(await tables(project), ["first_tbl", "retort_version"]);
});
