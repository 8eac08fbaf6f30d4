/**
 * The catalogue of single changes recorded from Alembic 1.8.1 (record.py): Retort's
 * `revision --autogenerate` writes the same operations (Alembic's rendering translated by the
 * contract's rule, destructive-op comments aside) with the same log lines; then the round trip
 * on PostgreSQL: upgrade, `check` finds nothing, downgrade leaves the catalog as it was.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { notSideTableSql } from "../support/side-tables.js";
import { RECORDED, bodyOf, project } from "./support.js";

const CATALOG_SQL = `SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default,
  col_description((quote_ident(table_name))::regclass, ordinal_position) AS comment
FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'retort_version' AND ${notSideTableSql("table_name")} ORDER BY table_name, ordinal_position`;
const INDEXES_SQL = `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'retort_version' AND ${notSideTableSql("tablename")} ORDER BY 1, 2`;
const CONSTRAINTS_SQL = `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'retort_version' AND ${notSideTableSql("conrelid::regclass::text")} ORDER BY 1, 2`;

const withoutDestructiveNotes = (body: string) => body.split("\n").filter((l) => !l.trim().startsWith("// destructive:")).join("\n");

for (const c of RECORDED) {
  test(`autogenerate ${c.name}`, async () => {
    const db = await createDatabase("retort_autogen");
    try {
      for (const s of c.setup) await db.query(s);
      const snapshot = async () => [await db.query(CATALOG_SQL), await db.query(INDEXES_SQL), await db.query(CONSTRAINTS_SQL)];
      const before = await snapshot();
      const dir = project(db.url, c.models_ts);
      const rev = retort(dir, ["revision", "--autogenerate", "-m", "auto", "--rev-id", "aaaaaaaaaaaa"]);
      assert.equal(rev.status, 0, rev.stderr);
      const logged = rev.stderr.split("\n").filter((l) => l.includes("autogenerate"));
      assert.deepEqual(logged, c.log.map((l) => l.replace("[alembic.", "[retort.")));
      const file = join(dir, "migrations", "versions", readdirSync(join(dir, "migrations", "versions")).find((f) => f.endsWith(".ts"))!);
      const source = readFileSync(file, "utf8");
      assert.equal(withoutDestructiveNotes(bodyOf(source, "upgrade")), c.upgrade_ts);
      assert.equal(withoutDestructiveNotes(bodyOf(source, "downgrade")), c.downgrade_ts);
      if (/dropTable|dropColumn/.test(bodyOf(source, "upgrade"))) assert.match(bodyOf(source, "upgrade"), /\/\/ destructive:/);
      // Round trip: at head the database matches the metadata; downgrade restores the catalog.
      const up = retort(dir, ["upgrade", "head"]);
      assert.equal(up.status, 0, up.stderr);
      const check = retort(dir, ["check"]);
      assert.equal(check.stderr.split("\n").filter((l) => l.startsWith("FAILED")).join("\n"), "");
      assert.equal(check.stdout, "No new upgrade operations detected.\n");
      assert.equal(check.status, 0);
      const down = retort(dir, ["downgrade", "base"]);
      assert.equal(down.status, 0, down.stderr);
      assert.deepEqual(await snapshot(), before);
    } finally {
      await db.drop();
    }
  });
}
