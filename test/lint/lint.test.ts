/*
 * retort lint: every rule fires on its dangerous example and stays quiet on its safe ones
 * (catalogue.ts), at the file:line of the op call; rules switched off per project, revision and
 * line; the default range on a database that has some revisions; output formats and exit status.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { command, Config } from "../../src/index.js";
import { retort } from "../support/cli.js";
import { CASES, SETUP } from "./catalogue.js";
import { makeProject, type RevisionSpec } from "./project.js";

const URLS = { postgresql: "postgresql://localhost/none", mysql: "mysql://localhost/none", sqlite: "sqlite:///none.db" } as const;

async function lintOnly(ini: string, range: string | null, extra: object = {}) {
  return command.lint(new Config(ini), { range, failOn: null, ...extra });
}

const setup: RevisionSpec = { id: "0001", upgrade: SETUP };

describe("catalogue", () => {
  for (const [i, c] of CASES.entries()) {
    test(`${c.dialect} ${c.rule} #${i}: fires on the dangerous example`, async () => {
      const p = makeProject(URLS[c.dialect], [setup, { id: "0002", down: "0001", upgrade: c.bad }]);
      const { findings } = await lintOnly(p.ini, "0002");
      const mine = findings.filter((f) => f.rule === c.rule);
      assert.equal(mine.length, 1, `${c.rule} on ${c.bad}: ${JSON.stringify(findings.map((f) => f.rule))}`);
      const lines = readFileSync(p.file("0002"), "utf8").split("\n");
      const bodyStart = lines.findIndex((l) => l.startsWith("export async function upgrade")) + 2;
      const marked = c.bad.trim().split("\n").findIndex((l) => l.includes("// <-"));
      assert.equal(mine[0]!.line, bodyStart + Math.max(marked, 0));
      assert.ok(mine[0]!.file!.endsWith("0002_rev.ts"), mine[0]!.file!);
      assert.equal(mine[0]!.revision, "0002");
      for (const text of [mine[0]!.message, mine[0]!.effect, mine[0]!.safeWay]) assert.ok(text.length > 10);
    });
    test(`${c.dialect} ${c.rule} #${i}: quiet on the safe ways`, async () => {
      for (const good of c.good) {
        const p = makeProject(URLS[c.dialect], [setup, { id: "0002", down: "0001", upgrade: good }]);
        const { findings } = await lintOnly(p.ini, "0002");
        assert.deepEqual(findings.filter((f) => f.rule === c.rule), [], good);
      }
    });
  }
});

test("a table created earlier in the linted range is new; linted alone, the same revision is not", async () => {
  const p = makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: `await op.createIndex("ix_email", "account", ["email"]);` }]);
  assert.deepEqual((await lintOnly(p.ini, ":0002")).findings.filter((f) => f.rule === "require-concurrent-index-creation"), []);
  assert.equal((await lintOnly(p.ini, "0001:0002")).findings.filter((f) => f.rule === "require-concurrent-index-creation").length, 1);
});

describe("switching rules off", () => {
  const bad = `await op.dropColumn("account", "note");\n  await op.createIndex("ix_email", "account", ["email"]);`;
  const rules = async (p: { ini: string }): Promise<string[]> => (await lintOnly(p.ini, "0002")).findings.map((f) => f.rule);
  test("per project: lint_disable in the ini", async () => {
    const p = makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: bad }], "lint_disable = ban-drop-column, prefer-jsonb\n");
    assert.deepEqual(await rules(p), ["require-concurrent-index-creation"]);
  });
  test("per revision: an exported lintDisable, or a file comment", async () => {
    const a = makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: bad, extra: `export const lintDisable = ["require-concurrent-index-creation"];\n` }]);
    assert.deepEqual(await rules(a), ["ban-drop-column"]);
    const b = makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: bad, extra: `// retort-lint-disable ban-drop-column -- the old release no longer reads it\n` }]);
    assert.deepEqual(await rules(b), ["require-concurrent-index-creation"]);
  });
  test("per op: a trailing comment on the call's line (or its last line), or one on the line before", async () => {
    const line = `await op.dropColumn("account", "note"); // retort-lint-disable-line ban-drop-column\n  await op.createIndex("ix_email", "account", ["email"]);`;
    assert.deepEqual(await rules(makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: line }])), ["require-concurrent-index-creation"]);
    const multi = `await op.createIndex(\n    "ix_email", "account", ["email"],\n  ); // retort-lint-disable-line\n  await op.dropColumn("account", "note");`;
    assert.deepEqual(await rules(makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: multi }])), ["ban-drop-column"]);
    const next = `// retort-lint-disable-next-line require-concurrent-index-creation\n  await op.createIndex("ix_email", "account", ["email"]);\n  await op.createIndex("ix_note", "account", ["note"]);`;
    const found = (await lintOnly(makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: next }]).ini, "0002")).findings;
    assert.deepEqual(found.map((f) => f.message), ["op.createIndex(ix_note) on existing table account without CONCURRENTLY"]);
  });
});

test("--dialect judges for another database than the ini URL's", async () => {
  const p = makeProject(URLS.sqlite, [setup, { id: "0002", down: "0001", upgrade: `await op.alterColumn("account", "email", { nullable: false });` }]);
  assert.deepEqual((await lintOnly(p.ini, "0002")).findings.map((f) => f.rule), ["sqlite-alter-outside-batch"]);
  assert.deepEqual((await lintOnly(p.ini, "0002", { dialect: "postgresql" })).findings.map((f) => f.rule), ["adding-not-nullable-field"]);
});

describe("the CLI", () => {
  const p = makeProject(URLS.postgresql, [setup, { id: "0002", down: "0001", upgrade: `await op.createIndex("ix_email", "account", ["email"]);\n  await op.dropColumn("account", "note");` }]);
  test("text to stdout, a summary on stderr, exit 1 at or above --fail-on", () => {
    const r = retort(p.dir, ["lint", "0002"]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^m\/versions\/0002_rev\.ts:10: error require-concurrent-index-creation \(revision 0002\)\n  op\.createIndex\(ix_email\) on existing table account without CONCURRENTLY\n  what happens: CREATE INDEX takes a SHARE lock/);
    assert.match(r.stdout, /0002_rev\.ts:11: warning ban-drop-column/);
    assert.match(r.stderr, /lint: 2 findings \(1 error, 1 warning\) in 1 revision for postgresql\nFAILED: lint: 1 finding at or above error\n$/);
  });
  test("--fail-on decides the exit status; json and github formats", () => {
    const json = retort(p.dir, ["lint", "0002", "--format", "json", "--fail-on", "info"]);
    assert.equal(json.status, 1);
    const parsed = JSON.parse(json.stdout) as { rule: string; line: number; severity: string }[];
    assert.deepEqual(parsed.map((f) => [f.rule, f.line, f.severity]), [["require-concurrent-index-creation", 10, "error"], ["ban-drop-column", 11, "warning"]]);
    const gh = retort(p.dir, ["lint", "0001", "--format", "github"]);
    assert.equal(gh.status, 0, gh.stderr);
    assert.equal(gh.stdout, "");
    const gh2 = retort(p.dir, ["lint", "0002", "--format", "github", "--fail-on", "warning"]);
    assert.match(gh2.stdout, /^::error file=m\/versions\/0002_rev\.ts,line=10,title=require-concurrent-index-creation \(revision 0002\)::op\.createIndex.*%0AWhat happens: .*\n::warning file=/);
  });
  test("bad options fail with one line", () => {
    const r = retort(p.dir, ["lint", "--format", "xml"]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "FAILED: Unknown lint format 'xml' (use text, json, github)\n");
  });
  test("the default range: an unreachable database means every revision, said on stderr", () => {
    const q = makeProject("postgresql://127.0.0.1:1/none", [setup]);
    const r = retort(q.dir, ["lint"]);
    assert.match(r.stderr, /^lint: postgresql:\/\/127\.0\.0\.1:1\/none could not be read \(.*\): linting every revision\n/);
  });
});

test("the default range: only what the database does not have yet", async () => {
  const p = makeProject("sqlite:///%(here)s/app.db", [
    { id: "0001", upgrade: SETUP, downgrade: `await op.dropTable("orders");\n  await op.dropTable("account");` },
    { id: "0002", down: "0001", upgrade: `await op.dropColumn("account", "note");` },
  ]);
  const up = retort(p.dir, ["upgrade", "0001"]);
  assert.equal(up.status, 0, up.stderr);
  const result = await lintOnly(p.ini, null);
  assert.deepEqual(result.revisions, ["0002"]);
  assert.equal(result.note, null);
  assert.deepEqual(result.findings.map((f) => f.rule), ["ban-drop-column"]);
});
