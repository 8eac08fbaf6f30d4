/*
 * The types accept what Alembic accepts and reject misspellings: every corpus case that Alembic
 * runs type-checks under `strict` (the case bodies are the contract's translation of Alembic's
 * Python), and a misspelt option of an op or of context.configure() is a compile error.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { REPO } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

const INDEX = JSON.stringify(join(REPO, "src", "index.js"));
const exported = (await import("../../src/index.js")) as Record<string, unknown>;
const UNEXPORTED = ["mysql"].filter((n) => exported[n] === undefined);

/**
 * What must not compile: each snippet, and the error it must give (an op's forms are a union, so
 * its error is that no form is assignable).
 */
const NO_FORM = /error TS2345: Argument of type .* is not assignable/;
const REJECTED: readonly [string, RegExp][] = [
  [`await op.alterColumn("t", "c", { nulable: false });`, NO_FORM],
  [`await op.alterColumn("t", "c", { nullable: false, postgresqlUsing: "c::int", existingTyp: sa.Integer });`, NO_FORM],
  [`await op.addColumn("t", sa.Column("c", sa.Integer, { nulable: false }));`, /'nulable' does not exist/],
  [`await op.createIndex("ix", "t", ["c"], { postgresqlWhere: "x", uniqe: true });`, NO_FORM],
  [`context.configure({ url: "x", targetMetaData: null });`, /'targetMetaData' does not exist/],
];

function caseFiles(dir: string): string[] {
  const files: string[] = [];
  for (const folder of ["cases", "own-cases"]) {
    const root = join(REPO, "test", "ops", folder);
    for (const name of readdirSync(root).sort()) {
      const caseDir = join(root, name);
      // Cases Alembic refuses on every dialect may pass arguments of the wrong kind on purpose.
      const ran = ["postgresql", "sqlite", "mysql", "mariadb"].some((d) => existsSync(join(caseDir, `${d}.sql`)));
      if (!existsSync(join(caseDir, "case.ts")) || !ran) continue;
      const file = join(dir, `${folder}-${name}.ts`);
      const body = readFileSync(join(caseDir, "case.ts"), "utf8");
      // A case in a dialect namespace Retort does not export yet waits for that dialect.
      if (UNEXPORTED.some((n) => new RegExp(`\\b${n}\\.`).test(body))) continue;
      writeFileSync(file, `import { op, sa, postgresql, sqlite, mysql } from ${INDEX};\nvoid op; void sa; void postgresql; void sqlite; void mysql;\nexport async function upgrade(): Promise<void> {\n${body}\n}\n`);
      files.push(file);
    }
  }
  return files;
}

/** Compile `files` with the repository's TypeScript under `strict`; the diagnostics, one per line. */
function typeCheck(dir: string, files: readonly string[]): string {
  const options = { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", skipLibCheck: true, types: ["node"], typeRoots: [join(REPO, "node_modules", "@types")] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: options, files }));
  const r = spawnSync(process.execPath, [join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
  return r.stdout + r.stderr;
}

test("every corpus case Alembic runs type-checks, and misspelt options do not", () => {
  const dir = scratchDir("retort-types-");
  const files = caseFiles(dir);
  assert.ok(files.length > 600, `only ${files.length} cases`);
  const rejected = REJECTED.map(([snippet], i) => {
    const file = join(dir, `rejected-${i}.ts`);
    const context = `import { context } from ${INDEX};\nvoid context;\n`;
    writeFileSync(file, `import { op, sa } from ${INDEX};\n${context}void op; void sa;\nexport async function upgrade(): Promise<void> {\n${snippet}\n}\n`);
    return file;
  });
  const output = typeCheck(dir, [...files, ...rejected]);
  const lines = output.split("\n").filter((l) => l.includes("error TS"));
  const inCases = lines.filter((l) => !/rejected-\d+\.ts/.test(l));
  assert.deepEqual(inCases, [], "corpus cases that do not type-check");
  REJECTED.forEach(([snippet, message], i) => {
    const errors = lines.filter((l) => l.includes(`rejected-${i}.ts`));
    assert.ok(errors.some((l) => message.test(l)), `${snippet} should not compile; got: ${errors.join(" | ") || "no error"}`);
  });
});
