/*
 * The op corpus through the whole command, as a user runs it: one project per case, the case
 * body in a revision file, `upgrade head --sql` through the programmatic API, and the complete
 * output (BEGIN, version table, comments, COMMIT where the dialect prints them) compared byte for
 * byte with Alembic 1.8.1's, for each dialect.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { command, Config } from "../../src/index.js";
import { DIALECTS, OFFLINE_URLS, loadCases, missingNamespace, opSection } from "./harness.js";
import { knownDifference } from "./known-differences.js";
import { pendingFor } from "./pending.js";
import { REPO } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

const root = scratchDir("retort-ops-cmd-");

/** A generic project as `retort init -t generic` writes it, pointed at the dialect's URL offline. */
function project(name: string, body: string, url: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "m", "versions"), { recursive: true });
  cpSync(join(REPO, "templates", "generic", "env.ts"), join(dir, "m", "env.ts"));
  writeFileSync(join(dir, "retort.ini"), `[retort]\nscript_location = %(here)s/m\nversion_table = alembic_version\nurl = ${url}\n`);
  writeFileSync(
    join(dir, "m", "versions", "aaaaaaaaaaaa_case.ts"),
    `/** case */\nimport { op, sa, postgresql, sqlite, mysql } from "retort-migrate";\n\nexport const revision = "aaaaaaaaaaaa";\nexport const downRevision = null;\n\n` +
      `export async function upgrade(): Promise<void> {\n${body}\n}\n\nexport async function downgrade(): Promise<void> {}\n`,
  );
  return dir;
}

for (const dialect of DIALECTS) {
  const cases = loadCases("cases", dialect).filter((c) => c.expectedSql !== null);
  const todos = new Map(await Promise.all(cases.map(async (c) => [c.name, pendingFor(dialect, c.name) ?? (await missingNamespace(c))] as const)));
  describe(dialect, () => {
    for (const c of cases) {
      const full = readFileSync(join(c.dir, `${dialect}.sql`), "utf8");
      const known = knownDifference(dialect, c.name);
      const expected = known?.sql !== undefined ? full.replace(opSection(full), known.sql) : full;
      test(c.name, { todo: todos.get(c.name) }, async () => {
        const dir = project(`${dialect}-${c.name}`, c.ts, OFFLINE_URLS[dialect]);
        const sql = await command.upgrade(new Config(join(dir, "retort.ini")), "head", { sql: true });
        assert.equal(sql, expected);
      });
    }
  });
}
