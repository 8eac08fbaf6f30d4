// Autogenerate at scale: `retort check` and `retort revision --autogenerate` against Alembic
// 1.8.1's `revision --autogenerate` (1.8.1 has no `check`) on the same PostgreSQL schema of N
// tables (8 columns, 2 indexes, a foreign key and a unique constraint each), whose metadata
// differs from the database by one added column. Prints medians, the ratio, and how many
// statements each sent (counted on the connection: a wrapper in Retort's env.ts, a SQLAlchemy
// before_cursor_execute listener in Alembic's env.py). See bench/README.md.
//
//   node --import tsx bench/autogenerate.ts [--tables 1000] [--runs 3] [--keep]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";

const BIN = fileURLToPath(new URL("../bin/retort.js", import.meta.url));
const PYTHON = "/usr/bin/python3";
const SERVER = { host: "127.0.0.1", port: 5432, user: "postgres" };
const { values } = parseArgs({ options: { tables: { type: "string", default: "1000" }, runs: { type: "string", default: "3" }, keep: { type: "boolean", default: false }, chain: { type: "boolean", default: false } } });
// Each table refers to its parent in a binary tree (depth log2 N); --chain makes one long chain,
// on which Alembic 1.8.1's stock reflection fails with a RecursionError.
const parent = (i: number) => (values.chain ? i - 1 : Math.floor((i - 1) / 2));
const N = Number(values.tables);
const RUNS = Number(values.runs);
const DB = `retort_bench_autogen_${process.pid}`;
const URL_ = `postgresql://postgres@127.0.0.1:5432/${DB}`;

const t = (i: number) => `t${String(i).padStart(5, "0")}`;

function schemaSql(): string[] {
  const out: string[] = [];
  for (let i = 0; i < N; i++) {
    const fk = i === 0 ? "" : `, parent_id INTEGER REFERENCES ${t(parent(i))} (id)`;
    out.push(`CREATE TABLE ${t(i)} (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, code VARCHAR(20) NOT NULL, body TEXT, amount NUMERIC(10, 2), created TIMESTAMP DEFAULT now(), flag BOOLEAN${i === 0 ? ", parent_id INTEGER" : fk}, CONSTRAINT uq_${t(i)}_code UNIQUE (code))`);
    out.push(`CREATE INDEX ix_${t(i)}_name ON ${t(i)} (name)`, `CREATE INDEX ix_${t(i)}_created ON ${t(i)} (created)`);
  }
  return out;
}

/** The same tables as models, in TypeScript and in Python; table N/2 has one more column. */
function models(lang: "ts" | "py"): string {
  const lines: string[] = [];
  const q = (s: string) => (lang === "ts" ? JSON.stringify(s) : `'${s}'`);
  const o = (ts: string, py: string) => (lang === "ts" ? `{ ${ts} }` : py);
  for (let i = 0; i < N; i++) {
    const cols = [
      `sa.Column(${q("id")}, sa.Integer(), ${o("primaryKey: true", "primary_key=True")})`,
      `sa.Column(${q("name")}, sa.String(50), ${o("nullable: false", "nullable=False")})`,
      `sa.Column(${q("code")}, sa.String(20), ${o("nullable: false", "nullable=False")})`,
      `sa.Column(${q("body")}, sa.Text())`,
      `sa.Column(${q("amount")}, sa.Numeric(10, 2))`,
      `sa.Column(${q("created")}, sa.DateTime(), ${o('serverDefault: sa.text("now()")', "server_default=sa.text('now()')")})`,
      `sa.Column(${q("flag")}, sa.Boolean())`,
      i === 0 ? `sa.Column(${q("parent_id")}, sa.Integer())` : `sa.Column(${q("parent_id")}, sa.Integer(), sa.ForeignKey(${q(`${t(parent(i))}.id`)}))`,
      ...(i === Math.floor(N / 2) ? [`sa.Column(${q("extra")}, sa.Integer())`] : []),
      `sa.UniqueConstraint(${q("code")}, ${o(`name: ${q(`uq_${t(i)}_code`)}`, `name=${q(`uq_${t(i)}_code`)}`)})`,
      `sa.Index(${q(`ix_${t(i)}_name`)}, ${q("name")})`,
      `sa.Index(${q(`ix_${t(i)}_created`)}, ${q("created")})`,
    ];
    lines.push(`sa.Table(${q(t(i))}, metadata, ${cols.join(", ")})${lang === "ts" ? ";" : ""}`);
  }
  return lang === "ts"
    ? `import { sa } from "retort-migrate";\nexport const metadata = sa.MetaData();\n${lines.join("\n")}\n`
    : `import sqlalchemy as sa\nmetadata = sa.MetaData()\n${lines.join("\n")}\n`;
}

const RETORT_ENV = `import { context, engineFromConfig } from "retort-migrate";
import { metadata } from "../models.js";
export default async function main(): Promise<void> {
  const engine = engineFromConfig(context.config.getSection(context.config.configIniSection, {}), { prefix: "sqlalchemy." });
  let statements = 0;
  await engine.connect(async (connection) => {
    // Every statement the run sends goes through query/execute: count them.
    // Every statement the run sends goes through query/execute: count them.
    const query = (sql: string, params?: readonly unknown[]) => (statements++, connection.query(sql, params));
    const counted = { ...connection, query, execute: query };
    context.configure({ connection: counted, targetMetadata: metadata, compareServerDefault: true });
    await context.beginTransaction(async () => { await context.runMigrations(); });
  });
  process.stderr.write("STATEMENTS " + statements + "\\n");
}
`;

const ALEMBIC_ENV = `from alembic import context
import sqlalchemy as sa, sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import models
count = [0]
engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url"))
@sa.event.listens_for(engine, "before_cursor_execute")
def _count(*a):
    count[0] += 1
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=models.metadata, compare_type=True, compare_server_default=True)
    with context.begin_transaction():
        context.run_migrations()
sys.stderr.write("STATEMENTS %d\\n" % count[0])
`;

function run(cmd: string, args: string[], cwd: string): { ms: number; statements: number; stderr: string; status: number } {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  const m = /STATEMENTS (\d+)/.exec(r.stderr ?? "");
  return { ms, statements: m ? Number(m[1]) : NaN, stderr: r.stderr ?? "", status: r.status ?? -1 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const admin = new pg.Client({ ...SERVER, database: "postgres" });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DB}`);
  const root = mkdtempSync(join(tmpdir(), "retort-bench-autogen-"));
  try {
    const db = new pg.Client({ ...SERVER, database: DB });
    await db.connect();
    await db.query(schemaSql().join(";\n"));
    await db.end();
    const r = join(root, "retort");
    mkdirSync(r);
    spawnSync(process.execPath, [BIN, "init", "-t", "generic", "migrations"], { cwd: r });
    writeFileSync(join(r, "retort.ini"), readFileSync(join(r, "retort.ini"), "utf8").replace(/^url = .*$/m, `url = ${URL_}`));
    writeFileSync(join(r, "migrations", "env.ts"), RETORT_ENV);
    writeFileSync(join(r, "models.ts"), models("ts"));
    const a = join(root, "alembic");
    mkdirSync(a);
    spawnSync(PYTHON, ["-m", "alembic", "init", "migrations"], { cwd: a });
    writeFileSync(join(a, "alembic.ini"), readFileSync(join(a, "alembic.ini"), "utf8").replace(/^sqlalchemy\.url = .*$/m, `sqlalchemy.url = ${URL_.replace("postgresql:", "postgresql+psycopg2:")}`));
    writeFileSync(join(a, "migrations", "env.py"), ALEMBIC_ENV);
    writeFileSync(join(a, "models.py"), models("py"));
    const checks: number[] = [], revs: number[] = [], alembics: number[] = [];
    let rs = NaN, as = NaN, alembicFailure = "";
    for (let i = 0; i < RUNS; i++) {
      const c = run(process.execPath, [BIN, "check"], r);
      if (c.status !== 1 || !c.stderr.includes("New upgrade operations detected")) throw new Error(`retort check:\n${c.stderr.slice(-2000)}`);
      checks.push(c.ms);
      rs = c.statements;
      const v = run(process.execPath, [BIN, "revision", "--autogenerate", "-m", "bench"], r);
      if (v.status !== 0) throw new Error(`retort revision:\n${v.stderr.slice(-2000)}`);
      revs.push(v.ms);
      for (const f of readdirSync(join(r, "migrations", "versions"))) rmSync(join(r, "migrations", "versions", f));
      if (values.chain && i > 0) continue;
      const al = run(PYTHON, ["-m", "alembic", "revision", "--autogenerate", "-m", "bench"], a);
      // On a long chain Alembic's stock env.py is expected to fail; it is run once to show how.
      if (values.chain && al.status !== 0) { alembicFailure = al.stderr.trim().split("\n").pop() ?? "failed"; continue; }
      if (al.status !== 0) throw new Error(`alembic:\n${al.stderr.slice(-2000)}`);
      alembics.push(al.ms);
      as = al.statements;
      for (const f of readdirSync(join(a, "migrations", "versions"))) if (f.endsWith(".py")) rmSync(join(a, "migrations", "versions", f));
    }
    const s = (ms: number) => (ms / 1000).toFixed(2) + " s";
    console.log(`${N} tables, median of ${RUNS} (process start included):`);
    console.log(`  retort check                     ${s(median(checks))}   ${rs} statements`);
    console.log(`  retort revision --autogenerate   ${s(median(revs))}`);
    if (alembicFailure) {
      console.log(`  alembic revision --autogenerate  failed: ${alembicFailure.slice(0, 200)}`);
    } else {
      console.log(`  alembic revision --autogenerate  ${s(median(alembics))}   ${as} statements`);
      console.log(`  ratio alembic / retort check     ${(median(alembics) / median(checks)).toFixed(1)}`);
    }
  } finally {
    if (!values.keep) await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin.end();
    if (!values.keep) rmSync(root, { recursive: true, force: true });
    else console.log(`kept ${root} and database ${DB}`);
  }
}

await main();
