/*
 * Online upgrade on PostgreSQL, inside one transaction: each step's version-table and checksum
 * statements are held and written together before COMMIT, so a run costs about one round trip
 * per revision (Alembic: two). Counted by an env.ts that wraps the connection it configures;
 * what the database holds afterwards, and what a migration reads mid-run, must not change.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

const COUNTING_ENV = `import { context, engineFromConfig } from "retort-migrate";
const config = context.config;
const engine = engineFromConfig(config.getSection(config.configIniSection, {}), { prefix: "sqlalchemy." });
let trips = 0;
await engine.connect(async (connection) => {
  const query = (sql: string, params?: readonly unknown[]) => (trips++, connection.query(sql, params));
  const queryBatch = (sqls: readonly string[]) => (trips++, connection.queryBatch!(sqls));
  context.configure({ connection: { ...connection, query, execute: query, queryBatch } });
  await context.beginTransaction(async () => {
    await context.runMigrations();
  });
});
process.stderr.write("ROUND TRIPS " + trips + "\\n");
`;

const N = 30;
const ids = Array.from({ length: N }, (_, i) => `aa${String(i + 1).padStart(10, "0")}`);

function revision(i: number): string {
  const down = i === 0 ? "null" : JSON.stringify(ids[i - 1]);
  // The fifth revision reads the version table mid-run: it must see the fourth.
  const body =
    i === 4
      ? `  const seen = await op.getContext().getCurrentRevision();\n  await op.execute(\`CREATE TABLE seen AS SELECT '\${seen}'::text AS rev\`);\n`
      : `  await op.execute("SELECT ${i}");\n`;
  return (
    `import { op } from "retort-migrate";\nexport const revision = "${ids[i]}";\nexport const downRevision: string | null = ${down};\n` +
    `export async function upgrade(): Promise<void> {\n${body}}\nexport async function downgrade(): Promise<void> {\n  await op.execute("SELECT ${i}");\n}\n`
  );
}

let db: Awaited<ReturnType<typeof createDatabase>>;
let dir: string;

before(async () => {
  db = await createDatabase("retort_trips");
  dir = scratchDir("retort-trips-");
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${db.url}`));
  writeFileSync(join(dir, "migrations", "env.ts"), COUNTING_ENV);
  ids.forEach((id, i) => writeFileSync(join(dir, "migrations", "versions", `${id}_step.ts`), revision(i)));
});

after(async () => {
  await db?.drop();
});

const tripsOf = (stderr: string): number => Number(/^ROUND TRIPS (\d+)$/m.exec(stderr)?.[1] ?? NaN);

test("upgrade of 30 revisions in one transaction: about one round trip each, and the same version table, checksums and mid-run reads", async () => {
  const up = retort(dir, ["upgrade", "head"]);
  assert.equal(up.status, 0, up.stderr);
  // One per migration statement, plus a fixed few: the lock, the version table's and the
  // checksum table's existence, the heads, CREATE TABLE, BEGIN, the held statements, COMMIT.
  assert.ok(tripsOf(up.stderr) <= N + 12, `${tripsOf(up.stderr)} round trips for ${N} revisions`);
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[N - 1] }]);
  const sums = await db.query("SELECT version_num FROM retort_version_checksums ORDER BY version_num");
  assert.deepEqual(sums.map((r) => r["version_num"]), ids);
  assert.deepEqual(await db.query("SELECT rev FROM seen"), [{ rev: ids[3] }]);

  const down = retort(dir, ["downgrade", ids[9]!]);
  assert.equal(down.status, 0, down.stderr);
  assert.ok(tripsOf(down.stderr) <= N - 10 + 12, `${tripsOf(down.stderr)} round trips for ${N - 10} revisions`);
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[9] }]);
  assert.equal((await db.query("SELECT count(*)::int AS n FROM retort_version_checksums"))[0]?.["n"], 10);
});

test("a version table changed under the run fails it, and the rollback takes every held statement back", async () => {
  // Revision 15 moves the version table on by itself: revision 15's own UPDATE then matches nothing.
  const file = join(dir, "migrations", "versions", `${ids[14]}_step.ts`);
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace(`await op.execute("SELECT 14");`, `await op.execute("UPDATE retort_version SET version_num = 'elsewhere'");`));
  try {
    const up = retort(dir, ["upgrade", "head"]);
    assert.equal(up.status, 1);
    assert.match(up.stderr, /^FAILED: Online migration expected to match one row when updating '.*' in 'retort_version'; 0 found$/m);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[9] }]);
    assert.equal((await db.query("SELECT count(*)::int AS n FROM retort_version_checksums"))[0]?.["n"], 10);
  } finally {
    writeFileSync(file, original);
  }
});
