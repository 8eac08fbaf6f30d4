/* Offline version-table SQL with a schema and a quoted name, against Alembic 1.8.1's recording. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

const recorded = JSON.parse(readFileSync(new URL("./version-table.alembic.json", import.meta.url), "utf8")) as Record<string, string>;
let project: string;

before(() => {
  project = scratchDir("retort-vt-");
  assert.equal(retort(project, ["init", "-t", "generic", "m"]).status, 0);
  const ini = join(project, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, "url = postgresql://u:p@localhost/db"));
  const env = join(project, "m", "env.ts");
  // Set in the env script's configure call, as the recording does.
  writeFileSync(env, readFileSync(env, "utf8").replace("    literalBinds: true,\n", '    literalBinds: true,\n    versionTableSchema: "myschema",\n    versionTable: "MyVersions",\n'));
  for (const [rev, down] of [["aaaa11", null], ["bbbb22", "aaaa11"]] as const) {
    writeFileSync(
      join(project, "m", "versions", `${rev}.ts`),
      `/** ${rev} */\nimport { op } from "retort-migrate";\nexport const revision = "${rev}";\nexport const downRevision = ${JSON.stringify(down)};\n` +
        `export async function upgrade() { await op.execute("SELECT 'up ${rev}'"); }\nexport async function downgrade() { await op.execute("SELECT 'down ${rev}'"); }\n`,
    );
  }
});

for (const command of Object.keys(recorded)) {
  test(command, () => {
    const r = retort(project, command.split(" "));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, recorded[command]);
  });
}
