/*
 * Errors whose FAILED line keeps Alembic 1.8.1's words (errors.alembic.json, from record_errors.py)
 * and whose indented next lines say what Alembic leaves out: the revisions an ambiguous prefix
 * starts, the files that hold one revision id twice.
 */
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

interface Recorded {
  readonly ambiguous: Record<string, { exitCode: number; failed: string[] }>;
  readonly duplicate: { heads: { exitCode: number; warnings: string[] } };
}
const recorded = JSON.parse(readFileSync(new URL("errors.alembic.json", import.meta.url), "utf8")) as Recorded;

let project: string;
const versions = (): string => join(project, "migrations", "versions");

before(() => {
  project = scratchDir("retort-errors-detail-");
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(project, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, "url = postgresql://u@localhost/db"));
  for (const rev of ["aaaa0001", "aaaa0002"]) assert.equal(retort(project, ["revision", "-m", rev, "--rev-id", rev]).status, 0);
});

for (const [command, want] of Object.entries(recorded.ambiguous)) {
  test(`${command}: Alembic's FAILED line, then the revisions the prefix starts`, () => {
    const r = retort(project, command.split(" "));
    assert.equal(r.status, want.exitCode === 255 ? 1 : 0);
    const lines = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
    assert.deepEqual(lines, [...want.failed, "  Multiple revisions start with 'aaaa': aaaa0001, aaaa0002"]);
  });
}

test("a revision id in two files: Alembic's warning as the FAILED line, then both files", () => {
  const [warning] = recorded.duplicate.heads.warnings;
  const first = join(versions(), "aaaa0001_aaaa0001.ts");
  const copy = join(versions(), "zz_copy.ts");
  copyFileSync(first, copy);
  try {
    for (const args of [["heads"], ["history"], ["upgrade", "head", "--sql"]]) {
      const r = retort(project, args);
      assert.equal(r.status, 1);
      const lines = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
      assert.deepEqual(lines, [`FAILED: ${warning}`, `  ${first}`, `  ${copy}`]);
    }
  } finally {
    rmSync(copy);
  }
});

test("revision --rev-id of a revision that exists names its file, and writes nothing", () => {
  const r = retort(project, ["revision", "-m", "again", "--rev-id", "aaaa0001"]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `FAILED: Revision aaaa0001 is present more than once\n  ${join(versions(), "aaaa0001_aaaa0001.ts")}\n`);
  assert.equal(retort(project, ["heads"]).stdout, "aaaa0002 (head)\n");
});

test("a prefix that starts many revisions lists ten of them", () => {
  for (let i = 3; i <= 14; i++) {
    const rev = `aaaa${String(i).padStart(4, "0")}`;
    assert.equal(retort(project, ["revision", "-m", rev, "--rev-id", rev]).status, 0);
  }
  const r = retort(project, ["show", "aaaa"]);
  const ten = Array.from({ length: 10 }, (_, i) => `aaaa${String(i + 1).padStart(4, "0")}`).join(", ");
  assert.equal(r.stderr, `FAILED: Can't locate revision identified by 'aaaa'\n  Multiple revisions start with 'aaaa': ${ten} and 4 more\n`);
});
