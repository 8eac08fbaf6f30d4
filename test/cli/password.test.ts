/*
 * A password never shows, in any form (raw, percent-encoded, as written in the ini), whatever the
 * command and whether the URL parses, connects or fails: every line of stdout and stderr is checked.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { retort } from "../support/cli.js";
import { createDatabase } from "../support/pg.js";
import { scratchDir } from "../support/scratch.js";

const PASSWORD = "Pw7@ss:w/rd%x";
const ENCODED = encodeURIComponent(PASSWORD); // Pw7%40ss%3Aw%2Frd%25x
/** In an ini file each "%" is written "%%". */
const inIni = (url: string): string => url.replaceAll("%", "%%");
const FORMS = [PASSWORD, ENCODED, inIni(ENCODED), "Pw7", "ss:w", "w/rd", "rd%x", "%40ss", "%2Frd"];

const COMMANDS = [
  ["current"],
  ["current", "-v"],
  ["upgrade", "head"],
  ["upgrade", "head", "--sql"],
  ["history", "-i"],
  ["stamp", "head"],
  ["downgrade", "base"],
  ["ensure_version"],
  ["--raiseerr", "current", "-v"],
];

let project: string;
let db: Awaited<ReturnType<typeof createDatabase>>;

const setUrl = (url: string): void => {
  const ini = join(project, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, () => `url = ${url}`));
};

function runAll(): { args: string[]; status: number; out: string }[] {
  return COMMANDS.map((args) => {
    const r = retort(project, args);
    const out = r.stdout + r.stderr;
    const leaked = FORMS.filter((f) => out.includes(f));
    assert.deepEqual(leaked, [], `retort ${args.join(" ")} showed the password:\n${out}`);
    return { args, status: r.status, out };
  });
}

before(async () => {
  db = await createDatabase("retort_pw");
  project = scratchDir("retort-password-");
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
  assert.equal(retort(project, ["revision", "-m", "first", "--rev-id", "aaaa00000001"]).status, 0);
});

after(async () => {
  await db.drop();
});

test("an unescaped password: one FAILED line that masks up to the last @ and says to percent-encode", () => {
  setUrl(inIni(`postgresql://nt_pwuser:${PASSWORD}@127.0.0.1:5432/${db.name}`));
  for (const { args, status, out } of runAll()) {
    assert.equal(status, 1, `${args.join(" ")}: ${out}`);
    if (args[0] === "--raiseerr") continue;
    const failed = out.split("\n").filter((l) => l.startsWith("FAILED"));
    assert.deepEqual(failed, [
      `FAILED: Could not parse the database URL 'postgresql://***@127.0.0.1:5432/${db.name}': where its host starts is unclear. ` +
        "If the password holds reserved characters, percent-encode them (@ as %40, : as %3A, / as %2F, ? as %3F, % as %25)",
    ]);
  }
});

test("a percent-encoded password whose '%' the ini reads as interpolation", () => {
  setUrl(`postgresql://nt_pwuser:${ENCODED}@127.0.0.1:5432/${db.name}`);
  for (const { args, status, out } of runAll()) {
    assert.equal(status, 1);
    if (args[0] === "--raiseerr") continue;
    assert.match(out, new RegExp(`^FAILED: '%' must be followed by '%' or '\\(', found: '\\*\\*\\*@127\\.0\\.0\\.1:5432/${db.name}'`, "m"));
  }
});

test("a well-written URL: every command works, and the URL shows with ***", () => {
  // The server trusts local connections, so any password is accepted: the run goes all the way.
  setUrl(inIni(`postgresql://postgres:${ENCODED}@127.0.0.1:5432/${db.name}`));
  const runs = runAll();
  for (const { args, status, out } of runs) assert.equal(status, 0, `${args.join(" ")}: ${out}`);
  assert.match(runs[1]!.out, new RegExp(`^Current revision\\(s\\) for postgresql://postgres:\\*\\*\\*@127\\.0\\.0\\.1:5432/${db.name}:$`, "m"));
});

test("a server that refuses, and a role it does not know", () => {
  setUrl(inIni(`postgresql://postgres:${ENCODED}@127.0.0.1:1/${db.name}`));
  for (const { args, status, out } of runAll()) {
    if (args.includes("--sql")) continue; // offline: no connection, so nothing to refuse
    assert.equal(status, 1);
    assert.match(out, new RegExp(`Could not connect to postgresql://postgres:\\*\\*\\*@127\\.0\\.0\\.1:1/${db.name}: connection refused`));
  }
  setUrl(inIni(`postgresql://nt_pwuser:${ENCODED}@127.0.0.1:5432/${db.name}`));
  for (const { args, status, out } of runAll()) {
    if (args.includes("--sql")) continue;
    assert.equal(status, 1, `${args.join(" ")}: ${out}`);
    assert.match(out, /nt_pwuser:\*\*\*@127\.0\.0\.1:5432/);
  }
});
