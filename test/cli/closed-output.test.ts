/* A reader that stops reading (`retort history | head`) ends the output quietly, not in a stack trace. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { RETORT_BIN, retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

test("output into a pipe whose reader is gone: no error, the command's own exit status", () => {
  const project = scratchDir("retort-closed-output-");
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(project, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, "url = postgresql://nobody@127.0.0.1:9/offline"));
  for (const message of ["one", "two", "three"]) assert.equal(retort(project, ["revision", "-m", message]).status, 0);
  const err = join(project, "stderr.txt");
  const status = join(project, "status.txt");
  // The command starts after `true` has exited: its first write meets a pipe with no reader.
  for (const args of ["history", "heads", "upgrade head --sql"]) {
    const script = `{ sleep 0.3; "${process.execPath}" "${RETORT_BIN}" ${args} 2>"${err}"; echo $? >"${status}"; } | true`;
    const r = spawnSync("/bin/sh", ["-c", script], { cwd: project, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(err, "utf8").replace(/^INFO .*\n/gm, ""), "", args);
    assert.equal(readFileSync(status, "utf8"), "0\n", args);
  }
});

test("the log into a pipe whose reader is gone (2>&1 | head): the command still finishes, with its own exit status", () => {
  const project = scratchDir("retort-closed-log-");
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(project, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, "url = postgresql://nobody@127.0.0.1:9/offline"));
  for (const message of ["one", "two"]) assert.equal(retort(project, ["revision", "-m", message]).status, 0);
  const out = join(project, "out.sql");
  const status = join(project, "status.txt");
  const script = `{ sleep 0.3; "${process.execPath}" "${RETORT_BIN}" upgrade head --sql 2>&1 >"${out}"; echo $? >"${status}"; } | true`;
  const r = spawnSync("/bin/sh", ["-c", script], { cwd: project, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(readFileSync(status, "utf8"), "0\n");
  assert.match(readFileSync(out, "utf8"), /^COMMIT;$/m, "the SQL was all written");
});
