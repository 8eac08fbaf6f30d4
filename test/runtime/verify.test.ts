/*
 * `retort verify`: each applied revision's source checksum is recorded beside the version table;
 * verify names every applied revision whose file changed or vanished since, and upgrade warns.
 */
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

const rev = (id: string, down: string | null): string =>
  `import { op } from "retort-migrate";\r\nexport const revision = "${id}";\r\nexport const downRevision: string | null = ${JSON.stringify(down)};\r\n` +
  `export async function upgrade(): Promise<void> {\r\n  await op.execute("SELECT 1");\r\n}\r\nexport async function downgrade(): Promise<void> {}\r\n`;

test("verify names applied revisions whose file changed or vanished; line endings and trailing spaces are no change", () => {
  const dir = scratchDir("retort-verify-");
  assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, "url = sqlite:///app.db"));
  const file = (id: string): string => join(dir, "migrations", "versions", `${id}_step.ts`);
  const ids = ["dd0000000001", "dd0000000002", "dd0000000003"];
  ids.forEach((id, i) => writeFileSync(file(id), rev(id, ids[i - 1] ?? null)));
  assert.equal(retort(dir, ["upgrade", "dd0000000002"]).status, 0);

  const clean = retort(dir, ["verify"]);
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(clean.stdout, "2 applied revisions match their files.\n");

  // A checkout with other line endings and trimmed lines is the same source.
  writeFileSync(file(ids[0]!), readFileSync(file(ids[0]!), "utf8").replaceAll("\r\n", "  \n"));
  assert.equal(retort(dir, ["verify"]).status, 0);

  appendFileSync(file(ids[0]!), "// edited after it was applied\n");
  const changed = retort(dir, ["verify"]);
  assert.equal(changed.status, 1);
  assert.equal(changed.stdout, `Revision dd0000000001 changed since it was applied (${file(ids[0]!)})\n`);
  assert.match(changed.stderr, /^FAILED: 1 of the 2 applied revisions with a recorded checksum differ from their files$/m);

  const up = retort(dir, ["upgrade", "head"]);
  assert.equal(up.status, 0, up.stderr);
  assert.match(up.stderr, /^WARNI? ?.*Revision dd0000000001 changed since it was applied/m);

  rmSync(file(ids[2]!));
  const gone = retort(dir, ["verify"]);
  assert.equal(gone.status, 1);
  assert.equal(
    gone.stdout,
    `Revision dd0000000001 changed since it was applied (${file(ids[0]!)})\nRevision dd0000000003 was applied from dd0000000003_step.ts, which no longer exists\n`,
  );
});

/*
 * Checksums of files the identifier cache shows unchanged come from the transform cache, without
 * reading the files: what is recorded must still be each file's checksum as it is, also for a
 * file edited in place (same length) in the same second as the run before, and whatever the
 * cache folder held. Checked by `verify` with an empty cache folder, which reads every file.
 */
for (const backend of ["sqlite", "postgresql"] as const) {
  test(`${backend}: checksums taken from the caches are the files' own, also after an edit in place`, async () => {
    const db = backend === "postgresql" ? await createDatabase("retort_verify_cache") : null;
    const dir = scratchDir("retort-verify-cache-");
    const cache = join(dir, "cache");
    const env = { XDG_CACHE_HOME: cache };
    try {
      assert.equal(retort(dir, ["init", "-t", "generic", "migrations"]).status, 0);
      const ini = join(dir, "retort.ini");
      writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${db?.url ?? "sqlite:///app.db"}`));
      const file = (id: string): string => join(dir, "migrations", "versions", `${id}_step.ts`);
      const ids = ["ee0000000001", "ee0000000002", "ee0000000003"];
      ids.forEach((id, i) => writeFileSync(file(id), rev(id, ids[i - 1] ?? null)));
      const verifyFresh = (): void => {
        rmSync(join(dir, "empty-cache"), { recursive: true, force: true });
        const r = retort(dir, ["verify"], { env: { XDG_CACHE_HOME: join(dir, "empty-cache") } });
        assert.equal(r.status, 0, r.stdout + r.stderr);
      };
      // Fill the caches, take everything back, and run again from the caches.
      for (const args of [["upgrade", "head"], ["downgrade", "base"], ["upgrade", ids[0]!]]) {
        const r = retort(dir, args, { env });
        assert.equal(r.status, 0, r.stderr);
      }
      // The second revision edited in place right away: same length, other text.
      writeFileSync(file(ids[1]!), readFileSync(file(ids[1]!), "utf8").replace("SELECT 1", "SELECT 2"));
      const up = retort(dir, ["upgrade", "head"], { env });
      assert.equal(up.status, 0, up.stderr);
      assert.doesNotMatch(up.stderr, /changed since it was applied/);
      verifyFresh();
      assert.equal(retort(dir, ["verify"], { env }).stdout, "3 applied revisions match their files.\n");
    } finally {
      await db?.drop();
    }
  });
}
