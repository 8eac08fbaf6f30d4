/**
 * post_write_hooks and processRevisionDirectives, against Alembic 1.8.1's recordings
 * (record_hooks.py -> hooks.json): the same stdout (the FAILED: line on stderr, as the contract
 * says), the same files. Then what Alembic 1.8.1 lacks: the exec runner and a failing hook.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { project } from "./support.js";

interface HookCase {
  readonly name: string;
  readonly ini: string;
  readonly args: readonly string[];
  readonly ts: string | null;
  readonly status: number;
  readonly stdout: string;
  readonly files: readonly string[];
}

const CASES: readonly HookCase[] = JSON.parse(readFileSync(new URL("./hooks.json", import.meta.url), "utf8"));

/** An npm bin standing in for the console script Alembic ran: it marks each .ts file it is given. */
function fakeBin(dir: string, name: string): void {
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  const bin = join(dir, "node_modules", ".bin", name);
  writeFileSync(bin, `#!/bin/sh\nfor a in "$@"; do case "$a" in *.ts) echo "// ${name} $*" >> "$a";; esac; done\n`);
  chmodSync(bin, 0o755);
}

function withHook(dir: string, c: HookCase): void {
  writeFileSync(join(dir, "retort.ini"), readFileSync(join(dir, "retort.ini"), "utf8").replace("[post_write_hooks]", "[commented_post_write_hooks]") + c.ini);
  if (c.ts === null) return;
  const env = join(dir, "migrations", "env.ts");
  writeFileSync(env, readFileSync(env, "utf8")
    .replace("const targetMetadata = metadata;", `const targetMetadata = metadata;\n${c.ts}`)
    .replace("compareServerDefault: true });", "compareServerDefault: true, processRevisionDirectives });"));
}

const versions = (dir: string) => readdirSync(join(dir, "migrations", "versions")).filter((f) => f.endsWith(".ts")).sort();

for (const c of CASES) {
  test(`revision as Alembic 1.8.1: ${c.name}`, async () => {
    const db = await createDatabase("retort_hooks");
    try {
      const dir = project(db.url, "");
      withHook(dir, c);
      fakeBin(dir, "pygmentize");
      const r = retort(dir, ["revision", "--rev-id", "aaaaaaaaaaaa", ...c.args]);
      const lines = c.stdout.replaceAll("%DIR%/mig/", `${dir}/migrations/`).replaceAll(".py ...", ".ts ...").split("\n");
      const failed = lines.filter((l) => l.startsWith("FAILED: "));
      assert.equal(r.stdout, lines.filter((l) => !l.startsWith("FAILED: ")).join("\n"), r.stderr);
      assert.deepEqual(r.stderr.split("\n").filter((l) => l.startsWith("FAILED")), failed);
      assert.equal(r.status, c.status === 0 ? 0 : 1);
      assert.deepEqual(versions(dir), c.files.map((f) => f.replace(/\.py$/, ".ts")));
      if (c.name.startsWith("hook-") && c.status === 0) {
        // The bin got the file's path where REVISION_SCRIPT_FILENAME stood (or first, where absent).
        const source = readFileSync(join(dir, "migrations", "versions", versions(dir)[0]!), "utf8");
        assert.match(source, new RegExp(`// pygmentize .*aaaaaaaaaaaa_x\\.ts`));
      }
    } finally {
      await db.drop();
    }
  });
}

test("post_write_hooks exec runs any executable; a failing hook gives one FAILED: line", async () => {
  const db = await createDatabase("retort_hooks");
  try {
    const dir = project(db.url, "");
    const script = join(dir, "stamp.sh");
    writeFileSync(script, `#!/bin/sh\necho "// stamped: $1" >> "$1"\necho stamped\n`);
    chmodSync(script, 0o755);
    writeFileSync(join(dir, "retort.ini"), readFileSync(join(dir, "retort.ini"), "utf8") +
      `\n[post_write_hooks]\nhooks = stamp\nstamp.type = exec\nstamp.executable = ${script}\nstamp.options = REVISION_SCRIPT_FILENAME\n`);
    const ok = retort(dir, ["revision", "-m", "one", "--rev-id", "aaaaaaaaaaa1"]);
    assert.equal(ok.status, 0, ok.stderr);
    const file = join(dir, "migrations", "versions", "aaaaaaaaaaa1_one.ts");
    assert.equal(ok.stdout, `Generating ${file} ...  done\nRunning post write hook "stamp" ...\nstamped\n  done\n`);
    assert.match(readFileSync(file, "utf8"), new RegExp(`// stamped: ${file}\\n$`));

    writeFileSync(script, `#!/bin/sh\necho "bad syntax" >&2\nexit 3\n`);
    const bad = retort(dir, ["revision", "-m", "two", "--rev-id", "aaaaaaaaaaa2"]);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /Running post write hook "stamp" \.\.\.\n {2}FAILED\n$/);
    const failed = bad.stderr.split("\n").filter((l) => l.startsWith("FAILED"));
    assert.deepEqual(failed, [`FAILED: post write hook "stamp" failed: ${script} exited with status 3`]);
    assert.match(bad.stderr, /bad syntax/);
  } finally {
    await db.drop();
  }
});
