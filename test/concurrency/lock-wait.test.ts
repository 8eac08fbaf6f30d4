/*
 * Waiting for the migration lock on PostgreSQL, with the lock held by a session of the test's
 * own: lock_timeout 0 fails at once naming the holder and changes nothing; a timeout gives up
 * after saying once whom it waits for; --sql takes no lock; a waiter goes on as soon as the
 * holder's session ends.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import pg from "pg";
import { advisoryKey } from "../../src/dialects/postgresql/lock.js";
import { createDatabase } from "../support/pg.js";
import { HEAD, makeProject, startRetort } from "./support.js";

test("PostgreSQL: a held migration lock makes upgrade wait, time out or fail at once; --sql ignores it", { timeout: 300_000 }, async () => {
  const db = await createDatabase("retort_lockwait");
  const project = makeProject(db.url);
  const holder = new pg.Client({ connectionString: db.url, application_name: "deploy job 7" });
  try {
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1::bigint)", [advisoryKey({ table: "retort_version", schema: null }).toString()]);
    const pid = (await holder.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;

    const now = await startRetort(project, ["--lock-timeout", "0", "upgrade", "head"]).exited;
    assert.equal(now.status, 1, now.stderr);
    const failed = now.stderr.split("\n").filter((l) => l.startsWith("FAILED"));
    assert.deepEqual(failed, [
      `FAILED: The migration lock of ${db.url} (retort_version) is held by PostgreSQL session ${pid} (deploy job 7) (lock_timeout is 0: not waiting)`,
    ]);
    assert.deepEqual(await db.query("SELECT to_regclass('retort_version') AS t"), [{ t: null }], "nothing was created");

    const offline = await startRetort(project, ["upgrade", "head", "--sql"]).exited;
    assert.equal(offline.status, 0, offline.stderr);

    const timed = await startRetort(project, ["--lock-timeout", "1", "upgrade", "head"]).exited;
    assert.equal(timed.status, 1);
    const waiting = `Waiting for PostgreSQL session ${pid} (deploy job 7), which holds the migration lock of ${db.url} (retort_version) ...`;
    assert.equal(timed.stderr.split("\n").filter((l) => l.startsWith("Waiting")).join("\n"), waiting);
    assert.match(timed.stderr, /^FAILED: .* is held by PostgreSQL session \d+ \(deploy job 7\); gave up after 1 s \(lock_timeout\)$/m);

    const waiter = startRetort(project, ["upgrade", "head"]);
    await waiter.firstLine("Waiting for PostgreSQL session");
    await holder.end(); // the holder's session ends (as when its process dies): the lock goes with it
    const done = await waiter.exited;
    assert.equal(done.status, 0, done.stderr);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: HEAD }]);
  } finally {
    await holder.end().catch(() => {});
    project.remove();
    await db.drop();
  }
});
