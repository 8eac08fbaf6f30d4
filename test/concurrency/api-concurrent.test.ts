/*
 * The in-process `command` API, called concurrently: several configurations at once (each its
 * own database), and the same one twice at once (the second waits for the first's lock, then has
 * nothing left to do). Alembic's cannot: its context is module-global.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { command, Config } from "../../src/index.js";
import { createDatabase } from "../support/pg.js";
import { countsByRevision, expectedCounts, HEAD, makeProject } from "./support.js";

test("command.upgrade runs concurrently for different configurations, and twice at once for one", { timeout: 300_000 }, async () => {
  const pg = await createDatabase("retort_api");
  const sqliteProjects = [0, 1, 2].map(() => makeProject("sqlite:///{dir}/app.db"));
  const pgProject = makeProject(pg.url);
  const stderr: string[] = [];
  const config = (dir: string): Config => new Config(join(dir, "retort.ini"));
  try {
    const write = process.stderr.write.bind(process.stderr);
    // Log lines of the runs are kept, to see who waited, rather than printed.
    process.stderr.write = ((text: string) => (stderr.push(String(text)), true)) as typeof process.stderr.write;
    try {
      await Promise.all([
        ...sqliteProjects.flatMap((p) => [command.upgrade(config(p.dir), "head"), command.upgrade(config(p.dir), "head")]),
        command.upgrade(config(pgProject.dir), "head"),
      ]);
    } finally {
      process.stderr.write = write;
    }
    for (const p of sqliteProjects) {
      const db = new Database(join(p.dir, "app.db"), { readonly: true });
      try {
        assert.deepEqual(db.prepare("SELECT version_num FROM retort_version").all(), [{ version_num: HEAD }]);
        assert.deepEqual(countsByRevision(db.prepare("SELECT rev FROM applied_log").all() as Record<string, unknown>[]), expectedCounts());
      } finally {
        db.close();
      }
    }
    assert.deepEqual(await pg.query("SELECT version_num FROM retort_version"), [{ version_num: HEAD }]);
    assert.deepEqual(countsByRevision(await pg.query("SELECT rev FROM applied_log")), expectedCounts());
    const waits = stderr.join("").split("\n").filter((l) => l.startsWith("Waiting for another command in this process"));
    assert.equal(waits.length, 3, stderr.join(""));
  } finally {
    for (const p of [...sqliteProjects, pgProject]) p.remove();
    await pg.drop();
  }
});
