/* Global options and the programmatic API: -c, RETORT_CONFIG, -n, -x, logging sections. */
import assert from "node:assert/strict";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { command, Config, RetortError } from "../../src/index.js";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

let project: string;
const ini = () => join(project, "retort.ini");

before(() => {
  project = scratchDir("retort-options-");
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
  writeFileSync(ini(), readFileSync(ini(), "utf8").replace(/^url = .*$/m, "url = postgresql://scott:tiger@localhost/test"));
  const env = join(project, "migrations", "env.ts");
  // As in Alembic's cookbook: an -x argument read by env.ts.
  writeFileSync(
    env,
    readFileSync(env, "utf8").replace(
      "    literalBinds: true,\n",
      '    literalBinds: true,\n    versionTable: context.getXArgument({ asDictionary: true })["vt"],\n',
    ),
  );
  assert.equal(retort(project, ["revision", "-m", "first", "--rev-id", "aaaa00000001"]).status, 0);
});

test("-x arguments reach env.ts", () => {
  const r = retort(project, ["-x", "vt=my_versions", "upgrade", "head", "--sql"]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^CREATE TABLE my_versions \($/m);
  assert.match(r.stdout, /^INSERT INTO my_versions \(version_num\) VALUES \('aaaa00000001'\)/m);
});

test("version_table in the ini, and the default retort_version", () => {
  assert.match(retort(project, ["upgrade", "head", "--sql"]).stdout, /^CREATE TABLE retort_version \($/m);
  writeFileSync(ini(), readFileSync(ini(), "utf8").replace("[retort]\n", "[retort]\nversion_table = from_ini\n"));
  assert.match(retort(project, ["upgrade", "head", "--sql"]).stdout, /^CREATE TABLE from_ini \($/m);
  writeFileSync(ini(), readFileSync(ini(), "utf8").replace("version_table = from_ini\n", ""));
});

test("-c and RETORT_CONFIG choose the ini file; -n the section", () => {
  renameSync(ini(), join(project, "other.ini"));
  try {
    assert.equal(retort(project, ["heads"]).status, 1);
    assert.equal(retort(project, ["-c", "other.ini", "heads"]).stdout, "aaaa00000001 (head)\n");
    assert.equal(retort(project, ["heads"], { env: { RETORT_CONFIG: "other.ini" } }).stdout, "aaaa00000001 (head)\n");
    const text = readFileSync(join(project, "other.ini"), "utf8");
    writeFileSync(join(project, "other.ini"), text + "\n[tenant]\nscript_location = migrations\nurl = postgresql://x@localhost/y\n");
    assert.equal(retort(project, ["-c", "other.ini", "-n", "tenant", "heads"]).stdout, "aaaa00000001 (head)\n");
    const missing = retort(project, ["-c", "other.ini", "-n", "nope", "heads"]);
    assert.match(missing.stderr, /^FAILED: No config file 'other.ini' found, or file has no '\[nope\]' section$/m);
  } finally {
    renameSync(join(project, "other.ini"), ini());
  }
});

test("the ini's logging sections decide what is logged", () => {
  const logged = retort(project, ["upgrade", "head", "--sql"]).stderr;
  assert.match(logged, /^INFO  \[retort\.runtime\.migration\] Running upgrade  -> aaaa00000001, first$/m);
  const original = readFileSync(ini(), "utf8");
  writeFileSync(ini(), original.replace("[logger_retort]\nlevel = INFO", "[logger_retort]\nlevel = WARN"));
  try {
    assert.equal(retort(project, ["upgrade", "head", "--sql"]).stderr, "");
  } finally {
    writeFileSync(ini(), original);
  }
});

test("commands are functions: output only where asked, errors thrown", async () => {
  let out = "";
  const config = new Config(ini(), { stdout: { write: (t: string) => (out += t) } });
  await command.heads(config);
  assert.equal(out, "aaaa00000001 (head)\n");
  const sql = await command.upgrade(new Config(ini()), "head", { sql: true });
  assert.match(sql, /^-- Running upgrade  -> aaaa00000001$/m);
  await assert.rejects(command.show(new Config(ini()), "nope"), (err: Error) => err instanceof RetortError && /Can't locate revision identified by 'nope'/.test(err.message));
});
