/*
 * retort lint --trace: what PostgreSQL really did, statement by statement, held against what
 * each rule says it does. The dangerous cases of the catalogue run in one revision on PGlite and
 * on a PostgreSQL server; the safe type change and constant default are shown not to rewrite.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { command, Config } from "../../src/index.js";
import { retort } from "../support/cli.js";
import { SETUP } from "./catalogue.js";
import { makeProject } from "./project.js";

const BODY = [
  `await op.createIndex("ix_email", "account", ["email"]);`,
  `await op.execute("CREATE INDEX ix_note ON account (note)");`,
  `await op.createForeignKey("fk_orders_account", "orders", "account", ["account_id"], ["id"]);`,
  `await op.createCheckConstraint("ck_email", "account", "length(email) > 3");`,
  `await op.alterColumn("account", "email", { nullable: false });`,
  `await op.alterColumn("account", "note", { type_: sa.Integer(), existingType: sa.Text(), postgresqlUsing: "length(note)" });`,
  `await op.addColumn("account", sa.Column("token", sa.String(40), { serverDefault: sa.text("gen_random_uuid()") }));`,
  `await op.addColumn("account", sa.Column("n", sa.BigInteger(), sa.Identity()));`,
  `await op.createUniqueConstraint("uq_short", "account", ["short"]);`,
  `await op.alterColumn("account", "short", { type_: sa.String(40), existingType: sa.String(20) });`,
  `await op.addColumn("account", sa.Column("kind", sa.String(10), { serverDefault: "basic" }));`,
].join("\n  ");

async function traced(url?: string) {
  const p = makeProject("postgresql://127.0.0.1:1/none", [{ id: "0001", upgrade: SETUP }, { id: "0002", down: "0001", upgrade: BODY }]);
  return command.lint(new Config(p.ini), { range: "0002", failOn: null, trace: true, ...(url ? { url } : {}) });
}

function checkAgainstRules(result: Awaited<ReturnType<typeof traced>>): void {
  const trace = result.trace![0]!;
  assert.equal(trace.revision, "0002");
  assert.equal(trace.error, null);
  const withExpectation = result.findings.filter((f) => f.expects !== undefined);
  assert.equal(withExpectation.length, 9);
  // Every rule that says what the database does is confirmed by what it did.
  assert.deepEqual(trace.checks.map((c) => [c.rule, c.line, c.agrees, c.observed]), withExpectation.map((f) => [f.rule, f.line, true, `${f.expects!.lock}, ${f.expects!.rewrite ? "a rewrite" : "no rewrite"}`]));
  const at = (n: number) => trace.statements.filter((s) => s.line === 10 + n);
  // The foreign key locks both tables; the safe changes take their lock but do not rewrite.
  assert.deepEqual(at(2)[0]!.locks.map((l) => `${l.mode} on ${l.relation}`), ["SHARE ROW EXCLUSIVE on public.account", "SHARE ROW EXCLUSIVE on public.orders"]);
  assert.deepEqual(at(9)[0]!.rewritten, []);
  assert.deepEqual(at(10)[0]!.rewritten, []);
  assert.deepEqual(at(6)[0]!.rewritten, ["public.account"]);
  for (const s of trace.statements) assert.ok(s.ms >= 0 && s.heldMs >= s.ms, JSON.stringify(s));
}

test("on PGlite (the default), each verdict is what PostgreSQL did", async () => {
  checkAgainstRules(await traced());
});

test("on a PostgreSQL server, in a scratch database created and dropped", async () => {
  checkAgainstRules(await traced("postgresql://postgres@127.0.0.1:5432/postgres"));
});

test("the CLI prints the trace after the findings", () => {
  const p = makeProject("pglite://", [{ id: "0001", upgrade: SETUP }, { id: "0002", down: "0001", upgrade: `await op.createIndex("ix_email", "account", ["email"]);` }]);
  const r = retort(p.dir, ["lint", "0002", "--trace"]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /\n\ntrace on pglite:\/\/ \(a new database: .*\)\nrevision 0002\n  m\/versions\/0002_rev\.ts:10  CREATE INDEX ix_email ON account \(email\)\n    took SHARE on public\.account; no rewrite; ran [\d.]+ ms, locks held [\d.]+ ms \(to the end of its transaction\)\n    require-concurrent-index-creation: expected SHARE, no rewrite; confirmed\n$/);
});
