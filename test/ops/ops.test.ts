/**
 * The op corpus, offline: each case's TypeScript body must print exactly what Alembic 1.8.1
 * printed for its Python twin (the op section of postgresql.sql), or fail with its error.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCases, runOffline, type Case } from "./harness.js";
import { KNOWN_DIFFERENCES } from "./known-differences.js";
import { PENDING } from "./pending.js";

const cases: Case[] = [...loadCases("cases"), ...loadCases("own-cases")];

for (const c of cases) {
  test(c.name, { todo: PENDING[c.name] }, async () => {
    const known = KNOWN_DIFFERENCES[c.name];
    if (known?.error !== undefined) {
      await assert.rejects(runOffline(c), (err: Error) => (assert.equal(err.message, known.error, known.reason), true));
      return;
    }
    if (known !== undefined) {
      assert.equal(await runOffline(c), known.sql, known.reason);
      return;
    }
    if (c.expectedError !== null) {
      await assert.rejects(runOffline(c), (err: Error) => {
        assert.equal(err.message, c.expectedError);
        return true;
      });
      return;
    }
    const sql = await runOffline(c);
    assert.equal(sql, c.expectedSql);
  });
}
