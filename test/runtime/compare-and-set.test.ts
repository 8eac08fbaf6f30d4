/*
 * Version-table updates are compare-and-set, as Alembic's one-row check (runtime/migration.py
 * _update_version): a migration whose UPDATE of the version table changes anything but exactly
 * the expected row fails, and (where DDL is transactional) its transaction is rolled back.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

const rev = (id: string, down: string | null, body: string): string =>
  `import { op, sa } from "retort-migrate";\nexport const revision = "${id}";\nexport const downRevision: string | null = ${JSON.stringify(down)};\n` +
  `export async function upgrade(): Promise<void> {\n${body}\n}\nexport async function downgrade(): Promise<void> {}\n`;

function project(url: string): string {
  const dir = scratchDir("retort-cas-");
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`));
  writeFileSync(join(dir, "migrations", "versions", "ca0000000001_one.ts"), rev("ca0000000001", null, `  await op.execute("SELECT 1");`));
  // Someone moved the version table under the run's feet: its UPDATE finds no row to change.
  writeFileSync(
    join(dir, "migrations", "versions", "ca0000000002_two.ts"),
    rev("ca0000000002", "ca0000000001", `  await op.createTable("two", sa.Column("id", sa.Integer));\n  await op.execute("DELETE FROM retort_version");`),
  );
  return dir;
}

for (const kind of ["sqlite", "postgresql"] as const) {
  test(`${kind}: an UPDATE of the version table that matches no row fails the migration, which is rolled back`, async () => {
    const pg = kind === "postgresql" ? await createDatabase("retort_cas") : null;
    const dir = project(pg?.url ?? "sqlite:///app.db");
    try {
      assert.equal(retort(dir, ["upgrade", "ca0000000001"]).status, 0);
      const r = retort(dir, ["upgrade", "head"]);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /^FAILED: Online migration expected to match one row when updating 'ca0000000001' to 'ca0000000002' in 'retort_version'; 0 found$/m);
      const read = async (sql: string): Promise<unknown[]> => {
        if (pg) return pg.query(sql);
        const db = new Database(join(dir, "app.db"), { readonly: true });
        try {
          return db.prepare(sql).all();
        } finally {
          db.close();
        }
      };
      assert.deepEqual(await read("SELECT version_num FROM retort_version"), [{ version_num: "ca0000000001" }]);
      const tables = pg ? "SELECT table_name AS name FROM information_schema.tables WHERE table_name = 'two'" : "SELECT name FROM sqlite_master WHERE name = 'two'";
      assert.deepEqual(await read(tables), [], "table two was rolled back");
    } finally {
      await pg?.drop();
    }
  });
}
