/*
 * Online upgrade on PostgreSQL, inside one transaction: a migration's statements are held and go
 * to the server together with the version table's and checksum table's rows, so a run of many
 * small revisions waits on the server a few times, not once or twice per revision (Alembic: two).
 * Counted below the connection, in pg's client, by an env.ts that configures the connection it
 * was given as it is. What the database holds afterwards, what a migration reads mid-run, what a
 * failure says and which lines come before it, must not change.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { RETORT_BIN, retort, runAsync } from "../support/cli.js";
import { countRoundTrips, type WireCounter } from "../support/wire-count.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

// The env.ts the generic template writes, in short: the connection is configured as it is.
const ENV = `import { context, engineFromConfig, fileConfig } from "retort-migrate";
const config = context.config;
fileConfig(config.configFileName!);
const engine = engineFromConfig(config.getSection(config.configIniSection, {}), { prefix: "sqlalchemy." });
await engine.connect(async (connection) => {
  context.configure({ connection });
  await context.beginTransaction(async () => {
    await context.runMigrations();
  });
});
`;

const N = 30;
const ids = Array.from({ length: N }, (_, i) => `aa${String(i + 1).padStart(10, "0")}`);

function revision(i: number): string {
  const down = i === 0 ? "null" : JSON.stringify(ids[i - 1]);
  // The fifth revision reads the version table mid-run: it must see the fourth. The seventh
  // reads, through op.getBind(), a table the sixth made and filled.
  const body =
    i === 4
      ? `  const seen = await op.getContext().getCurrentRevision();\n  await op.execute(\`CREATE TABLE seen AS SELECT '\${seen}'::text AS rev\`);\n`
      : i === 5
        ? `  await op.execute("CREATE TABLE made (n int)");\n  await op.execute("INSERT INTO made VALUES (1), (2), (3)");\n`
        : i === 6
          ? `  const n = await op.getBind().execute("SELECT count(*) FROM made");\n  await op.execute(\`CREATE TABLE counted AS SELECT \${n.scalar()}::int AS n\`);\n`
          : `  await op.execute("SELECT ${i}");\n`;
  return (
    `import { op } from "retort-migrate";\nexport const revision = "${ids[i]}";\nexport const downRevision: string | null = ${down};\n` +
    `export async function upgrade(): Promise<void> {\n${body}}\nexport async function downgrade(): Promise<void> {\n  await op.execute("SELECT ${i}");\n}\n`
  );
}

let db: Awaited<ReturnType<typeof createDatabase>>;
let dir: string;
let wire: WireCounter;

before(async () => {
  db = await createDatabase("retort_trips");
  wire = await countRoundTrips();
  dir = scratchDir("retort-trips-");
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${db.url.replace(":5432/", `:${wire.port}/`)}`));
  writeFileSync(join(dir, "migrations", "env.ts"), ENV);
  ids.forEach((id, i) => writeFileSync(join(dir, "migrations", "versions", `${id}_step.ts`), revision(i)));
});

after(async () => {
  await db?.drop();
  await wire?.close();
});

/**
 * `retort ...` in the project, and the round trips it made. Not spawnSync: the proxy runs in this
 * process, which must go on while the command runs.
 */
async function counted(args: readonly string[]): Promise<{ status: number; stderr: string; trips: number }> {
  wire.reset();
  const r = await runAsync(dir, process.execPath, [RETORT_BIN, ...args]);
  return { ...r, trips: wire.trips };
}

/** The ids of the revisions the log says ran, in order. */
const ran = (stderr: string): string[] => [...stderr.matchAll(/Running (?:upgrade|downgrade) \S* -> (\w+)/g)].map((m) => m[1]!);

test("upgrade of 30 revisions in one transaction: a few round trips in all, and the same version table, checksums, mid-run reads and log", async () => {
  const up = await counted(["upgrade", "head"]);
  assert.equal(up.status, 0, up.stderr);
  // A fixed few (the connection's settings, the lock, the version table's and the checksum
  // table's existence, the heads, CREATE TABLE, BEGIN, COMMIT), the two reads mid-run (each
  // takes what is held with it), and one batch with the rest.
  assert.ok(up.trips <= 14, `${up.trips} round trips for ${N} revisions`);
  assert.deepEqual(ran(up.stderr), ids);
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[N - 1] }]);
  const sums = await db.query("SELECT version_num FROM retort_version_checksums ORDER BY version_num");
  assert.deepEqual(sums.map((r) => r["version_num"]), ids);
  assert.deepEqual(await db.query("SELECT rev FROM seen"), [{ rev: ids[3] }]);
  assert.deepEqual(await db.query("SELECT n FROM counted"), [{ n: 3 }]);

  const down = await counted(["downgrade", ids[9]!]);
  assert.equal(down.status, 0, down.stderr);
  assert.ok(down.trips <= 12, `${down.trips} round trips for ${N - 10} revisions`);
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[9] }]);
  assert.equal((await db.query("SELECT count(*)::int AS n FROM retort_version_checksums"))[0]?.["n"], 10);
});

test("a version table changed under the run fails it, and the rollback takes every held statement back", async () => {
  // Revision 15 moves the version table on by itself: revision 15's own UPDATE then matches nothing.
  const file = join(dir, "migrations", "versions", `${ids[14]}_step.ts`);
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace(`await op.execute("SELECT 14");`, `await op.execute("UPDATE retort_version SET version_num = 'elsewhere'");`));
  try {
    const up = await counted(["upgrade", "head"]);
    assert.equal(up.status, 1);
    assert.match(up.stderr, /^FAILED: Online migration expected to match one row when updating '.*' in 'retort_version'; 0 found$/m);
    assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[9] }]);
    assert.equal((await db.query("SELECT count(*)::int AS n FROM retort_version_checksums"))[0]?.["n"], 10);
  } finally {
    writeFileSync(file, original);
  }
});

/** Runs `upgrade head` with revision `i`'s upgrade() body replaced by `body`, then puts it back. */
async function upgradeWith(changes: Record<number, string>): Promise<{ status: number; stderr: string }> {
  const files = Object.keys(changes).map((i) => join(dir, "migrations", "versions", `${ids[Number(i)]}_step.ts`));
  const originals = files.map((f) => readFileSync(f, "utf8"));
  try {
    Object.entries(changes).forEach(([i, body], k) => writeFileSync(files[k]!, originals[k]!.replace(`  await op.execute("SELECT ${i}");\n}`, `${body}\n}`)));
    return await counted(["upgrade", "head"]);
  } finally {
    files.forEach((f, k) => writeFileSync(f, originals[k]!));
  }
}

test("a held statement that fails is its revision's failure: the lines stop at it, its line is named, nothing stays", async () => {
  const up = await upgradeWith({ 19: `  await op.execute("SELECT 19");\n  await op.execute("SELECT * FROM no_such_table");` });
  assert.equal(up.status, 1);
  const lines = up.stderr.split("\n");
  const failed = lines.findIndex((l) => l.startsWith("FAILED:"));
  assert.equal(lines[failed], `FAILED: Revision ${ids[19]} failed during upgrade: relation "no_such_table" does not exist`);
  assert.deepEqual(lines.slice(failed + 1, failed + 3), ["  [SQL: SELECT * FROM no_such_table]", `  in migrations/versions/${ids[19]}_step.ts:6`]);
  assert.deepEqual(ran(up.stderr), ids.slice(10, 20));
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[9] }]);
  assert.equal((await db.query("SELECT count(*)::int AS n FROM retort_version_checksums"))[0]?.["n"], 10);
});

test("a migration that throws after held statements: the first failure is reported, as if each had been sent at once", async () => {
  // Revision 25 throws while revision 20's failing statement is still held: 20 failed first.
  const both = await upgradeWith({ 19: `  await op.execute("SELECT * FROM no_such_table");`, 24: `  throw new Error("boom");` });
  assert.equal(both.status, 1);
  assert.match(both.stderr, new RegExp(`^FAILED: Revision ${ids[19]} failed during upgrade: relation "no_such_table" does not exist$`, "m"));
  assert.deepEqual(ran(both.stderr), ids.slice(10, 20));
  // Revision 25 alone: the statements held before it ran, and so do their lines.
  const thrown = await upgradeWith({ 24: `  throw new Error("boom");` });
  assert.equal(thrown.status, 1);
  assert.match(thrown.stderr, new RegExp(`^FAILED: Revision ${ids[24]} failed during upgrade: boom$`, "m"));
  assert.deepEqual(ran(thrown.stderr), ids.slice(10, 25));
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[9] }]);
});

test("a migration's own COMMIT: what was held goes before it, and the statements after it run one by one, as in Alembic", async () => {
  // Revision 13 commits the run's transaction itself; revision 15 then fails. What ran after the
  // COMMIT ran outside a transaction and stays, version rows included: the version table says 14.
  const up = await upgradeWith({ 12: `  await op.execute("SELECT 12");\n  await op.execute("COMMIT");\n  await op.execute("CREATE TABLE after_commit (n int)");`, 14: `  await op.execute("SELECT * FROM no_such_table");` });
  assert.equal(up.status, 1);
  assert.match(up.stderr, new RegExp(`^FAILED: Revision ${ids[14]} failed during upgrade: relation "no_such_table" does not exist$`, "m"));
  assert.deepEqual(ran(up.stderr), ids.slice(10, 15));
  assert.deepEqual(await db.query("SELECT version_num FROM retort_version"), [{ version_num: ids[13] }]);
  assert.deepEqual(await db.query("SELECT to_regclass('after_commit')::text AS t"), [{ t: "after_commit" }]);
});
