/*
 * Every kind of bad input (contract section 8, and issue 13's list), one row each: the command
 * fails with one FAILED line on stderr and exit 1, no stack trace, and the database is exactly
 * as it was (every table's rows and the schema, read from the SQLite file before and after).
 */
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import Database from "better-sqlite3";
import { runAsync, RETORT_BIN } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";
import { retort } from "../support/cli.js";

const R1 = "aa0000000001";
const R2 = "aa0000000002";

const revision = (id: string, down: string | null, body: string, extra = ""): string =>
  `import { op, sa, postgresql } from "retort-migrate";\n\nexport const revision = "${id}";\nexport const downRevision: string | null = ${JSON.stringify(down)};\n` +
  `export const branchLabels = null;\nexport const dependsOn = null;\n${extra}\nexport async function upgrade(): Promise<void> {\n${body}\n}\n\nexport async function downgrade(): Promise<void> {}\n`;

/** A third revision on top of the two applied ones. */
const third = (dir: string, body: string, id = "aa0000000003"): void =>
  writeFileSync(join(dir, "migrations", "versions", `${id}_third.ts`), revision(id, R2, body));

const setIni = (dir: string, edit: (text: string) => string): void => {
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, edit(readFileSync(ini, "utf8")));
};

interface Row {
  readonly kind: string;
  readonly setup: (dir: string) => void;
  readonly args: readonly string[];
  readonly failed: RegExp;
}

const ROWS: readonly Row[] = [
  { kind: "an ini file that cannot be parsed", setup: (d) => writeFileSync(join(d, "retort.ini"), "[retort\nscript_location = migrations\n"), args: ["upgrade", "head"], failed: /./ },
  { kind: "a URL that cannot be parsed", setup: (d) => setIni(d, (t) => t.replace(/^url = .*$/m, "url = not a url")), args: ["upgrade", "head"], failed: /URL/ },
  { kind: "a URL with an unknown driver", setup: (d) => setIni(d, (t) => t.replace(/^url = .*$/m, "url = oracle+cx_oracle://scott:tiger@db/x")), args: ["upgrade", "head"], failed: /oracle/ },
  { kind: "an unknown revision", setup: () => {}, args: ["upgrade", "ffffff"], failed: /Can't locate revision identified by 'ffffff'/ },
  { kind: "an ambiguous revision prefix", setup: () => {}, args: ["upgrade", "aa00"], failed: /Can't locate revision identified by 'aa00'/ },
  { kind: "a cycle", setup: (d) => writeFileSync(join(d, "migrations", "versions", `${R1}_one.ts`), revision(R1, R2, "")), args: ["upgrade", "head"], failed: /cycl/i },
  { kind: "a duplicate revision id", setup: (d) => cpSync(join(d, "migrations", "versions", `${R2}_two.ts`), join(d, "migrations", "versions", `${R2}_copy.ts`)), args: ["upgrade", "head"], failed: /aa0000000002/ },
  { kind: "a missing down revision", setup: (d) => writeFileSync(join(d, "migrations", "versions", "aa0000000003_third.ts"), revision("aa0000000003", "bb0000000000", "")), args: ["upgrade", "head"], failed: /bb0000000000/ },
  { kind: "a failing statement", setup: (d) => third(d, `  await op.createTable("made_then_undone", sa.Column("id", sa.Integer));\n  await op.execute("INSERT INTO no_such_table VALUES (1)");`), args: ["upgrade", "head"], failed: /no such table: no_such_table/ },
  { kind: "a migration that throws", setup: (d) => third(d, `  await op.createTable("made_then_undone", sa.Column("id", sa.Integer));\n  throw new Error("migration broke");`), args: ["upgrade", "head"], failed: /migration broke/ },
  { kind: "a type the dialect cannot express", setup: (d) => third(d, `  await op.createTable("typed", sa.Column("doc", postgresql.JSONB));`), args: ["upgrade", "head"], failed: /JSONB/ },
  { kind: "a revision file that exports no upgrade()", setup: (d) => writeFileSync(join(d, "migrations", "versions", "aa0000000003_third.ts"), `export const revision = "aa0000000003";\nexport const downRevision = "${R2}";\nexport const upgrade = 42;\n`), args: ["upgrade", "head"], failed: /upgrade/ },
  { kind: "a revision id longer than the version column", setup: (d) => third(d, `  await op.createTable("never_made", sa.Column("id", sa.Integer));`, "aa00000000030000000000000000000000000003"), args: ["upgrade", "head"], failed: /holds 32/ },
  { kind: "an env.ts that throws", setup: (d) => writeFileSync(join(d, "migrations", "env.ts"), `throw new Error("env broke");\n`), args: ["upgrade", "head"], failed: /env broke/ },
  { kind: "a lock timeout that is not a number", setup: () => {}, args: ["--lock-timeout", "soon", "upgrade", "head"], failed: /lock timeout/i },
  { kind: "a range online", setup: () => {}, args: ["upgrade", `${R1}:${R2}`], failed: /Range revision not allowed/ },
];

let base: string;

/** Every table's rows and the schema, as text. */
function snapshot(dir: string): string {
  const db = new Database(join(dir, "app.db"), { readonly: true });
  try {
    const master = db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all() as { type: string; name: string }[];
    const rows = master.filter((m) => m.type === "table").map((m) => [m.name, db.prepare(`SELECT * FROM "${m.name}" ORDER BY 1`).all()]);
    return JSON.stringify({ master, rows });
  } finally {
    db.close();
  }
}

before(() => {
  base = scratchDir("retort-bad-input-");
  assert.equal(retort(base, ["init", "-t", "generic", "migrations"]).status, 0);
  setIni(base, (t) => t.replace(/^url = .*$/m, "url = sqlite:///app.db"));
  writeFileSync(join(base, "migrations", "versions", `${R1}_one.ts`), revision(R1, null, `  await op.createTable("kept", sa.Column("id", sa.Integer));`));
  writeFileSync(join(base, "migrations", "versions", `${R2}_two.ts`), revision(R2, R1, `  await op.execute("INSERT INTO kept (id) VALUES (1)");`));
  const up = retort(base, ["upgrade", "head"]);
  assert.equal(up.status, 0, up.stderr);
});

test("bad input: one FAILED line, exit 1, no stack trace, the database unchanged", { concurrency: 4 }, async (t) => {
  const rows = ROWS.map((row) =>
    t.test(row.kind, async () => {
      const dir = scratchDir("retort-bad-input-row-");
      rmSync(dir, { recursive: true });
      cpSync(base, dir, { recursive: true });
      row.setup(dir);
      const before = snapshot(dir);
      const r = await runAsync(dir, process.execPath, [RETORT_BIN, ...row.args]);
      assert.equal(r.status, 1, `exit status: ${r.stderr}`);
      const lines = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
      assert.equal(lines.filter((l) => l.startsWith("FAILED: ")).length, 1, r.stderr);
      assert.match(lines[0]!, /^FAILED: /, r.stderr);
      assert.match(lines[0]!, row.failed);
      assert.ok(!lines.some((l) => /^\s+at /.test(l)), `a stack trace:\n${r.stderr}`);
      assert.equal(snapshot(dir), before, "the database changed");
    }),
  );
  await Promise.all(rows);
});
