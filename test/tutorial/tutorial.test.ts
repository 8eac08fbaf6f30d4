/*
 * Alembic's "Getting started" tutorial, translated to TypeScript and run as a newcomer would:
 * Retort installed from its packed tarball into a project outside the repository. The SQL and
 * the command outputs are compared with what Alembic 1.8.1 printed for the same steps
 * (alembic-tutorial.json, recorded by record.py; on SQLite and MariaDB by record-sqlite.py and
 * record-mariadb.py).
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { spawnSync } from "node:child_process";
import { REPO, retort } from "../support/cli.js";
import { installPacked } from "../support/packed-install.js";
import { createDatabase } from "../support/pg.js";
import { createDatabase as createMariadbDatabase, type MariadbDatabase } from "../support/mariadb.js";
import { isSideTable } from "../support/side-tables.js";

const withoutSideTables = (s: { tables: string[]; columns: string[][] }) => ({ tables: s.tables.filter((t) => !isSideTable(t)), columns: s.columns.filter((c) => !isSideTable(c[0])) });

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
    assert.deepEqual(tables.map((t) => t["table_name"]).filter((t) => !isSideTable(t)), ["account", "alembic_version"]);
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
    assert.deepEqual(tables.map((t) => t["table_name"]).filter((t) => !isSideTable(t)), ["alembic_version"]);
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
    assert.deepEqual(tables.rows.map((t) => t.table_name).filter((t) => !isSideTable(t)), ["account", "alembic_version"]);
    await db.close();
    const down = run("downgrade", "-1");
    assert.equal(down.status, 0, down.stderr);
    assert.equal(run("current").stdout, "");
    db = await PGlite.create(join(project, ".retort-data"));
    const after = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    assert.deepEqual(after.rows.map((t) => t.table_name).filter((t) => !isSideTable(t)), ["alembic_version"]);
    await db.close();
  });
});

describe("the tutorial on SQLite (sqlite:///app.db), with the generic template", () => {
  const sqliteRecorded = JSON.parse(readFileSync(new URL("./alembic-tutorial-sqlite.json", import.meta.url), "utf8")) as {
    steps: Step[]; schemaAfterUpgrade: unknown[][]; schemaAfterDowngrade: unknown[][];
  };
  const recordedStep = (...argv: string[]): Step => {
    const step = sqliteRecorded.steps.find((s) => s.argv.join(" ") === argv.join(" "));
    assert.ok(step, `no recording for ${argv.join(" ")}`);
    return step;
  };
  /**
   * Online, Retort runs SQLite migrations in a transaction (Alembic's SQLiteImpl says its DDL is
   * not transactional, for pysqlite's sake); that log line is the one difference on stderr.
   */
  const onlineStderr = (stderr: string) =>
    stderr.replaceAll("retort.runtime", "alembic.runtime").replace("Will assume transactional DDL.", "Will assume non-transactional DDL.");
  const schemaOf = async (file: string): Promise<unknown[][]> => {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").raw().all() as unknown[][]).filter((r) => !isSideTable(r[2]));
    } finally {
      db.close();
    }
  };
  let project: string;
  let bin: string;
  before(() => {
    project = join(installed.project, "..", "sqlite-project");
    cpSync(installed.project, project, { recursive: true });
    bin = join(project, "node_modules", "retort-migrate", "bin", "retort.js");
    setUpProject(
      project,
      bin,
      ["-t", "generic"],
      (ini) => ini.replace(/^url = .*$/m, "url = sqlite:///app.db").replace(/^\[retort\]$/m, "[retort]\nversion_table = alembic_version"),
      (e) => e,
    );
  });
  after(() => rmSync(project, { recursive: true, force: true }));
  const run = (...args: string[]) => retort(project, args, { bin });

  test("upgrade head --sql prints exactly Alembic's SQL and log, without BEGIN/COMMIT", () => {
    const r = run("upgrade", "head", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, recordedStep("upgrade", "head", "--sql").stdout);
    assert.equal(r.stderr.replaceAll("retort.runtime", "alembic.runtime"), recordedStep("upgrade", "head", "--sql").stderr);
  });

  test("upgrade head leaves the schema Alembic leaves, in one transaction", async () => {
    const r = run("upgrade", "head");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Will assume transactional DDL\./);
    assert.equal(onlineStderr(r.stderr), recordedStep("upgrade", "head").stderr);
    assert.deepEqual(await schemaOf(join(project, "app.db")), sqliteRecorded.schemaAfterUpgrade);
  });

  test("current, history, show and heads print what Alembic prints", () => {
    for (const argv of [["current"], ["current", "-v"], ["history"], ["history", "-v"], ["history", "-r", "base:head"], ["show", "433af9f41996"], ["heads"]]) {
      const r = run(...argv);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(normalizePaths(r.stdout, project), recordedStep(...argv).stdout, argv.join(" "));
      assert.equal(onlineStderr(r.stderr), recordedStep(...argv).stderr, argv.join(" "));
    }
  });

  test("downgrade 433af9f41996:base --sql prints Alembic's SQL", () => {
    const r = run("downgrade", "433af9f41996:base", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, recordedStep("downgrade", "433af9f41996:base", "--sql").stdout);
  });

  test("downgrade -1 leaves the schema Alembic leaves", async () => {
    const r = run("downgrade", "-1");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(onlineStderr(r.stderr), recordedStep("downgrade", "-1").stderr);
    assert.deepEqual(await schemaOf(join(project, "app.db")), sqliteRecorded.schemaAfterDowngrade);
    // The recording's last step: `current` after the downgrade.
    const last = sqliteRecorded.steps.at(-1)!;
    assert.deepEqual(last.argv, ["current"]);
    assert.equal(run("current").stdout, last.stdout);
  });
});

describe("the tutorial on the MariaDB server (mysql://), with the generic template", () => {
  const mariadbRecorded = JSON.parse(readFileSync(new URL("./alembic-tutorial-mariadb.json", import.meta.url), "utf8")) as {
    url: string; steps: Step[]; schemaAfterUpgrade: unknown; schemaAfterDowngrade: unknown;
  };
  const recordedStep = (...argv: string[]): Step => {
    const step = mariadbRecorded.steps.find((s) => s.argv.join(" ") === argv.join(" "));
    assert.ok(step, `no recording for ${argv.join(" ")}`);
    return step;
  };
  let db: MariadbDatabase;
  let project: string;
  let bin: string;
  let url: string;
  before(async () => {
    db = await createMariadbDatabase("retort_my_tutorial");
    // The URL a user writes (Alembic's recording used mysql+pymysql://, which names a Python driver).
    url = `mysql://root@127.0.0.1/${db.name}`;
    project = join(installed.project, "..", "mariadb-project");
    cpSync(installed.project, project, { recursive: true });
    bin = join(project, "node_modules", "retort-migrate", "bin", "retort.js");
    setUpProject(
      project,
      bin,
      ["-t", "generic"],
      (ini) => ini.replace(/^url = .*$/m, `url = ${url}`).replace(/^\[retort\]$/m, "[retort]\nversion_table = alembic_version"),
      (e) => e,
    );
  });
  after(async () => {
    rmSync(project, { recursive: true, force: true });
    await db?.drop();
  });
  const run = (...args: string[]) => retort(project, args, { bin });
  const stderrOf = (stderr: string) => stderr.replaceAll("retort.runtime", "alembic.runtime");

  test("upgrade head --sql prints exactly Alembic's SQL and log, without BEGIN/COMMIT", () => {
    const r = run("upgrade", "head", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, recordedStep("upgrade", "head", "--sql").stdout);
    assert.equal(stderrOf(r.stderr), recordedStep("upgrade", "head", "--sql").stderr);
  });

  test("upgrade head leaves the tables and columns Alembic leaves", async () => {
    const r = run("upgrade", "head");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(stderrOf(r.stderr), recordedStep("upgrade", "head").stderr);
    assert.deepEqual(withoutSideTables(await db.schema()), mariadbRecorded.schemaAfterUpgrade);
    assert.deepEqual(await db.query("SELECT version_num FROM alembic_version"), [{ version_num: "433af9f41996" }]);
  });

  test("current, history, show and heads print what Alembic prints", () => {
    for (const argv of [["current"], ["current", "-v"], ["history"], ["history", "-v"], ["history", "-r", "base:head"], ["show", "433af9f41996"], ["heads"]]) {
      const r = run(...argv);
      assert.equal(r.status, 0, r.stderr);
      const expected = recordedStep(...argv);
      assert.equal(normalizePaths(r.stdout, project), expected.stdout.replace(mariadbRecorded.url, url), argv.join(" "));
      assert.equal(stderrOf(r.stderr), expected.stderr, argv.join(" "));
    }
  });

  test("downgrade 433af9f41996:base --sql prints Alembic's SQL", () => {
    const r = run("downgrade", "433af9f41996:base", "--sql");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, recordedStep("downgrade", "433af9f41996:base", "--sql").stdout);
  });

  test("downgrade -1 leaves what Alembic leaves", async () => {
    const r = run("downgrade", "-1");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(stderrOf(r.stderr), recordedStep("downgrade", "-1").stderr);
    assert.deepEqual(withoutSideTables(await db.schema()), mariadbRecorded.schemaAfterDowngrade);
    const last = mariadbRecorded.steps.at(-1)!;
    assert.deepEqual(last.argv, ["current"]);
    assert.equal(run("current").stdout, last.stdout);
  });
});
