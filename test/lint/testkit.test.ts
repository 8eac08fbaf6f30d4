/*
 * The migration test kit on projects with a correct history, an empty downgrade, a partial
 * downgrade, a downgrade that fails and two heads: each caught with a message naming the
 * revision, the step and the catalog difference. On PGlite in memory, a PostgreSQL server
 * scratch database, and SQLite in memory; through the CLI and through "retort-migrate/testing".
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { migrationTests, MigrationTestError } from "retort-migrate/testing";
import { retort } from "../support/cli.js";
import { makeProject, type RevisionSpec } from "./project.js";

const ACCOUNT: RevisionSpec = {
  id: "0001",
  upgrade: `await op.createTable("account", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }), sa.Column("email", sa.String(50), { nullable: false }));\n  await op.createIndex("ix_account_email", "account", ["email"], { unique: true });`,
  downgrade: `await op.dropTable("account");`,
};
const MOOD: RevisionSpec = {
  id: "0002", down: "0001",
  upgrade: `await op.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')");\n  await op.addColumn("account", sa.Column("mood", postgresql.ENUM("happy", "sad", { name: "mood", createType: false }), { serverDefault: "happy" }));\n  await op.createCheckConstraint("ck_email", "account", "length(email) > 3");`,
  downgrade: `await op.dropConstraint("ck_email", "account", { type_: "check" });\n  await op.dropColumn("account", "mood");\n  await op.execute("DROP TYPE mood");`,
};
const ORDERS: RevisionSpec = {
  id: "0003", down: "0002",
  upgrade: `await op.createTable("orders", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }), sa.Column("account_id", sa.BigInteger(), sa.ForeignKey("account.id")));`,
  downgrade: `await op.dropTable("orders");`,
};

const correct = [ACCOUNT, MOOD, ORDERS];
const kit = (revisions: readonly RevisionSpec[], url?: string, heads?: string[]) =>
  migrationTests({ config: makeProject("pglite://", revisions).ini, ...(url ? { url } : {}), ...(heads ? { heads } : {}) });

const SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

describe("PGlite in memory (the default)", () => {
  test("a correct history passes every test", async () => {
    const results = await kit(correct).all();
    assert.deepEqual(results.map((r) => [r.name, r.status]), [["singleHead", "passed"], ["upgrade", "passed"], ["stairway", "passed"], ["downgrade", "passed"], ["modelMatch", "unavailable"]]);
    assert.equal(results[4]!.detail, "env.ts gives context.configure() no targetMetadata");
  });

  const MODELS = `sa.Table("account", metadata,
  sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }),
  sa.Column("email", sa.String(50), { nullable: false }),
  sa.Index("ix_account_email", "email", { unique: true }),
);`;

  test("models that match the migrations at head pass the model match", async () => {
    const t = migrationTests({ config: makeProject("pglite://", [ACCOUNT], "", MODELS).ini });
    assert.equal(await t.modelMatch(), "at head the database matches the models (autogenerate finds nothing)");
  });

  test("a model drift fails the model match, listing what autogenerate would write", async () => {
    const drifted = MODELS.replace(`sa.Column("email", sa.String(50), { nullable: false }),`, `sa.Column("email", sa.String(50), { nullable: false }),\n  sa.Column("name", sa.String(20)),`);
    const results = await migrationTests({ config: makeProject("pglite://", [ACCOUNT], "", drifted).ini }).all();
    assert.deepEqual(results.map((r) => [r.name, r.status]), [["singleHead", "passed"], ["upgrade", "passed"], ["stairway", "passed"], ["downgrade", "passed"], ["modelMatch", "failed"]]);
    assert.equal(results[4]!.detail, 'model match: at head the database differs from the models (targetMetadata); autogenerate would write:\n  ["add_column",null,"account","name"]');
  });

  test("an empty downgrade() fails the stairway, naming the revision and what it left behind", async () => {
    const t = kit([ACCOUNT, { ...MOOD, downgrade: "" }, ORDERS]);
    await assert.rejects(t.stairway(), (err: Error) => {
      assert.ok(err instanceof MigrationTestError);
      assert.match(err.message, /^stairway: revision 0002 \(.*0002_rev\.ts\): downgrade\(\) does not undo upgrade\(\) \(it ran no statement: is downgrade\(\) empty\?\); the catalog after downgrade\(\) differs from before upgrade\(\):\n/);
      const lines = err.message.split("\n").slice(1);
      assert.deepEqual(lines.sort(), [
        "  left behind: columns: public.account.mood mood DEFAULT 'happy'::mood",
        "  left behind: constraints: public.account ck_email CHECK ((length((email)::text) > 3))",
        "  left behind: enums: public.mood (happy, sad)",
      ]);
      return true;
    });
  });

  test("a partial downgrade() fails the stairway with only what it missed", async () => {
    const partial = { ...MOOD, downgrade: `await op.dropConstraint("ck_email", "account", { type_: "check" });\n  await op.dropColumn("account", "mood");` };
    await assert.rejects(kit([ACCOUNT, partial, ORDERS]).stairway(), (err: Error) => {
      assert.match(err.message, /^stairway: revision 0002 .*: downgrade\(\) does not undo upgrade\(\); the catalog after downgrade\(\) differs from before upgrade\(\):\n  left behind: enums: public\.mood \(happy, sad\)$/);
      return true;
    });
  });

});

/* The kit's logic knows no dialect: the cases below run on SQLite in memory, which opens at once. */
const S1: RevisionSpec = { id: "0001", upgrade: `await op.createTable("account", sa.Column("id", sa.Integer(), { primaryKey: true }), sa.Column("email", sa.String(50)));\n  await op.createIndex("ix_email", "account", ["email"]);`, downgrade: `await op.dropTable("account");` };
const S2: RevisionSpec = { id: "0002", down: "0001", upgrade: `await op.createTable("orders", sa.Column("id", sa.Integer(), { primaryKey: true }));`, downgrade: `await op.dropTable("orders");` };
const S3: RevisionSpec = { id: "0003", down: "0002", upgrade: `await op.createIndex("ix_orders", "orders", ["id"]);`, downgrade: `await op.dropIndex("ix_orders", "orders");` };
const sqliteKit = (revisions: readonly RevisionSpec[], heads?: string[]) =>
  migrationTests({ config: makeProject("sqlite://", revisions).ini, url: "sqlite://", ...(heads ? { heads } : {}) });

describe("SQLite in memory", () => {
  test("a correct history passes", async () => {
    assert.deepEqual((await sqliteKit([S1, S2, S3]).all()).map((r) => r.status), ["passed", "passed", "passed", "passed", "unavailable"]);
  });

  test("an empty downgrade() is caught with what it left", async () => {
    const results = await sqliteKit([S1, S2, { ...S3, downgrade: "" }]).all();
    assert.deepEqual(results.map((r) => r.status), ["passed", "passed", "failed", "passed", "unavailable"]);
    assert.match(results[2]!.detail, /revision 0003 .*is downgrade\(\) empty\?.*\n  left behind: schema: index ix_orders CREATE INDEX ix_orders ON orders \(id\)$/);
  });

  test("a downgrade() that drops too much: what it removed is named", async () => {
    const tooMuch = { ...S2, downgrade: `await op.dropTable("orders");\n  await op.dropIndex("ix_email", "account");` };
    await assert.rejects(sqliteKit([S1, tooMuch]).stairway(), /revision 0002 .*\n  not restored: schema: index ix_email CREATE INDEX ix_email ON account \(email\)$/);
  });

  test("a failing downgrade() fails the downgrade test, naming the revision and the error", async () => {
    const failing = { ...S3, downgrade: `await op.dropTable("no_such_table");` };
    await assert.rejects(sqliteKit([S1, S2, failing]).downgrade(), /downgrade: downgrade\(\) of revision 0003 \(.*0003_rev\.ts\) failed: Revision 0003 failed during downgrade: no such table: no_such_table/);
  });

  test("a failing upgrade() fails the upgrade test", async () => {
    const failing = { ...S3, upgrade: `await op.addColumn("nope", sa.Column("x", sa.Integer()));` };
    await assert.rejects(sqliteKit([S1, S2, failing]).upgrade(), /upgrade: upgrade\(\) of revision 0003 \(.*0003_rev\.ts\) failed: Revision 0003 failed during upgrade: no such table: nope/);
  });

  test("two heads fail the single-head test unless declared", async () => {
    const branched = [S1, S2, { ...S3, id: "0004", down: "0001", upgrade: `await op.createIndex("ix_account", "account", ["id"]);`, downgrade: `await op.dropIndex("ix_account", "account");` }];
    await assert.rejects(sqliteKit(branched).singleHead(), /single head: the history has 2 heads \(0002, 0004\); merge them with retort merge, or declare them$/);
    assert.match(await sqliteKit(branched, ["0004", "0002"]).singleHead(), /declared heads \(0002, 0004\)/);
    // The branches still go up and down one revision at a time.
    assert.match(await sqliteKit(branched).stairway(), /3 revisions/);
  });
});

test("a PostgreSQL server: a scratch database is created and dropped", async () => {
  const pg = (await import("pg")).default;
  const scratchNames = async (): Promise<string[]> => {
    const c = new pg.Client({ host: "127.0.0.1", user: "postgres", database: "postgres" });
    await c.connect();
    const r = await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'retort_scratch_%'");
    await c.end();
    return r.rows.map((row) => row.datname as string);
  };
  const before = new Set(await scratchNames());
  const results = await kit([ACCOUNT, { ...MOOD, downgrade: "" }], SERVER).all();
  assert.deepEqual(results.map((r) => r.status), ["passed", "passed", "failed", "failed", "unavailable"]);
  assert.match(results[2]!.detail, /left behind: enums: public\.mood \(happy, sad\)/);
  assert.equal(results[3]!.detail, "downgrade: at base the database still differs from a new one:\n  left behind: enums: public.mood (happy, sad)");
  // Each scratch database this kit made was dropped. Another test file (lint --trace) may hold one
  // of its own meanwhile: a new name must be gone once that one is done, within a minute.
  let left = (await scratchNames()).filter((n) => !before.has(n));
  for (let i = 0; i < 60 && left.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    left = (await scratchNames()).filter((n) => !before.has(n));
  }
  assert.deepEqual(left, []);
});

describe("the CLI", () => {
  test("retort test: one line per test, details under a failure, FAILED and exit 1", () => {
    // 0004's empty downgrade() leaves an index the stairway sees; downgrade to base drops it with its table.
    const p = makeProject("pglite://", [...correct, { id: "0004", down: "0003", upgrade: `await op.createIndex("ix_orders_account", "orders", ["account_id"]);`, downgrade: "" }]);
    const r = retort(p.dir, ["test"]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, [
      "ok   single head: one head (0004)",
      "ok   upgrade: 4 revisions upgraded one at a time from base",
      "FAIL stairway: revision 0004 (m/versions/0004_rev.ts): downgrade() does not undo upgrade() (it ran no statement: is downgrade() empty?); the catalog after downgrade() differs from before upgrade():",
      "      left behind: indexes: public.orders CREATE INDEX ix_orders_account ON public.orders USING btree (account_id)",
      "ok   downgrade: downgraded from head to base one revision at a time; only the version table is left",
      "skip model match: env.ts gives context.configure() no targetMetadata",
      "",
    ].join("\n"));
    assert.equal(r.stderr, "FAILED: 1 of 4 migration tests failed (stairway)\n");
  });
  test("a correct history exits 0; the project's own database is not touched", () => {
    const p = makeProject("sqlite:///%(here)s/app.db", [S1, S2, S3]);
    const r = retort(p.dir, ["test", "--url", "sqlite://"]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.equal(retort(p.dir, ["current"]).stdout, "");
  });
});
