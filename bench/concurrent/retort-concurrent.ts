/*
 * N concurrent `retort upgrade head` on PostgreSQL, the counterpart of alembic_concurrent.py:
 * the same 50-revision history (each migration appends a row to a log table with no unique
 * key), N = 2, 4, 8, 16 processes started together on a fresh database; how many exit non-zero,
 * and how many revisions end up applied more than once.
 *
 *     npm run build && node --import tsx bench/concurrent/retort-concurrent.ts [--rounds 1]
 */
import { createDatabase } from "../../test/support/pg.js";
import { countsByRevision, makeProject, runTogether } from "../../test/concurrency/support.js";

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1] || 1);
const results: { n: number; failed: number; applied_twice: number; seconds: number }[] = [];
for (let r = 0; r < rounds; r++) {
  for (const n of [2, 4, 8, 16]) {
    const db = await createDatabase("retort_bench_conc");
    const project = makeProject(db.url);
    try {
      const t0 = performance.now();
      const exits = await runTogether(project, n, ["upgrade", "head"]);
      const seconds = (performance.now() - t0) / 1000;
      const counts = countsByRevision(await db.query("SELECT rev FROM applied_log"));
      const result = { n, failed: exits.filter((e) => e.status !== 0).length, applied_twice: [...counts.values()].filter((c) => c > 1).length, seconds: Math.round(seconds * 10) / 10 };
      results.push(result);
      console.log(JSON.stringify(result));
    } finally {
      project.remove();
      await db.drop();
    }
  }
}
const sum = (k: "n" | "failed" | "applied_twice"): number => results.reduce((a, r) => a + r[k], 0);
console.log(JSON.stringify({ processes: sum("n"), failed: sum("failed"), revisions_applied_twice: sum("applied_twice") }));
