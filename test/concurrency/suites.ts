// The test bodies every dialect runs: N concurrent upgrades, and upgrades killed at random moments.
import assert from "node:assert/strict";
import { test } from "node:test";
import { countsByRevision, expectedCounts, HEAD, makeProject, REVISIONS, revId, runTogether, startRetort, type Exit } from "./support.js";
import type { Target } from "./targets.js";

/** Lines on stderr that are neither log lines nor the one line a waiting process writes. */
const unexpectedLines = (e: Exit): string[] =>
  e.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO ") && !/^Waiting for .*, which (holds|has) .* \.\.\.$/.test(l));

/** `n` processes of `retort upgrade head` at once on a fresh database: each revision applied once, all exit 0. */
export function concurrentUpgrades(target: Target, runs: readonly { n: number; perMigration: boolean }[]): void {
  for (const { n, perMigration } of runs) {
    const mode = perMigration ? "transaction per migration" : "one transaction per run";
    test(`${target.name}: ${n} concurrent upgrade head processes (${mode}) apply each of ${REVISIONS} revisions once and all exit 0`, { timeout: 900_000 }, async () => {
      const db = await target.create();
      const project = makeProject(db.url);
      try {
        const exits = await runTogether(project, n, ["upgrade", "head", ...(perMigration ? ["-x", "per_migration=1"] : [])]);
        for (const e of exits) {
          assert.equal(e.status, 0, e.stderr);
          assert.deepEqual(unexpectedLines(e), []);
        }
        // All but the first waited, said so once, and ran what was left (nothing, or the rest).
        const waited = exits.filter((e) => /^Waiting for /m.test(e.stderr)).length;
        assert.ok(waited <= n - 1, `${waited} of ${n} said they waited`);
        const ran = exits.filter((e) => e.stderr.includes(`Running upgrade ${revId(REVISIONS - 1)} -> ${HEAD}`)).length;
        assert.equal(ran, 1, "exactly one process applied the last revision");
        assert.deepEqual(await db.query(project.dir, "SELECT version_num FROM retort_version"), [{ version_num: HEAD }]);
        assert.deepEqual(countsByRevision(await db.query(project.dir, "SELECT rev FROM applied_log")), expectedCounts());
      } finally {
        project.remove();
        await db.drop();
      }
    });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * `kills` runs of `upgrade head` killed (SIGKILL) at random moments, each picking up where the one
 * before was killed; after each, the database holds no revision twice and (where DDL is
 * transactional) exactly the revisions the version table names. Where DDL is not transactional
 * (MariaDB), a revision the version table does not name yet may be half-applied: the progress
 * table names it, a plain `upgrade head` refuses, and `--resume` finishes it. Finally the catalog
 * is a clean run's. `checkEvery` > 1 reads the database after every so many kills only.
 */
export function killedUpgrades(target: Target, kills: number, killWindowMs: number, checkEvery = 1): void {
  test(`${target.name}: ${kills} upgrades killed at random moments, each followed by upgrade head, end as a clean run ends`, { timeout: 1_200_000 }, async () => {
    const clean = await target.create();
    const cleanProject = makeProject(clean.url, { slowSql: target.slowSql });
    const db = await target.create();
    const project = makeProject(db.url, { slowSql: target.slowSql });
    try {
      const first = await startRetort(cleanProject, ["upgrade", "head"]).exited;
      assert.equal(first.status, 0, first.stderr);
      const cleanCatalog = await clean.catalog(cleanProject.dir);

      let resume = false;
      let refusalSeen = false;
      let landedInMigrations = 0;
      for (let i = 0; i < kills; i++) {
        const args = ["upgrade", "head", ...(i % 2 === 1 ? ["-x", "per_migration=1"] : []), ...(resume ? ["--resume"] : [])];
        const run = startRetort(project, args);
        // Most kills land among the migrations; every fourth anywhere from the start (connecting, locking).
        if (i % 4 !== 3) await Promise.race([run.firstLine("Running upgrade"), run.exited]);
        await sleep(Math.random() * killWindowMs);
        run.kill("SIGKILL");
        const exit = await run.exited;
        if (exit.signal === "SIGKILL" && /Running upgrade/.test(exit.stderr)) landedInMigrations++;
        if (exit.signal !== "SIGKILL") assert.equal(exit.status, 0, exit.stderr);
        // Reading an embedded database costs an open of its own: there, every few kills (and at the end).
        if (target.transactional && (i + 1) % checkEvery !== 0) continue;

        const [versionRows, logRows, half = []] = await db.queries(project.dir, [
          "SELECT version_num FROM retort_version",
          "SELECT rev FROM applied_log",
          ...(target.transactional ? [] : ["SELECT version_num, statements_done FROM retort_version_progress"]),
        ]);
        const versions = (versionRows ?? []).map((r) => String(r["version_num"]));
        assert.ok(versions.length <= 1, `one head at most: ${versions.join(", ")}`);
        const at = versions.length === 0 ? 0 : Number(versions[0]!.slice(6));
        const counts = countsByRevision(logRows ?? []);
        for (const [rev, count] of counts) assert.equal(count, 1, `revision ${rev} applied ${count} times after kill ${i + 1}`);
        const applied = [...counts.keys()].map((r) => Number(r.slice(6))).sort((a, b) => a - b);
        const upTo = (k: number): number[] => Array.from({ length: k }, (_, j) => j + 1);
        if (target.transactional) {
          assert.deepEqual(applied, upTo(at), `after kill ${i + 1} the log holds exactly the revisions up to the version table's`);
          continue;
        }
        resume = (half ?? []).length > 0;
        if (applied.length === at + 1) {
          // Its insert (its last statement) committed with its count: the progress table names it.
          assert.equal(String(half?.[0]?.["version_num"]), revId(at + 1), `after kill ${i + 1}, revision ${at + 1} is applied and recorded as in progress`);
        } else {
          assert.deepEqual(applied, upTo(at), `after kill ${i + 1} the log holds the revisions up to the version table's`);
        }
        if (resume && !refusalSeen) {
          // Once: without --resume, the next run names the half-applied revision and changes nothing.
          const refused = await startRetort(project, ["upgrade", "head"]).exited;
          assert.equal(refused.status, 1);
          assert.match(refused.stderr, new RegExp(`^FAILED: Revision ${String(half?.[0]?.["version_num"])} was half-applied: an earlier run stopped during its upgrade, when `, "m"));
          refusalSeen = true;
        }
      }
      if (!target.transactional) assert.ok(refusalSeen, "some kill left a revision half-applied");
      // Late kills find the run done (fewer revisions are left each time): a quarter must still land mid-run.
      assert.ok(landedInMigrations >= kills / 4, `only ${landedInMigrations} of ${kills} kills landed among the migrations`);

      const last = await startRetort(project, ["upgrade", "head", ...(resume ? ["--resume"] : [])]).exited;
      assert.equal(last.status, 0, last.stderr);
      assert.deepEqual(await db.query(project.dir, "SELECT version_num FROM retort_version"), [{ version_num: HEAD }]);
      assert.deepEqual(countsByRevision(await db.query(project.dir, "SELECT rev FROM applied_log")), expectedCounts());
      assert.deepEqual(await db.catalog(project.dir), cleanCatalog);
    } finally {
      project.remove();
      cleanProject.remove();
      await db.drop();
      await clean.drop();
    }
  });
}
