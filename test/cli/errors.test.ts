/* Bad input: one FAILED line on stderr, exit 1, no stack trace, no password, nothing changed. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

let project: string;
const setUrl = (url: string): void => {
  const ini = join(project, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`));
};
const failsWith = (args: string[], pattern: RegExp, secret?: string): void => {
  const r = retort(project, args);
  assert.equal(r.status, 1, `exit status of ${args.join(" ")}: ${r.stderr}`);
  assert.equal(r.stdout, "");
  const lines = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
  assert.equal(lines.length, 1, `one line expected, got:\n${r.stderr}`);
  assert.match(lines[0]!, /^FAILED: /);
  assert.match(lines[0]!, pattern);
  if (secret) assert.ok(!r.stderr.includes(secret), `the password leaked: ${r.stderr}`);
};

before(() => {
  project = scratchDir("retort-errors-");
  assert.equal(retort(project, ["init", "-t", "generic", "migrations"]).status, 0);
});

test("a URL that cannot be parsed", () => {
  setUrl("this is not a url");
  failsWith(["upgrade", "head"], /Could not parse the database URL/);
});

test("an unknown URL scheme does not echo the password", () => {
  setUrl("oracle://scott:tiger-secret@localhost/db");
  failsWith(["upgrade", "head"], /unknown scheme 'oracle'/, "tiger-secret");
});

test("an unreachable server names the URL with its password hidden", () => {
  setUrl("postgresql://scott:hunter2-secret@127.0.0.1:1/db");
  failsWith(["upgrade", "head"], /Could not connect to postgresql:\/\/scott:\*\*\*@127\.0\.0\.1:1\/db: connection refused/, "hunter2-secret");
});

test("a role the server does not know, with a password that never shows", () => {
  setUrl("postgresql://no_such_role:pw-secret-9@127.0.0.1:5432/postgres");
  failsWith(["current"], /Could not connect to postgresql:\/\/no_such_role:\*\*\*@127\.0\.0\.1:5432\/postgres: .*no_such_role/, "pw-secret-9");
});

test("a syntax error in a revision file names the file and line", () => {
  setUrl("postgresql://postgres@127.0.0.1:5432/postgres");
  const file = join(project, "migrations", "versions", "aaaa11_broken.ts");
  writeFileSync(file, `export const revision = "aaaa11";\nexport const downRevision = null;\nexport async function upgrade() {\n  this is not typescript\n}\n`);
  failsWith(["upgrade", "head", "--sql"], /Could not load .*aaaa11_broken\.ts:4:\d+: /);
});

test("an unknown revision", () => {
  writeFileSync(join(project, "migrations", "versions", "aaaa11_broken.ts"), `export const revision = "aaaa11";\nexport const downRevision = null;\nexport async function upgrade() {}\nexport async function downgrade() {}\n`);
  writeFileSync(join(project, "migrations", "versions", "aaaa22_second.ts"), `export const revision = "aaaa22";\nexport const downRevision = "aaaa11";\nexport async function upgrade() {}\nexport async function downgrade() {}\n`);
  failsWith(["show", "zzz"], /Can't locate revision identified by 'zzz'/);
  // An ambiguous prefix adds a line naming the candidates: errors-detail.test.ts.
});

test("an env.ts whose default export is not the function to run", () => {
  const env = join(project, "migrations", "env.ts");
  const original = readFileSync(env, "utf8");
  writeFileSync(env, `${original.replace("export default async function main", "async function main")}\nexport default { main };\n`);
  try {
    failsWith(["upgrade", "head", "--sql"], /migrations\/env\.ts: the default export must be a function, which Retort calls to run the migrations; got an object$/);
  } finally {
    writeFileSync(env, original);
  }
});

test("a missing config file, an unknown command, init into a non-empty folder", () => {
  failsWith(["-c", "nope.ini", "heads"], /No config file 'nope.ini' found, or file has no '\[retort\]' section/);
  failsWith(["frobnicate"], /Unknown command 'frobnicate'/);
  failsWith(["init", "migrations"], /Directory migrations already exists and is not empty/);
  failsWith(["init", "-t", "nope", "elsewhere"], /No such template 'nope'/);
});

test("--raiseerr shows the stack trace", () => {
  const r = retort(project, ["--raiseerr", "show", "zzz"]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /RetortError|RevisionError/);
  assert.match(r.stderr, /\n\s+at /);
});
