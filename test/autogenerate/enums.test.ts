/**
 * The PostgreSQL enum type lifecycle (Retort's own; Alembic leaves types to the user), on
 * PostgreSQL and PGlite: each step's models give one revision whose upgrade creates, extends,
 * renames, recreates or drops the types; after each upgrade `check` finds nothing, and each
 * `downgrade -1` gives back the catalog (types, values, columns) the step started from.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { bodyOf, project } from "./support.js";

const CATALOG = [
  `SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`,
  `SELECT table_name, column_name, udt_name, column_default FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name NOT LIKE 'retort_version%' ORDER BY 1, 2`,
];

const PERSON = (mood: string, ...extra: string[]) =>
  `sa.Table("person", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("mood", sa.Enum(${mood}, { name: "mood" }), { serverDefault: "happy" }),${extra.map((e) => `\n  ${e},`).join("")});\n`;
const PET = `sa.Table("pet", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }), sa.Column("feel", sa.Enum("x", "y", { name: "feeling" })));\n`;
const SIZE = `sa.Column("size", sa.Enum("s", "m", "l", { name: "size" }))`;

/** Each step: the models, and what its upgrade body must say, in this order. */
type Steps = readonly { models: string; upgrade: readonly string[]; downgrade: readonly string[] }[];
const STEPS: Steps = [
  {
    models: PERSON(`"happy", "sad"`),
    upgrade: [`await op.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')");`, `await op.createTable(`, `sa.Enum("happy", "sad", { name: "mood", createType: false })`],
    downgrade: [`await op.dropTable("person");`, `await op.execute("DROP TYPE mood");`],
  },
  {
    models: PERSON(`"happy", "sad", "ok"`),
    upgrade: [`await op.getContext().autocommitBlock(async () => {\n  await op.execute("ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad'");\n});`],
    downgrade: [`// destructive: recreates the enum type mood without ok`, `await op.execute("ALTER TYPE mood RENAME TO mood_old");`,
      `await op.execute("CREATE TYPE mood AS ENUM ('happy', 'sad')");`, `await op.execute("ALTER TABLE person ALTER COLUMN mood DROP DEFAULT");`,
      `await op.execute("ALTER TABLE person ALTER COLUMN mood TYPE mood USING mood::text::mood");`,
      `await op.execute("ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'happy'::mood");`, `await op.execute("DROP TYPE mood_old");`],
  },
  {
    models: PERSON(`"happy", "blue", "ok"`) + PET,
    upgrade: [`await op.execute("ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'");`, `await op.execute("CREATE TYPE feeling AS ENUM ('x', 'y')");`, `await op.createTable(\n  "pet",`],
    downgrade: [`await op.dropTable("pet");`, `await op.execute("DROP TYPE feeling");`, `await op.execute("ALTER TYPE mood RENAME VALUE 'blue' TO 'sad'");`],
  },
  {
    models: PERSON(`"happy", "blue"`, SIZE),
    upgrade: [`await op.execute("ALTER TYPE mood RENAME TO mood_old");`, `await op.execute("CREATE TYPE size AS ENUM ('s', 'm', 'l')");`,
      `await op.dropTable("pet");`, `await op.addColumn(`, `await op.execute("DROP TYPE feeling");`],
    downgrade: [`await op.execute("CREATE TYPE feeling AS ENUM ('x', 'y')");`, `await op.dropColumn("person", "size");`,
      `await op.execute("DROP TYPE size");`, `ADD VALUE 'ok' AFTER 'blue'`],
  },
  {
    models: PERSON(`"happy", "blue"`),
    upgrade: [`await op.dropColumn("person", "size");`, `await op.execute("DROP TYPE size");`],
    downgrade: [`await op.execute("CREATE TYPE size AS ENUM ('s', 'm', 'l')");`, `await op.addColumn(`],
  },
];

// A table and its enum type in a schema other than the default one: the type's name is qualified
// everywhere, and neither the serial key nor the default cast to the qualified type shows as a change.
const ITEM = (values: string) => `sa.Table("item", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", sa.Enum(${values}, { name: "status", schema: "inv" }), { serverDefault: "new" }), { schema: "inv" });\n`;
const PLAIN = `sa.Table("plain", metadata, sa.Column("id", sa.Integer(), { primaryKey: true }), sa.Column("st", sa.Enum("new", "done", { name: "status" })));\n`;
const SCHEMA_STEPS: Steps = [
  {
    models: ITEM(`"new", "done"`) + PLAIN,
    upgrade: [`await op.execute("CREATE TYPE inv.status AS ENUM ('new', 'done')");`, `await op.execute("CREATE TYPE status AS ENUM ('new', 'done')");`,
      `sa.Enum("new", "done", { name: "status", schema: "inv", createType: false })`, `{ schema: "inv" },`],
    downgrade: [`await op.dropTable("item", { schema: "inv" });`, `await op.execute("DROP TYPE status");`, `await op.execute("DROP TYPE inv.status");`],
  },
  {
    models: ITEM(`"new", "wip", "done"`) + PLAIN,
    upgrade: [`await op.execute("ALTER TYPE inv.status ADD VALUE 'wip' AFTER 'new'");`],
    downgrade: [`await op.execute("ALTER TYPE inv.status RENAME TO status_old");`, `await op.execute("CREATE TYPE inv.status AS ENUM ('new', 'done')");`,
      `USING status::text::inv.status`, `await op.execute("DROP TYPE inv.status_old");`],
  },
  {
    models: PLAIN,
    upgrade: [`await op.dropTable("item", { schema: "inv" });`, `await op.execute("DROP TYPE inv.status");`],
    downgrade: [`await op.execute("CREATE TYPE inv.status AS ENUM ('new', 'wip', 'done')");`, `await op.createTable(`],
  },
];
const SCHEMA_CATALOG = CATALOG.map((q) => q.replaceAll("'public'", "'inv'"));

function assertInOrder(body: string, parts: readonly string[], what: string): void {
  let at = 0;
  for (const p of parts) {
    const i = body.indexOf(p, at);
    assert.ok(i >= 0, `${what}: expected ${JSON.stringify(p)} after offset ${at} in\n${body}`);
    at = i + p.length;
  }
}

async function lifecycle(url: string, snapshot: (dir: string) => Promise<unknown>, steps = STEPS, includeSchemas = false): Promise<void> {
  const dir = project(url, steps[0]!.models, { includeSchemas });
  const catalogs: unknown[] = [];
  for (const [i, step] of steps.entries()) {
    writeFileSync(join(dir, "models.ts"), `import { sa, postgresql } from "retort-migrate";\n\nexport const metadata = sa.MetaData();\n${step.models}`);
    catalogs.push(await snapshot(dir));
    const rev = `aaaaaaaaaaa${i}`;
    const r = retort(dir, ["revision", "--autogenerate", "-m", `step ${i}`, "--rev-id", rev]);
    assert.equal(r.status, 0, r.stderr);
    const source = readFileSync(join(dir, "migrations", "versions", `${rev}_step_${i}.ts`), "utf8");
    assertInOrder(bodyOf(source, "upgrade"), step.upgrade, `step ${i} upgrade`);
    assertInOrder(bodyOf(source, "downgrade"), step.downgrade, `step ${i} downgrade`);
    const up = retort(dir, ["upgrade", "head"]);
    assert.equal(up.status, 0, up.stderr);
    const check = retort(dir, ["check"]);
    assert.equal(check.stdout, "No new upgrade operations detected.\n", check.stderr);
  }
  for (let i = steps.length - 1; i >= 0; i--) {
    const down = retort(dir, ["downgrade", "-1"]);
    assert.equal(down.status, 0, down.stderr);
    assert.deepEqual(await snapshot(dir), catalogs[i], `after downgrading step ${i}`);
  }
  assert.equal(retort(dir, ["upgrade", "head"]).status, 0);
  assert.equal(retort(dir, ["check"]).stdout, "No new upgrade operations detected.\n");
}

test("enum lifecycle on PostgreSQL", async () => {
  const db = await createDatabase("retort_enums");
  try {
    await lifecycle(db.url, async () => Promise.all(CATALOG.map((q) => db.query(q))));
  } finally {
    await db.drop();
  }
});

test("enum lifecycle on PGlite", async () => {
  await lifecycle("pglite:///data", async (dir) => {
    const db = new PGlite(join(dir, "data"));
    try {
      const out = [];
      for (const q of CATALOG) out.push((await db.query<Record<string, unknown>>(q)).rows.map((r) => ({ ...r })));
      return out;
    } finally {
      await db.close();
    }
  });
});

test("enum lifecycle in a schema other than the default one, on PostgreSQL", async () => {
  const db = await createDatabase("retort_enums_schema");
  try {
    await db.query("CREATE SCHEMA inv");
    await lifecycle(db.url, async () => Promise.all(SCHEMA_CATALOG.map((q) => db.query(q))), SCHEMA_STEPS, true);
  } finally {
    await db.drop();
  }
});
