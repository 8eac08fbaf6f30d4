/**
 * The op corpus, offline: each case's TypeScript body must print exactly what Alembic 1.8.1
 * printed for its Python twin on each dialect (the op section of `<dialect>.sql`), or fail with
 * its error.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS, loadCases, missingNamespace, runOffline, type Case } from "./harness.js";
import { knownDifference } from "./known-differences.js";
import { pendingFor } from "./pending.js";

for (const dialect of DIALECTS) {
  const cases: Case[] = [...loadCases("cases", dialect), ...loadCases("own-cases", dialect)]
    .filter((c) => c.expectedSql !== null || c.expectedError !== null);
  const todos = new Map(await Promise.all(cases.map(async (c) => [c.name, pendingFor(dialect, c.name) ?? (await missingNamespace(c))] as const)));
  describe(dialect, () => {
    for (const c of cases) {
      test(c.name, { todo: todos.get(c.name) }, async () => {
        const known = knownDifference(dialect, c.name);
        if (known?.error !== undefined) {
          await assert.rejects(runOffline(c, dialect), (err: Error) => (assert.equal(err.message, known.error, known.reason), true));
          return;
        }
        if (known !== undefined) {
          assert.equal(await runOffline(c, dialect), known.sql, known.reason);
          return;
        }
        if (c.expectedError !== null) {
          await assert.rejects(runOffline(c, dialect), (err: Error) => {
            assert.equal(err.message, c.expectedError);
            return true;
          });
          return;
        }
        const sql = await runOffline(c, dialect);
        assert.equal(sql, c.expectedSql);
      });
    }
  });
}
