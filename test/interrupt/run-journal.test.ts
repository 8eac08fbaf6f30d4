// The interrupt line for the ways a run can be stopped that the CLI tests do not reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { RunJournal, stepLabel } from "../../src/runtime/run-journal.js";
import { stampStep } from "../../src/runtime/steps.js";

test("an autocommit block's work stays when the rest of its revision is rolled back", () => {
  const j = new RunJournal("db", false);
  j.start([]);
  j.planned(1);
  j.begin();
  j.stepStarted("upgrade of revision a1");
  j.statementRan();
  j.commit(); // op.autocommitBlock(): COMMIT
  j.statementRan(); // CREATE INDEX CONCURRENTLY, in autocommit
  j.begin(); // the block ends: BEGIN
  j.statementRan();
  j.rollback();
  assert.equal(
    j.describe("SIGINT", false),
    "Interrupted (SIGINT) during upgrade of revision a1; what it ran up to and in its autocommit block was committed and remains, the rest was rolled back; the version table still says base",
  );
});

test("between two migrations that each commit, the first stays", () => {
  const j = new RunJournal("db", false);
  j.start(["a0"]);
  j.planned(2);
  j.begin();
  j.stepStarted("upgrade of revision a1");
  j.statementRan();
  j.stepFinished(["a1"]);
  j.commit();
  assert.equal(j.describe("SIGTERM", false), "Interrupted (SIGTERM) between migrations; upgrade of revision a1 was committed: the database is at a1");
});

test("after the last migration, before the run's transaction committed, all of it is rolled back", () => {
  const j = new RunJournal("postgresql://u:***@h/db", false);
  j.start([]);
  j.planned(2);
  j.begin();
  for (const [rev, heads] of [["a1", ["a1"]], ["a2", ["a2"]]] as const) {
    j.stepStarted(`upgrade of revision ${rev}`);
    j.stepFinished(heads);
  }
  j.rollback();
  assert.equal(
    j.describe("SIGINT", true),
    "Interrupted (SIGINT) after the last migration on postgresql://u:***@h/db; the transaction was rolled back, and with it upgrade of revision a1, upgrade of revision a2; the database is at base, as before the command",
  );
});

test("a revision interrupted before any of its statements completed, outside a transaction", () => {
  const j = new RunJournal("db", false);
  j.start(["a1", "b1"]);
  j.planned(1);
  j.stepStarted("downgrade of revision a1");
  assert.equal(j.describe("SIGINT", false), "Interrupted (SIGINT) during downgrade of revision a1; none of its statements had completed; the database is at a1, b1, as before the command");
});

test("offline, and before a run started", () => {
  assert.equal(new RunJournal("db", true).describe("SIGINT", false), "Interrupted (SIGINT) while writing SQL; the SQL written is incomplete");
  assert.equal(new RunJournal("db", false).describe("SIGINT", false), "Interrupted (SIGINT) before any migration ran; the database is unchanged");
});

test("steps are named by what they do to which revision", () => {
  assert.equal(stepLabel(stampStep(["a1"], ["b2"], true, false)), "stamp to b2");
  assert.equal(stepLabel(stampStep(["a1"], [], false, true)), "stamp to base");
});
