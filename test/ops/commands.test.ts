/*
 * The op corpus through the whole command, as a user runs it: one project per case, the case
 * body in a revision file, `upgrade head --sql` through the programmatic API, and the complete
 * output (BEGIN, version table, comments, COMMIT) compared byte for byte with Alembic 1.8.1's.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { command, Config } from "../../src/index.js";
import { loadCases, opSection } from "./harness.js";
import { KNOWN_DIFFERENCES } from "./known-differences.js";
import { PENDING } from "./pending.js";
import { REPO } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

const root = scratchDir("retort-ops-cmd-");

/** A generic project as `retort init -t generic` writes it, pointed at PostgreSQL offline. */
function project(name: string, body: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "m", "versions"), { recursive: true });
  cpSync(join(REPO, "templates", "generic", "env.ts"), join(dir, "m", "env.ts"));
  writeFileSync(join(dir, "retort.ini"), "[retort]\nscript_location = %(here)s/m\nversion_table = alembic_version\nurl = postgresql://scott:tiger@localhost/test\n");
  writeFileSync(
    join(dir, "m", "versions", "aaaaaaaaaaaa_case.ts"),
    `/** case */\nimport { op, sa, postgresql } from "retort-migrate";\n\nexport const revision = "aaaaaaaaaaaa";\nexport const downRevision = null;\n\n` +
      `export async function upgrade(): Promise<void> {\n${body}\n}\n\nexport async function downgrade(): Promise<void> {}\n`,
  );
  return dir;
}

for (const c of loadCases("cases")) {
  if (c.expectedSql === null) continue;
  const full = readFileSync(join(c.dir, "postgresql.sql"), "utf8");
  const known = KNOWN_DIFFERENCES[c.name];
  const expected = known?.sql !== undefined ? full.replace(opSection(full), known.sql) : full;
  test(c.name, { todo: PENDING[c.name] }, async () => {
    const dir = project(c.name, c.ts);
    const sql = await command.upgrade(new Config(join(dir, "retort.ini")), "head", { sql: true });
    assert.equal(sql, expected);
  });
}
