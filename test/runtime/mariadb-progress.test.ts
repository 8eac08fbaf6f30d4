/*
 * MariaDB commits DDL as it runs: a migration that fails half-way stays half-applied. The next
 * run names it and what of it completed and refuses; `--resume` (after repair) goes on after
 * its completed statements; `stamp` clears the record instead.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/mariadb.js";
import { scratchDir } from "../support/scratch.js";

const rev = (id: string, down: string | null, statements: readonly string[]): string =>
  `import { op } from "retort-migrate";\nexport const revision = "${id}";\nexport const downRevision: string | null = ${JSON.stringify(down)};\n` +
  `export async function upgrade(): Promise<void> {\n${statements.map((s) => `  await op.execute(${JSON.stringify(s)});`).join("\n")}\n}\nexport async function downgrade(): Promise<void> {}\n`;

const R1 = "bb0000000001";
const R2 = "bb0000000002";

test("a half-applied revision stops the next run until --resume goes on after its completed statements, or stamp clears it", { timeout: 120_000 }, async () => {
  const db = await createDatabase("retort_progress");
  const dir = scratchDir("retort-progress-");
  try {
    assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
    const ini = join(dir, "retort.ini");
    writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${db.url}`));
    const versions = join(dir, "migrations", "versions");
    writeFileSync(join(versions, `${R1}_one.ts`), rev(R1, null, ["CREATE TABLE made (id INTEGER)"]));
    const second = (broken: boolean): void =>
      writeFileSync(join(versions, `${R2}_two.ts`), rev(R2, R1, ["CREATE TABLE half (id INTEGER)", "INSERT INTO half (id) VALUES (1)", broken ? "INSERT INTO nowhere VALUES (1)" : "INSERT INTO half (id) VALUES (3)"]));
    second(true);

    const failed = retort(dir, ["upgrade", "head"]);
    assert.equal(failed.status, 1, failed.stderr);
    assert.match(failed.stderr, /^FAILED: Revision bb0000000002 failed during upgrade: .*its 2 earlier statements were committed .*; it is recorded as half-applied, so the next run stops at it until you repair it and run with --resume, or stamp$/m);

    const refused = retort(dir, ["upgrade", "head"]);
    assert.equal(refused.status, 1);
    const lines = refused.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
    assert.deepEqual(lines, [
      `FAILED: Revision ${R2} was half-applied: an earlier run stopped during its upgrade, when 2 statements of it had completed (the last: INSERT INTO half (id) VALUES (1)); ` +
        `the version table says ${R1}. Check the database, repair it if need be, then run again with --resume to go on from its 3rd statement, or use stamp to say which revision the database is at`,
    ]);

    second(false); // repaired: the third statement is what it should have been
    const resumed = retort(dir, ["upgrade", "head", "--resume"]);
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.match(resumed.stderr, /Resuming the upgrade of revision bb0000000002 after its 2 statements that completed/);
    assert.deepEqual(await db.query("SELECT id FROM half ORDER BY id"), [{ id: 1 }, { id: 3 }], "the first two statements did not run again");
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: R2 }]);
    assert.deepEqual(await db.query("SELECT * FROM retort_version_progress"), []);

    // Broken again from the start; this time the user says where the database is.
    assert.equal(retort(dir, ["downgrade", R1]).status, 0);
    await db.query("DROP TABLE half");
    second(true);
    assert.equal(retort(dir, ["upgrade", "head"]).status, 1);
    const stamped = retort(dir, ["stamp", R2]);
    assert.equal(stamped.status, 0, stamped.stderr);
    assert.match(stamped.stderr, /Cleared the record of revision bb0000000002, which an earlier run left half-applied \(upgrade\)/);
    const after = retort(dir, ["upgrade", "head"]);
    assert.equal(after.status, 0, after.stderr);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: R2 }]);
  } finally {
    await db.drop();
  }
});
