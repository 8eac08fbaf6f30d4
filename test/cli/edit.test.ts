/* `edit`: the editor's failures, as Alembic 1.8.1 words them (edit.alembic.json, from record_edit.py). */
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

interface Recorded {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}
const recorded = JSON.parse(readFileSync(new URL("edit.alembic.json", import.meta.url), "utf8")) as Record<string, Recorded>;

// The recorder's environments; <BIN> is filled in per run.
const CASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "failing editor": { EDITOR: "false" },
  "editor exits 3": { EDITOR: "<BIN>/exit3" },
  "editor killed": { EDITOR: "<BIN>/killed" },
  "editor not executable": { EDITOR: "<BIN>/noexec" },
  "editor is a folder": { EDITOR: "<BIN>" },
  "editor path missing": { EDITOR: "/nonexistent/ed" },
  "editor name missing": { EDITOR: "nonexistent-ed" },
  "no editor set": {},
  "VISUAL when EDITOR is missing": { EDITOR: "/nonexistent/ed", VISUAL: "false" },
  "editor succeeds": { EDITOR: "true" },
};

let project: string;
let bin: string;
let pbin: string;

before(() => {
  const root = scratchDir("retort-edit-");
  project = join(root, "project");
  bin = join(root, "bin");
  pbin = join(root, "pbin");
  for (const d of [project, bin, pbin]) mkdirSync(d);
  // PATH holds only these two, so no fallback editor (vim, nano) can start.
  symlinkSync("/bin/false", join(pbin, "false"));
  symlinkSync("/bin/true", join(pbin, "true"));
  const script = (name: string, body: string, mode: number): void => {
    writeFileSync(join(bin, name), body);
    chmodSync(join(bin, name), mode);
  };
  script("exit3", "#!/bin/sh\nexit 3\n", 0o755);
  script("killed", "#!/bin/sh\nkill -TERM $$\n", 0o755);
  script("noexec", "#!/bin/sh\n", 0o644);
  script("record", `#!/bin/sh\nprintf '%s\\n' "$@" > ${JSON.stringify(join(root, "args.txt"))}\n`, 0o755);
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
  assert.equal(retort(project, ["revision", "-m", "first", "--rev-id", "aaaa1111"]).status, 0);
});

const editHead = (vars: Readonly<Record<string, string>>, rev = "head") =>
  retort(project, ["edit", rev], { env: { PATH: pbin, EDITOR: "", VISUAL: "", ...vars } });

/**
 * Where Retort parts from Alembic on purpose: an editor the user set that cannot be found fails,
 * naming it, where Alembic falls back to sensible-editor, nano, vim (here, with none on PATH, it
 * says none was found). The words are Python's for a program that is not there.
 */
const RETORT_OWN: Readonly<Record<string, string>> = {
  "editor path missing": "FAILED: Error executing editor ([Errno 2] No such file or directory: '/nonexistent/ed')\n",
  "editor name missing": "FAILED: Error executing editor ([Errno 2] No such file or directory: 'nonexistent-ed')\n",
};

for (const [name, vars] of Object.entries(CASES)) {
  test(`edit: ${name}`, () => {
    const want = recorded[name];
    assert.ok(want, `no recording for '${name}'; run test/cli/record_edit.py`);
    const filled = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v.replace("<BIN>", bin)]));
    const r = editHead(filled);
    // Alembic prints FAILED on stdout and exits 255; Retort prints it on stderr and exits 1.
    const expected = RETORT_OWN[name] ?? want.stdout.replaceAll("<PROJECT>", project).replaceAll("<BIN>", bin).replaceAll("<PBIN>", pbin).replaceAll("<EXT>", ".ts");
    assert.equal(r.stderr, expected);
    assert.equal(r.stdout, "");
    assert.equal(r.status, want.exitCode === 0 ? 0 : 1);
  });
}

test("edit: the editor gets the revision file, with the arguments $EDITOR gives", () => {
  const file = join(project, "migrations", "versions", "aaaa1111_first.ts");
  const r = editHead({ EDITOR: `${join(bin, "record")} --wait -n` });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, "");
  assert.equal(readFileSync(join(bin, "..", "args.txt"), "utf8"), `--wait\n-n\n${file}\n`);
});

test("edit: a chosen editor is never replaced by a default one", () => {
  // vim would be found on PATH; the missing $EDITOR still fails.
  const withVim = join(bin, "..", "vimbin");
  mkdirSync(withVim);
  symlinkSync("/bin/true", join(withVim, "vim"));
  const r = retort(project, ["edit", "head"], { env: { PATH: withVim, EDITOR: "/nonexistent/ed", VISUAL: "" } });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, RETORT_OWN["editor path missing"]);
  // With nothing chosen, the defaults are tried, as in Alembic.
  assert.equal(retort(project, ["edit", "head"], { env: { PATH: withVim, EDITOR: "", VISUAL: "" } }).status, 0);
});

test("edit: a bare name with arguments is looked up on PATH", () => {
  const r = editHead({ EDITOR: "false --wait" });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `FAILED: Error executing editor (Command '['${join(pbin, "false")}', '--wait', '${join(project, "migrations", "versions", "aaaa1111_first.ts")}']' returned non-zero exit status 1.)\n`);
});
