/*
 * Alembic's "Getting started" tutorial, translated to TypeScript and run as a newcomer would:
 * Retort installed from its packed tarball into a project outside the repository. The SQL and
 * the command outputs are compared with what Alembic 1.8.1 printed for the same steps
 * (alembic-tutorial.json, recorded by record.py).
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import { REPO, retort } from "../support/cli.js";
import { installPacked } from "../support/packed-install.js";
import { createDatabase } from "../support/pg.js";

interface Step {
  argv: string[];
  stdout: string;
  stderr: string;
  exitCode: number;
}
const recorded = JSON.parse(readFileSync(new URL("./alembic-tutorial.json", import.meta.url), "utf8")) as { steps: Step[] };
const alembic = (...argv: string[]): Step => {
  const step = recorded.steps.find((s) => s.argv.join(" ") === argv.join(" "));
  assert.ok(step, `no recording for ${argv.join(" ")}`);
  return step;
};

const CREATE_DATE = "2021-11-20 19:17:01.434529";
const UPGRADE = `  await op.createTable(
    "account",
    sa.Column("id", sa.Integer, { primaryKey: true }),
    sa.Column("name", sa.String(50), { nullable: false }),
    sa.Column("description", sa.Unicode(200)),
  );`;
const DOWNGRADE = `  await op.dropTable("account");`;
const ENV_LINES = `
const section = config.configIniSection;
config.setSectionOption(section, "DB_USER", process.env.DB_USER ?? "");
config.setSectionOption(section, "DB_PASS", process.env.DB_PASS ?? "");
config.setSectionOption(section, "DB_HOST", process.env.DB_HOST ?? "");
config.setSectionOption(section, "DB_NAME", process.env.DB_NAME ?? "");
`;

/** Alembic's paths end in .py inside its scratch project; ours in .ts inside ours. */
function normalizePaths(text: string, project: string): string {
  return text.replaceAll(project + "/", "<project>/").replace(/(Path: .*)\.ts$/gm, "$1.py");
}

/** The steps a user takes: init, edit the ini, write the revision's body. */
function setUpProject(project: string, bin: string, template: string[], editIni: (ini: string) => string, editEnv: (env: string) => string): string {
  const init = retort(project, ["init", ...template, "migrations"], { bin });
  assert.equal(init.status, 0, init.stderr);
  const iniPath = join(project, "retort.ini");
  writeFileSync(iniPath, editIni(readFileSync(iniPath, "utf8")));
  const envPath = join(project, "migrations", "env.ts");
  writeFileSync(envPath, editEnv(readFileSync(envPath, "utf8")));
  const rev = retort(project, ["revision", "-m", "create user table", "--rev-id", "433af9f41996"], { bin });
  assert.equal(rev.status, 0, rev.stderr);
  const file = join(project, "migrations", "versions", "433af9f41996_create_user_table.ts");
  assert.equal(rev.stdout, `Generating ${file} ...  done\n`);
  const source = readFileSync(file, "utf8")
    .replace(/Create Date: .*/, `Create Date: ${CREATE_DATE}`)
    .replace(/export async function upgrade\(\): Promise<void> \{\n\}/, `export async function upgrade(): Promise<void> {\n${UPGRADE}\n}`)
    .replace(/export async function downgrade\(\): Promise<void> \{\n\}/, `export async function downgrade(): Promise<void> {\n${DOWNGRADE}\n}`);
  assert.ok(source.includes("op.createTable"), "the template's upgrade() body was not found");
  writeFileSync(file, source);
  return file;
}

let installed: { project: string; bin: string };
before(() => {
  installed = installPacked();
});

describe("the tutorial on a PostgreSQL server", () => {
  let db: Awaited<ReturnType<typeof createDatabase>>;
  let project: string;
  let env: Record<string, string>;
  before(async () => {
    db = await createDatabase("retort_tutorial");
    project = join(installed.project, "..", "pg-project");
    cpSync(installed.project, project, { recursive: true });
    env = { DB_USER: "postgres", DB_PASS: "", DB_HOST: "127.0.0.1", DB_NAME: db.name };
    setUpProject(
      project,
      join(project, "node_modules", "retort-migrate", "bin", "retort.js"),
      ["-t", "generic"],
      (ini) =>
        ini
          .replace(/^url = .*$/m, "url = postgresql://%(DB_USER)s:%(DB_PASS)s@%(DB_HOST)s/%(DB_NAME)s")
          .replace(/^\[retort\]$/m, "[retort]\nversion_table = alembic_version"),
      (envTs) => envTs.replace("const config = context.config;\n", "const config = context.config;\n" + ENV_LINES),
    );
  });
  after(async () => db?.drop());
  const run = (...args: string[]) => retort(project, args, { env, bin: join(project, "node_modules", "retort-migrate", "bin", "retort.js") });

  test("upgrade head --sql prints exactly Alembic's SQL", () => {
    const r = run("upgrade", "head", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, alembic("upgrade", "head", "--sql").stdout);
    assert.equal(r.stderr.replaceAll("retort.runtime", "alembic.runtime"), alembic("upgrade", "head", "--sql").stderr);
  });

  test("upgrade head creates account and alembic_version", async () => {
    const r = run("upgrade", "head");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr.replaceAll("retort.runtime", "alembic.runtime"), alembic("upgrade", "head").stderr);
    const tables = await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    assert.deepEqual(tables.map((t) => t["table_name"]), ["account", "alembic_version"]);
    const columns = await db.query("SELECT column_name, data_type, is_nullable, character_maximum_length FROM information_schema.columns WHERE table_name = 'account' ORDER BY ordinal_position");
    assert.deepEqual(columns.map((c) => [c["column_name"], c["data_type"], c["is_nullable"], c["character_maximum_length"]]), [
      ["id", "integer", "NO", null],
      ["name", "character varying", "NO", 50],
      ["description", "character varying", "YES", 200],
    ]);
    assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), [{ version_num: "433af9f41996" }]);
  });

  test("current, history, show and heads print what Alembic prints", () => {
    for (const argv of [["current"], ["history"], ["history", "-v"], ["history", "-r", "base:head"], ["show", "433af9f41996"], ["heads"]]) {
      const r = run(...argv);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(normalizePaths(r.stdout, project), alembic(...argv).stdout, argv.join(" "));
    }
    const verbose = run("current", "-v");
    const expected = alembic("current", "-v").stdout.replace(/retort_tutorial_record/g, db.name);
    assert.equal(normalizePaths(verbose.stdout, project), expected);
  });

  test("the revision file and env.ts type-check under strict tsc against the installed package", () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "nodenext", moduleResolution: "nodenext", types: ["node"], typeRoots: [join(REPO, "node_modules", "@types")] },
        include: ["migrations/**/*.ts"],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(REPO, "node_modules", "typescript", "bin", "tsc"), "-p", project], { encoding: "utf8" });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  test("downgrade 433af9f41996:base --sql prints Alembic's SQL", () => {
    const r = run("downgrade", "433af9f41996:base", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, alembic("downgrade", "433af9f41996:base", "--sql").stdout);
  });

  test("downgrade -1 removes the table and the version row", async () => {
    const r = run("downgrade", "-1");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr.replaceAll("retort.runtime", "alembic.runtime"), alembic("downgrade", "-1").stderr);
    const tables = await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    assert.deepEqual(tables.map((t) => t["table_name"]), ["alembic_version"]);
    assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), []);
    assert.equal(run("current").stdout, "");
  });
});

describe("the tutorial on embedded PGlite, with the default template and no server", () => {
  let project: string;
  let bin: string;
  before(() => {
    project = join(installed.project, "..", "pglite-project");
    cpSync(installed.project, project, { recursive: true });
    bin = join(project, "node_modules", "retort-migrate", "bin", "retort.js");
    setUpProject(project, bin, [], (ini) => ini.replace(/^\[retort\]$/m, "[retort]\nversion_table = alembic_version"), (e) => e);
  });
  after(() => rmSync(project, { recursive: true, force: true }));
  const run = (...args: string[]) => retort(project, args, { bin, env: { DB_USER: "", DB_PASS: "", DB_HOST: "", DB_NAME: "" } });

  test("the ini points at a data folder beside it", () => {
    assert.match(readFileSync(join(project, "retort.ini"), "utf8"), /^url = pglite:\/\/\/%\(here\)s\/\.retort-data$/m);
  });

  test("upgrade head --sql is the same SQL", () => {
    const r = run("upgrade", "head", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, alembic("upgrade", "head", "--sql").stdout);
  });

  test("upgrade, current, history, downgrade", async () => {
    const up = run("upgrade", "head");
    assert.equal(up.status, 0, up.stderr);
    assert.ok(existsSync(join(project, ".retort-data")));
    assert.equal(run("current").stdout, alembic("current").stdout);
    assert.equal(normalizePaths(run("history", "-v").stdout, project), alembic("history", "-v").stdout);
    // Read the schema back from the data folder.
    const { PGlite } = await import("@electric-sql/pglite");
    let db = await PGlite.create(join(project, ".retort-data"));
    const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    assert.deepEqual(tables.rows.map((t) => t.table_name), ["account", "alembic_version"]);
    await db.close();
    const down = run("downgrade", "-1");
    assert.equal(down.status, 0, down.stderr);
    assert.equal(run("current").stdout, "");
    db = await PGlite.create(join(project, ".retort-data"));
    const after = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    assert.deepEqual(after.rows.map((t) => t.table_name), ["alembic_version"]);
    await db.close();
  });
});
