/*
 * `revision -m` with any message: the file it writes always loads, and the graph commands show the
 * message back unchanged, as Alembic 1.8.1 does (messages.alembic.json, from record_messages.py).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

interface Recorded {
  readonly revisions: readonly { revision: string; message: string }[];
  readonly steps: readonly { argv: string[]; exitCode: number; stdout: string; stderr: string }[];
}
const recorded = JSON.parse(readFileSync(new URL("messages.alembic.json", import.meta.url), "utf8")) as Recorded;

const normalise = (text: string, project: string): string =>
  text
    .replaceAll(project, "<PROJECT>")
    .replace(/Create Date: .*/g, "Create Date: <DATE>")
    .replace(/(versions\/[^\n]*)\.ts\n/g, "$1<EXT>\n");

let project: string;

/** A new project whose URL is enough for `--sql`. */
function newProject(prefix: string): string {
  const dir = scratchDir(prefix);
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, "url = postgresql://u@localhost/db"));
  return dir;
}

before(() => {
  project = newProject("retort-messages-");
  for (const { revision, message } of recorded.revisions) {
    const r = retort(project, ["revision", "-m", message, "--rev-id", revision]);
    assert.equal(r.status, 0, r.stderr);
  }
});

for (const step of recorded.steps) {
  test(`messages: ${step.argv.join(" ")} prints what Alembic prints`, () => {
    const r = retort(project, step.argv);
    assert.equal(r.stderr, "");
    assert.equal(r.status, step.exitCode);
    assert.equal(normalise(r.stdout, project), step.stdout);
  });
}

test("messages: the written files load, and the comment holds no early end", () => {
  // upgrade --sql imports every revision file, so a message that broke out of the comment fails here.
  const r = retort(project, ["upgrade", "head", "--sql"]);
  assert.equal(r.status, 0, r.stderr);
  const last = recorded.revisions.at(-1)!.revision;
  assert.match(r.stdout, new RegExp(`^UPDATE retort_version SET version_num='${last}'`, "m"));
  assert.doesNotMatch(r.stdout, /hijacked/);
  for (const name of readdirSync(join(project, "migrations", "versions")).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(join(project, "migrations", "versions", name), "utf8");
    const commentEnd = source.indexOf("*/");
    assert.ok(commentEnd > source.indexOf("Create Date:"), `${name}: the comment ends before its header lines`);
  }
});

test("messages: backslashes and escape-like text come back unchanged", () => {
  const dir = newProject("retort-messages-bs-");
  // Alembic's docstring would read these back changed (\n, \t become control characters).
  const messages = ["C:\\new\\table\\x41", "*\\/ already escaped", "a\\\\*/b", "*\\\\\\/ three", 'ends with a backslash \\', '"""triple"""'];
  messages.forEach((message, i) => {
    const r = retort(dir, ["revision", "-m", message, "--rev-id", `bbbb000${i}`]);
    assert.equal(r.status, 0, r.stderr);
  });
  const history = retort(dir, ["history"]);
  assert.equal(history.status, 0, history.stderr);
  const lines = history.stdout.trimEnd().split("\n").reverse();
  assert.deepEqual(
    lines.map((l) => l.replace(/^.* -> bbbb\d+(?: \(head\))?, /, "")),
    messages,
  );
  for (const [i, message] of messages.entries()) {
    const show = retort(dir, ["show", `bbbb000${i}`]);
    assert.equal(show.stdout.split("\n\n")[1]?.split("\n")[0], `    ${message}`);
  }
  const sql = retort(dir, ["upgrade", "head", "--sql"]);
  assert.equal(sql.status, 0, sql.stderr);
});
