/**
 * Autogenerate's refusals, each one FAILED line: a database not at head, a models module that
 * fails to import (its file and line), offline mode; and `check --json`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { project } from "./support.js";

const MODELS = `sa.Table("account", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }), sa.Column("name", sa.String(50)));\n`;
const failedLines = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("FAILED"));

test("check and revision --autogenerate refuse a database that is not at head", async () => {
  const db = await createDatabase("retort_autogen_err");
  try {
    const dir = project(db.url, MODELS);
    assert.equal(retort(dir, ["revision", "-m", "one", "--rev-id", "aaaaaaaaaaaa"]).status, 0);
    const check = retort(dir, ["check"]);
    assert.equal(check.status, 1);
    assert.deepEqual(failedLines(check.stderr), ["FAILED: Target database is not up to date."]);
    const rev = retort(dir, ["revision", "--autogenerate", "-m", "two"]);
    assert.equal(rev.status, 1);
    assert.deepEqual(failedLines(rev.stderr), ["FAILED: Target database is not up to date."]);
    // check changed nothing: no version table was created.
    assert.deepEqual(await db.query("SELECT to_regclass('retort_version') AS t"), [{ t: null }]);
  } finally {
    await db.drop();
  }
});

test("check --json prints the differences; exit 1", async () => {
  const db = await createDatabase("retort_autogen_err");
  try {
    const dir = project(db.url, MODELS);
    const check = retort(dir, ["check", "--json"]);
    assert.equal(check.status, 1);
    assert.deepEqual(JSON.parse(check.stdout), [["add_table", null, "account"]]);
    assert.deepEqual(failedLines(check.stderr), ['FAILED: New upgrade operations detected: [["add_table",null,"account"]]']);
    const rev = retort(dir, ["revision", "--autogenerate", "-m", "create account", "--rev-id", "bbbbbbbbbbbb"]);
    assert.equal(rev.status, 0, rev.stderr);
    assert.equal(retort(dir, ["upgrade", "head"]).status, 0);
    const clean = retort(dir, ["check", "--json"]);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stdout, "[]\n");
  } finally {
    await db.drop();
  }
});

test("a models module that fails to import names its file and line", async () => {
  const db = await createDatabase("retort_autogen_err");
  try {
    const dir = project(db.url, MODELS);
    writeFileSync(join(dir, "models.ts"), readFileSync(join(dir, "models.ts"), "utf8") + 'throw new Error("models are broken");\n');
    const check = retort(dir, ["check"]);
    assert.equal(check.status, 1);
    const failed = failedLines(check.stderr);
    assert.equal(failed.length, 1);
    assert.match(failed[0]!, /models are broken/);
    assert.match(check.stderr, /models\.ts:\d+/);
    assert.doesNotMatch(check.stderr, /^\s+at /m);
  } finally {
    await db.drop();
  }
});

test("revision --autogenerate --sql is refused", () => {
  const dir = project("postgresql://postgres@127.0.0.1:5432/unused", MODELS);
  const r = retort(dir, ["revision", "--autogenerate", "--sql", "-m", "x"]);
  assert.equal(r.status, 1);
  assert.deepEqual(failedLines(r.stderr), ["FAILED: Using --sql with --autogenerate does not make any sense"]);
  assert.deepEqual(readdirSync(join(dir, "migrations", "versions")), []);
});

test("autogenerate on PGlite: round trip of a new table with an index, a foreign key and a unique constraint", () => {
  const dir = project("pglite:///data", `sa.Table("account", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }), sa.Column("name", sa.String(50), { nullable: false, index: true }));
sa.Table("post", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }), sa.Column("account_id", sa.Integer(), sa.ForeignKey("account.id")),
  sa.Column("title", sa.Text(), { comment: "the title" }), sa.Column("at", sa.DateTime({ timezone: true }), { serverDefault: sa.func.now() }), sa.UniqueConstraint("account_id", "title"));
`);
  const rev = retort(dir, ["revision", "--autogenerate", "-m", "init"]);
  assert.equal(rev.status, 0, rev.stderr);
  assert.equal(retort(dir, ["upgrade", "head"]).status, 0);
  const check = retort(dir, ["check"]);
  assert.equal(check.status, 0, check.stderr);
  assert.equal(check.stdout, "No new upgrade operations detected.\n");
  assert.equal(retort(dir, ["downgrade", "base"]).status, 0);
});
