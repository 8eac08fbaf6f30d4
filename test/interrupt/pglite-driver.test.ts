/*
 * PGlite runs PostgreSQL on this thread, so a signal that arrives during a statement waits in the
 * event loop. The driver gives the loop its turns after a long statement: by the time the query
 * resolves, the signal's handler has run, and the runtime can stop before the next statement.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseUrl } from "../../src/config/url.js";
import { postgresqlDialect } from "../../src/dialects/postgresql/index.js";

test("a signal that arrives during a long PGlite statement is handled before the query resolves", async () => {
  const conn = await postgresqlDialect.connect(parseUrl("pglite://"), { lockTimeoutMs: 0, onWait: () => {} });
  let seen = 0;
  const onSignal = (): void => void seen++;
  process.on("SIGUSR2", onSignal);
  try {
    // From a timer, as a run's statements are chained by promises with no I/O of their own between them.
    const seenAfter = await new Promise<number[]>((resolve, reject) =>
      setTimeout(async () => {
        try {
          const counts: number[] = [];
          for (let i = 0; i < 3; i++) {
            process.kill(process.pid, "SIGUSR2"); // delivered to the process now, to JavaScript when the loop reads it
            await conn.query("select pg_sleep(0.05)");
            counts.push(seen);
          }
          resolve(counts);
        } catch (err) {
          reject(err);
        }
      }, 0),
    );
    assert.deepEqual(seenAfter, [1, 2, 3]);
  } finally {
    process.off("SIGUSR2", onSignal);
    await conn.close();
  }
});
