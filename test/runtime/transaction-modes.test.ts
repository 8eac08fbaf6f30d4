/*
 * Offline output and log lines under each transaction mode set in env.ts's configure call,
 * against Alembic 1.8.1's recording; then the same modes online on PostgreSQL.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

const recorded = JSON.parse(readFileSync(new URL("./transaction-modes.alembic.json", import.meta.url), "utf8")) as Record<string, { stdout: string; stderr: string }>;
const MODES: Record<string, string> = {
  default: "",
  transactionPerMigration: "    transactionPerMigration: true,\n",
  transactionalDdlFalse: "    transactionalDdl: false,\n",
};

function project(mode: string, url: string): string {
  const dir = scratchDir(`retort-tx-${mode}-`);
  assert.equal(retort(dir, ["init", "-t", "generic", "m"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`).replace("[retort]\n", "[retort]\nversion_table = alembic_version\n"));
  const env = join(dir, "m", "env.ts");
  const text = readFileSync(env, "utf8")
    .replace("    literalBinds: true,\n", `    literalBinds: true,\n${MODES[mode]}`)
    .replace("context.configure({ connection, targetMetadata });", `context.configure({ connection, targetMetadata,\n${MODES[mode]} });`);
  writeFileSync(env, text);
  for (const [rev, down] of [["aaaa11", null], ["bbbb22", "aaaa11"]] as const) {
    writeFileSync(
      join(dir, "m", "versions", `${rev}.ts`),
      `/** ${rev} */\nimport { op } from "retort-migrate";\nexport const revision = "${rev}";\nexport const downRevision = ${JSON.stringify(down)};\n` +
        `export async function upgrade() { await op.execute("SELECT 'up ${rev}'"); }\nexport async function downgrade() { await op.execute("SELECT 'down ${rev}'"); }\n`,
    );
  }
  return dir;
}

for (const mode of Object.keys(MODES)) {
  test(`offline, ${mode}`, () => {
    const dir = project(mode, "postgresql://u:p@localhost/db");
    for (const argv of [["upgrade", "head", "--sql"], ["downgrade", "bbbb22:base", "--sql"]]) {
      const expected = recorded[`${mode} ${argv.join(" ")}`]!;
      const r = retort(dir, argv);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, expected.stdout, `${mode} ${argv.join(" ")}`);
      assert.equal(r.stderr.replaceAll("retort.runtime", "alembic.runtime"), expected.stderr);
    }
  });
}

let db: Awaited<ReturnType<typeof createDatabase>>;
before(async () => {
  db = await createDatabase("retort_txmodes");
});
after(async () => db?.drop());

test("online, non-transactional DDL: each statement stands on its own, so work before a failure stays", async () => {
  const dir = project("transactionalDdlFalse", db.url);
  writeFileSync(
    join(dir, "m", "versions", "bbbb22.ts"),
    `/** bbbb22 */\nimport { op } from "retort-migrate";\nexport const revision = "bbbb22";\nexport const downRevision = "aaaa11";\n` +
      `export async function upgrade() { await op.execute("CREATE TABLE kept (id integer)"); await op.execute("SELECT * FROM missing_table"); }\nexport async function downgrade() {}\n`,
  );
  const r = retort(dir, ["upgrade", "head"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Will assume non-transactional DDL\./);
  assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), [{ version_num: "aaaa11" }]);
  assert.deepEqual(await db.query("SELECT to_regclass('kept')::text AS t"), [{ t: "kept" }]);
});
