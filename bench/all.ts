// `npm run bench`: every row of issue 15's table, Retort beside Alembic 1.8.1 (when Debian's is
// installed) on the same generated inputs, in one run, interleaved. See bench/README.md.
//
//   npm run bench [-- --runs 3] [--size 10000] [--online 1000] [--only graph,online,everyday,help] [--keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { generate } from "./lib/generate.js";
import { sameOutput } from "./lib/run.js";
import { writeAlembicProject, writeRetortProject } from "./lib/write-projects.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const RETORT = join(REPO, "bin", "retort.js");
const PYTHON = "/usr/bin/python3";
const TIME = "/usr/bin/time";
const SERVER = { host: "127.0.0.1", port: 5432, user: "postgres" };

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    size: { type: "string", default: "10000" },
    online: { type: "string", default: "1000" },
    only: { type: "string", default: "help,everyday,graph,online" },
    keep: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const only = new Set(values.only.split(","));

interface Sample {
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
  readonly stdout: string;
}

/** One process, timed by /usr/bin/time (wall, user + system CPU, peak RSS). Fails loudly. */
function timeOnce(cmd: string, args: readonly string[], cwd: string): Sample {
  const out = join(root, "time.txt");
  const started = performance.now();
  const r = spawnSync(TIME, ["-f", "%U %S %M", "-o", out, cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${r.stderr.slice(-2000)}`);
  const [user, sys, rss] = readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  return { wall, cpu: user! + sys!, rssMb: rss! / 1024, stdout: r.stdout };
}

interface Subject {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Runs before each timed run, untimed (a fresh database). */
  readonly before?: () => void;
}

interface Row {
  readonly command: string;
  readonly input: string;
  readonly retort: Sample[];
  readonly other: Sample[] | null;
  readonly otherName: string;
  readonly same: string;
}
const rows: Row[] = [];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Retort and the other side, interleaved run by run, so both see the same load. */
function compare(command: string, input: string, retort: Subject, other: Subject | null, otherName = "Alembic 1.8.1", compareOutput = false): void {
  process.stderr.write(`${command} (${input}) ...\n`);
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    retort.before?.();
    a.push(timeOnce(retort.cmd, retort.args, retort.cwd));
    if (other) {
      other.before?.();
      b.push(timeOnce(other.cmd, other.args, other.cwd));
    }
  }
  const same = compareOutput && b[0] ? sameOutput(b[0].stdout, a[0]!.stdout) : "-";
  rows.push({ command, input, retort: a, other: other ? b : null, otherName, same });
}

const alembicInstalled = spawnSync(PYTHON, ["-c", "import alembic"], { encoding: "utf8" }).status === 0;
function alembicTemplates(): string {
  const r = spawnSync(PYTHON, ["-c", "import alembic, os; print(os.path.dirname(alembic.__file__))"], { encoding: "utf8" });
  return join(r.stdout.trim(), "templates", "generic");
}
const retortCmd = (cwd: string, ...args: string[]): Subject => ({ cmd: process.execPath, args: [RETORT, ...args], cwd });
const alembicCmd = (cwd: string, ...args: string[]): Subject | null => (alembicInstalled ? { cmd: PYTHON, args: ["-m", "alembic", ...args], cwd } : null);

if (!existsSync(join(REPO, "dist", "lib", "retort.cjs"))) {
  console.error("dist/ is missing: run `npm run build` first (the benchmark times the built CLI).");
  process.exit(1);
}
const root = mkdtempSync(join(tmpdir(), "retort-bench-all-"));
// The identifier and transform caches of this run only: the first run of each command fills them.
process.env["XDG_CACHE_HOME"] = join(root, "cache");
const admin = new pg.Client({ ...SERVER, database: "postgres" });
await admin.connect();
const databases: string[] = [];
async function freshDatabase(name: string): Promise<string> {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  if (!databases.includes(name)) databases.push(name);
  return `postgresql://postgres@127.0.0.1:5432/${name}`;
}
/** Synchronous drop-and-create for `before` hooks (psql is there wherever the server is). */
function recreateSync(name: string): void {
  for (const sql of [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`]) {
    const r = spawnSync("psql", ["-h", SERVER.host, "-U", SERVER.user, "-d", "postgres", "-qc", sql], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  }
}
const setUrl = (ini: string, key: string, url: string): void => writeFileSync(ini, readFileSync(ini, "utf8").replace(new RegExp(`^${key.replace(".", "\\.")} = .*$`, "m"), `${key} = ${url}`));

console.log(`${new Date().toISOString()}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}, ${alembicInstalled ? "Alembic found" : "Alembic NOT installed: Retort alone"}`);
try {
  if (only.has("help")) {
    compare("--help", "-", retortCmd(root, "--help"), { cmd: process.execPath, args: ["-e", "0"], cwd: root }, "node -e 0");
  }
  if (only.has("everyday")) {
    // A small project on a PostgreSQL server: two revisions, at head.
    const url = await freshDatabase("retort_bench_everyday");
    const revs = generate("linear", 2);
    const r = join(root, "small", "retort");
    const a = join(root, "small", "alembic");
    setUrl(writeRetortProject(r, revs), "url", url);
    const retortSmall = (...args: string[]) => retortCmd(r, ...args);
    const alembicSmall = (...args: string[]) => alembicCmd(a, ...args);
    if (alembicInstalled) setUrl(writeAlembicProject(a, revs, alembicTemplates()), "sqlalchemy.url", url);
    timeOnce(process.execPath, [RETORT, "upgrade", "head"], r);
    if (alembicInstalled) {
      await freshDatabase("retort_bench_everyday");
      // Both tools share the alembic_version table: Alembic upgrades it, Retort reads it.
      timeOnce(PYTHON, ["-m", "alembic", "upgrade", "head"], a);
    }
    for (const args of [["current"], ["history"], ["heads"], ["show", "head"]]) {
      compare(args.join(" "), "2 revisions, PostgreSQL", retortSmall(...args), alembicSmall(...args), undefined, true);
    }
  }
  if (only.has("graph")) {
    const size = Number(values.size);
    const revs = generate("branchy", size);
    const r = join(root, "branchy", "retort");
    const a = join(root, "branchy", "alembic");
    writeRetortProject(r, revs);
    if (alembicInstalled) writeAlembicProject(a, revs, alembicTemplates());
    const input = `${size}-revision branchy history`;
    // The first run with an empty cache folder, then the everyday case: the caches filled.
    rmSync(join(root, "cache"), { recursive: true, force: true });
    compare("heads, first run (no cache)", input, { ...retortCmd(r, "heads"), before: () => rmSync(join(root, "cache"), { recursive: true, force: true }) }, alembicCmd(a, "heads"), undefined, true);
    for (const args of [["heads"], ["history"], ["upgrade", "heads", "--sql"]]) {
      compare(args.join(" "), input, retortCmd(r, ...args), alembicCmd(a, ...args), undefined, true);
    }
    // Each run adds one new base revision: last among the graph rows.
    compare("revision -m", input, retortCmd(r, "revision", "-m", "bench", "--head", "base"), alembicCmd(a, "revision", "-m", "bench", "--head", "base"));
  }
  if (only.has("online")) {
    const size = Number(values.online);
    const revs = generate("linear", size);
    const r = join(root, "online", "retort");
    const a = join(root, "online", "alembic");
    const p = join(root, "online", "pglite");
    const url = await freshDatabase("retort_bench_online");
    setUrl(writeRetortProject(r, revs), "url", url);
    setUrl(writeRetortProject(p, revs), "url", "pglite:///data");
    if (alembicInstalled) setUrl(writeAlembicProject(a, revs, alembicTemplates()), "sqlalchemy.url", url);
    const input = `${size}-revision linear history, empty database`;
    const fresh = () => recreateSync("retort_bench_online");
    timeOnce(process.execPath, [RETORT, "upgrade", "head", "--sql"], r); // fills the transform cache, as any earlier run would
    compare("upgrade head, PostgreSQL", input, { ...retortCmd(r, "upgrade", "head"), before: fresh }, alembicInstalled ? { ...alembicCmd(a, "upgrade", "head")!, before: fresh } : null);
    compare("upgrade head, PGlite (embedded)", input, { ...retortCmd(p, "upgrade", "head"), before: () => rmSync(join(p, "data"), { recursive: true, force: true }) }, null, "-");
  }
} finally {
  for (const db of databases) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
  if (values.keep) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

const f2 = (x: number): string => x.toFixed(2);
console.log(`\nmedians of ${runs} runs, interleaved; seconds of wall clock (whole process), CPU seconds (user + system), peak RSS; ratio = other / Retort\n`);
console.log("| command | input | Retort s | other s | ratio | Retort CPU | other CPU | CPU ratio | Retort RSS MB | other RSS MB | output | other |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
for (const row of rows) {
  const rw = median(row.retort.map((s) => s.wall));
  const rc = median(row.retort.map((s) => s.cpu));
  const rr = Math.max(...row.retort.map((s) => s.rssMb));
  const o = row.other && row.other.length ? row.other : null;
  const ow = o ? median(o.map((s) => s.wall)) : null;
  const oc = o ? median(o.map((s) => s.cpu)) : null;
  const or = o ? Math.max(...o.map((s) => s.rssMb)) : null;
  const ratio = (x: number | null, y: number): string => (x === null ? "" : `${(x / y).toFixed(2)}x`);
  console.log(
    `| ${row.command} | ${row.input} | ${f2(rw)} | ${ow === null ? "" : f2(ow)} | ${ratio(ow, rw)} | ${f2(rc)} | ${oc === null ? "" : f2(oc)} | ${ratio(oc, rc)} | ${rr.toFixed(0)} | ${or === null ? "" : or.toFixed(0)} | ${row.same} | ${o ? row.otherName : ""} |`,
  );
}
