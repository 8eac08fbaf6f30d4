/*
 * What `retort init` and `retort revision` write must compile in the project a user has, not
 * only in ours: every template's env.ts and revision files, in an ES module package and in a
 * CommonJS one (`npm init -y` writes `"type": "commonjs"`), under the tsconfig files users
 * start from. And env.ts must still run under `retort` in both.
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { before, describe, test } from "node:test";
import { REPO, RETORT_BIN, retort, runAsync, type CliResult } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

const PACKAGE_TYPES = ["module", "commonjs"] as const;
const FIRST = "aaaa00000001";
const SECOND = "aaaa00000002";
const TSC = join(REPO, "node_modules", "typescript", "bin", "tsc");

/**
 * Compiler options users start from. `from tsc --init` is filled in by the `tsc --init` of the
 * repository's TypeScript, which writes what TypeScript 5.9 and later write.
 */
const TSCONFIGS: Record<string, Record<string, unknown> | "from tsc --init"> = {
  "module nodenext": { module: "nodenext", strict: true },
  "module esnext, moduleResolution bundler": { module: "esnext", moduleResolution: "bundler", strict: true },
  // What `tsc --init` wrote from TypeScript 5.0 to 5.8.
  "tsc --init of TypeScript 5.0-5.8": { target: "es2016", module: "commonjs", esModuleInterop: true, forceConsistentCasingInFileNames: true, strict: true, skipLibCheck: true },
  "tsc --init of TypeScript 5.9 and later": "from tsc --init",
};

/**
 * Under `verbatimModuleSyntax` (in the newer `tsc --init`), a CommonJS file may not use
 * `import` or `export` at all, so no TypeScript module, ours or the user's, compiles in a
 * CommonJS package; such a user sets `"type": "module"`. Those errors are allowed there, and
 * only those.
 */
const ESM_SYNTAX_IN_COMMONJS = new Set([1286, 1287, 1295]);

interface Project {
  readonly packageType: (typeof PACKAGE_TYPES)[number];
  readonly template: string;
  readonly dir: string;
  readonly ini: string;
  readonly databases: number;
}

let root: string;
let projects: Project[];
/** Every TypeScript file init and revision wrote. */
let generated: string[];

/** The templates `retort list_templates` offers. */
function listTemplates(): string[] {
  const r = retort(REPO, ["list_templates"]);
  assert.equal(r.status, 0, r.stderr);
  const names = [...r.stdout.matchAll(/^([\w-]+) - /gm)].map((m) => m[1]!);
  assert.ok(names.length >= 3, `templates listed:\n${r.stdout}`);
  return names;
}

/** `retort init`, each database an in-memory embedded one, then two revisions. */
function makeProject(packageType: Project["packageType"], template: string): Project {
  const dir = join(root, packageType);
  const ini = `${template}.ini`;
  const run = (args: string[]): void => {
    const r = retort(dir, ["-c", ini, ...args]);
    assert.equal(r.status, 0, `${packageType} ${template}: retort ${args.join(" ")}\n${r.stderr}`);
  };
  run(["init", "-t", template, template]);
  let databases = 0;
  const text = readFileSync(join(dir, ini), "utf8").replace(/^((?:sqlalchemy\.)?url) = .*$/gm, (_m, key: string) => (databases++, `${key} = pglite://`));
  assert.ok(databases > 0, `${ini} has no url`);
  writeFileSync(join(dir, ini), text);
  run(["revision", "-m", "create account table", "--rev-id", FIRST]);
  run(["revision", "-m", "add a column", "--rev-id", SECOND]);
  return { packageType, template, dir, ini, databases };
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.split("/").some((part) => part.startsWith(".")))
    .map((f) => join(dir, f))
    .sort();
}

before(() => {
  root = scratchDir("retort-templates-");
  // `retort-migrate` resolves to this checkout, as an installed package would.
  mkdirSync(join(root, "node_modules"));
  symlinkSync(REPO, join(root, "node_modules", "retort-migrate"), "dir");
  for (const type of PACKAGE_TYPES) {
    mkdirSync(join(root, type));
    writeFileSync(join(root, type, "package.json"), JSON.stringify({ name: `user-${type}`, version: "1.0.0", type }, null, 2));
  }
  const templates = listTemplates();
  projects = PACKAGE_TYPES.flatMap((type) => templates.map((template) => makeProject(type, template)));
  generated = PACKAGE_TYPES.flatMap((type) => typeScriptFiles(join(root, type)));
  for (const p of projects) {
    for (const file of ["env.ts", `versions/${FIRST}_create_account_table.ts`, `versions/${SECOND}_add_a_column.ts`]) {
      assert.ok(generated.includes(join(p.dir, p.template, file)), `${p.packageType} ${p.template}: no ${file}`);
    }
  }
});

/**
 * Run the compiler on every generated file with one configuration: one program over both
 * packages, since the nearest package.json decides each file's module kind.
 */
async function compile(name: string, options: Record<string, unknown> | "from tsc --init"): Promise<CliResult> {
  const slug = name.replace(/\W+/g, "-");
  let base: Record<string, unknown> = {};
  if (options === "from tsc --init") {
    const folder = join(root, slug);
    mkdirSync(folder);
    const init = await runAsync(folder, process.execPath, [TSC, "--init"]);
    if (init.status !== 0) return init;
    base = { extends: `./${slug}/tsconfig.json` };
  }
  const tsconfig = join(root, `tsconfig.${slug}.json`);
  const compilerOptions = options === "from tsc --init" ? { noEmit: true } : { ...options, noEmit: true };
  writeFileSync(tsconfig, JSON.stringify({ ...base, compilerOptions, files: generated }, null, 2));
  return runAsync(root, process.execPath, [TSC, "-p", tsconfig, "--pretty", "false"]);
}

/** The diagnostics tsc printed, each with its file relative to the project root. */
function diagnosticsOf(r: CliResult): { file: string; code: number; text: string }[] {
  assert.equal(r.stderr, "");
  const diagnostics = [...r.stdout.matchAll(/^(.+?)\(\d+,\d+\): error TS(\d+): .*$/gm)].map((m) => ({
    file: relative(root, resolve(root, m[1]!)),
    code: Number(m[2]),
    text: m[0],
  }));
  // Anything else tsc printed (a bad option, a missing file) is a failure too.
  const other = r.stdout.split("\n").filter((l) => l !== "" && !l.startsWith(" ") && !diagnostics.some((d) => d.text === l));
  assert.deepEqual(other, [], r.stdout);
  assert.equal(r.status === 0, diagnostics.length === 0, r.stdout);
  return diagnostics;
}

describe("every template's env.ts and revision files type-check under tsc --strict", () => {
  const results = new Map<string, Promise<CliResult>>();
  before(() => {
    // The compilations run at once; each test waits for its own.
    for (const [name, options] of Object.entries(TSCONFIGS)) results.set(name, compile(name, options));
  });
  for (const [name, options] of Object.entries(TSCONFIGS)) {
    test(`with ${name}, in a "type": "module" and a "type": "commonjs" package`, async () => {
      const unexpected = diagnosticsOf(await results.get(name)!).filter(
        (d) => !(options === "from tsc --init" && d.file.startsWith("commonjs/") && ESM_SYNTAX_IN_COMMONJS.has(d.code)),
      );
      assert.deepEqual(
        unexpected.map((d) => d.text),
        [],
      );
    });
  }
});

describe("every template's env.ts runs under retort in both package types", () => {
  const runAll = async (args: string[]) => {
    const run = (p: Project) => runAsync(p.dir, process.execPath, [RETORT_BIN, "-c", p.ini, ...args]);
    // The first run of a new embedded database may make the image that the others start from.
    const first = await run(projects[0]!);
    return [first, ...(await Promise.all(projects.slice(1).map(run)))];
  };
  /** How many times `line` is a whole line of `text`. */
  const count = (text: string, line: string): number => text.split("\n").filter((l) => l === line).length;

  test("upgrade head, on embedded PostgreSQL", async () => {
    (await runAll(["upgrade", "head"])).forEach((r, i) => {
      const p = projects[i]!;
      assert.equal(r.status, 0, `${p.packageType} ${p.template}: ${r.stderr}`);
      // Both revisions ran, on each of the template's databases.
      assert.equal(count(r.stderr, `INFO  [retort.runtime.migration] Running upgrade  -> ${FIRST}, create account table`), p.databases, r.stderr);
      assert.equal(count(r.stderr, `INFO  [retort.runtime.migration] Running upgrade ${FIRST} -> ${SECOND}, add a column`), p.databases, r.stderr);
    });
  });

  test("upgrade head --sql", async () => {
    (await runAll(["upgrade", "head", "--sql"])).forEach((r, i) => {
      const p = projects[i]!;
      assert.equal(r.status, 0, `${p.packageType} ${p.template}: ${r.stderr}`);
      // multidb writes each database's SQL to <name>.sql, as Alembic's template does.
      const sql = p.databases === 1 ? r.stdout : readdirSync(p.dir).filter((f) => f.endsWith(".sql")).map((f) => readFileSync(join(p.dir, f), "utf8")).join("");
      assert.equal(count(sql, `-- Running upgrade  -> ${FIRST}`), p.databases, sql);
      assert.equal(count(sql, `-- Running upgrade ${FIRST} -> ${SECOND}`), p.databases, sql);
    });
  });
});
